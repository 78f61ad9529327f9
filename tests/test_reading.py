"""The sentences, quotations and parse read what a reader sees: an HTML entity as its
character, markup inside a line not at all.

Every draft here is fictional and written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import parse_text, sentence_texts

from audit.attribution import CueLexicon, find_attributions
from audit.document import ENTITY_FILL
from audit.parties import PartyMap
from audit.reading import Squeezed

CUES = CueLexicon.load()

PLAIN = ("“We had no choice,” said O’Neill Brady, the harbour board’s chair. "
         "“And we won’t raise dues again.”\n\n"
         "The board’s auditor, José Martí, said the rise was “late but fair.”\n")
ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "’": "&#8217;", "é": "&eacute;", "í": "&iacute;"}


def as_html(text: str) -> str:
    for character, entity in ENTITIES.items():
        text = text.replace(character, entity)
    return "".join(f"<p>{paragraph}</p>\n" for paragraph in text.strip().split("\n\n"))


def said(text: str, markup: str) -> list[tuple[str, str | None, str]]:
    doc = parse_text(text, markup)
    return [(a.cue.text, a.speaker, a.kind)
            for sentence in find_attributions(doc, CUES, PartyMap()) for a in sentence]


def test_a_draft_with_entities_is_read_as_the_same_draft_in_plain_text() -> None:
    plain = said(PLAIN, "markdown")
    assert plain == [("said", "O’Neill Brady", "direct"), ("said", "O’Neill Brady", "direct"),
                     ("said", "José Martí", "mixed")]
    assert said(as_html(PLAIN), "html") == plain


def test_a_sentence_opened_by_an_entity_quote_mark_is_a_sentence() -> None:
    doc = parse_text(as_html(PLAIN), "html")
    assert len(doc.sentences) == 3
    assert sentence_texts(doc)[1].startswith("&ldquo;And")


def test_tokens_keep_the_offsets_of_the_text() -> None:
    doc = parse_text(as_html(PLAIN), "html")
    name = next(t for t in doc.tokens if t.text.startswith("O’"))
    assert name.text == "O’" + ENTITY_FILL * 6 + "Neill"
    assert doc.text[name.idx:name.idx + len(name)] == "O&#8217;Neill"
    assert all(doc.doc.text[t.idx] == t.text[0] for t in doc.tokens)


def test_squeezed_offsets_go_both_ways() -> None:
    masked = "a’      s “      b"  # as masking writes "a&#8217;s &ldquo;b"
    squeezed = Squeezed(masked, [(2, 8), (11, 17)])  # what a reader never sees
    assert squeezed.text == "a’s “b"
    assert [squeezed.masked_offset(i) for i in range(len(squeezed.text) + 1)] == \
        [0, 1, 8, 9, 10, 17, 18]
    assert squeezed.masked_end(3) == 9 and squeezed.masked_end(5) == 11
    assert [squeezed.squeezed_offset(p) for p in (0, 1, 2, 7, 8, 10, 12, 17)] == \
        [0, 1, 2, 2, 2, 4, 5, 5]


def test_the_terminal_and_the_messages_read_entities_as_their_characters(
        tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "dues.html"
    draft.write_text(as_html(
        "The board’s critics say the plan is costly. O’Neill Brady’s union said so too.\n\n"
        "The board’s plan will cost 40 percent more.\n\n"
        "The board’s plan will cost 40 percent more.\n"))
    _, terminal, _ = run_cli("run", str(draft))
    assert "Brady’s union (unassigned): said" in terminal
    assert '"The board’s plan will cost 40 percent more."' in terminal  # the repeat
    _, concise, _ = run_cli("run", "--format", "concise", str(draft))
    assert '"40 percent" is a figure' in concise
    assert "&#8217;" not in terminal + concise and ENTITY_FILL not in terminal + concise
    _, out, _ = run_cli("run", "--format", "json", str(draft))
    speakers = [a["speaker"] for s in json.loads(out)["documents"][0]["sentences"]
                for a in s["attributions"]]
    assert "Brady’s union" in speakers
    for format_ in ("markdown", "junit"):
        _, written, _ = run_cli("run", "--format", format_, str(draft))
        assert "The board’s plan will cost 40 percent more." in written
        assert "&#8217;" not in written
    messages = [f["message"] for f in json.loads(out)["documents"][0]["findings"]]
    assert any(m.startswith('"The board’s critics say" credits') for m in messages)
    assert not any("&#8217;" in m for m in messages)


def test_markup_inside_a_line_is_not_read() -> None:
    # "**14:45**" parsed with its blanks reads the time as the subject; unseen, the entry
    # reads as it does in plain text.
    marked = ("**14:45** — Forecasters at the national weather service say the strongest "
              "gusts are expected tonight.\n")
    plain = ("14:45 — Forecasters at the national weather service say the strongest "
             "gusts are expected tonight.\n")
    assert said(marked, "markdown") == said(plain, "markdown") == [
        ("say", "Forecasters at the national weather service", "indirect")]


def test_a_heading_is_read_without_its_marker() -> None:
    # Read with the marker's blanks before it, this headline's attribution was lost.
    text = ("# Grocery prices in Harwick rose faster than wages, state data show\n\n"
            "Food prices in Harwick County rose 9.4 percent over the past year, more than "
            "twice the 4.1 percent rise in average weekly wages, according to figures "
            "released Wednesday by the state Department of Labor.\n\n"
            "Eggs led the increase, up 31 percent, the department's report said.\n")
    assert said(text, "markdown")[0] == ("show", "state data", "indirect")


@pytest.mark.parametrize(("text", "markup"), [
    ("#  ", "markdown"), ("**  **", "markdown"), ("<b></b>&nbsp;<i> </i>", "html"),
    ("# &amp;", "markdown"),
])
def test_a_draft_of_markup_alone_is_parsed_at_its_offsets(text: str, markup: str) -> None:
    doc = parse_text(text, markup)
    assert doc.doc.text.replace(ENTITY_FILL, " ") == doc.clean.replace(ENTITY_FILL, " ")
