"""Parties: the newsroom's YAML file of party names and aliases, and matching against it.

    Council: [City Hall, Mayor Ruth Oyelaran]
    Union: [Local 12, Local 12-run food bank]

An alias matches whole words, case-sensitively when written with a capital (so "US" is not
"us"), otherwise case-insensitively. When several aliases match a source, the longest wins:
"Local 12-run food bank" is the Union even when "food bank" belongs to another party. A
body a story describes by its kind and never names ("the district") is the one party's whose
body of several words ends in that word ("Ferndale school district").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from audit.report import UNASSIGNED


class PartiesError(Exception):
    pass


@dataclass
class PartyMap:
    aliases: dict[str, list[str]] = field(default_factory=dict)  # party -> aliases
    _patterns: list[tuple[re.Pattern[str], str, int]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for party, names in self.aliases.items():
            for alias in {party, *names}:
                flags = 0 if any(c.isupper() for c in alias) else re.IGNORECASE
                pattern = re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", flags)
                self._patterns.append((pattern, party, len(alias)))
        self._patterns.sort(key=lambda item: -item[2])

    @property
    def names(self) -> list[str]:
        return list(self.aliases)

    def party_of(self, *texts: str) -> str | None:
        """The party whose longest alias occurs in the first text that has one."""
        for text in texts:
            for pattern, party, _ in self._patterns:
                if pattern.search(text):
                    return party
        return None

    def party_by_kind(self, noun: str) -> str | None:
        """The one party with a body of several words whose last word is this noun ("the
        district" for "Ferndale school district"): the body a story describes by its kind
        and never names; None when no party, or more than one, has such a body."""
        parties = {party for party, names in self.aliases.items() for alias in names
                   if " " in alias and alias.lower().rsplit(" ", 1)[1] == noun}
        return parties.pop() if len(parties) == 1 else None

    def occurrences(self, text: str) -> list[tuple[int, str]]:
        """(offset, alias) of every alias in a text, longest first where they overlap."""
        taken: list[tuple[int, int]] = []
        found = []
        for pattern, _, _ in self._patterns:
            for match in pattern.finditer(text):
                if not any(s < match.end() and match.start() < e for s, e in taken):
                    taken.append((match.start(), match.end()))
                    found.append((match.start(), match.group()))
        return sorted(found)

    def mentioned(self, text: str) -> list[str]:
        """Parties named in a text, in the order of the party file."""
        found = {party for pattern, party, _ in self._patterns if pattern.search(text)}
        return [party for party in self.aliases if party in found]


def load_parties(path: str | None) -> PartyMap:
    if path is None:
        return PartyMap()
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise PartiesError(f"{path}: cannot read the parties file: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise PartiesError(f"{path}: the parties file is not valid YAML: {error}") from None
    if isinstance(data, dict) and "parties" in data:
        data = data["parties"]
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(a, str) for a in v)
        for k, v in data.items()
    ):
        raise PartiesError(f"{path}: expected 'party name: [alias, ...]' for every party")
    if UNASSIGNED in data:
        raise PartiesError(f"{path}: '{UNASSIGNED}' is reserved for sources no party claims")
    return PartyMap(data)
