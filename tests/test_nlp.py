import datetime
import json
from pathlib import Path

import pytest
import yaml

from audit import lexicon
from audit.lexicon import load_entries
from audit.nlp import cache_folder, term_words


def test_term_words_are_cached_per_term_list(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path))
    fresh = term_words(["claimed", "the stakes are high"])
    assert fresh == [(("claimed", "claim"),),
                     (("the", "the"), ("stakes", "stake"), ("are", "be"), ("high", "high"))]
    [cached] = list(tmp_path.iterdir())
    assert json.loads(cached.read_text())[0] == [["claimed", "claim"]]
    cached.write_text(json.dumps([[["claimed", "CACHED"]], []]))
    assert term_words(["claimed", "the stakes are high"])[0] == (("claimed", "CACHED"),)
    term_words(["claimed"])  # another term list, another entry
    assert len(list(tmp_path.iterdir())) == 2


def test_an_unwritable_cache_only_costs_time(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(blocker / "sub"))
    assert term_words(["reportedly"]) == [(("reportedly", "reportedly"),)]


def test_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUDIT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert cache_folder() == Path("/somewhere/audit")


def test_the_test_session_has_no_network() -> None:
    import socket

    with pytest.raises(OSError, match="network"):
        socket.create_connection(("pypi.org", 443), timeout=1)


def test_lexicons_are_parsed_once_per_exact_text(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    parses = []
    real_load = lexicon.yaml.load
    monkeypatch.setattr(lexicon.yaml, "load",
                        lambda *a, **k: parses.append(1) or real_load(*a, **k))
    folder = tmp_path / "newsroom"
    folder.mkdir()
    own = folder / "hedges.yaml"
    own.write_text("entries:\n  - {term: zorblingly, category: distancing}\n")
    terms = {e["term"] for e in load_entries("hedges.yaml", [str(folder)])}
    assert "zorblingly" in terms and len(parses) == 2  # the shipped file and the newsroom's
    assert load_entries("hedges.yaml", [str(folder)]) == load_entries("hedges.yaml", [str(folder)])
    assert len(parses) == 2
    own.write_text("entries:\n  - {term: quindlingly, category: distancing}\n")
    terms = {e["term"] for e in load_entries("hedges.yaml", [str(folder)])}
    assert "quindlingly" in terms and "zorblingly" not in terms


def test_lexicon_data_that_json_would_change_is_not_cached(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "newsroom"
    folder.mkdir()
    (folder / "figures.yaml").write_text("entries:\n  - {term: census, since: 2020-04-01}\n")
    for _ in range(2):
        [entry] = [e for e in load_entries("figures.yaml", [str(folder)]) if e["term"] == "census"]
        assert entry["since"] == datetime.date(2020, 4, 1)


@pytest.mark.parametrize(("name", "key"), [
    ("cues.yaml", ("term", "pos")), ("sources.yaml", ("term", "kind")), ("figures.yaml", ("term",)),
    ("hedges.yaml", ("term", "sense")), ("loaded.yaml", ("term", "sense")),
    ("voice.yaml", ("term", "sense")), ("factual.yaml", ("term", "sense")),
])
def test_a_shipped_lexicon_lists_each_entry_once(name: str, key: tuple[str, ...]) -> None:
    # A later entry with the same key silently replaces an earlier one when the lexicon is
    # loaded: the classes or kind written first would be lost.
    entries = yaml.safe_load(lexicon.shipped_text(name))["entries"]
    keys = [tuple(str(entry.get(field, "")).lower() for field in key) for entry in entries]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
