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
from audit.markup import comments
from audit.report import Finding
from audit.rules import lookup

_DIRECTIVE = re.compile(r"\s*audit:\s*(disable-next-line|disable|enable)\b")
_VISIBLE = re.compile(r"\S")


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
    next_visible = _NextVisible(doc.clean)
    for comment in comments(doc.text):
        match = _DIRECTIVE.match(doc.text, comment.inner_start, comment.inner_end)
        if match is None or not comment.closed:
            continue
        action = match.group(1)
        names = doc.text[match.end():comment.inner_end].replace(",", " ").split()
        rules = set()
        for name in names:
            rule = lookup(name)
            if rule is None:
                unknown.append((name, doc.text.index(name, match.end())))
            else:
                rules.add(rule.code)
        if names and not rules:
            continue  # only unknown names: suppressing every rule would hide the typo's cost
        line = doc.position(comment.start)[0]
        if action == "disable-next-line":
            visible = next_visible.after(comment.end)
            target = doc.position(comment.end if visible is None else visible)[0]
            suppressions.append(Suppression(comment.start, comment.end, rules, target, target))
        elif action == "disable":
            suppression = Suppression(comment.start, comment.end, rules, line, last_line)
            suppressions.append(suppression)
            open_ranges.append(suppression)
        else:
            for suppression in [s for s in open_ranges if not rules or s.rules & rules]:
                suppression.last_line = line
                open_ranges.remove(suppression)
    return suppressions, unknown


class _NextVisible:
    """The first analysed character at or after an offset, for offsets in increasing order:
    a run of comments one after another is scanned once, not once per comment."""

    def __init__(self, clean: str) -> None:
        self.clean = clean
        self.searched_from = self.found = -1

    def after(self, offset: int) -> int | None:
        if not (self.searched_from <= offset and (self.found is None or offset <= self.found)):
            match = _VISIBLE.search(self.clean, offset)
            self.searched_from, self.found = offset, match.start() if match else None
        return self.found


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
