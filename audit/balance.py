"""Per-party balance: who was heard, how their words were introduced, how they fared.

Reads only the sentence reports, so it counts whatever the analyses found. A statement is
one speaker in one sentence: two cues of the same speaker there ("dismissed ..., insisting
...") are one statement, a quotation running over several sentences is the statement of the
sentence with its cue, and a sentence repeated verbatim counts once. Vague attributions
("reports indicate") give no party a voice and are left out, and so does an account in one
speaker's words of what another said ("Merrill says Machado promised ..."): that one is
not heard there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.report import (
    UNASSIGNED,
    UNRESOLVED,
    Attribution,
    Finding,
    PartyBalance,
    SentenceReport,
)
from audit.settings import Settings

if TYPE_CHECKING:
    from audit.results import Results

# A statement is "hedged" when the writer keeps it at arm's length ("reportedly") or credits
# it to no one ("it is believed", "critics say"); an approximator ("nearly 1,800") or a
# modal ("may") is not distance. The categories are those of lexicons/hedges.yaml.
HEDGED_CATEGORIES = {"distancing", "impersonal"}


def party_key(attribution: Attribution) -> str:
    return attribution.party or UNASSIGNED


class _CueSentences:
    """The normalised text of the sentence that holds a cue (it may be an earlier one)."""

    def __init__(self, sentences: list[SentenceReport]) -> None:
        self.starts = [s.span.start for s in sentences]
        self.texts = [" ".join(s.span.text.split()).lower() for s in sentences]

    def text_at(self, offset: int) -> str:
        return self.texts[max(0, bisect_right(self.starts, offset) - 1)]


def statement_key(cue_sentences: _CueSentences, attribution: Attribution) -> tuple[str, str]:
    who = attribution.speaker or attribution.source.text  # an unresolved pronoun: its words
    return who.lower(), cue_sentences.text_at(attribution.cue.start)


def compute_balance(sentences: list[SentenceReport], parties: Iterable[str],
                    quoted_words: dict[int, int]) -> dict[str, PartyBalance]:
    """`quoted_words` maps a sentence index to the words inside its direct quotations."""
    balance = {name: PartyBalance() for name in parties}
    cue_sentences = _CueSentences(sentences)
    seen: set[tuple[str, str]] = set()
    for sentence in sentences:
        if sentence.duplicate_of is None:  # a repeated passage mentions no one anew
            for name in sentence.parties_mentioned:
                balance.setdefault(name, PartyBalance()).mentions += 1
        hedged = any(h.category in HEDGED_CATEGORIES for h in sentence.hedges)
        quoted_for: set[str] = set()
        for attribution in sentence.attributions:
            if attribution.vague or attribution.told_by is not None:
                continue
            party = balance.setdefault(party_key(attribution), PartyBalance())
            if (attribution.kind in ("direct", "mixed") and sentence.duplicate_of is None
                    and party_key(attribution) not in quoted_for):
                quoted_for.add(party_key(attribution))
                party.quoted_words += quoted_words.get(sentence.index, 0)
            key = statement_key(cue_sentences, attribution)
            if key in seen:
                continue
            seen.add(key)
            party.statements += 1
            party.cue_classes[attribution.cue_class] = (
                party.cue_classes.get(attribution.cue_class, 0) + 1)
            if hedged:
                party.hedged += 1
            # A pronoun that resolves to no one is heard, but not as anyone in particular.
            party.count_speaker(attribution.speaker or UNRESOLVED)
        if hedged and sentence.duplicate_of is None:
            for name in set(sentence.parties_mentioned) - _speaking_parties(sentence):
                balance[name].hedged += 1
    _exposure(sentences, balance)
    total = sum(p.statements for p in balance.values())
    for party in balance.values():
        party.share_of_voice = party.statements / total if total else 0.0
    if UNASSIGNED in balance and not balance[UNASSIGNED].statements:
        del balance[UNASSIGNED]
    return balance


def _speaking_parties(sentence: SentenceReport) -> set[str]:
    return {party_key(a) for a in sentence.attributions if not a.vague}


def balance_findings(doc: ParsedDocument, balance: dict[str, PartyBalance], settings: Settings,
                     sentences: list[SentenceReport]) -> list[Finding]:
    """dominant-party, unheard-party (at its first mention) and few-parties-heard."""
    if not doc.sentences:
        return []
    first = doc.sentences[0]
    findings = []
    total = sum(p.statements for p in balance.values())
    named = [name for name in balance if name != UNASSIGNED]
    heard = [name for name in named if balance[name].statements]
    if settings.min_parties_heard <= len(named) and len(heard) < settings.min_parties_heard:
        findings.append(make_finding(
            doc, "few-parties-heard", first.start, first.end,
            f"{len(heard)} of the {len(named)} parties "
            f"{'is' if len(heard) == 1 else 'are'} heard; the minimum is "
            f"{settings.min_parties_heard}."))
    for name, party in balance.items():
        if name == UNASSIGNED:
            continue
        if (party.statements >= settings.dominant_min_statements
                and party.share_of_voice > settings.dominant_share):
            findings.append(make_finding(
                doc, "dominant-party", first.start, first.end,
                f"{name} has {party.statements} of the {total} attributed statements "
                f"({party.share_of_voice:.0%}).", party=name))
        if party.statements == 0 and party.mentions >= settings.unheard_min_mentions:
            where = next(s.span for s in sentences if name in s.parties_mentioned)
            findings.append(make_finding(
                doc, "unheard-party", where.start, where.end,
                f"{name} is mentioned in {party.mentions} sentences and never heard.",
                f"Ask {name} for comment, or say that it declined or could not be reached.",
                party=name))
    return findings


def _exposure(sentences: list[SentenceReport], balance: dict[str, PartyBalance]) -> None:
    """Mean writer's-voice loaded score of the sentences that mention each party."""
    scores: dict[str, list[float]] = {}
    for sentence in sentences:
        if sentence.duplicate_of is not None:
            continue
        for name in sentence.parties_mentioned:
            scores.setdefault(name, []).append(sentence.loaded_score)
    for name, values in scores.items():
        balance[name].loaded_exposure = sum(values) / len(values)


def check(results: Results) -> list[Finding]:
    return balance_findings(results.doc, results.parties, results.settings, results.sentences)
