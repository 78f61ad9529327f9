"""Blanking Markdown and HTML markup while keeping every character at its offset.

The analysed text has exactly the length of the original: markup characters become
spaces (or newlines where they end a block), entities become their character padded with
spaces. A token's offset in the analysed text is therefore its offset in the file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from audit.loading import Markup
from audit.ranges import Ranges


@dataclass
class Masked:
    text: str  # same length as the original
    headlines: list[tuple[int, int]] = field(default_factory=list)  # character ranges
    # Entities written as one character at their first offset (&amp; is '&' and four
    # spaces): a span that ends inside one is widened to its end, never cut in two.
    entities: list[tuple[int, int]] = field(default_factory=list)
    # Blockquotes (Markdown "> " lines, HTML <blockquote>): what HTML defines as a section
    # quoted from another source, someone else's words set off without quotation marks.
    blockquotes: list[tuple[int, int]] = field(default_factory=list)
    # List items (Markdown "- ", "* ", "1. " lines, HTML <li>): bullets such as a box of key
    # facts, which sum up what the body says.
    list_items: list[tuple[int, int]] = field(default_factory=list)
    # What a reader never sees, in order: the blanks that stand for markup inside a line
    # ("**", "<b>", "](https://...)") and the padding of each entity after its character.
    # Sentences, quotations and the parse read the text without them (audit.reading).
    invisible: list[tuple[int, int]] = field(default_factory=list)


class _Canvas:
    def __init__(self, text: str) -> None:
        self.chars = list(text)
        self.blanked: list[tuple[int, int]] = []  # markup blanked, in no order

    def blank(self, start: int, end: int, fill: str = " ") -> None:
        self.blanked.append((start, end))
        for i in range(start, end):
            if self.chars[i] not in "\r\n":
                self.chars[i] = fill

    def invisible(self, clean: str, entities: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The runs of blanks that stand for markup (not the line ends a block leaves),
        with each entity's padding after its character, in order and apart."""
        runs = [run.span() for start, end in _merged(self.blanked)
                for run in _BLANKS.finditer(clean, start, end)]
        return _merged(runs + [(start + 1, end) for start, end in entities if end - start > 1])

    def block_break(self, start: int, end: int) -> None:
        """Blank a tag that ends a block, leaving a paragraph break in its place."""
        self.blank(start, end)
        if end - start >= 2:
            self.chars[start] = "\n"
            self.chars[start + 1] = "\n"
        else:
            self.chars[start] = "\n"

    def __str__(self) -> str:
        return "".join(self.chars)


_BLANKS = re.compile(" +")


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges in order, those that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_LONE_CR = re.compile(r"\r(?!\n)")
# Invisible spaces that web and CMS copy carries between words ("Okafor<ZWSP> said"): the
# tokenizer would glue them to the word before, so a name is no longer that name.
_INVISIBLE_SPACES = str.maketrans({"\u200b": " ", "\u2060": " ", "\ufeff": " "})


def mask(text: str, markup: Markup) -> Masked:
    # Old Mac files end lines with a lone CR: the masked text ends them with LF, the same
    # length, so lines, paragraphs and headings are found as in LF and CRLF files.
    text = _LONE_CR.sub("\n", text).translate(_INVISIBLE_SPACES)
    return _mask_html(text) if markup == "html" else _mask_markdown(text)


# Every pattern here runs over untrusted text, so none can scan past where the next match
# could start: a tag stops at the next '<', link text at the next '['. Elements with an
# end tag (comments, scripts, headings) are found by `_elements`, which searches for each
# end tag once instead of once per start tag.
_COMMENT_START = re.compile(r"<!--")
_COMMENT_END = re.compile(r"-->")
_HIDDEN_START = re.compile(r"<(script|style|head|noscript|template)\b[^<>]*>", re.I)
# Raw text: a browser hides the rest of the page after an unclosed <script> or <style>.
_RAW_TEXT = {"script", "style"}
_HEADING_START = re.compile(r"<(h[1-6])\b[^<>]*>", re.I)
_BLOCKQUOTE_START = re.compile(r"<(blockquote)\b[^<>]*>", re.I)
_LIST_ITEM_START = re.compile(r"<(li)\b[^<>]*>", re.I)
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<!DOCTYPE[^<>]*>", re.I)
_HTML_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
    "table", "blockquote", "section", "article", "header", "footer", "hr", "title", "figure",
    "figcaption", "pre", "main", "aside", "nav", "body", "html", "dd", "dt", "dl",
}


