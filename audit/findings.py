"""Turning an analysis result into a `Finding` with its positions."""

from __future__ import annotations

from audit.document import ParsedDocument
from audit.report import Finding
from audit.rules import BY_NAME


def make_finding(doc: ParsedDocument, rule_name: str, start: int, end: int, message: str,
                 suggestion: str | None = None, party: str | None = None) -> Finding:
    """A finding at its rule's default level, with the rule's suggestion unless the check
    gives its own; settings adjust levels later. `party` names the party a balance finding
    is about."""
    rule = BY_NAME[rule_name]
    end = doc.whole(end)
    line, column = doc.position(start)
    end_line, end_column = doc.position(max(start, end - 1))
    return Finding(rule.code, rule.name, rule.level, start, end, line, column, end_line,
                   end_column + 1, message,
                   rule.suggestion if suggestion is None else suggestion, doc.text[start:end],
                   party)
