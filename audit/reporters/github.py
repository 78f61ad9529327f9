"""GitHub Actions workflow commands: one annotation per finding on the changed file.

Escaping follows the runner's rules: in the message `%`, CR and LF are percent-encoded;
in properties (file, title) `:` and `,` are too, since they separate properties.
"""

from __future__ import annotations

from audit.report import Report

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    lines = []
    for document in report.documents:
        path = escape_property(document.path)
        if document.error:
            lines.append(f"::error file={path},title=audit::"
                         f"{escape_data(document.error.message)}")
        for f in document.findings:
            properties = (f"file={path},line={f.line},col={f.column},endLine={f.end_line},"
                          f"endColumn={f.end_column},title={escape_property(f'{f.rule} {f.name}')}")
            message = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
            lines.append(f"::{_COMMAND[f.level]} {properties}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