@dataclass(frozen=True)
class Element:
    start: int  # of the start tag
    inner_start: int
    inner_end: int
    end: int  # after the end tag

    @property
    def closed(self) -> bool:
        """False for an element left open, which runs to the end of the text."""
        return self.end > self.inner_end


def comments(text: str) -> Iterator[Element]:
    """HTML comments in order; one left open runs to the end of the text, as in a browser
    and in CommonMark."""
    return _elements(text, _COMMENT_START, lambda _: _COMMENT_END, to_end=lambda _: True)


def _hidden(text: str) -> Iterator[Element]:
    return _elements(text, _HIDDEN_START, _end_tag, to_end=lambda name: name in _RAW_TEXT)


def _headings(text: str) -> Iterator[Element]:
    return _elements(text, _HEADING_START, _end_tag, to_end=lambda _: False)


def _html_blockquotes(text: str) -> Iterator[Element]:
    return _elements(text, _BLOCKQUOTE_START, _end_tag, to_end=lambda _: False)


def _html_list_items(text: str) -> Iterator[Element]:
    return _elements(text, _LIST_ITEM_START, _end_tag, to_end=lambda _: False)


def _end_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}\s*+>", re.I)


def _elements(text: str, start_tag: re.Pattern[str], end_tag: Callable[[str], re.Pattern[str]],
              to_end: Callable[[str], bool]) -> Iterator[Element]:
    """Elements from a start tag to the first end tag after it, not nested, in one pass.

    An element whose end tag never comes runs to the end of the text when `to_end` says so
    for its name, and is skipped otherwise; an end tag that was looked for and not found is
    never looked for again, which keeps unclosed start tags from costing a scan each."""
    position = 0
    missing: set[str] = set()  # names with no end tag after the last search
    while True:
        opening = start_tag.search(text, position)
        if opening is None:
            return
        name = (opening.group(1) if opening.groups() else opening.group()).lower()
        closing = None if name in missing else end_tag(name).search(text, opening.end())
        if closing is not None:
            yield Element(opening.start(), opening.end(), closing.start(), closing.end())
            position = closing.end()
            continue
        missing.add(name)
        if to_end(name):
            yield Element(opening.start(), opening.end(), len(text), len(text))
            return
        position = opening.end()


def _mask_html(text: str) -> Masked:
    canvas = _Canvas(text)
    for element in (*comments(text), *_hidden(text)):
        canvas.blank(element.start, element.end)
    headlines = [(h.inner_start, h.inner_end) for h in _headings(text)]
    blockquotes = [(b.inner_start, b.inner_end) for b in _html_blockquotes(text)
                   if canvas.chars[b.start] == "<"]  # not inside a comment or a script
    list_items = [(i.inner_start, i.inner_end) for i in _html_list_items(text)
                  if canvas.chars[i.start] == "<"]
    in_blockquote = Ranges(blockquotes)
    cites = []
    for match in _HTML_TAG.finditer(text):
        name = (match.group(1) or "").lower()
        if name in _BLOCK_TAGS:
            canvas.block_break(match.start(), match.end())
        elif name == "cite" and match.group().startswith("<c") and canvas.chars[
                match.start()] == "<" and in_blockquote.holds(match.start()):
            # A blockquote's <cite> names whom the quotation is from, as a credit line's
            # dash does (a CMS's quote block: "<cite>Rosalind Achebe</cite>", which pages
            # often draw after a dash): it reads as that dash, written as an entity is
            # (now, so that no "&amp;" in its attributes is read as one).
            canvas.chars[match.start():match.end()] = "—" + " " * (len(match.group()) - 1)
            cites.append((match.start(), match.end()))
        else:
            canvas.blank(match.start(), match.end())
    entities = sorted(_unescape_entities(text, canvas) + cites)
    clean = str(canvas)
    return Masked(clean, headlines, entities, blockquotes, list_items,
                  canvas.invisible(clean, entities))


