"""`--format markdown`: verdict, balance table, findings table for a PR comment."""

from __future__ import annotations

from report_samples import Builder, rafah_document, rafah_report, report_of, silent_report

from audit.report import DocumentReport, PartyBalance
from audit.reporters import REPORTERS, markdown_report
from audit.settings import FORMATS


def test_verdict_balance_and_findings_tables() -> None:
    text = markdown_report.render(rafah_report())
    assert text.startswith("### Talks on Rafah crossing stall")
    assert "**⚠️ Needs an editor's attention.**" in text
    assert "Mentioned but never heard: Hamas (3 mentions)." in text
    assert "| Israel | 3 | 43% | 2 | 0 | 1 | 0 | 0 | 4 |" in text
    assert "| Hamas | 0 | 0% |" in text
    assert ("| 3 | AUD101 unattributed-statistic | warning | “more than 400 trucks” | "
            "A figure in the writer's voice with no source. | Say who counted them. |") in text


def test_table_cells_cannot_break_the_table() -> None:
    builder = Builder(["Pipes | and *stars*", "Ok."], "drafts/p.md")
    document = DocumentReport(builder.path, words=4, sentences=builder.sentences,
                              parties={"A|B": PartyBalance(mentions=1)})
    text = markdown_report.render(report_of(document))
    assert "| A\\|B | 0 |" in text
    assert "### Pipes \\| and \\*stars\\*" in text


def test_clean_draft_and_corpus() -> None:
    assert "No findings." in markdown_report.render(silent_report())
    corpus = markdown_report.render(report_of(rafah_document("a.md"), rafah_document("b.md")))
    assert corpus.startswith("## Editors' report: 2 drafts")


def test_registered_as_a_format() -> None:
    assert "markdown" in FORMATS
    assert REPORTERS["markdown"] is markdown_report.render
