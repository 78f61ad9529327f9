import json
import subprocess
from pathlib import Path

import pytest

from audit.settings import ConfigError, Settings, find_config, load_settings, rule_selected


def test_defaults_without_any_file(tmp_path: Path) -> None:
    settings = load_settings(None, {}, start=tmp_path)
    assert settings.fail_on == "warning" and settings.config_file is None


def test_pyproject_table_is_found_from_a_subfolder_of_a_git_repository(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.audit]\nfail-on = "error"\nparties = "parties.yaml"\ndominant-share = 0.7\n')
    (tmp_path / "parties.yaml").write_text("Union: [the union]\n")
    drafts = tmp_path / "drafts" / "2026"
    drafts.mkdir(parents=True)
    settings = load_settings(None, {}, start=drafts)
    assert settings.fail_on == "error"
    assert settings.dominant_share == 0.7
    assert settings.parties == str(tmp_path / "parties.yaml")  # relative to the file


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "audit.toml").write_text('min-level = "warning"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[tool.black]\nline-length = 80\n")
    assert find_config(inner) == tmp_path / "audit.toml"


def test_flags_override_the_file(tmp_path: Path) -> None:
    (tmp_path / "audit.toml").write_text('fail-on = "error"\nignore = ["AUD103"]\n')
    settings = load_settings(None, {"fail-on": "info", "ignore": None}, start=tmp_path)
    assert settings.fail_on == "info"
    assert settings.ignore == ["AUD103"]


@pytest.mark.parametrize(("content", "expected"), [
    ('colour = "red"\n', "unknown key 'colour'"),
    ('fail-on = "sometimes"\n', "'fail-on' must be one of info, warning, error, never"),
    ('dominant-share = "high"\n', "'dominant-share' must be a number"),
    ('select = ["AUD999"]\n', "unknown rule 'AUD999'"),
    ('levels = { AUD101 = "loud" }\n', "'levels' must be a table of levels"),
    ("fail-on = \n", "cannot read settings"),
    ("dominant-share = -1\n", "'dominant-share' must be a number from 0 to 1, got -1"),
    ("dominant-share = nan\n", "'dominant-share' must be a number from 0 to 1, got nan"),
    ("loaded-score = 2.5\n", "'loaded-score' must be a number from 0 to 1, got 2.5"),
    ("reading-ease-floor = inf\n", "'reading-ease-floor' must be a number at most 121.22"),
    ("min-parties-heard = -3\n", "'min-parties-heard' must be a whole number at least 0"),
    ("dominant-min-statements = 0\n", "'dominant-min-statements' must be a whole number at "
                                       "least 1, got 0"),
    ("unheard-min-mentions = 2.5\n", "'unheard-min-mentions' must be a whole number at least 1"),
    ("max-bytes = 0\n", "'max-bytes' must be a whole number at least 1, got 0"),
    ('lexicons = ["newsroom-lexicnos"]\n', "'lexicons' names no folder "),
    ('parties = "partys.yaml"\n', "'parties' names no file "),
])
def test_bad_settings_name_the_file_and_the_key(tmp_path: Path, content: str,
                                                expected: str) -> None:
    path = tmp_path / "audit.toml"
    path.write_text(content)
    with pytest.raises(ConfigError) as error:
        load_settings(path, {})
    assert str(path) in str(error.value) and expected in str(error.value)


def test_rule_selection_by_code_prefix_name_and_file() -> None:
    settings = Settings(select=["AUD1"], ignore=["anonymous-source"],
                        per_file_ignores={"opinion/*": ["AUD104"]})
    assert rule_selected(settings, "AUD101", "unattributed-statistic", "news/a.md")
    assert not rule_selected(settings, "AUD103", "anonymous-source", "news/a.md")
    assert not rule_selected(settings, "AUD301", "loaded-wording", "news/a.md")
    assert not rule_selected(settings, "AUD104", "loaded-reporting-verb", "opinion/a.md")


def test_the_cli_uses_the_repository_settings_from_a_subfolder(
        tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "pyproject.toml").write_text('[tool.audit]\nignore = ["duplicate-passage"]\n')
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "story.md").write_text("The council met on Tuesday night.\n\n"
                                     "The council met on Tuesday night.\n")
    monkeypatch.chdir(drafts)
    code, out, _ = run_cli("run", "--format", "json", "story.md")
    assert code == 0
    assert json.loads(out)["config"]["config-file"] == str(tmp_path / "pyproject.toml")
    (tmp_path / "pyproject.toml").write_text("[tool.black]\n")
    assert run_cli("run", "story.md")[0] == 1  # without the setting, the repeat fails


def test_a_missing_parties_file_from_the_command_line_is_a_configuration_error(
        tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("The council met on Tuesday.\n")
    code, out, err = run_cli("run", "--parties", str(tmp_path / "partys.yaml"), str(draft))
    assert (code, out) == (2, "")
    assert err == f"audit: error: command line: 'parties' names no file {tmp_path}/partys.yaml\n"


def test_settings_at_the_ends_of_their_ranges_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "audit.toml"
    path.write_text("dominant-share = 1\nloaded-score = 0\nmin-parties-heard = 0\n"
                    "reading-ease-floor = -200\nmax-bytes = 1\n")
    settings = load_settings(path, {})
    assert (settings.dominant_share, settings.loaded_score, settings.min_parties_heard,
            settings.reading_ease_floor, settings.max_bytes) == (1.0, 0.0, 0, -200.0, 1)
    assert isinstance(settings.dominant_share, float)
