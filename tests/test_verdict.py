"""The verdict: computed once from the surviving findings and the balance, and every output
(the exit code, text, markdown, HTML, PDF) agrees with it."""

from __future__ import annotations

import io
import json
import re
import tempfile
from functools import cache
from pathlib import Path

import pytest
from helpers import EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from report_samples import DATA, HARBOUR, QUIET, RIVER, audit_text, report_of, sample

from audit.cli import EXIT_CLEAN, EXIT_FINDINGS, exit_code
from audit.pipeline import Context, audit_stream
from audit.report import CLEAN, LEVELS, NEEDS_ATTENTION, UNREADABLE, DocumentReport
from audit.reporters import markdown_report, text_report
from audit.rules import BY_CODE
from audit.settings import Settings

PARTIES = DATA / "harbour-talks.parties.yaml"


def check_agreement(document: DocumentReport, fail_on: str) -> None:
    """What must hold of every verdict, whatever the draft."""
    verdict = document.verdict
    floor = LEVELS.index(fail_on if fail_on in LEVELS else "warning")
    failing = {i for i, f in enumerate(document.findings) if LEVELS.index(f.level) >= floor}
    assert {fix.finding for fix in verdict.fixes} == failing
    assert verdict.status == (NEEDS_ATTENTION if failing else CLEAN)
    assert verdict.summary.startswith("Needs attention" if failing else "Clean")
    for fix in verdict.fixes:
        finding = document.findings[fix.finding]
        assert (fix.rule, fix.level) == (finding.rule, finding.level)
        assert fix.line == (None if BY_CODE[fix.rule].scope == "draft" else finding.line)
    # Repeated passages first, then by level, then from the top of the draft.
    order = [(f.rule != "AUD501", -LEVELS.index(f.level), document.findings[f.finding].start)
             for f in verdict.fixes]
    assert order == sorted(order)
    # "Dominates" only where the rule decided it; only flagged words are quoted.
    dominant = {f.party for f in document.findings if f.rule == "AUD105"}
    assert any("dominate" in note for note in verdict.balance_notes) == bool(dominant)
    flagged = {" ".join(f.text.split()).strip("\"'“”‘’").lower() for f in document.findings}
    for note in verdict.finding_notes:
        for quoted in re.findall(r"“([^”]+)”", note):
            assert quoted.lower() in flagged, quoted
    report = report_of(document, settings=Settings(fail_on=fail_on))
    assert exit_code(report, fail_on, False) == (
        EXIT_FINDINGS if failing and fail_on != "never" else EXIT_CLEAN)
    assert verdict.summary in text_report.render(report)
    assert verdict.summary in markdown_report.render(report)


@pytest.mark.parametrize("name", [HARBOUR, RIVER, QUIET])
@pytest.mark.parametrize("fail_on", ["info", "warning", "error", "never"])
def test_the_team_drafts_agree(name: str, fail_on: str) -> None:
    document = sample(name)
    from audit.verdict import document_verdict

    document.verdict = document_verdict(document, fail_on)
    check_agreement(document, fail_on)


