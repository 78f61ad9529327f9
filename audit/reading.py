"""The text stages read what a reader sees: an HTML entity as its one character, and no
markup inside a line.

Masking writes "don&rsquo;t" as "don’" and six spaces and "t", and "**14:45**" as blanks
around "14:45", which keeps every offset but splits words and shifts the parse for every
stage that reads the text: "O&rsquo;Neill" became the name "Neill", '&ldquo;And' opened no
sentence, a draft from a CMS that writes each apostrophe and curly quote as an entity lost
one attribution in eighteen of those it has as plain text, and a live blog's bold time stamp
became the subject of its entry. So sentences, quotations and the parse are found in the
masked text without what a reader never sees (`Squeezed`: the markup's blanks inside a
line, each entity's padding after its character), and placed back at the text's offsets: a
sentence or a quotation by its offsets, the parsed Doc token by token (`padded`). What is
unseen inside a token is written as ENTITY_FILL ("O’", the fill and "Neill" is one token,
as it is one word); between tokens it is a whitespace token, as the parser makes of a run
of spaces.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy
    from numpy.typing import NDArray
    from spacy.tokens import Doc

# What fills the rest of an HTML entity after its character, so that a sentence's display
# keeps the text's length, and what a parsed token holds where something unseen falls
# inside a word: a zero-width space, dropped when the words are drawn or read.
ENTITY_FILL = "\u200b"


class Squeezed:
    """The masked text without what a reader never sees (`invisible`: ranges in order,
    apart), and the two ways between its offsets and the masked text's. Kept as the places
    where characters were taken out, not a table per character."""

    def __init__(self, masked: str, invisible: list[tuple[int, int]]) -> None:
        import numpy

        parts = []
        self._fills: list[tuple[int, int]] = []  # taken out, masked offsets
        self._fill_starts: list[int] = []
        self._at: list[int] = []  # where in the squeezed text each was taken out
        self._shift: list[int] = []  # characters taken out up to and with each
        at = removed = 0
        for start, end in invisible:
            parts.append(masked[at:start])
            self._at.append(start - removed)
            removed += end - start
            self._fills.append((start, end))
            self._fill_starts.append(start)
            self._shift.append(removed)
            at = end
        parts.append(masked[at:])
        self.text = "".join(parts)
        self._at_array = numpy.asarray(self._at or [0], dtype=numpy.int64)
        self._shift_array = numpy.asarray(self._shift or [0], dtype=numpy.int64)

    def masked_offset(self, offset: int) -> int:
        """Where a character of the squeezed text (or the end) is in the masked text."""
        k = bisect_right(self._at, offset) - 1
        return offset + (self._shift[k] if k >= 0 else 0)

    def masked_offsets(self, offsets: NDArray[numpy.int64]) -> NDArray[numpy.int64]:
        """`masked_offset` of each of an array of offsets."""
        import numpy

        k = numpy.searchsorted(self._at_array, offsets, side="right") - 1
        return offsets + numpy.where(k >= 0, self._shift_array[numpy.maximum(k, 0)], 0)

    def masked_end(self, end: int) -> int:
        """Where a range of the squeezed text ending at `end` ends in the masked text:
        after its last character, not after what follows it unseen."""
        return self.masked_offset(end - 1) + 1 if end > 0 else 0

    def squeezed_offset(self, offset: int) -> int:
        """Where an offset of the masked text is in the squeezed text; inside what is
        unseen, the character after it."""
        k = bisect_right(self._fill_starts, offset) - 1
        if k >= 0 and offset < self._fills[k][1]:
            return self._at[k]
        return offset - (self._shift[k] if k >= 0 else 0)


def padded(parsed: Doc, masked: str, squeezed: Squeezed, offset: int, end: int) -> Doc:
    """The parsed Doc of the piece of the squeezed text [offset, end) laid over the same
    piece of the masked text: each token at its place, what is unseen inside a token
    written as ENTITY_FILL, what is unseen between tokens a whitespace token hung on the
    token before it (or after, at the start), as the parser hangs one. Array work but for
    one pass that cuts the words: every Markdown draft with a heading comes this way."""
    import numpy
    from spacy.attrs import (
        DEP,
        ENT_IOB,
        ENT_TYPE,
        HEAD,
        IDX,
        IS_SPACE,
        LEMMA,
        LENGTH,
        MORPH,
        NORM,
        POS,
        TAG,
    )
    from spacy.symbols import SPACE
    from spacy.tokens import Doc

    # A piece runs from where the one before it ends (the next character seen, so that
    # what is unseen after a piece's last word is its own); the first from the start.
    base = squeezed.masked_offset(offset) if offset else 0
    text = masked[base:squeezed.masked_offset(end)]
    columns = parsed.to_array([IDX, LENGTH, IS_SPACE]).astype(numpy.int64)
    first = columns[:, 0] + offset
    starts = (squeezed.masked_offsets(first) - base).tolist()
    ends = (squeezed.masked_offsets(first + columns[:, 1] - 1) + 1 - base).tolist()
    lengths, blank_tokens = columns[:, 1].tolist(), columns[:, 2].tolist()

    words: list[str] = []
    spaces: list[bool] = []
    origin: list[int] = []  # the parsed token each token is, or -1 for added whitespace

    def whitespace(gap: str) -> None:
        if words and not spaces[-1] and gap[0] == " ":
            spaces[-1], gap = True, gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            origin.append(-1)

    at = 0
    for i, (start, stop) in enumerate(zip(starts, ends, strict=True)):
        if start == at + 1 and text[at] == " " and words:
            spaces[-1] = True  # the usual space between two words
        elif start > at:
            whitespace(text[at:start])
        word = text[start:stop]
        if stop - start != lengths[i] and not blank_tokens[i]:
            word = word.replace(" ", ENTITY_FILL)
        words.append(word)
        spaces.append(False)
        origin.append(i)
        at = stop
    if at < len(text):
        whitespace(text[at:])

    attrs = [TAG, POS, MORPH, LEMMA, NORM, DEP, ENT_IOB, ENT_TYPE, HEAD]
    source = parsed.to_array(attrs).astype(numpy.uint64)  # string hashes use all 64 bits
    came_from = numpy.asarray(origin, dtype=numpy.int64)
    kept = came_from >= 0
    position = numpy.arange(len(words), dtype=numpy.int64)
    index_of = numpy.empty(len(parsed), dtype=numpy.int64)
    index_of[came_from[kept]] = position[kept]
    rows = numpy.zeros((len(words), len(attrs)), dtype=numpy.uint64)
    rows[kept] = source[came_from[kept]]
    # A head is relative: the parsed token's head, at its new place, from the new place.
    relative = numpy.zeros(len(words), dtype=numpy.int64)
    heads = came_from[kept] + source[came_from[kept], -1].view(numpy.int64)
    relative[kept] = index_of[heads] - position[kept]
    added = numpy.flatnonzero(~kept)
    if len(added):
        strings = parsed.vocab.strings
        blanks = [strings.add(words[i]) for i in added.tolist()]
        rows[added, 0] = strings.add("_SP")
        rows[added, 1] = SPACE
        rows[added, 3] = rows[added, 4] = blanks
        rows[added, 5] = strings.add("dep")
        rows[added, 6] = 2  # outside any entity ...
        following = came_from[numpy.minimum(added + 1, len(words) - 1)]
        inside = (added > 0) & (following >= 0)
        if len(parsed):
            inside &= source[numpy.maximum(following, 0), 6] == 1
        rows[added[inside], 6] = 1  # ... but inside "José Martínez", between its words
        rows[added[inside], 7] = source[following[inside], 7]
        relative[added] = numpy.where(added > 0, -1, min(1, len(words) - 1))
    rows[:, -1] = relative.view(numpy.uint64)
    return Doc(parsed.vocab, words=words, spaces=spaces).from_array(attrs, rows)
