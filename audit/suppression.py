"""Inline suppression comments in drafts, as Vale and ruff have them.

    <!-- audit: disable AUD104 loaded-wording -->   ... <!-- audit: enable -->
    <!-- audit: disable-next-line AUD101 -->

No rule list means every rule. A suppression that suppresses nothing is reported itself
(`unused-suppression`, info), so stale comments do not pile up in a newsroom's drafts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.report import Finding
from audit.rules import lookup

_COMMENT = re.compile(r"<!--\s*audit:\s*(disable-next-line|disable|enable)\b(.*?)-->", re.S)


@dataclass
class Suppression:
    start: int  # the comment
    end: int
    rules: set[str]  # rule codes; empty means every rule
    first_line: int  # lines whose findings it covers, inclusive
    last_line: int
    used: bool = field(default=False)

    def covers(self, finding: Finding) -> bool:
        return (self.first_line <= finding.line <= self.last_line
                and (not self.rules or finding.rule in self.rules))


def find_suppressions(doc: ParsedDocument) -> tuple[list[Suppression], list[tuple[str, int]]]:
    """The suppressions of a draft, and the unknown rule names in them with their offsets."""
    suppressions: list[Suppression] = []
    unknown: list[tuple[str, int]] = []
    open_ranges: list[Suppression] = []
    last_line = doc.position(len(doc.text))[0] if doc.text else 1
    for match in _COMMENT.finditer(doc.text):
        action, names = match.group(1), match.group(2).replace(",", " ").split()
        rules = set()
        for name in names:
            rule = lookup(name)
            if rule is None:
                unknown.append((name, doc.text.index(name, match.start(2))))
            else:
                rules.add(rule.code)
        if names and not rules:
            continue  # only unknown names: suppressing every rule would hide the typo's cost
        line = doc.position(match.start())[0]
        if action == "disable-next-line":
            target = _next_text_line(doc, match.end())
            suppressions.append(Suppression(match.start(), match.end(), rules, target, target))
        elif action == "disable":
            suppression = Suppression(match.start(), match.end(), rules, line, last_line)
            suppressions.append(suppression)
            open_ranges.append(suppression)
        else:
            for suppression in [s for s in open_ranges if not rules or s.rules & rules]:
                suppression.last_line = line
                open_ranges.remove(suppression)
    return suppressions, unknown


def _next_text_line(doc: ParsedDocument, offset: int) -> int:
    """The line of the first analysed character after the comment."""
    for position in range(offset, len(doc.clean)):
        if not doc.clean[position].isspace():
            return doc.position(position)[0]
    return doc.position(offset)[0]


def apply_suppressions(doc: ParsedDocument, findings: list[Finding]) -> list[Finding]:
    """Findings left after suppression, plus one for each suppression that did nothing."""
    suppressions, unknown = find_suppressions(doc)
    kept = []
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    for suppression in suppressions:
        if not suppression.used:
            what = ", ".join(sorted(suppression.rules)) or "any rule"
            kept.append(make_finding(doc, "unused-suppression", suppression.start,
                                     suppression.end,
                                     f"This suppression of {what} suppresses nothing.",
                                     "Remove the comment."))
    for name, position in unknown:
        kept.append(make_finding(doc, "unused-suppression", position, position + len(name),
                                 f"'{name}' is not a rule (see `audit rules`).", None))
    return kept
