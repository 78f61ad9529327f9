"""Readability figures from textstat, on the prose only (markup blanked).

textstat is pinned to 0.7.4: later releases fetch NLTK's cmudict at run time.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import sys
from types import ModuleType
from typing import IO, TYPE_CHECKING

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.nlp import cache_key, read_cache, write_cache
from audit.report import Finding

if TYPE_CHECKING:
    from audit.results import Results


def _textstat() -> ModuleType:
    """textstat 0.7.4 imports setuptools' pkg_resources, only to read its own word lists.
    setuptools 81 and later ship no pkg_resources (a new venv on Python 3.12 gets no
    textstat at all), and importing it costs a cold start some 50 ms; the standard
    library's importlib.resources reads the same files."""
    if "textstat" in sys.modules or "pkg_resources" in sys.modules:
        import textstat
        return textstat

    def resource_stream(package: str, name: str) -> IO[bytes]:
        return importlib.resources.files(package).joinpath(name).open("rb")

    _parsed_hyphenation()
    stand_in = ModuleType("pkg_resources")
    stand_in.resource_stream = resource_stream  # type: ignore[attr-defined]
    sys.modules["pkg_resources"] = stand_in
    try:
        import textstat
    finally:
        del sys.modules["pkg_resources"]  # textstat keeps it; no one else sees it
    return textstat


# Words hyphenated by a fresh parse of the patterns when they are kept, and again by the
# kept patterns before they are used: a Pyphen that stores them otherwise is not fooled.
_SAMPLE_WORDS = ("readability", "attribution", "hyphenation", "spokeswoman", "unprecedented")


def _parsed_hyphenation() -> None:
    """textstat counts syllables with Pyphen, which parses the 5,000 patterns of its English
    dictionary on every start: a twentieth of a cold audit of one article. The parsed
    patterns are kept in the cache folder, as the lexicon terms are (`nlp.term_words`),
    under a key made of Pyphen's version and the dictionary's bytes, and handed to Pyphen's
    own cache of parsed dictionaries. Anything unexpected only costs the parse."""
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
        name = "hyphenation-" + cache_key(
            [pyphen.__version__, path.name, hashlib.sha256(path.read_bytes()).hexdigest()])
        kept = read_cache(name)
        if isinstance(kept, dict):
            parsed = pyphen.HyphDict.__new__(pyphen.HyphDict)
            parsed.patterns = {key: (start, tuple(values))
                               for key, (start, values) in kept["patterns"].items()}
            parsed.cache = {}
            parsed.maxlen = kept["maxlen"]
            if [parsed.positions(w) for w in _SAMPLE_WORDS] == kept["samples"]:
                pyphen.hdcache.setdefault(path, parsed)
            return
        fresh = pyphen.HyphDict(path)
        pyphen.hdcache.setdefault(path, fresh)
        if all(type(v) is int for _, values in fresh.patterns.values() for v in values):
            write_cache(name, {"patterns": fresh.patterns, "maxlen": fresh.maxlen,
                               "samples": [fresh.positions(w) for w in _SAMPLE_WORDS]})
    except (AttributeError, KeyError, OSError, TypeError, ValueError):
        pass


def measure(doc: ParsedDocument) -> dict[str, float] | None:
    textstat = _textstat()
    prose = " ".join(doc.clean[s.start:s.end] for s in doc.sentences if not s.headline)
    if len(prose.split()) < 3:
        return None
    return {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(prose)), 1),
        "grade": round(float(textstat.flesch_kincaid_grade(prose)), 1),
        "sentences": len(doc.sentences),
        "words_per_sentence": round(doc.words / max(1, len(doc.sentences)), 1),
    }


def readability_findings(doc: ParsedDocument, figures: dict[str, float] | None,
                         floor: float) -> list[Finding]:
    """One finding when the draft reads harder than the floor, at its longest sentence."""
    if figures is None or figures["flesch_reading_ease"] >= floor:
        return []
    prose = [s for s in doc.sentences if not s.headline] or doc.sentences
    longest = max(prose, key=lambda s: len(s.tokens))
    return [make_finding(
        doc, "readability", longest.start, longest.end,
        f"Reading ease {figures['flesch_reading_ease']:.0f} (grade "
        f"{figures['grade']:.0f}) is below the floor of {floor:.0f}; this is the longest "
        f"sentence ({len(longest.tokens)} tokens).")]


def check(results: Results) -> list[Finding]:
    return readability_findings(results.doc, results.readability,
                                results.settings.reading_ease_floor)
