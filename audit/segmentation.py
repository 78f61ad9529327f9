"""Paragraphs and sentences of news text, found on the masked text by rule.

spaCy's parser splits news badly around abbreviations ("Gen.", "U.S.") and quotations
whose closing mark follows the period, so the boundaries are decided here and handed to
the parser as fixed sentence starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.lexicon import load_entries


def _words_of(word_class: str) -> frozenset[str]:
    return frozenset(str(e["term"]).lower() for e in load_entries(ABBREVIATIONS)
                     if e.get("class") == word_class)


ABBREVIATIONS = "abbreviations.yaml"
# See lexicons/abbreviations.yaml for the classes.
_NEVER_FINAL = _words_of("never-final")
_MAYBE_FINAL = _words_of("maybe-final")
_OPENERS = _words_of("opener")

_BOUNDARY = re.compile(r"(?:[.!?]+|…)[\"”’')\]]*(?=\s+(?:''|[\"“‘'(\[])?[A-Z0-9])")
_TERMINAL = re.compile(r"(?:[.!?:…]|[.!?][\"”’')\]]+)\s*$")
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"\s+(?:''|[\"“‘'(\[])?([^\s]+)")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    paragraph: int  # 1-based
    headline: bool


def segment(clean: str, headlines: list[tuple[int, int]]) -> list[Segment]:
    """Sentences of the masked text, in order, trimmed of surrounding whitespace."""
    sentences: list[Segment] = []
    paragraph = 0
    for start, end, is_headline in _paragraphs(clean, headlines):
        paragraph += 1
        if is_headline:
            sentences.append(Segment(start, end, paragraph, True))
            continue
        for s, e in _sentences(clean, start, end):
            sentences.append(Segment(s, e, paragraph, False))
    return sentences


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


def _paragraphs(clean: str, headlines: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Paragraph ranges with a headline flag.

    Blocks are separated by blank lines. Inside a block, a line is a paragraph of its own
    when every line ends a sentence (one paragraph per line, as wire copy and pasted text
    come), otherwise the block is one hard-wrapped paragraph. Headline lines always stand
    alone.
    """
    found: list[tuple[int, int, bool]] = []
    position = 0
    for block in re.split(r"(\n[ \t\r\f\v]*\n)", clean):
        block_start, block_end = position, position + len(block)
        position = block_end
        lines = _lines(clean, block_start, block_end)
        if not lines:
            continue
        headline_flags = [_is_headline(clean, s, e, headlines, len(lines), i == 0 and not found)
                          for i, (s, e) in enumerate(lines)]
        prose = [(s, e) for (s, e), h in zip(lines, headline_flags, strict=True) if not h]
        one_per_line = all(_TERMINAL.search(clean[s:e]) for s, e in prose[:-1])
        if not one_per_line and headline_flags[0] and not _marked(lines[0], headlines):
            # A hard-wrapped block: its unpunctuated first line is a wrap, not a headline.
            headline_flags[0] = False
        pending: tuple[int, int] | None = None
        for (s, e), is_headline in zip(lines, headline_flags, strict=True):
            if is_headline or one_per_line:
                if pending:
                    found.append((*pending, False))
                    pending = None
                found.append((s, e, is_headline))
            else:
                pending = (pending[0], e) if pending else (s, e)
        if pending:
            found.append((*pending, False))
    return found


def _is_headline(clean: str, start: int, end: int, headlines: list[tuple[int, int]],
                 lines_in_block: int, first_line: bool) -> bool:
    if _marked((start, end), headlines):
        return True
    if _TERMINAL.search(clean[start:end]):
        return False
    # A plain-text line without closing punctuation is a headline when it stands alone
    # or opens the document; inside a hard-wrapped block it is just a wrapped line.
    return (lines_in_block == 1 or first_line) and len(clean[start:end].split()) <= 30


def _marked(line: tuple[int, int], headlines: list[tuple[int, int]]) -> bool:
    """Whether markup (a heading, a line in bold) makes the line a headline."""
    start, end = line
    return any((hs <= start and end <= he) or (start <= hs and he <= end) for hs, he in headlines)


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


def _ends_sentence(clean: str, mark_start: int, mark_end: int, limit: int) -> bool:
    if clean[mark_start] != ".":
        return True
    before = _WORD_BEFORE.search(clean, 0, mark_start)
    word = before.group(1).lstrip("\"“‘'([").lower() if before else ""
    if not word:
        return True
    if word in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "John F. Kennedy"
    initialism = re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)  # "u.s", "d.c", "p.m"
    if initialism or word in _MAYBE_FINAL:
        following = _NEXT_WORD.match(clean, mark_end, limit)
        return bool(following) and following.group(1).lower() in _OPENERS
    return True
