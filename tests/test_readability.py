"""Readability figures: textstat's formulas over the draft's prose."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audit import readability

# setuptools 81 and later ship no pkg_resources, which textstat 0.7.4 imports: a finder that
# refuses it stands for such an install.
WITHOUT_PKG_RESOURCES = """
import sys
from importlib.abc import MetaPathFinder

class Refuse(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pkg_resources" or name.startswith("pkg_resources."):
            raise ModuleNotFoundError(name)
        return None

sys.meta_path.insert(0, Refuse())
from audit.document import parse
from audit.loading import Draft
from audit.readability import measure

doc = parse(Draft("t.md", "The ferry left at noon. It was late. The crew said sorry.", "markdown"))
figures = measure(doc)
print(figures["flesch_reading_ease"], figures["sentences"], "pkg_resources" in sys.modules)
"""


def test_readability_needs_no_pkg_resources(tmp_path: Path) -> None:
    # Run outside the checkout, so the process imports the installed package.
    done = subprocess.run([sys.executable, "-c", WITHOUT_PKG_RESOURCES], capture_output=True,
                          text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-500:]
    ease, sentences, leaked = done.stdout.split()
    assert float(ease) > 80 and sentences == "3" and leaked == "False"


DRAFT_WORDS = ("harbour", "commissioners", "postponed", "unprecedented", "ferry", "subsidy",
               "fishermen", "crowded", "auditorium")


def _english_dictionary() -> Path:
    import pyphen

    return pyphen.LANGUAGES[pyphen.language_fallback("en_US")]


def test_kept_hyphenation_patterns_hyphenate_as_a_fresh_parse(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyphen

    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    readability._parsed_hyphenation()  # parses, and keeps the patterns
    [kept] = list(tmp_path.iterdir())
    monkeypatch.setattr(pyphen, "hdcache", {})
    readability._parsed_hyphenation()  # reads them back
    from_cache = pyphen.hdcache[_english_dictionary()]
    fresh = pyphen.HyphDict(_english_dictionary())
    assert from_cache is not fresh and kept.stat().st_size > 0
    assert [from_cache.positions(w) for w in DRAFT_WORDS] == \
        [fresh.positions(w) for w in DRAFT_WORDS]


def test_kept_patterns_that_hyphenate_otherwise_are_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyphen

    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    readability._parsed_hyphenation()
    [kept] = list(tmp_path.iterdir())
    damaged = json.loads(kept.read_text())
    damaged["patterns"] = {"ab": [0, [1]]}
    kept.write_text(json.dumps(damaged))
    monkeypatch.setattr(pyphen, "hdcache", {})
    readability._parsed_hyphenation()
    assert _english_dictionary() not in pyphen.hdcache  # Pyphen parses its own
