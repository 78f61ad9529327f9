import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import EXAMPLES

from audit.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS

GOOD = "The council met on Tuesday. The mayor said the vote would wait.\n"


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "broken.md").write_bytes(b"\xef\xbb\xbfOK \xff\xfe bytes")
    return tmp_path


def test_bad_inputs_get_one_line_each_and_the_rest_is_audited(drafts: Path, run_cli) -> None:
    code, out, err = run_cli("run", "--format", "json", str(drafts))
    assert code == EXIT_ERROR
    lines = err.strip().splitlines()
    assert len(lines) == 3
    for name, reason in (("binary.txt", "binary"), ("broken.md", "cannot decode"),
                         ("empty.md", "no text")):
        assert any(name in line and reason in line for line in lines)
    documents = {Path(d["path"]).name: d for d in json.loads(out)["documents"]}
    assert documents["good.md"]["error"] is None
    assert len(documents["good.md"]["sentences"]) == 2
    assert documents["empty.md"]["error"]["kind"] == "empty"
    assert documents["binary.txt"]["error"]["kind"] == "binary"
    assert documents["broken.md"]["error"]["kind"] == "undecodable"


def test_unreadable_file(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = tmp_path / "locked.md"
    draft.write_text(GOOD)

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Root reads through chmod 000: the loader's open() refuses instead.
    monkeypatch.setattr("audit.loading.open", refuse, raising=False)
    code, _, err = run_cli("run", str(draft))
    assert code == EXIT_ERROR
    assert err.strip() == f"audit: error: {draft}: Permission denied"


def test_clean_draft_exits_zero_and_findings_exit_one(tmp_path: Path, run_cli) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text(GOOD)
    assert run_cli("run", str(clean))[0] == EXIT_CLEAN
    repeated = tmp_path / "repeated.md"
    repeated.write_text("The council met on Tuesday night.\n\nThe council met on Tuesday night.\n")
    assert run_cli("run", str(repeated))[0] == EXIT_FINDINGS
    assert run_cli("run", "--fail-on", "error", str(repeated))[0] == EXIT_CLEAN
    assert run_cli("run", "--exit-zero", str(repeated))[0] == EXIT_CLEAN
    assert run_cli("run", "--ignore", "AUD501", str(repeated))[0] == EXIT_CLEAN


def test_configuration_error_exits_two_and_writes_nothing(tmp_path: Path, run_cli) -> None:
    config = tmp_path / "audit.toml"
    config.write_text("shout = true\n")
    output = tmp_path / "report.json"
    code, out, err = run_cli("run", "--config", str(config), "--output", str(output),
                             str(EXAMPLES / "council-budget.md"))
    assert code == EXIT_ERROR and out == ""
    line = err.strip()
    assert "\n" not in line
    assert line.startswith(f"audit: error: {config}: unknown key 'shout' (known: ")
    assert "fail-on" in line and "dominant-share" in line and line.endswith(")")
    assert not output.exists()


def test_bad_parties_file_exits_two(tmp_path: Path, run_cli) -> None:
    parties = tmp_path / "parties.yaml"
    parties.write_text("Union: Local 12\n")
    code, _, err = run_cli("run", "--parties", str(parties), str(EXAMPLES / "council-budget.md"))
    assert code == EXIT_ERROR
    assert str(parties) in err and "party name: [alias" in err


def test_the_collector_runs_again_after_start_up_whether_it_succeeds_or_not(
        tmp_path: Path, run_cli) -> None:
    # Start-up keeps the garbage collector off while the model loads: a caller that runs
    # the command in its own process must get it back on, even when loading fails.
    parties = tmp_path / "parties.yaml"
    parties.write_text("Union: Local 12\n")
    assert run_cli("run", "--parties", str(parties), str(EXAMPLES / "council-budget.md")
                   )[0] == EXIT_ERROR
    assert gc.isenabled()
    assert run_cli("run", str(EXAMPLES / "council-budget.md"))[0] == EXIT_FINDINGS
    assert gc.isenabled()


def test_output_file_is_written_whole_and_nothing_else_is_left(tmp_path: Path, run_cli) -> None:
    output = tmp_path / "out" / "report.json"
    code, out, _ = run_cli("run", "--format", "json", "--output", str(output),
                           str(EXAMPLES / "council-budget.md"))
    assert out == ""
    assert json.loads(output.read_text())["summary"]["documents"] == 1
    assert [p.name for p in output.parent.iterdir()] == ["report.json"]
    assert code == EXIT_FINDINGS


def test_standard_input(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = __import__("io").BytesIO("<p>The union said “no.”</p>".encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    code, out, _ = run_cli("run", "--format", "json", "-")
    assert code == EXIT_CLEAN
    document = json.loads(out)["documents"][0]
    assert document["path"] == "-"
    assert [s["text"] for s in document["sentences"]] == ["The union said “no.”"]


def test_rules_listing_and_explanation(run_cli) -> None:
    code, out, _ = run_cli("rules")
    assert code == EXIT_CLEAN and len(out.splitlines()) >= 13 and "AUD104" in out
    code, out, _ = run_cli("rules", "loaded-reporting-verb")
    assert code == EXIT_CLEAN and out.startswith("AUD104 loaded-reporting-verb")
    assert run_cli("rules", "AUD999")[0] == EXIT_ERROR


def test_usage_error_exits_two(run_cli) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_cli("run", "--format", "yaml", "x.md")
    assert exit_.value.code == EXIT_ERROR


def test_the_installed_console_script_runs(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(GOOD)
    script = Path(sys.executable).parent / "audit"
    result = subprocess.run([str(script), "run", str(draft)], capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"}, check=False)
    assert result.returncode == EXIT_CLEAN, result.stderr
    assert "story.md" in result.stdout and "0 warning" in result.stdout


def test_written_reports_get_the_usual_file_mode(tmp_path: Path, run_cli) -> None:
    output = tmp_path / "report.json"
    previous = os.umask(0o022)
    try:
        run_cli("run", "--format", "json", "--output", str(output),
                str(EXAMPLES / "council-budget.md"))
    finally:
        os.umask(previous)
    assert output.stat().st_mode & 0o777 == 0o644
