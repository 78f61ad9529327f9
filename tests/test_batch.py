"""Archive runs: many drafts, worker processes, metadata groups, JSON Lines and resume."""

import fcntl
import json
import os
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from audit.cli import EXIT_ERROR

STORY = """---
title: Story {n}
author: {author}
date: 2026-{month:02d}-03
publisher: Riverside Courier
---
The union said the strike would continue. The company said it had made a fair offer.
Molina told reporters the talks were over.
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(12):
        author = "Ana Ruiz" if n % 2 else "Ben Okafor"
        (folder / f"story-{n:02d}.md").write_text(STORY.format(n=n, author=author,
                                                               month=10 + n % 2))
    (folder / "broken.md").write_bytes(b"\x00\x01binary")
    return folder


def test_workers_give_the_same_reports_in_the_same_order(archive: Path, run_cli) -> None:
    _, one, _ = run_cli("run", "--format", "json", "--jobs", "1", str(archive))
    _, two, _ = run_cli("run", "--format", "json", "--jobs", "2", str(archive))
    assert one == two
    assert [Path(d["path"]).name for d in json.loads(two)["documents"]][:2] == [
        "broken.md", "story-00.md"]


def test_grouping_by_month_and_author(archive: Path, run_json) -> None:
    summary = run_json("--by", "month", str(archive))["summary"]
    assert summary["by"] == "month"
    assert {k: g["documents"] for k, g in summary["groups"].items()} == {
        "2026-10": 6, "2026-11": 6}
    summary = run_json("--by", "author", str(archive))["summary"]
    assert set(summary["groups"]) == {"Ana Ruiz", "Ben Okafor"}


def test_a_manifest_overrides_front_matter(archive: Path, tmp_path: Path, run_json) -> None:
    manifest = tmp_path / "manifest.csv"
    rows = ["path,publisher"] + [f"{p},Wire" for p in sorted(archive.glob("story-0[0-4].md"))]
    manifest.write_text("\n".join(rows) + "\n")
    summary = run_json("--by", "publisher", "--manifest", str(manifest), str(archive))["summary"]
    assert {k: g["documents"] for k, g in summary["groups"].items()} == {
        "Wire": 5, "Riverside Courier": 7}


def test_jsonl_is_one_document_per_line_and_resume_skips_what_is_done(
        archive: Path, tmp_path: Path, run_cli) -> None:
    output = tmp_path / "run.jsonl"
    run_cli("run", "--format", "jsonl", "--output", str(output), str(archive))
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert len(records) == 14 and "summary" in records[-1]
    # A stopped run: the first five documents and half of the sixth line.
    lines = output.read_text().splitlines(keepends=True)
    output.write_text("".join(lines[:5]) + lines[5][:40])
    code, _, err = run_cli("run", "--format", "jsonl", "--resume", str(output), str(archive))
    # The unreadable file was recorded before the stop: not read again, but still the
    # file's error, as in a run that was never stopped.
    assert code == EXIT_ERROR
    assert err == f"audit: error: {archive / 'broken.md'}: binary data (NUL bytes), not a " \
                  f"text draft (recorded in {output})\n"
    records = [json.loads(line) for line in output.read_text().splitlines()]
    paths = [r["path"] for r in records if "path" in r]
    assert len(paths) == 13 == len(set(paths))
    assert sum(1 for r in records if r.get("error")) == 1
    assert records[-1]["resumed_past"] == 5
    assert records[-1]["summary"]["documents"] == 13 and records[-1]["summary"]["errors"] == 1


def test_resume_needs_jsonl(archive: Path, run_cli) -> None:
    code, _, err = run_cli("run", "--resume", "x.jsonl", str(archive))
    assert code == EXIT_ERROR and "--resume needs --format jsonl" in err


def test_grouped_reports_show_share_of_voice_by_month(tmp_path: Path) -> None:
    """Two short drafts of two months: the corpus page of the PDF and the HTML show the
    share of voice by month."""
    import io

    from pypdf import PdfReader
    from report_samples import audit_text, report_of

    from audit.reporters import html_report, pdf_report

    parties = tmp_path / "parties.yaml"
    parties.write_text("Union: [the union, Molina]\nCompany: [the company]\n")
    documents = [audit_text(STORY.format(n=n, author="Ana Ruiz", month=10 + n),
                            f"archive/story-{n}.md", parties) for n in range(2)]
    report = report_of(*documents, by="month")
    assert set(report.summary.groups) == {"2026-10", "2026-11"}
    first = PdfReader(io.BytesIO(pdf_report.render(report))).pages[0].extract_text()
    assert "Share of voice by month" in first
    page = html_report.render(report)
    corpus = page[:page.index('<section id="draft-1"')]
    assert "Share of voice by month" in corpus and corpus.count("data:image/svg+xml") == 2


def test_the_groups_chart_is_reproducible_and_names_each_month() -> None:
    from audit.report import Group, PartyBalance, Summary
    from audit.reporters.charts import groups_chart
    from audit.reporters.editorial import party_styles

    def balance(union: float) -> dict[str, PartyBalance]:
        return {"Union": PartyBalance(statements=1, share_of_voice=union),
                "Company": PartyBalance(statements=1, share_of_voice=1 - union)}

    summary = Summary(by="month", parties=balance(0.5), groups={
        "2026-11": Group(3, balance(0.8)), "2026-10": Group(2, balance(0.2)),
        "unknown": Group(1, balance(0.5))})
    styles = party_styles(["Union", "Company"])
    svg = groups_chart(summary, styles, fmt="svg")
    assert svg == groups_chart(summary, styles, fmt="svg")
    text = svg.decode()
    assert text.index("2026-10") < text.index("2026-11") < text.index("unknown")


def on_terminal(command: list[str]) -> bytes:
    """What a command writes to standard error when that is a 120-column terminal."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    try:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=follower, check=False)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the other end is closed: everything has been read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    return shown


def test_progress_shows_on_a_terminal_only(archive: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    (archive / "broken.md").unlink()
    command = [str(Path(sys.executable).parent / "audit"), "run", "--format", "json",
               "--jobs", "1", str(archive)]
    shown = on_terminal(command)
    assert b"12/12" in shown and b"words/s" in shown
    assert on_terminal([*command[:2], "--quiet", *command[2:]]).strip() == b""
    # Into a pipe (here pytest's capture): nothing on standard error. In this process,
    # so the test pays for one more start of the command only on a terminal.
    assert run_cli(*command[1:])[2] == ""
