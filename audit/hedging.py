"""Hedges: distancing, epistemic modals, approximators, frequency, impersonal and passive
attribution, weasel words, evidential verbs.

The categories, their sources and their sense rules (the modal "may" and not the month,
"some 200" an approximator and not a weasel word, "is believed to" with no one named) are
data in `lexicons/hedges.yaml`, matched over the spaCy parse by `audit.matching`. Hedges inside a
quotation are the source's own caution, not the writer's distancing, so they are left
out: the per-party `hedged` count and the writer-hedge rule are about how the writer
presents a claim ("claimed" for one side, "said" for the other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.matching import Lexicon
from audit.report import Attribution, Finding, Hedge

if TYPE_CHECKING:
    from audit.results import Results

HEDGES = "hedges.yaml"
DISTANCING = "distancing"


def find_hedges(doc: ParsedDocument, lexicon: Lexicon) -> list[list[Hedge]]:
    """The hedges of each sentence, in the writer's voice (outside quotations)."""
    result = []
    for sentence in doc.sentences:
        hedges = []
        for match in lexicon.matches(sentence.tokens):
            quote = doc.quotes.at(match.start)
            if quote is not None and not quote.single:
                continue
            hedges.append(Hedge(doc.span(match.start, match.end), match.entry.category))
        result.append(hedges)
    return result


def hedge_findings(doc: ParsedDocument, hedges: list[list[Hedge]],
                   attributions: list[list[Attribution]]) -> list[Finding]:
    """writer-hedge: a distancing hedge in a sentence that credits nobody. With a source in
    the sentence ("reportedly ..., according to the ministry") the reader knows whose
    claim it is; not with a source whose own cue the hedge distances ("a review reportedly
    found ...": who reports that the review found it?)."""
    findings = []
    for sentence_hedges, sentence_attributions in zip(hedges, attributions, strict=True):
        for hedge in sentence_hedges:
            if hedge.category != DISTANCING:
                continue
            word = doc.head_at(hedge.span.start, hedge.span.end)
            if any(word is None or not a.cue.start <= word.head.idx < a.cue.end
                   for a in sentence_attributions):
                continue
            text = doc.reading(hedge.span.start, hedge.span.end)
            findings.append(make_finding(
                doc, "writer-hedge", hedge.span.start, hedge.span.end,
                f"'{text}' distances the writer from what its source is said to have said, "
                "but the sentence names no one who reports it." if sentence_attributions
                else f"'{text}' distances the writer from the claim, but the sentence names "
                "no source."))
    return findings


def check(results: Results) -> list[Finding]:
    return hedge_findings(results.doc, [s.hedges for s in results.sentences],
                          results.attributions)
