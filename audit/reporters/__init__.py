"""Output formats. Each reporter reads only the `Report` and returns text."""

from __future__ import annotations

from collections.abc import Callable

from audit.report import Report
from audit.reporters import (
    concise,
    github,
    gitlab,
    json_report,
    junit,
    markdown_report,
    sarif,
    text_report,
)

REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text_report.render,
    "json": json_report.render,
    "concise": concise.render,
    "github": github.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "gitlab": gitlab.render,
    "markdown": markdown_report.render,
}
