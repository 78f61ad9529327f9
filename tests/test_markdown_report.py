"""`--format markdown`: the verdict and the fixes, the balance table, the findings table."""

from __future__ import annotations

from report_samples import HARBOUR, QUIET, audit_text, report_of, sample

from audit.reporters import markdown_report


def test_verdict_fixes_balance_and_findings() -> None:
    text = markdown_report.render(report_of(sample(HARBOUR)))
    assert text.startswith("### Harbour talks stall as ferry crews wait for a deal")
    assert "**⚠️ Needs attention: 9 warnings to fix, first the passage pasted twice.**" in text
    assert "Mentioned but never heard: Ferry crews (4 mentions; unheard-party)." in text
    assert "1. **line 21** “Negotiators met at the Port Ellery customs hall on Sunday" in text
    assert "… and 2 more in the findings table below." in text
    assert "| Port Authority | 3 | 60% | 2 | 0 | 1 | 0 | 0 | 3 |" in text
    assert "| Ferry crews | 0 | 0% |" in text
    assert ("| 3 | AUD101 unattributed-statistic | warning | “more than 400 trucks” | ") in text


def test_table_cells_cannot_break_the_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    parties = tmp_path / "parties.yaml"
    parties.write_text("'A|B': [Pipes]\n")
    # The title is the headline as a reader sees it: its emphasis is markup, gone; what is
    # left that Markdown would read is escaped.
    document = audit_text("# Pipes | and *stars* for 2 * 3\n\nPipes said it was fine.",
                          "drafts/p.md", parties)
    text = markdown_report.render(report_of(document))
    assert "| A\\|B | 1 |" in text
    assert "### Pipes \\| and stars for 2 \\* 3" in text


def test_clean_draft_and_corpus() -> None:
    clean = markdown_report.render(report_of(sample(QUIET)))
    assert "**✅ Clean: no warnings.**" in clean and "No findings." in clean
    corpus = markdown_report.render(report_of(sample(HARBOUR, "a.md"), sample(QUIET, "b.md")))
    assert corpus.startswith("## Editors' report: 2 drafts")
    assert "**⚠️ 1 of 2 drafts needs attention; 1 is clean.**" in corpus
