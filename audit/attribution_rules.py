"""Findings from the attributions of each sentence: AUD101 to AUD104."""

from __future__ import annotations

from typing import TYPE_CHECKING

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.report import Attribution, Finding

if TYPE_CHECKING:
    from spacy.tokens import Token

# Entity types of numbers that are not claims: when and in which order things happened.
_NOT_STATISTICS = {"DATE", "TIME", "ORDINAL"}
# Spelled-out numbers are claims only as magnitudes: "two libraries" is a description,
# "thousands of residents" is a count somebody made.
_MAGNITUDES = {"dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
               "billion", "billions", "trillion", "trillions"}
_LOADED_CLASSES = {"doubt", "guilt"}


def attribution_findings(doc: ParsedDocument, attributions: list[list[Attribution]]
                         ) -> list[Finding]:
    """Per-sentence findings; `attributions` is one list per sentence of `doc`."""
    findings = _statistic_findings(doc, attributions)
    seen: set[tuple[int, int]] = set()
    for sentence_attributions in attributions:
        for attribution in sentence_attributions:
            cue = (attribution.cue.start, attribution.cue.end)
            if cue in seen:
                continue  # a quotation carried over sentences is one attribution
            seen.add(cue)
            findings.extend(_source_findings(doc, attribution))
    return findings


def _source_findings(doc: ParsedDocument, attribution: Attribution) -> list[Finding]:
    findings = []
    source, cue = attribution.source, attribution.cue
    start, end = min(source.start, cue.start), max(source.end, cue.end)
    if attribution.vague:
        findings.append(make_finding(
            doc, "vague-attribution", start, end,
            f'"{doc.text[start:end]}" credits the claim to no one in particular.',
            "Name who says so, or state the claim as the writer's own with its evidence."))
    elif attribution.anonymous:
        findings.append(make_finding(
            doc, "anonymous-source", source.start, source.end,
            f'"{source.text}" is an unnamed source.',
            "Name the source, or say why anonymity was granted."))
    if attribution.cue_class in _LOADED_CLASSES:
        what = "casts doubt on" if attribution.cue_class == "doubt" else "implies guilt in"
        findings.append(make_finding(
            doc, "loaded-reporting-verb", cue.start, cue.end,
            f'"{cue.text}" {what} what {attribution.speaker or source.text} said.',
            "said"))
    return findings


def _statistic_findings(doc: ParsedDocument, attributions: list[list[Attribution]]
                        ) -> list[Finding]:
    """A number in the writer's voice with no attribution in its sentence or paragraph.

    Only an attribution in the same sentence or earlier in the paragraph covers a figure:
    "The union said ... . It has lost 300 members." continues the union's account, while
    a source quoted after the figure speaks about something else.
    """
    findings = []
    attributed_paragraph = 0
    for sentence, found in zip(doc.sentences, attributions, strict=True):
        if found:
            attributed_paragraph = sentence.paragraph
        if attributed_paragraph == sentence.paragraph:
            continue
        number = next((t for t in sentence.tokens if _is_statistic(doc, t)), None)
        if number is None:
            continue
        start, end = _quantity_span(number)
        findings.append(make_finding(
            doc, "unattributed-statistic", start, end,
            f'"{doc.text[start:end]}" is a figure in the writer\'s voice with no source in '
            "its sentence or paragraph.",
            "Say who counted it: \"..., according to ...\"."))
    return findings


def _is_statistic(doc: ParsedDocument, token: Token) -> bool:
    if token.ent_type_ in _NOT_STATISTICS:
        return False
    magnitude = token.lower_ in _MAGNITUDES  # "Thousands" is tagged a noun
    if not magnitude and not (any(c.isdigit() for c in token.text)
                              and (token.like_num or token.pos_ == "NUM")):
        return False
    if doc.quotes.at(token.idx) is not None:
        return False  # a figure inside a quotation has its speaker
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    preceding = token.doc[token.i - 1] if token.i > 0 else None
    if any(t is not None and t.text in ("-", "–") for t in (following, preceding)):
        # "a 45-year-old", a vote of 5-4, a 3-1 win: a description or a tally of record.
        return False
    # An age ("aged 45", "Smith, 45,") is a fact about a person, not a statistic.
    return not (token.head.lemma_ == "age" or (
        token.dep_ == "appos" and token.head.ent_type_ == "PERSON"))


def _quantity_span(number: Token) -> tuple[int, int]:
    """The number with its approximator and the noun it counts: "up to 24 living hostages"."""
    first = number.left_edge
    last = number
    while last.dep_ in ("nummod", "quantmod", "compound") and last.head.i > last.i:
        last = last.head
    start, end = first.idx, last.idx + len(last)
    if number.ent_type_:
        # The whole entity: "$4 million", "12 percent".
        entity = next(e for e in number.doc.ents if e.start <= number.i < e.end)
        start, end = min(start, entity.start_char), max(end, entity.end_char)
    return start, end
