"""Quotation spans: whose words are on the page.

Straight and curly double quotes pair within a paragraph, and so do two apostrophes
(''like this''), which is how typewriter-style and converted wire copy writes them, and
two curly single marks (“like this’’). A
quotation left open at the
end of a paragraph continues when the next paragraph opens with a quotation mark (the
newspaper convention for a quote running over several paragraphs); the pieces share a
`group`, so the speaker found for one is the speaker of all. Single quotes count only
around a word or a short phrase ("the ‘deal’"), where apostrophes cannot be confused;
not around one letter, which is a word's letters left out ("rock 'n' roll").
A blockquote the text credits (after "... said in a statement:", or over a "— Name" credit
line) is a quotation with no marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from audit.ranges import Ranges

_DOUBLED = ("''", "‘‘", "’’")  # two single marks typed for a double one
_MARK = re.compile("|".join(["[\"“”]", *_DOUBLED]))  # where `_width` is not 0
CREDIT_DASH = "--|[—―–]"  # the dash that opens a credit line ("— Lidia Marsh")
_CREDIT = re.compile(CREDIT_DASH)
_CREDIT_LINE = re.compile(rf"\n[ \t]*(?:{CREDIT_DASH})")  # a line that opens with one
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\w)([^‘’'\n]{2,60}?)(?<=[\w.,!?])[’'](?![\w’'])")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or the paragraph end for a continued piece)
    group: int  # pieces of one quotation running over paragraphs share a group
    single: bool = False
    continues: bool = False  # left open at its paragraph's end, picked up by the next
    opening: int = 1  # width of the marks: 2 for ''
    closing: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words without the marks."""
        return self.start + self.opening, self.end if self.continues else self.end - self.closing

    def words(self, text: str) -> int:
        start, end = self.inner
        return len(re.findall(r"\w+(?:['’]\w+)*", text[start:end]))


