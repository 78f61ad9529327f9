"""GitLab Code Quality report (a JSON array of issues) for merge-request widgets."""

from __future__ import annotations

import json

from audit.report import Report
from audit.reporters.sarif import fingerprints

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render(report: Report) -> str:
    issues = []
    for document in report.documents:
        if document.error:
            issues.append({
                "description": f"cannot audit: {document.error.message}",
                "check_name": "audit-input", "severity": "blocker",
                "fingerprint": f"error:{document.path}",
                "location": {"path": document.path, "lines": {"begin": 1}},
            })
        for f, print_ in zip(document.findings, fingerprints(document), strict=True):
            issues.append({
                "description": f"{f.rule} {f.name}: {f.message}",
                "check_name": f.rule,
                "fingerprint": print_,
                "severity": _SEVERITY[f.level],
                "location": {"path": document.path,
                             "lines": {"begin": f.line, "end": f.end_line}},
            })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
