"""The reporting cues and source nouns of `lexicons/cues.yaml` and `lexicons/sources.yaml`,
read once per run."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from audit.lexicon import load_entries


@dataclass(frozen=True)
class Cue:
    term: str
    words: tuple[str, ...]
    cue_class: str
    speech: bool
    needs: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()


@dataclass
class CueLexicon:
    """The reporting cues and the source nouns, read once per run."""

    verbs: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    phrasal: dict[tuple[str, str], Cue] = field(default_factory=dict)  # (verb, particle)
    prepositional: dict[tuple[str, ...], Cue] = field(default_factory=dict)  # ("according", "to")
    source_kinds: dict[str, str] = field(default_factory=dict)  # noun lemma -> kind

    @classmethod
    def load(cls, extra_folders: Iterable[str] = (), disabled: Iterable[str] = ()
             ) -> CueLexicon:
        lexicon = cls()
        for entry in load_entries("cues.yaml", list(extra_folders), list(disabled)):
            lexicon.add(_cue(entry))
        for entry in load_entries("sources.yaml", list(extra_folders), list(disabled)):
            lexicon.source_kinds[str(entry["term"]).lower()] = str(entry["kind"])
        return lexicon

    def add(self, cue: Cue) -> None:
        if len(cue.words) == 1:
            self.verbs[cue.words[0]] = cue
        elif cue.words[0] == "according" or len(cue.words) > 2:
            self.prepositional[cue.words] = cue
        else:
            self.phrasal[(cue.words[0], cue.words[1])] = cue

    def is_speech(self, lemma: str) -> bool:
        cue = self.verbs.get(lemma) or self.prepositional.get(tuple(lemma.split()))
        if cue is None and " " in lemma:
            verb, particle = lemma.split(" ", 1)
            cue = self.phrasal.get((verb, particle))
        return bool(cue and cue.speech)


def _cue(entry: dict[str, Any]) -> Cue:
    term = str(entry["term"]).lower()
    return Cue(term, tuple(term.split()), str(entry.get("class", "neutral")),
               bool(entry.get("speech", True)), frozenset(entry.get("needs") or ()),
               frozenset(entry.get("not_objects") or ()))
