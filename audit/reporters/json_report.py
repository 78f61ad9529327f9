"""The JSON report of `docs/report-contract.md`."""

from __future__ import annotations

import json

from audit.report import Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
