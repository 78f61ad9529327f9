"""The corpus summary, built one document at a time so no list of documents is kept.

Everything in it is a count or a sum, so summaries of parts of a corpus add up: `merge`
adds a summary of the documents that follow, and merging the parts of a corpus in any
grouping gives the summary of one pass over it (the workers of a cluster summarise their
own chunks). The corpus verdict is judged again from those counts whenever the summary is
read.
"""

from __future__ import annotations

from fractions import Fraction

from audit.report import UNKNOWN_GROUP, DocumentReport, Group, PartyBalance, Summary
from audit.verdict import corpus_verdict

GROUPINGS = ("month", "publisher", "author")


class SummaryBuilder:
    def __init__(self, by: str | None = None) -> None:
        self._summary = Summary(by=by)
        # Loaded exposure is a mean weighted by mentions: keep the weighted sums per party,
        # for the corpus (None) and for each group. Exact fractions, so that sums added in
        # any grouping are equal to the last bit.
        self._exposure: dict[str | None, dict[str, Fraction]] = {}

    @property
    def summary(self) -> Summary:
        self._summary.verdict = corpus_verdict(self._summary)
        return self._summary

    def add(self, document: DocumentReport) -> None:
        summary = self._summary
        summary.documents += 1
        _count(summary.statuses, {document.verdict.status: 1})
        if document.error:
            summary.errors += 1
            return
        for finding in document.findings:
            summary.findings[finding.level] += 1
        for fix in document.verdict.fixes:
            summary.fixes[fix.rule] = summary.fixes.get(fix.rule, 0) + 1
        weights = {name: Fraction(part.loaded_exposure) * part.mentions
                   for name, part in document.parties.items()}
        self._merge(None, summary.parties, document.parties, weights)
        if summary.by:
            key = group_key(document, summary.by)
            group = summary.groups.setdefault(key, Group())
            group.documents += 1
            self._merge(key, group.parties, document.parties, weights)

    def merge(self, other: SummaryBuilder) -> None:
        """Add the summary of other documents, as if each had been added here in turn."""
        mine, theirs = self._summary, other._summary
        if mine.by != theirs.by:
            raise ValueError(f"cannot merge a summary by {theirs.by} into one by {mine.by}")
        mine.documents += theirs.documents
        mine.errors += theirs.errors
        _count(mine.statuses, theirs.statuses)
        _count(mine.findings, theirs.findings)
        _count(mine.fixes, theirs.fixes)
        self._merge(None, mine.parties, theirs.parties, other._exposure.get(None, {}))
        for key, block in theirs.groups.items():
            group = mine.groups.setdefault(key, Group())
            group.documents += block.documents
            self._merge(key, group.parties, block.parties, other._exposure.get(key, {}))

    def _merge(self, key: str | None, into: dict[str, PartyBalance],
               block: dict[str, PartyBalance], block_weights: dict[str, Fraction]) -> None:
        """Counts add up; shares and exposure (weighted by mentions) are recomputed."""
        weights = self._exposure.setdefault(key, {})
        for name, part in block.items():
            total = into.setdefault(name, PartyBalance())
            total.statements += part.statements
            total.quoted_words += part.quoted_words
            total.hedged += part.hedged
            total.mentions += part.mentions
            _count(total.cue_classes, part.cue_classes)
            for speaker, count in part.speaker_statements.items():
                total.count_speaker(speaker, count)
            weights[name] = weights.get(name, Fraction(0)) + block_weights.get(name, 0)
        statements = sum(p.statements for p in into.values())
        for name, total in into.items():
            total.share_of_voice = total.statements / statements if statements else 0.0
            total.loaded_exposure = float(weights.get(name, 0) / total.mentions) \
                if total.mentions else 0.0


def _count(into: dict[str, int], counts: dict[str, int]) -> None:
    for key, count in counts.items():
        into[key] = into.get(key, 0) + count


def group_key(document: DocumentReport, by: str) -> str:
    if by == "month":
        date = document.metadata.get("date", "")
        return date[:7] if len(date) >= 7 and date[4] == "-" else UNKNOWN_GROUP
    return document.metadata.get(by) or UNKNOWN_GROUP
