"""disable-entries switches word-list entries off, names only known ones, and never drops an
attribution; a newsroom reclassifies a cue in its own cues.yaml instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_text

from audit.pipeline import Context, audit_document
from audit.settings import ConfigError, Settings

DRAFT = "Councillor Rafael Dunmore insisted the ferry vote had been fair."


def cues_and_rules(settings: Settings) -> tuple[list[str], list[str]]:
    report = audit_document(parse_text(DRAFT), Context.from_settings(settings))
    return ([a.cue.text for s in report.sentences for a in s.attributions],
            [f.name for f in report.findings])


def test_disabling_a_word_that_is_also_a_cue_keeps_the_attribution() -> None:
    cues, _ = cues_and_rules(Settings(disable_entries=["insist"]))
    assert cues == ["insisted"]


def test_an_unknown_entry_is_a_configuration_error_naming_it() -> None:
    with pytest.raises(ConfigError, match="'brutall', which is in no lexicon"):
        Context.from_settings(Settings(disable_entries=["brutall"]))


def test_a_cue_only_entry_is_an_error_that_says_how_to_reclassify() -> None:
    with pytest.raises(ConfigError, match=r"reporting cue 'tell'.*cues\.yaml"):
        Context.from_settings(Settings(disable_entries=["tell"]))


def test_a_newsrooms_cues_file_reclassifies_a_cue(tmp_path: Path) -> None:
    assert "loaded-reporting-verb" in cues_and_rules(Settings())[1]
    (tmp_path / "cues.yaml").write_text("entries:\n  - {term: insist, class: neutral}\n",
                                        encoding="utf-8")
    cues, rules = cues_and_rules(Settings(lexicons=[str(tmp_path)]))
    assert cues == ["insisted"] and "loaded-reporting-verb" not in rules
