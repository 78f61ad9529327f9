"""Reading the word lists in `lexicons/`: the shipped ones, then a newsroom's own folders.

Every lexicon is a YAML file whose top level has `entries`, a list of mappings with at
least a `term`. A newsroom folder given in the settings may hold a file of the same name:
its entries are added, and an entry with the same term (and the same `sense`, for a word
listed once per sense, such as "some" the approximator and "some" the vague quantifier)
replaces the shipped one. Entries named in `disable-entries` are dropped, in every sense.

A file may also name word sets under `sets` (`disasters: [earthquake, flood, ...]`), which
the context fields of its entries use as `"@disasters"`, so a rule shared by many words
("a devastating earthquake" is description, not judgement) is written once. A newsroom file
may define a set of the same name to replace it.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from audit.nlp import cache_key, read_cache, write_cache

# libyaml's loader parses the lexicons several times faster than the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Entry fields whose words may name a set ("@disasters").
_WORD_FIELDS = ("except_with", "followed_by", "object_of")


class LexiconError(Exception):
    pass


def shipped_text(name: str) -> str:
    return files("audit.lexicons").joinpath(name).read_text(encoding="utf-8")


def load_entries(name: str, extra_folders: list[str] = (), disabled: list[str] = (),
                 key: tuple[str, ...] = ("term", "sense")) -> list[dict[str, Any]]:
    """The entries of lexicon `name` (a file name such as "cues.yaml"), merged in order.

    A later entry replaces an earlier one with the same `key` fields: the term and its
    sense for most lexicons; the term and its kind where one word has several kinds ("post"
    names a newspaper and is the medium of a statement).
    """
    by_key: dict[tuple[str, ...], tuple[str, dict[str, Any]]] = {}
    sets: dict[str, list[str]] = {}
    sources = [("shipped", shipped_text(name))]
    for folder in extra_folders:
        path = Path(folder) / name
        if path.is_file():
            sources.append((str(path), path.read_text(encoding="utf-8")))
    for origin, text in sources:
        entries, file_sets = _entries(origin, name, text)
        sets.update(file_sets)
        for entry in entries:
            by_key[tuple(str(entry.get(field, "")).lower() for field in key)] = origin, entry
    off = {term.lower() for term in disabled}
    return [_expand(origin, name, entry, sets) for origin, entry in by_key.values()
            if str(entry["term"]).lower() not in off]


def _entries(origin: str, name: str, text: str
             ) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    data = _parsed(origin, name, text)
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "term" in e
                                                for e in entries):
        raise LexiconError(f"{origin}: {name} needs 'entries', a list of mappings with a 'term'")
    sets = data.get("sets", {})
    if not isinstance(sets, dict) or not all(isinstance(words, list) for words in sets.values()):
        raise LexiconError(f"{origin}: {name}: 'sets' must map names to lists of words")
    return entries, {str(key): [str(w) for w in words] for key, words in sets.items()}


def _parsed(origin: str, name: str, text: str) -> Any:
    """The YAML of a lexicon file. Parsing every lexicon took some 30 ms at each start, so
    the data is kept in the cache folder under a key of the exact text, when JSON holds it
    unchanged (a YAML date or a number as a mapping key would not survive the trip)."""
    key = "lexicon-" + cache_key(text)
    cached = read_cache(key)
    if cached is not None:
        return cached
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        raise LexiconError(f"{origin}: {name} is not valid YAML: {error}") from None
    try:
        kept = json.loads(json.dumps(data)) == data
    except (TypeError, ValueError):
        kept = False
    if kept:
        write_cache(key, data)
    return data


def _expand(origin: str, name: str, entry: dict[str, Any], sets: dict[str, list[str]]
            ) -> dict[str, Any]:
    """The entry with each "@set" in its context fields replaced by the set's words."""
    if not any(str(w).startswith("@") for field in _WORD_FIELDS for w in entry.get(field, ())):
        return entry
    expanded = dict(entry)
    for field in _WORD_FIELDS:
        words: list[str] = []
        for word in entry.get(field, ()):
            word = str(word)
            if not word.startswith("@"):
                words.append(word)
            elif word[1:] in sets:
                words.extend(sets[word[1:]])
            else:
                raise LexiconError(f"{origin}: {name}: entry '{entry['term']}' names an "
                                   f"unknown set '{word}'")
        expanded[field] = words
    return expanded
