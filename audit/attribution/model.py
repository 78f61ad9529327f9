"""The hand-off between the stages: the sentence the cue finder reads, and what it
passes to the speaker resolver."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audit.document import Sentence
from audit.quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Scope:
    """One sentence as the cue, source and content stages see it."""

    text: str  # the parsed text of the whole document: offsets are into it
    sentence: Sentence
    quotes: list[Quote]  # the quotations overlapping the sentence
    # ... and those that end just before it, which a cue may tag: "“Why?” Ortega asked."
    nearby: list[Quote]


@dataclass(frozen=True)
class Labels:
    """A transcript's labels, found once per document."""

    speakers: frozenset[str] = frozenset()  # "HOLLOWAY:", "Reyes:" (see `speaker_labels`)
    # The interviewer's: each of its turns ends in a question ("Courier: The department
    # has spent $2.3 million on overtime. Why?"), the writer's side of a Q&A, as "Q:" is.
    asking: frozenset[str] = frozenset()
    # An interview laid out without labels (see `answers_set_apart`): each answer's
    # paragraph, with the question mark that ends its question.
    answers: Mapping[int, Token] = field(default_factory=dict)


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
    answer: bool = False  # an interview's "A:": the one interviewed speaks
    turn: bool = False  # a transcript's "REYES:": a person's name, however it was tagged