def _unescape_entities(text: str, canvas: _Canvas) -> list[tuple[int, int]]:
    """Entities replaced by their character, padded with spaces; returns their ranges."""
    replaced = []
    for match in _HTML_ENTITY.finditer(text):
        if canvas.chars[match.start()] != "&":
            continue  # inside a blanked tag or comment
        value = html.unescape(match.group(0))
        if len(value) != 1 or value == match.group(0):
            continue  # unknown entity: leave it as written
        for i in range(match.start(), match.end()):  # not markup: its character is seen
            canvas.chars[i] = " "
        canvas.chars[match.start()] = " " if value == "\xa0" else value
        replaced.append((match.start(), match.end()))
    return replaced


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[^\n]*$|\Z)", re.S | re.M)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
# A destination may hold one level of parentheses: (https://en.wikipedia.org/wiki/A_(b)).
_DESTINATION = r"\((?:[^()\n]|\([^()\n]*+\))*+\)"
_IMAGE = re.compile(rf"!\[[^\[\]\n]*\]{_DESTINATION}")
_LINK = re.compile(rf"\[([^\[\]\n]+)\]({_DESTINATION}|\[[^\[\]\n]*\])")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^<>\s]+>")
_ATX_HEADING = re.compile(r"^([ \t]{0,3}#{1,6})[ \t]++([^\n]*)", re.M)
_LINE_MARKER = re.compile(r"^([ \t]{0,3}(?:>[ \t]?)+|[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)", re.M)
_RULE_LINE = re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*\r?$", re.M)
_EMPHASIS = re.compile(r"(?<![\w\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w])")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!\"'])")
_WHOLE_LINE_EMPHASIS = re.compile(r"^[ \t]*(\*\*|__)(?=\S)([^\n]*?\S)\1[ \t]*\r?$", re.M)


def _atx_parts(match: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The heading text of an ATX heading line and its closing #s, if any, as ranges."""
    start, line = match.start(2), match.group(2)
    text_end = len(line.rstrip(" \t\r"))
    hashes = text_end - len(line[:text_end].rstrip("#"))
    closing = None
    if hashes and (hashes == text_end or line[text_end - hashes - 1] in " \t"):
        closing = (start + text_end - hashes, start + text_end)
        text_end = len(line[:text_end - hashes].rstrip(" \t"))
    return (start, start + text_end), closing


def _blocks_of_lines(text: str, canvas: _Canvas
                     ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Blank the markers that open lines, and return what they make: blockquotes
    (consecutive lines that open with ">" make one) and list items, as line ranges. A
    marker inside code or a comment, blanked already, makes neither."""
    blockquotes: list[tuple[int, int]] = []
    list_items: list[tuple[int, int]] = []
    for match in _LINE_MARKER.finditer(text):
        marker = match.group(1)
        if not canvas.chars[match.start(1) + len(marker) - len(marker.lstrip())].isspace():
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            if not marker.lstrip().startswith(">"):
                list_items.append((match.start(), line_end))
            elif blockquotes and blockquotes[-1][1] == match.start() - 1:
                blockquotes[-1] = (blockquotes[-1][0], line_end)  # the blockquote goes on
            else:
                blockquotes.append((match.start(), line_end))
        canvas.blank(match.start(1), match.end(1))
    return blockquotes, list_items


def _mask_markdown(text: str) -> Masked:
    canvas = _Canvas(text)
    headlines: list[tuple[int, int]] = []
    front = _FRONT_MATTER.match(text)
    if front:
        canvas.blank(0, front.end())
    for element in comments(text):
        canvas.blank(element.start, element.end)
    for pattern in (_FENCE, _IMAGE, _LINK_DEFINITION, _AUTOLINK, _RULE_LINE):
        for match in pattern.finditer(text):
            canvas.blank(match.start(), match.end())
    for match in _INLINE_CODE.finditer(text):
        canvas.blank(match.start(), match.end())
    for match in _ATX_HEADING.finditer(text):
        canvas.blank(match.start(1), match.start(2))  # the marker and the space after it
        heading, closing = _atx_parts(match)
        if closing:
            canvas.blank(*closing)
        headlines.append(heading)
    for match in _WHOLE_LINE_EMPHASIS.finditer(text):
        headlines.append((match.start(2), match.end(2)))
    for match in _LINK.finditer(text):
        canvas.blank(match.start(), match.start(1))
        canvas.blank(match.end(1), match.end())
    blockquotes, list_items = _blocks_of_lines(text, canvas)
    masked_so_far = str(canvas)
    for match in _EMPHASIS.finditer(masked_so_far):
        canvas.blank(match.start(), match.end())
    for match in _ESCAPE.finditer(masked_so_far):
        canvas.blank(match.start(), match.end())
    for match in _HTML_TAG.finditer(masked_so_far):
        name = (match.group(1) or "").lower()
        if name in _BLOCK_TAGS:
            canvas.block_break(match.start(), match.end())
        else:
            canvas.blank(match.start(), match.end())
    entities = _unescape_entities(masked_so_far, canvas)
    clean = str(canvas)
    # A headline whose text was entirely blanked (an image, a code span) is no headline.
    headlines = [(s, e) for s, e in headlines if clean[s:e].strip()]
    return Masked(clean, sorted(headlines), entities, blockquotes, list_items,
                  canvas.invisible(clean, entities))
