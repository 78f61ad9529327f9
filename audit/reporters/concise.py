"""One line per finding, `path:line:col: CODE name: message`, as ruff and compilers print."""

from __future__ import annotations

from audit.report import Report


def render(report: Report) -> str:
    lines = []
    for document in report.documents:
        if document.error:
            lines.append(f"{document.path}:1:1: error: {document.error.message}")
        for f in document.findings:
            lines.append(f"{document.path}:{f.line}:{f.column}: {f.rule} {f.name}: {f.message}")
    return "".join(line + "\n" for line in lines)
