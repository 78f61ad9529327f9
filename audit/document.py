"""The parsed-document model every analysis reads.

A `ParsedDocument` holds the text exactly as decoded, the masked text of the same length
that was parsed, the sentences with their spaCy tokens, the paragraphs and the quotations.
All offsets are into the decoded text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from audit.loading import Draft
from audit.markup import mask
from audit.nlp import pipeline
from audit.quotes import Quote, QuoteIndex, find_quotes
from audit.ranges import Ranges
from audit.reading import ENTITY_FILL, Squeezed, padded
from audit.segmentation import Segment, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
    span: Span  # the spaCy span over the masked text: same offsets
    # The sentence's tokens, made once for the whole document and shared with it: a pass
    # over a spaCy Span makes new Token objects every time, and the analyses pass over
    # each sentence a dozen times.
    tokens: list[Token]
    listed: bool = False  # in a list item, such as a bullet of a box of key facts


@dataclass
class ParsedDocument:
    path: str
    text: str  # as decoded from the file
    clean: str  # markup blanked, same length as `text`
    sentences: list[Sentence]
    quotes: QuoteIndex
    doc: Doc
    tokens: list[Token]  # every token of the document, made once (see `Sentence.tokens`)
    _line_starts: list[int]
    metadata: dict[str, str] = field(default_factory=dict)
    entities: list[tuple[int, int]] = field(default_factory=list)  # from Masked, in order
    _sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]

    def span(self, start: int, end: int) -> TextSpan:
        end = self.whole(end)
        return TextSpan(start, end, self.text[start:end])

    def whole(self, end: int) -> int:
        """An end offset moved past the rest of an entity it falls inside: masking writes
        '&hellip;' as '…' and seven spaces, and a sentence ending at the '…' must not end
        the span at '&'."""
        i = bisect_right(self.entities, (end, end)) - 1
        if i >= 0 and self.entities[i][0] < end < self.entities[i][1]:
            return self.entities[i][1]
        return end

    def display(self, start: int, end: int) -> str:
        """The text between the offsets as a reader sees it, the same length: the masked
        text, where markup is blanked to spaces, with the rest of each entity after its
        character (blanks the masking added) written as ENTITY_FILL, which a reader of the
        report drops ("don&rsquo;t" reads "don’t", not "don’ t")."""
        chars = list(self.clean[start:end])
        i = bisect_right(self.entities, (start, start)) - 1
        for entity_start, entity_end in self.entities[max(i, 0):]:
            if entity_start >= end:
                break
            for at in range(max(entity_start + 1, start), min(entity_end, end)):
                chars[at - start] = ENTITY_FILL
        return "".join(chars)

    def reading(self, start: int, end: int) -> str:
        """The words between the offsets as a reader reads them, for a name or a quotation
        the tool writes: the display without the entities' fill ("O’Neill", not
        "O&rsquo;Neill"), each run of blanks one space ("the *Harbour Council*" is "the
        Harbour Council", a name broken over two lines one line)."""
        return " ".join(self.display(start, end).replace(ENTITY_FILL, "").split())

    def token_span(self, tokens: Span) -> TextSpan:
        """The contract span of a run of spaCy tokens, without the whitespace tokens the
        parser may hang at either end (a double space makes one: "Ortiz  said")."""
        start, end = tokens.start_char, tokens.end_char
        while end > start and self.clean[end - 1].isspace():
            end -= 1
        while start < end and self.clean[start].isspace():
            start += 1
        return self.span(start, end)

    def head_at(self, start: int, end: int) -> Token | None:
        """The word of the parse that heads the words between the offsets (a mention, a
        source, a cue), or None where no word stands."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        return words.root if words is not None else None

    def paragraphs(self) -> list[list[Sentence]]:
        """The sentences of each paragraph, in order."""
        grouped: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            grouped.setdefault(sentence.paragraph, []).append(sentence)
        return list(grouped.values())

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence that holds an offset (or the last one before it)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    @cached_property
    def name_ends(self) -> frozenset[str]:
        """The last word of each name of a person or a body the tagger found in the
        document: a surname, "PolitiFact"."""
        return frozenset(entity[-1].text for entity in self.doc.ents
                         if entity.label_ in ("PERSON", "ORG"))

    @cached_property
    def words(self) -> int:
        """Words and numbers (a pass over every token: the report and readability ask)."""
        return sum(1 for s in self.sentences for t in s.tokens if t.is_alpha or t.like_num)


_LINE_END = re.compile(r"\r\n|\r|\n")  # LF, CRLF, and the lone CR of old Mac files


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in _LINE_END.finditer(text))]


# Characters parsed as one spaCy Doc, and at most in one call of the pipeline. The parser's
# memory grows with what it parses at once (a million characters took some 3 GB), so a
# longer text is parsed in pieces cut at paragraph boundaries and joined, which keeps every
# offset; a batch of ordinary articles (32 of 6,000 characters) still goes in one call.
PIECE_CHARS = 50_000
BATCH_CHARS = 200_000


@dataclass
class _Prepared:
    """A draft masked and segmented, its text in tokenised pieces waiting for the parser."""

    draft: Draft
    clean: str
    segments: list[Segment]
    quotes: list[Quote]
    pieces: list[Doc]
    entities: list[tuple[int, int]]
    list_items: list[tuple[int, int]]
    # A text with anything a reader never sees (markup inside a line, an entity's
    # padding) is segmented and parsed squeezed (see audit.reading): the squeezed text
    # and where each piece starts in it, to lay the parse back over.
    squeezed: Squeezed | None = None
    piece_starts: list[int] = field(default_factory=list)

    def laid_out(self, parsed: list[Doc]) -> list[Doc]:
        """The parsed pieces at the offsets of the masked text."""
        if self.squeezed is None:
            return parsed
        ends = [*self.piece_starts[1:], len(self.squeezed.text)]
        return [padded(doc, self.clean, self.squeezed, start, end)
                for doc, start, end in zip(parsed, self.piece_starts, ends, strict=True)]


def _prepare(draft: Draft) -> _Prepared:
    masked = mask(draft.text, draft.markup)
    squeezed = Squeezed(masked.text, masked.invisible) if masked.invisible else None
    text, headlines, blockquotes, items = (masked.text, masked.headlines, masked.blockquotes,
                                           masked.list_items)
    if squeezed is not None:
        text = squeezed.text
        headlines, blockquotes, items = (
            [(squeezed.squeezed_offset(start), squeezed.squeezed_offset(end))
             for start, end in ranges]
            for ranges in (masked.headlines, masked.blockquotes, masked.list_items))
    segments = segment(text, headlines, items)
    paragraphs: dict[int, tuple[int, int]] = {}
    for seg in segments:
        start, _ = paragraphs.get(seg.paragraph, (seg.start, seg.end))
        paragraphs[seg.paragraph] = (start, seg.end)
    quotes = find_quotes(text, [paragraphs[p] for p in sorted(paragraphs)], blockquotes)
    nlp = pipeline()
    starts = [seg.start for seg in segments]
    pieces, piece_starts = [], []
    limit = min(PIECE_CHARS, nlp.max_length)
    unwrapped = _unwrapped(text, segments)
    for piece_start, piece_end in piece_bounds(text, segments, limit):
        doc = nlp.make_doc(unwrapped[piece_start:piece_end])
        _mark_sentences(doc, piece_start, starts)
        pieces.append(doc)
        piece_starts.append(piece_start)
    if squeezed is not None:
        segments = [replace(seg, start=squeezed.masked_offset(seg.start),
                            end=squeezed.masked_end(seg.end)) for seg in segments]
        quotes = [replace(quote, start=squeezed.masked_offset(quote.start),
                          end=squeezed.masked_end(quote.end)) for quote in quotes]
    return _Prepared(draft, masked.text, segments, quotes, pieces, masked.entities,
                     masked.list_items, squeezed, piece_starts)


_WRAP = re.compile(r"(?<=[\w,;])\n(?=\w)")


def _unwrapped(text: str, segments: list[Segment]) -> str:
    """The text as the parser reads it: a line break between two words of a sentence (a
    hard wrap) read as the space it stands for, since the model parses a sentence broken
    by a newline token worse ("who was not⏎involved in the research, called ..." loses its
    verb). Not one before a quotation mark or a dash, which may open a line of its own
    (a credit line, a reader's letter). One character for one, so every offset holds."""
    if "\n" not in text:
        return text
    parts, position = [], 0
    for seg in segments:
        parts.append(text[position:seg.start])
        parts.append(_WRAP.sub(" ", text[seg.start:seg.end]))
        position = seg.end
    parts.append(text[position:])
    return "".join(parts)


def _mark_sentences(doc: Doc, offset: int, starts: list[int]) -> None:
    """Start a sentence at each token where a segment starts (`doc` begins at `offset`);
    whitespace between sentences stays with the sentence before it. Set as one array, not
    token by token: the `is_sent_start` setter checks the whole Doc for a parse each time."""
    import numpy
    from spacy.attrs import IDX, IS_SPACE, SENT_START

    if not len(doc):
        return
    columns = doc.to_array([IDX, IS_SPACE]).astype(numpy.int64)
    starting = numpy.isin(columns[:, 0] + offset, starts) & (columns[:, 1] == 0)
    starting[0] = True
    marks = numpy.where(starting, 1, -1).astype(numpy.int64).reshape(-1, 1)
    doc.from_array([SENT_START], marks.view(numpy.uint64))


def piece_bounds(text: str, segments: list[Segment], limit: int) -> list[tuple[int, int]]:
    """Consecutive ranges covering `text`, each at most `limit` long, cut where a paragraph
    starts; a paragraph longer than that is cut where a sentence starts, a sentence at a
    space, and a run of `limit` characters without a space anywhere."""
    paragraph_starts, sentence_starts = [], []
    for index, seg in enumerate(segments):
        sentence_starts.append(seg.start)
        if index == 0 or segments[index - 1].paragraph != seg.paragraph:
            paragraph_starts.append(seg.start)
    bounds = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = (_last_between(paragraph_starts, start, end)
               or _last_between(sentence_starts, start, end)
               or _after_last_space(text, start, end)
               or end)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _last_between(offsets: list[int], start: int, end: int) -> int | None:
    """The last offset in (start, end], if any."""
    i = bisect_right(offsets, end) - 1
    return offsets[i] if i >= 0 and offsets[i] > start else None


def _after_last_space(text: str, start: int, end: int) -> int | None:
    cut = max(text.rfind(space, start + 1, end) for space in " \n\t")
    return cut + 1 if cut > start else None


def _assemble(prepared: _Prepared, doc: Doc) -> ParsedDocument:
    draft = prepared.draft
    sentences = []
    tokens = list(doc)
    items = Ranges(prepared.list_items)
    for index, seg in enumerate(prepared.segments):
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        sentences.append(Sentence(index, seg.start, seg.end, seg.paragraph, seg.headline, span,
                                  tokens[span.start:span.end], items.holds(seg.start)))
    return ParsedDocument(draft.path, draft.text, prepared.clean, sentences,
                          QuoteIndex(prepared.quotes), doc, tokens, _line_starts(draft.text),
                          draft.metadata, prepared.entities)


Passed = TypeVar("Passed")
Failed = Callable[[Draft, Exception], Passed]


def parse(draft: Draft) -> ParsedDocument:
    parsed = next(parse_many([draft]))
    assert isinstance(parsed, ParsedDocument)
    return parsed


def parse_many(items: Iterable[Draft | Passed], batch_size: int = 32,
               failed: Failed[Passed] | None = None) -> Iterator[ParsedDocument | Passed]:
    """Parse drafts in order, sending them through spaCy in batches.

    Anything that is not a Draft (an unreadable file's report, say) passes through in its
    place, so the output keeps the input's order without holding the input in memory.
    A draft that cannot be parsed raises, unless `failed` makes the item that takes its
    place: then one draft's failure costs no other draft its parse.
    """
    batch: list[_Prepared | Passed] = []
    size = 0
    for item in items:
        if isinstance(item, Draft):
            try:
                prepared: _Prepared | Passed = _prepare(item)
            except Exception as error:
                if failed is None:
                    raise
                prepared = failed(item, error)
        else:
            prepared = item
        if isinstance(prepared, _Prepared):
            length = len(prepared.clean)
            if batch and size + length > BATCH_CHARS:
                yield from _parse_batch(batch, batch_size, failed)
                batch, size = [], 0
            size += length
        batch.append(prepared)
        if len(batch) >= batch_size:
            yield from _parse_batch(batch, batch_size, failed)
            batch, size = [], 0
    yield from _parse_batch(batch, batch_size, failed)


def _parse_batch(batch: list[_Prepared | Passed], batch_size: int,
                 failed: Failed[Passed] | None) -> Iterator[ParsedDocument | Passed]:
    pieces = [doc for item in batch if isinstance(item, _Prepared) for doc in item.pieces]
    # The parser takes a batch at once: pieces of one long document go in one by one, or
    # a 500,000-character draft would be parsed whole (1.7 GB instead of 0.6 GB).
    longest = max((doc[-1].idx + len(doc[-1].text_with_ws) for doc in pieces if len(doc)),
                  default=1)
    per_call = max(1, min(batch_size, PIECE_CHARS // longest))
    try:
        parsed = iter([_without_tensor(doc) for group in _groups(pieces, batch_size)
                       for doc in pipeline().pipe(group, batch_size=per_call)])
    except Exception:
        if failed is None:
            raise
        # Which draft broke the batch is unknown: parse each again on its own.
        for item in batch:
            yield _parse_alone(item.draft, failed) if isinstance(item, _Prepared) else item
        return
    for item in batch:
        if not isinstance(item, _Prepared):
            yield item
            continue
        docs = [next(parsed) for _ in item.pieces]
        try:
            yield _assemble(item, _joined(item.laid_out(docs)))
        except Exception as error:
            if failed is None:
                raise
            yield failed(item.draft, error)


def _groups(pieces: list[Doc], batch_size: int) -> Iterator[list[Doc]]:
    """Consecutive pieces, at most `batch_size` of them and BATCH_CHARS characters (or one
    piece) in a group: spaCy parses a group at once."""
    group: list[Doc] = []
    size = 0
    for doc in pieces:
        length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if group and (len(group) >= batch_size or size + length > BATCH_CHARS):
            yield group
            group, size = [], 0
        group.append(doc)
        size += length
    if group:
        yield group


def _without_tensor(doc: Doc) -> Doc:
    """The parsed Doc without its token vectors, which no analysis reads: the array keeps
    the parser's whole batch buffer alive, some 500 bytes per character of text."""
    import numpy

    doc.tensor = numpy.empty((0,), dtype="float32")
    return doc


def _parse_alone(draft: Draft, failed: Failed[Passed]) -> ParsedDocument | Passed:
    try:
        prepared = _prepare(draft)
        return _assemble(prepared, _joined(prepared.laid_out(
            [_without_tensor(doc) for doc in pipeline().pipe(prepared.pieces)])))
    except Exception as error:
        return failed(draft, error)


def _joined(pieces: list[Doc]) -> Doc:
    """One Doc from consecutive pieces of a text: the same text, so the same offsets."""
    if len(pieces) == 1:
        return pieces[0]
    from spacy.tokens import Doc

    return Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])
