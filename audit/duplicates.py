"""Repeated sentences: a sentence whose words match an earlier one's."""

from __future__ import annotations

import re

from audit.document import ParsedDocument

MIN_WORDS = 4  # "He said." twice is no repetition worth reporting


def _normalised(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def find_duplicates(doc: ParsedDocument) -> list[int | None]:
    """For each sentence, the index of the first earlier sentence with the same words."""
    first_seen: dict[str, int] = {}
    duplicate_of: list[int | None] = []
    for sentence in doc.sentences:
        key = _normalised(doc.clean[sentence.start:sentence.end])
        if len(key.split()) < MIN_WORDS:
            duplicate_of.append(None)
            continue
        duplicate_of.append(first_seen.get(key))
        first_seen.setdefault(key, sentence.index)
    return duplicate_of
