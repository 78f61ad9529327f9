"""The charts: valid images, reproducible, one colour per party everywhere."""

from __future__ import annotations

import subprocess
import sys

import pytest
from report_samples import crowded_report, rafah_report, silent_report

from audit.reporters import charts
from audit.reporters.editorial import OKABE_ITO, party_names, party_styles


def styles_of(report):  # type: ignore[no-untyped-def]
    return party_styles(party_names(report))


def test_png_and_svg_are_written_and_reproducible() -> None:
    report = rafah_report()
    styles = styles_of(report)
    document = report.documents[0]
    png = charts.balance_chart(document.parties, styles, fmt="png", dpi=60)
    assert png.startswith(b"\x89PNG") and b"Matplotlib" not in png
    svg = charts.balance_chart(document.parties, styles, fmt="svg")
    assert svg == charts.balance_chart(document.parties, styles, fmt="svg")
    assert b"<dc:date>" not in svg
    strip = charts.strip_chart(document, styles, fmt="svg")
    assert strip == charts.strip_chart(document, styles, fmt="svg")
    with pytest.raises(ValueError, match="png, svg"):
        charts.balance_chart(document.parties, styles, fmt="jpg")


def test_each_party_is_drawn_in_its_own_colour() -> None:
    report = rafah_report()
    styles = styles_of(report)
    svg = charts.voice_chart(report.documents[0].parties, styles, fmt="svg").decode()
    for name in ("Israel", "Hamas", "Egypt", "Gaza health workers"):
        assert f"fill: {styles[name].colour.lower()}" in svg, name
    assert styles["unassigned"].colour not in OKABE_ITO.values()


def test_colours_are_stable_and_twenty_parties_stay_distinct() -> None:
    names = party_names(crowded_report(20))
    styles = party_styles(names)
    assert len({(s.colour, s.hatch) for s in styles.values()}) == 20
    assert party_styles(names[:5]) == {n: styles[n] for n in names[:5]}
    report = crowded_report(20)
    png = charts.balance_chart(report.documents[0].parties, styles, dpi=40)
    assert png.startswith(b"\x89PNG")


def test_empty_report_still_charts() -> None:
    report = silent_report()
    styles = styles_of(report)
    for data in (charts.balance_chart({}, styles, fmt="svg"),
                 charts.voice_chart({}, styles, fmt="svg"),
                 charts.strip_chart(report.documents[0], styles, fmt="svg")):
        assert data.lstrip().startswith(b"<?xml")


def test_plain_reporters_do_not_import_matplotlib_or_fpdf() -> None:
    code = ("import sys, audit.reporters, audit.reporters.documents, audit.reporters.verdict; "
            "print(sorted(m for m in ('matplotlib', 'fpdf') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
