"""Helpers the tests import: parsing drafts written inside a test."""

from __future__ import annotations

from pathlib import Path

from audit.document import ParsedDocument, parse
from audit.loading import Draft

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def parse_text(text: str, markup: str = "markdown") -> ParsedDocument:
    return parse(Draft("test.md", text, markup))  # type: ignore[arg-type]


def sentence_texts(doc: ParsedDocument) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences]