@pytest.mark.parametrize("example", ["council-budget", "warehouse-strike"])
@pytest.mark.parametrize("fail_on", ["info", "warning", "error"])
def test_the_examples_exit_as_their_verdict_says(example: str, fail_on: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("run", "--format", "json", "--fail-on", fail_on, "--parties",
                           str(EXAMPLES / f"{example}.parties.yaml"),
                           str(EXAMPLES / f"{example}.md"))
    report = json.loads(out)
    document = report["documents"][0]
    failing = [f for f in document["findings"]
               if LEVELS.index(f["level"]) >= LEVELS.index(fail_on)]
    assert document["verdict"]["status"] == (NEEDS_ATTENTION if failing else CLEAN)
    assert report["summary"]["verdict"]["status"] == document["verdict"]["status"]
    assert code == (EXIT_FINDINGS if failing else EXIT_CLEAN)
    assert len(document["verdict"]["fixes"]) == len(failing)


# Sentences a generated draft is made of: parties heard and only mentioned, figures with
# and without a source, loaded words that are findings and mild ones that are not, vague
# and anonymous sources; any of them may be pasted twice.
SENTENCES = [
    "Yossi Cohen said the quay would reopen on Monday.",
    "Cohen claimed the crews had walked away.",
    "Rania Haddad, who chairs the Fishermen's Cooperative, said the boats were ready.",
    "The ferry crews' union has not commented.",
    "Members of the ferry crews' union met on Friday.",
    "More than 400 trucks have waited for nine days.",
    "According to the Port Authority, 300 deckhands are idle.",
    "The devastating closure has hurt the harbour.",
    "The fragile truce held on Tuesday.",
    "Clearly, the stakes are high for the town.",
    "Critics say the deal favours neither side.",
    "A senior city official said talks would resume.",
    "The regime at the port has failed.",
    "The talks reportedly stalled.",
    "The mayor said the city would help.",
]


@cache
def context(fail_on: str) -> Context:
    return Context.from_settings(Settings(parties=str(PARTIES), fail_on=fail_on))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12),
       st.sampled_from(["info", "warning", "error", "never"]),
       st.booleans())
def test_generated_drafts_agree(sentences: list[str], fail_on: str, headline: bool) -> None:
    text = ("# Harbour talks\n\n" if headline else "") + "\n\n".join(sentences) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.md"
        path.write_text(text, encoding="utf-8")
        document = next(audit_stream([str(path)], context(fail_on)))
    check_agreement(document, fail_on)


def test_a_loaded_word_that_is_no_finding_leaves_the_draft_clean(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Only "fragile", a mild word under the loaded-score: no finding, exit 0, and the
    editors' reports say the draft is clean without quoting the word."""
    pdf, html = tmp_path / "quiet.pdf", tmp_path / "quiet.html"
    code, _, _ = run_cli("run", "--quiet", "--parties", str(DATA / "quiet-truce.parties.yaml"),
                         "--pdf", str(pdf), "--html", str(html), str(DATA / QUIET))
    assert code == EXIT_CLEAN
    first = " ".join(PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text().split())
    page = html.read_text(encoding="utf-8")
    for shown in (first, page):
        assert "Clean: no warnings." in shown
        assert "Needs attention" not in shown and "“fragile”" not in shown


def test_speakers_differing_only_in_case_are_one() -> None:
    document = audit_text("The union said the strike would go on. Later, the union said it "
                          "would meet the mediator. THE UNION said nothing more.")
    heard = {speaker.lower(): count for party in document.parties.values()
             for speaker, count in party.speaker_statements.items()}
    assert heard == {"union": 3}


def test_the_corpus_verdict_counts_drafts_and_an_unreadable_one_exits_two(
        tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    from audit.cli import EXIT_ERROR

    report = report_of(sample(HARBOUR, "a.md"), sample(RIVER, "b.md"), sample(QUIET, "c.md"))
    verdict = report.summary.verdict
    assert report.summary.statuses == {CLEAN: 1, NEEDS_ATTENTION: 2, UNREADABLE: 0}
    assert verdict.summary == "2 of 3 drafts need attention; 1 is clean."
    assert report.summary.fixes["AUD501"] == 3  # one in harbour, two in river
    assert verdict.fixes == [] and verdict.heard.startswith("Heard across the drafts: ")
    (tmp_path / "ok.md").write_text((DATA / QUIET).read_text())
    (tmp_path / "broken.md").write_bytes(b"\x00\x01 binary")
    code, out, _ = run_cli("run", "--format", "json", str(tmp_path))
    summary = json.loads(out)["summary"]
    assert code == EXIT_ERROR and summary["verdict"]["status"] == UNREADABLE
    assert summary["verdict"]["summary"] == "The draft is clean. 1 draft could not be read."
