"""The corpus summary, built one document at a time so no list of documents is kept."""

from __future__ import annotations

from audit.report import DocumentReport, Group, PartyBalance, Summary

UNKNOWN_GROUP = "unknown"
GROUPINGS = ("month", "publisher", "author")


class SummaryBuilder:
    def __init__(self, by: str | None = None) -> None:
        self.summary = Summary(by=by)
        # Loaded exposure is a mean weighted by mentions: keep the weighted sums per party,
        # for the corpus (None) and for each group.
        self._exposure: dict[str | None, dict[str, float]] = {}

    def add(self, document: DocumentReport) -> None:
        summary = self.summary
        summary.documents += 1
        if document.error:
            summary.errors += 1
            return
        for finding in document.findings:
            summary.findings[finding.level] += 1
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
            total.speakers.extend(s for s in part.speakers if s not in total.speakers)
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
