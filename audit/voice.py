"""Whose words a sentence is: the writer's, a source's (quoted), or both (mixed)."""

from __future__ import annotations

from audit.document import ParsedDocument, Sentence


def sentence_voice(doc: ParsedDocument, sentence: Sentence,
                   attribution_ranges: list[tuple[int, int]]) -> str:
    """`attribution_ranges` are the source and cue spans: the tag "she said" around a
    quotation is reporting, not the writer's own words."""
    quoted = writer = 0
    tokens = sentence.tokens
    # Most sentences hold no quotation: their words need not be looked up one by one.
    has_quotes = bool(tokens) and bool(doc.quotes.overlapping(
        tokens[0].idx, tokens[-1].idx + 1, single=True))
    for token in tokens:
        if not (token.is_alpha or token.like_num):
            continue
        offset = token.idx
        if has_quotes and doc.quotes.at(offset) is not None:
            quoted += 1
        elif not any(start <= offset < end for start, end in attribution_ranges):
            writer += 1
    if quoted and writer:
        return "mixed"
    return "quoted" if quoted else "writer"
