"""The hand-off between the stages: what a cue finder passes to the speaker resolver."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Candidate:
    """An attribution found in one sentence, before its speaker is resolved."""

    source: tuple[int, int]  # token indices [start, end)
    head: Token  # head of the phrase that names the speaker (the antecedent of "who")
    cue: tuple[int, int]  # character offsets
    content: tuple[int, int] | None
    lemma: str
    cue_class: str
    kind: str
    vague: bool = False


@dataclass
class Mention:
    offset: int
    name: str
    label: str
    subject: bool  # the subject of its clause or a source: the likely antecedent
    person_like: bool  # an antecedent for "he" and "she"
