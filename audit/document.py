"""The parsed-document model every analysis reads.

A `ParsedDocument` holds the text exactly as decoded, the masked text of the same length
that was parsed, the sentences with their spaCy tokens, the paragraphs and the quotations.
All offsets are into the decoded text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.loading import Draft
from audit.markup import mask
from audit.nlp import pipeline
from audit.quotes import Quote, QuoteIndex, find_quotes
from audit.segmentation import Segment, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class TextSpan:
    """A span of the contract: `text` is always the decoded text at [start, end)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int  # 1-based
    headline: bool
    tokens: Span  # the spaCy span over the masked text: same offsets


@dataclass
class ParsedDocument:
    path: str
    text: str  # as decoded from the file
    clean: str  # markup blanked, same length as `text`
    sentences: list[Sentence]
    quotes: QuoteIndex
    doc: Doc
    _line_starts: list[int]

    def span(self, start: int, end: int) -> TextSpan:
        return TextSpan(start, end, self.text[start:end])

    def token_span(self, tokens: Span) -> TextSpan:
        """The contract span of a run of spaCy tokens."""
        return self.span(tokens.start_char, tokens.end_char)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def paragraph_sentences(self, paragraph: int) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == paragraph]

    @property
    def words(self) -> int:
        return sum(1 for s in self.sentences for t in s.tokens if t.is_alpha or t.like_num)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, char in enumerate(text) if char == "\n")
    return starts


def _prepare(draft: Draft) -> tuple[str, list[Segment], list[Quote], Doc]:
    masked = mask(draft.text, draft.markup)
    segments = segment(masked.text, masked.headlines)
    paragraphs: dict[int, tuple[int, int]] = {}
    for seg in segments:
        start, _ = paragraphs.get(seg.paragraph, (seg.start, seg.end))
        paragraphs[seg.paragraph] = (start, seg.end)
    quotes = find_quotes(masked.text, [paragraphs[p] for p in sorted(paragraphs)])
    doc = pipeline().make_doc(masked.text)
    starts = {seg.start for seg in segments}
    for token in doc:
        # Whitespace between sentences stays with the sentence before it.
        token.is_sent_start = token.i == 0 or (not token.is_space and token.idx in starts)
    return masked.text, segments, quotes, doc


def _assemble(draft: Draft, clean: str, segments: list[Segment], quotes: list[Quote],
              doc: Doc) -> ParsedDocument:
    sentences = []
    for index, seg in enumerate(segments):
        tokens = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        sentences.append(Sentence(index, seg.start, seg.end, seg.paragraph, seg.headline, tokens))
    return ParsedDocument(draft.path, draft.text, clean, sentences, QuoteIndex(quotes), doc,
                          _line_starts(draft.text))


def parse(draft: Draft) -> ParsedDocument:
    return next(parse_many([draft]))


def parse_many(drafts: Iterable[Draft], batch_size: int = 32) -> Iterator[ParsedDocument]:
    """Parse drafts in order, streaming them through spaCy in batches."""
    prepared = ((draft, *_prepare(draft)) for draft in drafts)
    nlp = pipeline()
    pending: list[tuple[Draft, str, list[Segment], list[Quote]]] = []

    def docs() -> Iterator[Doc]:
        for draft, clean, segments, quotes, doc in prepared:
            pending.append((draft, clean, segments, quotes))
            yield doc

    for parsed in nlp.pipe(docs(), batch_size=batch_size):
        draft, clean, segments, quotes = pending.pop(0)
        yield _assemble(draft, clean, segments, quotes, parsed)
