"""Paragraphs and sentences of news text, found on the masked text by rule.

spaCy's parser splits news badly around abbreviations ("Gen.", "U.S.") and quotations
whose closing mark follows the period, so the boundaries are decided here and handed to
the parser as fixed sentence starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, pairwise

from audit.lexicon import load_entries
from audit.quotes import CREDIT_DASH

ABBREVIATIONS = "abbreviations.yaml"
_ABBREVIATIONS = load_entries(ABBREVIATIONS)  # read once: the splitter's and the tokenizer's


def _words_of(word_class: str) -> frozenset[str]:
    return frozenset(str(e["term"]).lower() for e in _ABBREVIATIONS
                     if e.get("class") == word_class)


# See lexicons/abbreviations.yaml for the classes.
_NEVER_FINAL = _words_of("never-final")
_MAYBE_FINAL = _words_of("maybe-final")
_OPENERS = _words_of("opener")
_NUMBERING = _words_of("numbering")
# Titles before a name ("Sgt."), which the tokenizer keeps whole (`nlp.pipeline`).
TITLES = frozenset(str(e["term"]).lower() for e in _ABBREVIATIONS if e.get("title"))

# A run of marks is tried from its first mark only: from each, a long run of dots would
# cost its length each time.
_BOUNDARY = re.compile(
    r"(?:(?<![.!?])[.!?]++|…)[\"”’')\]]*+(?=\s+(?:''|[\"“‘']|[(\[]\s*)?[A-Z0-9])")
_TERMINAL = re.compile(r"(?:[.!?:…]|[.!?][\"”’')\]]+)\s*$")
# A line that credits the quotation above it ("— Rosalind Achebe, branch librarian") or
# the story ("By Marta Quill"): it ends unpunctuated, as a subhead does, and heads nothing.
_CREDIT = re.compile(rf"\s*(?:{CREDIT_DASH}|By\s+\w)")
_NEXT_WORD = re.compile(r"\s+(?:''|[\"“‘'(\[])?([^\s]+)")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    paragraph: int  # 1-based
    headline: bool


def segment(clean: str, headlines: list[tuple[int, int]],
            items: list[tuple[int, int]]) -> list[Segment]:
    """Sentences of the masked text, in order, trimmed of surrounding whitespace. Each of
    the list `items` (a bullet's line) is a paragraph of its own."""
    sentences: list[Segment] = []
    paragraph = 0
    for start, end, is_headline in _paragraphs(clean, headlines, items):
        paragraph += 1
        if is_headline:
            # A line set apart may hold several sentences, as an interview's bold question
            # does ("Its chief called the process political. What do you say to her?"):
            # each is read on its own, all of them set apart.
            sentences.extend(Segment(s, e, paragraph, True)
                             for s, e in _sentences(clean, start, end))
            continue
        for s, e in _sentences(clean, start, end):
            sentences.append(Segment(s, e, paragraph, False))
    return sentences


def _wrap_width(clean: str, blocks: list[list[tuple[int, int]]]) -> int | None:
    """The width a draft is hard-wrapped at: that of a block broken inside a sentence whose
    lines are each as full as wrapping at its longest one leaves them (not a list of short
    unpunctuated lines); None when no block is."""
    widths = []
    for prose in blocks:
        if _ends_sentences(clean, prose):
            continue
        width = max(e - s for s, e in prose[:-1])
        if _filled(clean, prose, width):
            widths.append(width)
    return max(widths, default=None)


def _ends_sentences(clean: str, prose: list[tuple[int, int]]) -> bool:
    """Every line but the last ends a sentence."""
    return all(_TERMINAL.search(clean[s:e]) for s, e in prose[:-1])


def _filled(clean: str, prose: list[tuple[int, int]], width: int) -> bool:
    """Every line but the last is as full as wrapping at `width` leaves it: no longer than
    that, and the first word of the next line would not have fitted after it."""
    return len(prose) > 1 and all(
        e - s <= width < e - s + 1 + len(clean[ns:ne].split(maxsplit=1)[0])
        for (s, e), (ns, ne) in pairwise(prose))


def _lines(clean: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines in [start, end), trimmed."""
    found = []
    for match in re.finditer(r"[^\n]+", clean[start:end]):
        s, e = _trim(clean, start + match.start(), start + match.end())
        if s < e:
            found.append((s, e))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(clean: str, headline_ranges: list[tuple[int, int]],
                item_ranges: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Paragraph ranges with a headline flag.

    Blocks are separated by blank lines. Inside a block, a line is a paragraph of its own
    when every line ends a sentence (one paragraph per line, as wire copy and pasted text
    come), otherwise the block is one hard-wrapped paragraph. In a draft hard-wrapped
    elsewhere, a block whose lines end sentences only because each wrap fell at one (every
    line as full as the draft's wrapping makes them) is one paragraph too. Headline lines
    and list items always stand alone: a bullet ends where its line does, punctuated or
    not, and is no headline.
    """
    found: list[tuple[int, int, bool]] = []
    headlines = _Marked(headline_ranges)
    items = _Marked(item_ranges)
    blocks = []
    position = 0
    for block in re.split(r"(\n[ \t\r\f\v]*\n)", clean):
        block_start, block_end = position, position + len(block)
        position = block_end
        lines = _lines(clean, block_start, block_end)
        if not lines:
            continue
        listed = [items.mark(s, e) for s, e in lines]
        headline_flags = [not item and _is_headline(clean, s, e, headlines, len(lines),
                                                    i == 0 and not blocks)
                          for i, ((s, e), item) in enumerate(zip(lines, listed, strict=True))]
        prose = [(s, e) for (s, e), h, item in zip(lines, headline_flags, listed, strict=True)
                 if not (h or item)]
        blocks.append((lines, listed, headline_flags, prose))
    width = _wrap_width(clean, [prose for *_, prose in blocks])
    for lines, listed, headline_flags, prose in blocks:
        one_per_line = _ends_sentences(clean, prose) \
            and not (width and _filled(clean, prose, width))
        if not one_per_line and headline_flags[0] and not headlines.mark(*lines[0]):
            # A hard-wrapped block: its unpunctuated first line is a wrap, not a headline.
            headline_flags[0] = False
        pending: tuple[int, int] | None = None
        for (s, e), is_headline, item in zip(lines, headline_flags, listed, strict=True):
            if is_headline or item or one_per_line:
                if pending:
                    found.append((*pending, False))
                    pending = None
                found.append((s, e, is_headline))
            else:
                pending = (pending[0], e) if pending else (s, e)
        if pending:
            found.append((*pending, False))
    return found


_WORD = re.compile(r"[^\W\d_]+")


def _title_case(line: str) -> bool:
    """Nearly every word of four letters or more capitalised, past the first."""
    words = [w for w in _WORD.findall(line)[1:] if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.8 * len(words)


def _is_headline(clean: str, start: int, end: int, headlines: _Marked,
                 lines_in_block: int, first_line: bool) -> bool:
    if headlines.mark(start, end):
        return True
    if _CREDIT.match(clean, start, end):
        return False
    if _TERMINAL.search(clean[start:end]):
        # Plain text that opens with a title-case line standing alone is headed by it,
        # whatever ends it ("What Mexico Could Do When Up Against Trump."): a sentence
        # of prose is never in title case.
        return first_line and lines_in_block == 1 and _title_case(clean[start:end])
    # A plain-text line without closing punctuation is a headline when it stands alone
    # or opens the document; inside a hard-wrapped block it is just a wrapped line.
    return (lines_in_block == 1 or first_line) and len(clean[start:end].split()) <= 30


class _Marked:
    """Ranges that mark lines (headlines, list items; they may overlap), asked whether one
    contains a line or lies inside it in log time."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges = sorted(ranges)
        self.starts = [start for start, _ in ranges]
        self.max_end_up_to = list(accumulate((end for _, end in ranges), max))
        self.min_end_from = list(accumulate((end for _, end in reversed(ranges)), min))[::-1]

    def mark(self, start: int, end: int) -> bool:
        """Whether one of the ranges holds the whole line or lies inside it."""
        i = bisect_right(self.starts, start)  # ranges[:i] start at or before the line
        if i and self.max_end_up_to[i - 1] >= end:
            return True  # one of them holds the whole line
        j = bisect_left(self.starts, start)  # ranges[j:] start inside or after it
        return j < len(self.starts) and self.min_end_from[j] <= end


def _sentences(clean: str, start: int, end: int) -> list[tuple[int, int]]:
    found = []
    sentence_start = start
    for match in _BOUNDARY.finditer(clean, start, end):
        if not _ends_sentence(clean, match.start(), match.end(), end):
            continue
        s, e = _trim(clean, sentence_start, match.end())
        if s < e:
            found.append((s, e))
        sentence_start = match.end()
    s, e = _trim(clean, sentence_start, end)
    if s < e:
        found.append((s, e))
    return found


def _word_before(clean: str, end: int) -> str:
    """The run of non-space characters that ends at `end`."""
    start = end
    while start > 0 and not clean[start - 1].isspace():
        start -= 1
    return clean[start:end]


def _ends_sentence(clean: str, mark_start: int, mark_end: int, limit: int) -> bool:
    if clean[mark_start] != ".":
        return True
    word = _word_before(clean, mark_start).lstrip("\"“‘'([").lower()
    if not word:
        return True
    if word in _NEVER_FINAL:
        return False
    if word in _NUMBERING:
        following = _NEXT_WORD.match(clean, mark_end, limit)
        return not (following and following.group(1)[:1] in "0123456789#")
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "John F. Kennedy"
    initialism = re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)  # "u.s", "d.c", "p.m"
    if initialism or word in _MAYBE_FINAL:
        following = _NEXT_WORD.match(clean, mark_end, limit)
        if not following:
            return False
        # "ends at 11:30 p.m. “What am I supposed to do?”": a quotation opening with a
        # capital starts a sentence of its own, whatever its first word.
        quoted = following.group(0).lstrip()[:1] in "\"“'‘" and following.group(1)[:1].isupper()
        return quoted or following.group(1).lower() in _OPENERS
    return True
