"""The corpus summary, built one document at a time so no list of documents is kept.

Everything in it is a count or a sum, so summaries of parts of a corpus add up; the corpus
verdict is judged again from those counts whenever the summary is read.
"""

from __future__ import annotations

from audit.report import UNKNOWN_GROUP, DocumentReport, Group, PartyBalance, Summary
from audit.verdict import corpus_verdict

GROUPINGS = ("month", "publisher", "author")


class SummaryBuilder:
    def __init__(self, by: str | None = None) -> None:
        self._summary = Summary(by=by)
        # Loaded exposure is a mean weighted by mentions: keep the weighted sums per party,
        # for the corpus (None) and for each group.
        self._exposure: dict[str | None, dict[str, float]] = {}

    @property
    def summary(self) -> Summary:
        self._summary.verdict = corpus_verdict(self._summary)
        return self._summary

    def add(self, document: DocumentReport) -> None:
        summary = self._summary
        summary.documents += 1
        summary.statuses[document.verdict.status] = (
            summary.statuses.get(document.verdict.status, 0) + 1)
        if document.error:
            summary.errors += 1
            return
        for finding in document.findings:
            summary.findings[finding.level] += 1
        for fix in document.verdict.fixes:
            summary.fixes[fix.rule] = summary.fixes.get(fix.rule, 0) + 1
        self._merge(summary.parties, document.parties, self._exposure.setdefault(None, {}))
        if summary.by:
            key = group_key(document, summary.by)
            group = summary.groups.setdefault(key, Group())
            group.documents += 1
            self._merge(group.parties, document.parties, self._exposure.setdefault(key, {}))

    @staticmethod
    def _merge(into: dict[str, PartyBalance], block: dict[str, PartyBalance],
               weights: dict[str, float]) -> None:
        """Counts add up; shares and exposure (weighted by mentions) are recomputed."""
        for name, part in block.items():
            total = into.setdefault(name, PartyBalance())
            total.statements += part.statements
            total.quoted_words += part.quoted_words
            total.hedged += part.hedged
            total.mentions += part.mentions
            for cue_class, count in part.cue_classes.items():
                total.cue_classes[cue_class] = total.cue_classes.get(cue_class, 0) + count
            for speaker, count in part.speaker_statements.items():
                total.count_speaker(speaker, count)
            weights[name] = weights.get(name, 0.0) + part.loaded_exposure * part.mentions
        statements = sum(p.statements for p in into.values())
        for name, total in into.items():
            total.share_of_voice = total.statements / statements if statements else 0.0
            total.loaded_exposure = weights.get(name, 0.0) / total.mentions if total.mentions \
                else 0.0


def group_key(document: DocumentReport, by: str) -> str:
    if by == "month":
        date = document.metadata.get("date", "")
        return date[:7] if len(date) >= 7 and date[4] == "-" else UNKNOWN_GROUP
    return document.metadata.get(by) or UNKNOWN_GROUP
