"""Output formats. Each reporter reads only the `Report` and returns text."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from audit.report import Report


def _on_demand(module: str) -> Callable[[Report], str]:
    """The `render` of a reporter module, imported when a report is written in its format:
    a run imports one reporter, not the editorial and chart code of all of them."""
    def render(report: Report) -> str:
        return import_module(f"audit.reporters.{module}").render(report)

    return render


REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": _on_demand("text_report"),
    "json": _on_demand("json_report"),
    "concise": _on_demand("concise"),
    "github": _on_demand("github"),
    "sarif": _on_demand("sarif"),
    "junit": _on_demand("junit"),
    "gitlab": _on_demand("gitlab"),
    "markdown": _on_demand("markdown_report"),
}
