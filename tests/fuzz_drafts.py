"""Fuzzed drafts and the properties every audit must keep, for tests/test_fuzz.py and
bench/fuzz.py.

A draft is news-like prose (names, reporting verbs, hedges, loaded words, figures, quotes,
abbreviations) in Markdown or HTML, with markup, entities, stray characters and any of the
three line endings. The properties: every span's text is the draft's text at its offsets,
every finding's line and column are those of its offset, the report survives JSON and
JSON Lines, and auditing the same parse twice gives the same report.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import strategies as st

from audit.document import parse
from audit.loading import Draft
from audit.pipeline import Context, audit_document
from audit.report import DocumentReport
from audit.reporters.json_report import line, read_lines

SOURCES = ["Ines Calloway", "the harbour board", "The union", "a senior official", "Critics",
           "Mr. Okafor", "she", "they", "the U.S. Coast Guard", "Dr. Hale", "Sources"]
CUES = ["said", "claimed", "admitted", "insisted", "told reporters", "reportedly said",
        "according to", "argued", "warned"]
WORDS = ["the", "ferry", "timetable", "was", "devastating", "cut", "by", "$48.5 million",
         "14,000", "riders", "allegedly", "clearly", "on", "Jan.", "5", "p.m.", "regime",
         "slammed", "a", "vote", "of", "51-49", "reportedly", "the stakes are high", "Inc.",
         "'deal'", "—", "(", ")", "…", "café", "naïve", "東京", "مرحبا", "🙂"]
TERMINALS = [".", ".", "?", "!", "…", ".”", "?\"", ".'", ":", ""]
MARKDOWN = ["# ", "## ", "**", "*", "_", "`", "> ", "- ", "1. ", "[link](http://x.org/a_(b))",
            "![chart](c.png)", "<!-- audit: disable AUD101 -->", "<!-- audit: enable -->",
            "<!-- audit: disable-next-line loaded-wording -->", "\\*", "---", "```", "~~~",
            "<br>", "&amp;", "&hellip;", "&#46;", "&rdquo;", "<http://x.org>", "[^1]", "|"]
HTML = ["<p>", "</p>", "<h1>", "</h1>", "<b>", "</b>", "<br>", "<div class='a'>", "</div>",
        "&amp;", "&hellip;", "&ldquo;", "&rdquo;", "&#8220;", "&#x201D;", "&nbsp;", "&bogus;",
        "<!-- note -->", "<!--", "<script>var said=1;</script>", "<script>", "</script>",
        "<meta name='author' content='Staff'>", "<a href=\"x\">", "</a>", "<", ">",
        "<blockquote>", "</blockquote>", "<ul>", "<li>", "</li>", "&mdash; "]
LINE_ENDINGS = ["\n", "\r\n", "\r"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
    shape = draw(st.integers(0, 3))
    source, cue = draw(st.sampled_from(SOURCES)), draw(st.sampled_from(CUES))
    body = " ".join(words)
    if shape == 1:
        body = f"“{body},” {source} {cue}"
    elif shape == 2:
        body = f"{source} {cue} {body}"
    elif shape == 3:
        body = f'"{body}" {cue} {source}'
    return body[:1].upper() + body[1:] + draw(st.sampled_from(TERMINALS))


@st.composite
def drafts(draw: st.DrawFn, hostile: st.SearchStrategy[str] | None = None) -> Draft:
    markup = draw(st.sampled_from(["markdown", "html"]))
    fragments = MARKDOWN if markup == "markdown" else HTML
    pieces = draw(st.lists(st.one_of(
        sentences(), sentences(), sentences(), st.sampled_from(fragments),
        st.text(max_size=8), *([hostile] if hostile is not None else [])), max_size=14))
    ending = draw(st.sampled_from(LINE_ENDINGS))
    separators = st.sampled_from([" ", " ", ending, ending * 2, ending + "   " + ending, ""])
    text = "".join(piece + draw(separators) for piece in pieces)
    if markup == "markdown" and draw(st.booleans()):
        text = f"---{ending}title: Ferry{ending}author: Staff{ending}---{ending}" + text
    return Draft("fuzz.md" if markup == "markdown" else "fuzz.html", text, markup)


def audit_and_check(draft: Draft, context: Context) -> DocumentReport:
    """Parse once, audit twice, and assert the properties of the report."""
    doc = parse(draft)
    report = audit_document(doc, context)
    data = report.to_dict()
    check_spans(draft.text, data)
    check_positions(draft.text, data["findings"])
    encoded = json.dumps(data, ensure_ascii=False, allow_nan=False)
    assert json.loads(encoded) == data
    [(again, _)] = list(read_lines(line(report)))
    assert again is not None
    assert [f.to_dict() for f in again.findings] == data["findings"]
    assert {name: p.to_dict() for name, p in again.parties.items()} == data["parties"]
    assert audit_document(doc, context).to_dict() == data, "the same parse, another report"
    return report


def check_spans(text: str, node: Any) -> None:
    """Every mapping with start, end and text is a span of the draft's text."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            start, end = node["start"], node["end"]
            assert 0 <= start <= end <= len(text), node
            assert text[start:end] == node["text"], node
        for value in node.values():
            check_spans(text, value)
    elif isinstance(node, list):
        for value in node:
            check_spans(text, value)


_LINE_END = re.compile(r"\r\n|\r|\n")


def check_positions(text: str, findings: list[dict[str, Any]]) -> None:
    for finding in findings:
        before = _LINE_END.split(text[:finding["start"]])
        assert (finding["line"], finding["column"]) == (len(before), len(before[-1]) + 1), finding
