"""GitHub Actions workflow commands: one annotation per finding on the changed file.

Escaping follows the runner's rules: in the message `%`, CR and LF are percent-encoded;
in properties (file, title) `:` and `,` are too, since they separate properties.
"""

from __future__ import annotations

from audit.report import Report

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
SHOWN_PER_LEVEL = 10  # annotations of one level that GitHub shows per step


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    """Errors first, then warnings, then notices, each in document and line order. GitHub
    shows ten annotations of each level per step and silently drops the rest, so when a
    level has more than ten a notice gives the totals: last, or ahead of the notices when
    there are so many of them that the last one would be dropped."""
    by_command: dict[str, list[str]] = {command: [] for command in ("error", "warning", "notice")}
    for document in report.documents:
        path = escape_property(document.path)
        if document.error:
            by_command["error"].append(f"::error file={path},title=audit::"
                                       f"{escape_data(document.error.message)}")
        for f in document.findings:
            properties = (f"file={path},line={f.line},col={f.column},endLine={f.end_line},"
                          f"endColumn={f.end_column},title={escape_property(f'{f.rule} {f.name}')}")
            message = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
            command = _COMMAND[f.level]
            by_command[command].append(f"::{command} {properties}::{escape_data(message)}")
    lines = by_command["error"] + by_command["warning"]
    notices = by_command["notice"]
    if any(len(found) > SHOWN_PER_LEVEL for found in by_command.values()):
        totals = ", ".join(f"{len(found)} {command}{'s' if len(found) != 1 else ''}"
                           for command, found in by_command.items())
        summary = (f"::notice title=audit totals::{totals}; GitHub shows {SHOWN_PER_LEVEL} of "
                   "each per step: run audit with --format text for all of them")
        notices = ([summary, *notices] if len(notices) >= SHOWN_PER_LEVEL
                   else [*notices, summary])
    return "".join(line + "\n" for line in lines + notices)
