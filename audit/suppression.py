"""Inline suppression comments in drafts, as Vale and ruff have them.

    <!-- audit: disable AUD104 loaded-wording -->   ... <!-- audit: enable -->
    <!-- audit: disable-next-line AUD101 -->

No rule list means every rule. A suppression that suppresses nothing is reported itself
(`unused-suppression`, info), so stale comments do not pile up in a newsroom's drafts.
"""

from __future__ import annotations

import heapq
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


def _covered(suppressions: list[Suppression], findings: list[Finding]) -> list[bool]:
    """Whether each finding is suppressed, marking the suppressions used. The findings are
    swept in line order beside the suppressions open at each line: a finding reads those,
    not every suppression of the draft."""
    starting = sorted(suppressions, key=lambda s: s.first_line)
    covered = [False] * len(findings)
    open_now: list[tuple[int, int, Suppression]] = []  # a heap by last line
    following = 0
    for index in sorted(range(len(findings)), key=lambda i: findings[i].line):
        finding = findings[index]
        while following < len(starting) and starting[following].first_line <= finding.line:
            suppression = starting[following]
            heapq.heappush(open_now, (suppression.last_line, following, suppression))
            following += 1
        while open_now and open_now[0][0] < finding.line:
            heapq.heappop(open_now)
        for _, _, suppression in open_now:
            if suppression.covers(finding):
                suppression.used = True
                covered[index] = True
    return covered


def apply_suppressions(doc: ParsedDocument, findings: list[Finding]) -> list[Finding]:
    """Findings left after suppression, plus one for each suppression that did nothing."""
    suppressions, unknown = find_suppressions(doc)
    covered = _covered(suppressions, findings)
    kept = [finding for finding, hidden in zip(findings, covered, strict=True) if not hidden]
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
