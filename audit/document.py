"""The parsed-document model every analysis reads.

A `ParsedDocument` holds the text exactly as decoded, the masked text of the same length
that was parsed, the sentences with their spaCy tokens, the paragraphs and the quotations.
All offsets are into the decoded text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

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
    metadata: dict[str, str] = field(default_factory=dict)
    _sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]

    def span(self, start: int, end: int) -> TextSpan:
        return TextSpan(start, end, self.text[start:end])

    def token_span(self, tokens: Span) -> TextSpan:
        """The contract span of a run of spaCy tokens."""
        return self.span(tokens.start_char, tokens.end_char)

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence that holds an offset (or the last one before it)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

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
                          _line_starts(draft.text), draft.metadata)


Passed = TypeVar("Passed")


def parse(draft: Draft) -> ParsedDocument:
    parsed = next(parse_many([draft]))
    assert isinstance(parsed, ParsedDocument)
    return parsed


def parse_many(items: Iterable[Draft | Passed], batch_size: int = 32
               ) -> Iterator[ParsedDocument | Passed]:
    """Parse drafts in order, streaming them through spaCy in batches.

    Anything that is not a Draft (an unreadable file's report, say) passes through in its
    place, so the output keeps the input's order without holding the input in memory.
    """
    nlp = pipeline()

    def with_context() -> Iterator[tuple[Doc, object]]:
        for item in items:
            if isinstance(item, Draft):
                clean, segments, quotes, doc = _prepare(item)
                yield doc, (item, clean, segments, quotes)
            else:
                yield nlp.make_doc(""), item

    for doc, context in nlp.pipe(with_context(), as_tuples=True, batch_size=batch_size):
        if isinstance(context, tuple):
            yield _assemble(*context, doc)
        else:
            yield context  # type: ignore[misc]
