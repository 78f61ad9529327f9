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
    from spacy.tokens import Doc

# Written where something unseen falls inside a token (see audit.document.ENTITY_FILL).
ENTITY_FILL = "\u200b"


class Squeezed:
    """The masked text without what a reader never sees (`invisible`: ranges in order,
    apart), and the two ways between its offsets and the masked text's. Kept as the places
    where characters were taken out, not a table per character."""

    def __init__(self, masked: str, invisible: list[tuple[int, int]]) -> None:
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

    def masked_offset(self, offset: int) -> int:
        """Where a character of the squeezed text (or the end) is in the masked text."""
        k = bisect_right(self._at, offset) - 1
        return offset + (self._shift[k] if k >= 0 else 0)

    def masked_end(self, end: int) -> int:
        """Where a range of the squeezed text ending at `end` ends in the masked text:
        after its last character, not after the padding that follows it."""
        return self.masked_offset(end - 1) + 1 if end > 0 else 0

    def squeezed_offset(self, offset: int) -> int:
        """Where an offset of the masked text is in the squeezed text; inside padding, the
        character after it."""
        k = bisect_right(self._fill_starts, offset) - 1
        if k >= 0 and offset < self._fills[k][1]:
            return self._at[k]
        return offset - (self._shift[k] if k >= 0 else 0)


def padded(parsed: Doc, masked: str, squeezed: Squeezed, offset: int) -> Doc:
    """The parsed Doc of the piece of the squeezed text from `offset` laid over the same
    piece of the masked text: each token at its place, the padding inside a token written
    as ENTITY_FILL, the padding between tokens a whitespace token hung on the token before
    it (or after, at the start), as the parser hangs one."""
    import numpy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
    from spacy.symbols import SPACE
    from spacy.tokens import Doc

    # A piece runs from where the one before it ends (the next character seen, so that
    # what is unseen after a piece's last word is its own); the first from the start.
    base = squeezed.masked_offset(offset) if offset else 0
    text = masked[base:squeezed.masked_offset(offset + len(parsed.text))]

    def place(i: int) -> int:
        return squeezed.masked_offset(offset + i) - base

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
    for token in parsed:
        start, end = place(token.idx), place(token.idx + len(token) - 1) + 1
        if start > at:
            whitespace(text[at:start])
        word = text[start:end]
        words.append(word if token.is_space else word.replace(" ", ENTITY_FILL))
        spaces.append(False)
        origin.append(token.i)
        at = end
    if at < len(text):
        whitespace(text[at:])
    attrs = [TAG, POS, MORPH, LEMMA, NORM, DEP, ENT_IOB, ENT_TYPE, HEAD]
    source = parsed.to_array(attrs[:-1]).astype(numpy.uint64)
    strings = parsed.vocab.strings
    index_of = [0] * len(parsed)
    for i, from_token in enumerate(origin):
        if from_token >= 0:
            index_of[from_token] = i
    rows = numpy.zeros((len(words), len(attrs)), dtype=numpy.uint64)
    for i, from_token in enumerate(origin):
        if from_token >= 0:
            rows[i, :-1] = source[from_token]
            head = index_of[parsed[from_token].head.i]
        else:
            head = i - 1 if i else min(i + 1, len(words) - 1)
            blank = strings.add(words[i])
            rows[i, :-1] = (strings.add("_SP"), SPACE, 0, blank, blank, strings.add("dep"),
                            2, 0)  # 2: outside any entity
            after = origin[i + 1] if i + 1 < len(origin) else -1
            if i and after >= 0 and parsed[after].ent_iob_ == "I":
                rows[i, 6:8] = (1, parsed[after].ent_type)  # inside "José Martínez"
        rows[i, -1] = numpy.int64(head - i).astype(numpy.uint64)
    return Doc(parsed.vocab, words=words, spaces=spaces).from_array(attrs, rows)
