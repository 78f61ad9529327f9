"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

from audit.report import DocumentReport, Report
from audit.rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def fingerprints(document: DocumentReport) -> list[str]:
    """One per finding, stable while the flagged words stay the same even when lines move;
    the same words flagged twice are told apart by their order."""
    seen: Counter[str] = Counter()
    found = []
    for finding in document.findings:
        words = " ".join(finding.text.split()).lower()
        key = f"{document.path}\0{finding.rule}\0{words}"
        seen[key] += 1
        found.append(hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32])
    return found


SOURCE_ROOT = "%SRCROOT%"  # relative paths are relative to where audit ran


def _location(path: str) -> dict[str, str]:
    """An artifactLocation: an absolute path as a file URI, a relative one as a
    percent-encoded relative reference against SOURCE_ROOT, so that '#', '?', '%', ':' and
    spaces in a file name read back as the name."""
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(Path(path).as_posix(), safe="/"), "uriBaseId": SOURCE_ROOT}


def _rules() -> list[dict[str, Any]]:
    return [{
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.name.replace("-", " ")},
        "fullDescription": {"text": rule.summary},
        "help": {"text": f"{rule.summary} Example: {rule.example}",
                 "markdown": f"{rule.summary}\n\nExample: *{rule.example}*"},
        "defaultConfiguration": {"level": _LEVEL[rule.level]},
    } for rule in RULES]


def render(report: Report) -> str:
    index = {rule.code: i for i, rule in enumerate(RULES)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for document in report.documents:
        location = {"physicalLocation": {"artifactLocation": _location(document.path)}}
        if document.error:
            notifications.append({"level": "error", "message": {"text": document.error.message},
                                  "locations": [location]})
        for f, print_ in zip(document.findings, fingerprints(document), strict=True):
            results.append({
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": _LEVEL[f.level],
                "message": {"text": f.message + (f" Suggestion: {f.suggestion}"
                                                 if f.suggestion else "")},
                "locations": [{"physicalLocation": {
                    "artifactLocation": _location(document.path),
                    "region": {"startLine": f.line, "startColumn": f.column,
                               "endLine": f.end_line, "endColumn": f.end_column,
                               "charOffset": f.start, "charLength": f.end - f.start,
                               "snippet": {"text": f.text}},
                }}],
                "partialFingerprints": {"auditFinding/v1": print_},
            })
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "audit", "version": report.version,
                            "informationUri": "https://pypi.org/project/audit/",
                            "rules": _rules()}},
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path.cwd().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if notifications:
        run["invocations"] = [{"executionSuccessful": False,
                               "toolExecutionNotifications": notifications}]
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
