"""Each CI format checked against what its consumer accepts."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from audit.report import DocumentError, DocumentReport, Finding, Report
from audit.reporters import concise, github, gitlab, junit, sarif

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0-rtm.5.json").read_text())


def finding(rule: str = "AUD104", name: str = "loaded-reporting-verb", line: int = 3,
            text: str = "claimed", message: str = "'claimed' casts doubt, 100% of the time: "
            "use said,\nplease", level: str = "warning") -> Finding:
    return Finding(rule, name, level, 40, 47, line, 5, line, 12, message, "said", text)


@pytest.fixture
def report() -> Report:
    dirty = DocumentReport("drafts/a,b:c.md", findings=[
        finding(), finding(line=9), finding("AUD502", "readability", 1, "Long.", "Hard.", "info")])
    clean = DocumentReport("drafts/clean.md")
    broken = DocumentReport("drafts/broken.md", DocumentError("binary", "binary data"))
    return Report("1.2.3", {}, [dirty, clean, broken])


def test_sarif_validates_against_the_2_1_0_schema(report: Report) -> None:
    log = json.loads(sarif.render(report))
    jsonschema.validate(log, SARIF_SCHEMA)
    run = log["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"AUD101", "AUD104", "AUD502"}
    first = run["results"][0]
    assert first["ruleId"] == "AUD104" and first["level"] == "warning"
    assert first["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    prints = [r["partialFingerprints"]["auditFinding/v1"] for r in run["results"]]
    assert len(set(prints)) == 3  # the same words flagged twice still differ
    assert run["results"][2]["level"] == "note"
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == (
        "binary data")


def test_sarif_fingerprints_survive_moving_lines(report: Report) -> None:
    before = json.loads(sarif.render(report))["runs"][0]["results"][0]
    report.documents[0].findings[0].line = 30
    after = json.loads(sarif.render(report))["runs"][0]["results"][0]
    assert before["partialFingerprints"] == after["partialFingerprints"]


def test_github_commands_escape_what_the_runner_requires(report: Report) -> None:
    lines = github.render(report).splitlines()
    assert lines[0] == "::error file=drafts/broken.md,title=audit::binary data"
    assert lines[1] == (
        "::warning file=drafts/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=12,"
        "title=AUD104 loaded-reporting-verb::'claimed' casts doubt, 100%25 of the time: "
        "use said,%0Aplease%0ASuggestion: said")
    assert lines[3].startswith("::notice ") and len(lines) == 4
    assert all("\n" not in line for line in lines)


@pytest.mark.parametrize(("warnings", "notices", "totals_at"), [
    (10, 3, None), (11, 3, -1), (2, 12, 2)])
def test_github_puts_the_most_severe_first_and_totals_what_it_would_drop(
        warnings: int, notices: int, totals_at: int | None) -> None:
    findings = [finding("AUD502", "readability", n + 1, "Long.", "Hard.", "info")
                for n in range(notices)]
    findings += [finding(line=n + 1) for n in range(warnings)]
    lines = github.render(Report("1.2.3", {}, [DocumentReport("a.md", findings=findings)])
                          ).splitlines()
    commands = [line.split(" ", 1)[0] for line in lines]
    assert commands[:warnings] == ["::warning"] * warnings
    totals = [i for i, line in enumerate(lines) if "title=audit totals" in line]
    if totals_at is None:
        assert totals == [] and len(lines) == warnings + notices
    else:
        assert totals == [totals_at % len(lines)]
        assert f"{warnings} warning" in lines[totals[0]] and f"{notices} notices" in lines[
            totals[0]]


def test_junit_parses_with_a_failing_case_per_finding_and_a_passing_clean_case(
        report: Report) -> None:
    root = ET.fromstring(junit.render(report).encode())
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    dirty = suites["drafts/a,b:c.md"]
    assert dirty.get("tests") == "3" and dirty.get("failures") == "3"
    assert len(dirty.findall("testcase/failure")) == 3
    clean_cases = suites["drafts/clean.md"].findall("testcase")
    assert len(clean_cases) == 1 and not list(clean_cases[0])
    assert suites["drafts/broken.md"].find("testcase/error").get("type") == "binary"


def test_gitlab_code_quality_issues(report: Report) -> None:
    issues = json.loads(gitlab.render(report))
    assert len(issues) == 4
    assert {i["severity"] for i in issues} == {"minor", "info", "blocker"}
    assert len({i["fingerprint"] for i in issues}) == 4
    assert issues[0]["location"] == {"path": "drafts/a,b:c.md", "lines": {"begin": 3, "end": 3}}
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= issue.keys()


def test_concise_lines(report: Report) -> None:
    lines = concise.render(report).splitlines()
    assert lines[0].startswith("drafts/a,b:c.md:3:5: AUD104 loaded-reporting-verb: ")
    assert lines[-1] == "drafts/broken.md:1:1: error: binary data"


def test_every_format_runs_end_to_end(tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("The council met on Tuesday night.\n\nThe council met on Tuesday night.\n")
    for name in ("concise", "github", "sarif", "junit", "gitlab"):
        code, out, _ = run_cli("run", "--format", name, str(draft))
        assert code == 1 and "AUD501" in out, name


def test_github_format_appends_a_markdown_summary_for_the_job_page(
        tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "summary.md"
    page.write_text("# Earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(page))
    draft = tmp_path / "story.md"
    draft.write_text("The council met on Tuesday night.\n\nThe council met on Tuesday night.\n")
    _, out, _ = run_cli("run", "--format", "github", str(draft))
    assert out.startswith("::warning ")
    summary = page.read_text()
    assert summary.startswith("# Earlier step\n")
    assert "| " in summary and "AUD501" in summary
    # The job page says what the exit code says, in the verdict's words.
    assert "**⚠️ Needs attention: 1 warning to fix, first the passage pasted twice.**" in summary
    monkeypatch.delenv("GITHUB_STEP_SUMMARY")
    run_cli("run", "--format", "json", str(draft))
    assert page.read_text() == summary


@pytest.mark.parametrize("name", ["draft #2.md", "with space.md", "50% cut?.md", "a:b.md",
                                  "notes/café draft.md"])
def test_sarif_locations_are_uris_that_read_back_as_the_path(name: str, tmp_path: Path) -> None:
    from urllib.parse import urljoin, urlsplit
    from urllib.request import url2pathname

    report = Report("1.2.3", {}, [DocumentReport(name, findings=[finding()]),
                                  DocumentReport(str(tmp_path / name), findings=[finding()])])
    log = json.loads(sarif.render(report))
    jsonschema.validate(log, SARIF_SCHEMA)
    run = log["runs"][0]
    relative, absolute = (r["locations"][0]["physicalLocation"]["artifactLocation"]
                          for r in run["results"])
    assert " " not in relative["uri"] + absolute["uri"] and "#" not in relative["uri"]
    base = run["originalUriBaseIds"][relative["uriBaseId"]]["uri"]
    assert base == Path.cwd().as_uri() + "/"
    for location, expected in ((relative, Path.cwd() / name), (absolute, tmp_path / name)):
        uri = urljoin(base, location["uri"]) if "uriBaseId" in location else location["uri"]
        parts = urlsplit(uri)
        assert (parts.scheme, parts.query, parts.fragment) == ("file", "", "")
        assert url2pathname(parts.path) == str(expected)
