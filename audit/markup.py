"""Blanking Markdown and HTML markup while keeping every character at its offset.

The analysed text has exactly the length of the original: markup characters become
spaces (or newlines where they end a block), entities become their character padded with
spaces. A token's offset in the analysed text is therefore its offset in the file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from audit.loading import Markup


@dataclass
class Masked:
    text: str  # same length as the original
    headlines: list[tuple[int, int]] = field(default_factory=list)  # character ranges


class _Canvas:
    def __init__(self, text: str) -> None:
        self.chars = list(text)

    def blank(self, start: int, end: int, fill: str = " ") -> None:
        for i in range(start, end):
            if self.chars[i] not in "\r\n":
                self.chars[i] = fill

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


def mask(text: str, markup: Markup) -> Masked:
    return _mask_html(text) if markup == "html" else _mask_markdown(text)


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_HIDDEN = re.compile(r"<(script|style|head|noscript|template)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<!DOCTYPE[^>]*>", re.S | re.I)
_HTML_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
    "table", "blockquote", "section", "article", "header", "footer", "hr", "title", "figure",
    "figcaption", "pre", "main", "aside", "nav", "body", "html", "dd", "dt", "dl",
}
_HEADING = re.compile(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", re.S | re.I)


def _mask_html(text: str) -> Masked:
    canvas = _Canvas(text)
    for pattern in (_HTML_COMMENT, _HTML_HIDDEN):
        for match in pattern.finditer(text):
            canvas.blank(match.start(), match.end())
    headlines = [(m.start(2), m.end(2)) for m in _HEADING.finditer(text)]
    for match in _HTML_TAG.finditer(text):
        name = (match.group(1) or "").lower()
        if name in _BLOCK_TAGS:
            canvas.block_break(match.start(), match.end())
        else:
            canvas.blank(match.start(), match.end())
    _unescape_entities(text, canvas)
    return Masked(str(canvas), headlines)


def _unescape_entities(text: str, canvas: _Canvas) -> None:
    for match in _HTML_ENTITY.finditer(text):
        if canvas.chars[match.start()] != "&":
            continue  # inside a blanked tag or comment
        value = html.unescape(match.group(0))
        if len(value) != 1 or value == match.group(0):
            continue  # unknown entity: leave it as written
        canvas.blank(match.start(), match.end())
        canvas.chars[match.start()] = " " if value == "\xa0" else value


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[^\n]*$|\Z)", re.S | re.M)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>")
_ATX_HEADING = re.compile(r"^([ \t]{0,3}#{1,6})([ \t]+)([^\n]*?)([ \t]+#+)?[ \t]*\r?$", re.M)
_LINE_MARKER = re.compile(r"^([ \t]{0,3}(?:>[ \t]?)+|[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)", re.M)
_RULE_LINE = re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*\r?$", re.M)
_EMPHASIS = re.compile(r"(?<![\w\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w])")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!\"'])")
_WHOLE_LINE_EMPHASIS = re.compile(r"^[ \t]*(\*\*|__)(?=\S)([^\n]*?\S)\1[ \t]*\r?$", re.M)


def _mask_markdown(text: str) -> Masked:
    canvas = _Canvas(text)
    headlines: list[tuple[int, int]] = []
    front = _FRONT_MATTER.match(text)
    if front:
        canvas.blank(0, front.end())
    for pattern in (_FENCE, _HTML_COMMENT, _IMAGE, _LINK_DEFINITION, _AUTOLINK, _RULE_LINE):
        for match in pattern.finditer(text):
            canvas.blank(match.start(), match.end())
    for match in _INLINE_CODE.finditer(text):
        canvas.blank(match.start(), match.end())
    for match in _ATX_HEADING.finditer(text):
        canvas.blank(match.start(1), match.end(1))
        if match.group(4):
            canvas.blank(match.start(4), match.end(4))
        headlines.append((match.start(3), match.end(3)))
    for match in _WHOLE_LINE_EMPHASIS.finditer(text):
        headlines.append((match.start(2), match.end(2)))
    for match in _LINK.finditer(text):
        canvas.blank(match.start(), match.start(1))
        canvas.blank(match.end(1), match.end())
    for match in _LINE_MARKER.finditer(text):
        canvas.blank(match.start(1), match.end(1))
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
    _unescape_entities(masked_so_far, canvas)
    clean = str(canvas)
    # A headline whose text was entirely blanked (an image, a code span) is no headline.
    headlines = [(s, e) for s, e in headlines if clean[s:e].strip()]
    return Masked(clean, sorted(headlines))
