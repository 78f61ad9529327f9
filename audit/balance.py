"""Per-party balance: who was heard, how their words were introduced, how they fared.

Reads only the sentence reports, so it counts whatever the analyses found. A statement
repeated verbatim (the same speaker and the same sentence text) counts once.
"""

from __future__ import annotations

from collections.abc import Iterable

from audit.parties import UNASSIGNED
from audit.report import Attribution, PartyBalance, SentenceReport


def party_key(attribution: Attribution) -> str:
    return attribution.party or UNASSIGNED


def statement_key(sentence: SentenceReport, attribution: Attribution) -> tuple[str, str, str]:
    normalised = " ".join(sentence.span.text.split()).lower()
    return attribution.speaker.lower(), attribution.cue_lemma, normalised


def compute_balance(sentences: list[SentenceReport], parties: Iterable[str],
                    quoted_words: dict[int, int]) -> dict[str, PartyBalance]:
    """`quoted_words` maps a sentence index to the words inside its direct quotations."""
    balance = {name: PartyBalance() for name in parties}
    seen: set[tuple[str, str, str]] = set()
    for sentence in sentences:
        for name in sentence.parties_mentioned:
            balance.setdefault(name, PartyBalance()).mentions += 1
        for attribution in sentence.attributions:
            key = statement_key(sentence, attribution)
            if key in seen:
                continue
            seen.add(key)
            party = balance.setdefault(party_key(attribution), PartyBalance())
            party.statements += 1
            party.cue_classes[attribution.cue_class] = (
                party.cue_classes.get(attribution.cue_class, 0) + 1)
            if attribution.kind in ("direct", "mixed"):
                party.quoted_words += quoted_words.get(sentence.index, 0)
            if sentence.hedges:
                party.hedged += 1
            if attribution.speaker not in party.speakers:
                party.speakers.append(attribution.speaker)
        hedged_about = {p for p in sentence.parties_mentioned
                        if sentence.hedges and p not in _speaking_parties(sentence)}
        for name in hedged_about:
            balance[name].hedged += 1
    _exposure(sentences, balance)
    total = sum(p.statements for p in balance.values())
    for party in balance.values():
        party.share_of_voice = party.statements / total if total else 0.0
    if UNASSIGNED in balance and not balance[UNASSIGNED].statements:
        del balance[UNASSIGNED]
    return balance


def _speaking_parties(sentence: SentenceReport) -> set[str]:
    return {party_key(a) for a in sentence.attributions}


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


def merge_balances(blocks: Iterable[dict[str, PartyBalance]]) -> dict[str, PartyBalance]:
    """Corpus-wide balance: counts add up, exposure is weighted by mentions."""
    merged: dict[str, PartyBalance] = {}
    exposure_weight: dict[str, float] = {}
    for block in blocks:
        for name, part in block.items():
            into = merged.setdefault(name, PartyBalance())
            into.statements += part.statements
            into.quoted_words += part.quoted_words
            into.hedged += part.hedged
            into.mentions += part.mentions
            for cue_class, count in part.cue_classes.items():
                into.cue_classes[cue_class] = into.cue_classes.get(cue_class, 0) + count
            exposure_weight[name] = exposure_weight.get(name, 0.0) + (
                part.loaded_exposure * part.mentions)
            into.speakers.extend(s for s in part.speakers if s not in into.speakers)
    total = sum(p.statements for p in merged.values())
    for name, party in merged.items():
        party.share_of_voice = party.statements / total if total else 0.0
        party.loaded_exposure = exposure_weight[name] / party.mentions if party.mentions else 0.0
    return merged