def find_quotes(clean: str, paragraphs: list[tuple[int, int]],
                blockquotes: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    """Quotations in the masked text; `paragraphs` are (start, end) ranges in order, and
    so are `blockquotes`."""
    quotes: list[Quote] = []
    group = 0
    open_at: int | None = None  # opening offset of a double quote still open
    opening = 1
    blocks = _Blocks(blockquotes)
    for index, (p_start, p_end) in enumerate(paragraphs):
        position = p_start
        paragraph_first = len(quotes)
        first = _first_visible(clean, p_start, p_end)
        if open_at is None and first is not None and not _width(clean, first) \
                and not _opens_credit(clean, p_start, p_end) \
                and blocks.quoted(clean, p_start, paragraphs[index - 1] if index else None):
            # A blockquote the text credits, opening with no quotation mark, is quoted as a
            # whole; its marks ("> The mayor called it “a sham.”") are quotations inside it.
            block = blocks.holding(p_start)
            next_paragraph = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            continues = next_paragraph is not None \
                and blocks.holding(next_paragraph[0]) == block \
                and not _opens_credit(clean, *next_paragraph)
            credit = _CREDIT_LINE.search(clean, first, p_end)
            if credit is not None:  # "— Lidia Marsh (@lmarsh)" under the words it credits
                continues, p_end = False, credit.start()
            if not (quotes and quotes[-1].continues and quotes[-1].group == group):
                group += 1
            end = p_end if continues else _visible_end(clean, first, p_end)
            quotes.append(Quote(first, end, group, continues=continues, opening=0, closing=0))
            continue
        if open_at is not None:
            # Left open by the previous paragraph, which checked that this one reopens it.
            assert first is not None
            opening = _width(clean, first)
            open_at, position = first, first + opening
        while position < p_end:
            # The next mark, not the next character ('' may end just past the paragraph).
            mark = _MARK.search(clean, position, p_end + 1)
            if mark is None or mark.start() >= p_end:
                break
            position = mark.start()
            width = _width(clean, position)
            straight = clean[position] != "“" and clean[position] != "”"
            if open_at is None:
                if clean[position] == "“" or (straight and _can_open(clean, position, width)):
                    open_at, opening = position, width
                    group += 1
            elif clean[position] == "”" or (straight and _can_close(clean, position)) or (
                    clean[position] == "“" and _turned_close(clean, position, p_end)):
                quotes.append(Quote(open_at, position + width, group, opening=opening,
                                    closing=width))
                open_at = None
            position += width
        if open_at is not None:
            next_paragraph = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            first = _first_visible(clean, *next_paragraph) if next_paragraph else None
            if first is not None and _width(clean, first) and clean[first] != "”":
                quotes.append(Quote(open_at, p_end, group, continues=True, opening=opening))
            else:
                open_at = None  # an unbalanced mark, not a quotation
        # A single-quoted word inside (or across) a quotation is part of it: quotations never
        # overlap, which lets QuoteIndex find them by bisection.
        doubles = QuoteIndex(quotes[paragraph_first:])  # this paragraph's, in order
        singles = [
            Quote(m.start(), m.end(), -1, single=True)
            for m in _SINGLE.finditer(clean, p_start, p_end)
            if not doubles.overlapping(m.start(), m.end())
        ]
        quotes.extend(singles)
    return sorted(quotes, key=lambda q: q.start)


class _Blocks(Ranges):
    """The blockquotes, and whether the text credits each."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        super().__init__(ranges)
        self._credited: dict[int, bool] = {}  # decided at a blockquote's first paragraph

    def quoted(self, clean: str, start: int, previous: tuple[int, int] | None) -> bool:
        """The paragraph at `start` is in a blockquote that the text credits to someone:
        introduced by a sentence ending in a colon ("Marsh said in a statement:"), or
        with a credit line under it. A blockquote credited to no one (an editor's note set
        off) stays the writer's text."""
        block = self.holding(start)
        if block is None:
            return False
        if block not in self._credited:
            block_start, block_end = self.ranges[block]
            introduced = previous is not None \
                and clean[previous[0]:previous[1]].rstrip().endswith(":")
            self._credited[block] = introduced or \
                _CREDIT_LINE.search(clean, block_start, block_end) is not None
        return self._credited[block]


def _width(clean: str, i: int) -> int:
    """The width of a double quotation mark at i: 1 for " “ ”, 2 for '' ‘‘ ’’, else 0."""
    if clean[i] in "\"“”":
        return 1
    return 2 if clean.startswith(_DOUBLED, i) else 0


def _opens_credit(clean: str, start: int, end: int) -> bool:
    """The paragraph is a credit line: it opens with a dash."""
    first = _first_visible(clean, start, end)
    return first is not None and _CREDIT.match(clean, first) is not None


def _visible_end(clean: str, start: int, end: int) -> int:
    """The end of [start, end) without the whitespace it ends with."""
    while end > start and clean[end - 1].isspace():
        end -= 1
    return end


def _first_visible(clean: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not clean[i].isspace():
            return i
    return None


def _can_open(clean: str, i: int, width: int) -> bool:
    before = clean[i - 1] if i > 0 else " "
    after = clean[i + width] if i + width < len(clean) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _turned_close(clean: str, i: int, p_end: int) -> bool:
    """An opening mark after a word at the end of its paragraph closes the quotation: a
    closing mark typed the wrong way round ("... is 51 percent.“")."""
    return _can_close(clean, i) and not clean[i + 1:p_end].strip()


def _can_close(clean: str, i: int) -> bool:
    before = clean[i - 1] if i > 0 else " "
    return not before.isspace()


class QuoteIndex:
    """Answers "which quotation is at this offset, or in this range?" by bisection; the
    quotations never overlap, so they are in order of both start and end."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._starts = [q.start for q in quotes]
        self._ends = [q.end for q in quotes]

    def at(self, offset: int) -> Quote | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.quotes[i].end:
            return self.quotes[i]
        return None

    def ending_by(self, offset: int) -> Quote | None:
        """The last quotation that ends at or before the offset."""
        i = bisect_right(self._ends, offset) - 1
        return self.quotes[i] if i >= 0 else None

    def overlapping(self, start: int, end: int, single: bool = False) -> list[Quote]:
        """The quotations overlapping [start, end), in order; single-quoted words only when
        asked for."""
        found = self.quotes[bisect_right(self._ends, start):bisect_left(self._starts, end)]
        return [q for q in found if single or not q.single]
