"""Reading the word lists in `lexicons/`: the shipped ones, then a newsroom's own folders.

Every lexicon is a YAML file whose top level has `entries`, a list of mappings with at
least a `term`. A newsroom folder given in the settings may hold a file of the same name:
its entries are added, and an entry with the same term (and the same `sense`, for a word
listed once per sense, such as "some" the approximator and "some" the vague quantifier)
replaces the shipped one. Entries named in `disable-entries` are dropped, in every sense.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

# libyaml's loader parses the lexicons several times faster than the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(Exception):
    pass


def shipped_text(name: str) -> str:
    return files("audit.lexicons").joinpath(name).read_text(encoding="utf-8")


def load_entries(name: str, extra_folders: list[str] = (), disabled: list[str] = ()
                 ) -> list[dict[str, Any]]:
    """The entries of lexicon `name` (a file name such as "cues.yaml"), merged in order."""
    by_term: dict[tuple[str, str], dict[str, Any]] = {}
    sources = [("shipped", shipped_text(name))]
    for folder in extra_folders:
        path = Path(folder) / name
        if path.is_file():
            sources.append((str(path), path.read_text(encoding="utf-8")))
    for origin, text in sources:
        for entry in _entries(origin, name, text):
            by_term[str(entry["term"]).lower(), str(entry.get("sense", ""))] = entry
    off = {term.lower() for term in disabled}
    return [entry for (term, _), entry in by_term.items() if term not in off]


def _entries(origin: str, name: str, text: str) -> list[dict[str, Any]]:
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        raise LexiconError(f"{origin}: {name} is not valid YAML: {error}") from None
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "term" in e
                                                for e in entries):
        raise LexiconError(f"{origin}: {name} needs 'entries', a list of mappings with a 'term'")
    return entries
