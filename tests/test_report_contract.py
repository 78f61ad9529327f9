"""Real output against docs/report.schema.json, and every span against the decoded file."""

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import EXAMPLES

from audit.loading import decode

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "docs" / "report.schema.json")
                    .read_text())

MARKDOWN = ("# Strike *ends* at Halvorsen\n\nThe union **said** the deal was "
            "[ratified](http://example.org). “We won,” Molina said.\n")
HTML = ("<!DOCTYPE html><html><head><title>Vote</title></head><body><h1>Council&#8217;s vote"
        "</h1><p>The mayor said the budget &amp; the levy would pass.</p><p>“It is done,” "
        "she said.</p></body></html>")
CRLF = "Budget vote\r\n\r\nThe council met.\r\nRaman said the vote was close.\r\n"


def spans(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for item in node:
            yield from spans(item)


def position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def check_document(document: dict[str, Any], text: str) -> None:
    assert document["error"] is None
    found = list(spans(document["sentences"])) + list(spans(document["findings"]))
    assert found, "nothing to check"
    for span in found:
        assert text[span["start"]:span["end"]] == span["text"], span
    for sentence in document["sentences"]:
        assert (sentence["line"], sentence["column"]) == position(text, sentence["start"])
    for finding in document["findings"]:
        assert (finding["line"], finding["column"]) == position(text, finding["start"])
        end_line, end_column = position(text, finding["end"] - 1)
        assert (finding["end_line"], finding["end_column"]) == (end_line, end_column + 1)


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.md")))
def test_examples_validate_and_every_span_is_the_original_text(example: str, run_json) -> None:
    path = EXAMPLES / example
    parties = path.with_name(path.stem + ".parties.yaml")
    report = run_json("--parties", str(parties), str(path))
    jsonschema.validate(report, SCHEMA)
    check_document(report["documents"][0], path.read_text(encoding="utf-8"))
    assert report["documents"][0]["parties"], "the party file was not applied"


@pytest.mark.parametrize(("name", "data"), [
    ("markdown.md", MARKDOWN.encode()),
    ("page.html", HTML.encode()),
    ("crlf.txt", CRLF.encode()),
    ("bom.md", codecs.BOM_UTF8 + MARKDOWN.encode()),
    ("utf16.txt", codecs.BOM_UTF16_LE + CRLF.encode("utf-16-le")),
    ("legacy.txt", "The caf\u00e9 owner said \u201cno.\u201d\r\n".encode("cp1252")),
])
def test_offsets_refer_to_the_file_as_decoded(tmp_path: Path, name: str, data: bytes,
                                              run_json) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    report = run_json(str(path))
    jsonschema.validate(report, SCHEMA)
    check_document(report["documents"][0], decode(data))


def test_markup_is_not_analysed_as_words(tmp_path: Path, run_json) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML)
    sentences = run_json(str(path))["documents"][0]["sentences"]
    assert [s["text"] for s in sentences] == [
        "Council&#8217;s vote", "The mayor said the budget &amp; the levy would pass.",
        "“It is done,” she said."]
    assert [s["headline"] for s in sentences] == [True, False, False]
    assert [s["paragraph"] for s in sentences] == [1, 2, 3]
    # What a reader sees, at the text's offsets: an entity's character, then its fill.
    assert [len(s["display"]) for s in sentences] == [len(s["text"]) for s in sentences]
    assert [s["display"].replace("\u200b", "") for s in sentences] == [
        "Council’s vote", "The mayor said the budget & the levy would pass.",
        "“It is done,” she said."]


def test_error_documents_validate(tmp_path: Path, run_json) -> None:
    (tmp_path / "empty.md").write_text("")
    report = run_json(str(tmp_path / "empty.md"))
    jsonschema.validate(report, SCHEMA)
    assert report["summary"]["errors"] == 1
