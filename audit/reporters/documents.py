"""Writing the editors' report files (`--pdf`, `--html`, `--chart`), each atomically."""

from __future__ import annotations

import os
from argparse import ArgumentTypeError
from pathlib import Path

from audit.output import write_atomically
from audit.report import Report

DEFAULT_FOLDER = Path("reports")


def target(name: str) -> Path:
    """A bare file name goes into reports/; a path with a folder, even `./`, is used as
    typed."""
    bare = os.sep not in name and not (os.altsep and os.altsep in name)
    return DEFAULT_FOLDER / name if bare else Path(name)


def chart_path(name: str) -> str:
    """`--chart FILE`: checked when the flags are read, not after a long audit."""
    if Path(name).suffix.lower() not in (".png", ".svg"):
        raise ArgumentTypeError(f"'{name}': a chart file must end in .png or .svg")
    return name


def write_editor_reports(report: Report, pdf: str | None = None, html: str | None = None,
                         chart: str | None = None) -> list[Path]:
    """Render and write each requested file; returns the paths written."""
    written: list[Path] = []
    if chart:
        from audit.reporters import charts
        from audit.reporters.styles import party_names, party_styles

        path = target(chart)
        fmt = path.suffix.lower().lstrip(".")
        styles = party_styles(party_names(report))
        write_atomically(path, charts.balance_chart(report.summary.parties, styles, fmt=fmt))
        written.append(path)
    if html:
        from audit.reporters import html_report

        path = target(html)
        write_atomically(path, html_report.render(report))
        written.append(path)
    if pdf:
        from audit.reporters import pdf_report

        path = target(pdf)
        write_atomically(path, pdf_report.render(report))
        written.append(path)
    return written
