"""The editors' PDF, read back with pypdf: verdict, parties, findings and scripts survive."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from report_samples import (
    Builder,
    crowded_report,
    rafah_document,
    rafah_report,
    report_of,
    silent_report,
)

from audit.report import DocumentError, DocumentReport, Report
from audit.reporters import pdf_report
from audit.reporters.verdict import document_verdict


def text_of(data: bytes) -> str:
    assert data.startswith(b"%PDF-")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def rendered() -> tuple[Report, bytes]:
    report = rafah_report()
    return report, pdf_report.render(report)


@pytest.fixture(scope="module")
def rafah(rendered: tuple[Report, bytes]) -> tuple[Report, str]:
    report, data = rendered
    return report, flat(text_of(data))


def test_first_page_answers_balance_and_sourcing(rendered: tuple[Report, bytes]) -> None:
    report, data = rendered
    first = flat(PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert "Talks on Rafah crossing stall" in first
    assert "Needs an editor's attention" in first
    verdict = document_verdict(report.documents[0], report.config)
    assert "Mentioned but never heard: Hamas (3 mentions)." in verdict.text
    assert flat(verdict.text) in first


def test_sources_findings_and_article_are_in_the_pdf(rafah: tuple[Report, str]) -> None:
    _, text = rafah
    for party in ("Israel", "Egypt", "Gaza health workers", "Hamas"):
        assert party in text
    for finding in ("AUD101 unattributed-statistic", "AUD104 loaded-reporting-verb",
                    "AUD302 contentious-label", "more than 400 trucks", "Name the government.",
                    "line 7"):
        assert finding in text
    assert "Who is heard" in text and "a senior Egyptian official" in text
    assert "The draft, annotated" in text and "Settings in force" in text
    assert "Flesch reading ease" in text and "48.3" in text
    assert "nearly half of Gaza’s population" in text  # curly apostrophe, em dash nearby


def test_hebrew_and_arabic_names_survive(rafah: tuple[Report, str]) -> None:
    _, text = rafah
    assert "יוסי כהן" in text
    assert "رانيا حداد" in text
    assert "Yossi Cohen" in text and "Rania Haddad" in text


def test_source_date_epoch_gives_identical_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = pdf_report.render(silent_report())
    second = pdf_report.render(silent_report())
    assert first == second
    assert PdfReader(io.BytesIO(first)).metadata["/CreationDate"].startswith("D:20231114")


def test_twenty_parties_render_with_every_name() -> None:
    text = flat(text_of(pdf_report.render(crowded_report(20))))
    for i in range(20):
        assert f"Party {i + 1:02d} — Zürich Š{i}" in text, i
    assert "Mentioned but never heard: Party 04" in text


def test_no_attributions_at_all() -> None:
    text = flat(text_of(pdf_report.render(silent_report())))
    assert "No statement in this draft is attributed to anyone." in text
    assert "the draft quotes or credits no one" in text
    assert "Rain expected over the weekend" in text


def test_long_article_breaks_into_pages_and_keeps_every_sentence() -> None:
    sentences = ["A very long council story"] + [
        f"Sentence {i} says the café’s “budget” rose — again." for i in range(1, 160)]
    document = DocumentReport("drafts/long.md", words=1500, sentences=Builder(sentences)
                              .sentences)
    data = pdf_report.render(report_of(document))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 5
    text = flat("\n".join(page.extract_text() for page in reader.pages))
    assert "Sentence 159 says the café’s “budget” rose — again." in text


def test_several_documents_get_a_corpus_page_and_a_section_each() -> None:
    unreadable = DocumentReport("drafts/broken.md",
                                error=DocumentError("binary", "not a text file"))
    report = report_of(rafah_document("drafts/a.md"), rafah_document("drafts/b.md"),
                       unreadable)
    text = flat(text_of(pdf_report.render(report)))
    assert "3 drafts audited together" in text
    assert "EDITORS' REPORT · drafts/a.md" in text and "EDITORS' REPORT · drafts/b.md" in text
    assert "This draft could not be read" in text and "not a text file" in text


def test_spans_reaching_into_another_sentence_do_not_garble_the_article() -> None:
    from audit.reporters.editorial import pieces

    builder = Builder(["Headline", "“We won,” Molina said.", "“We will be back.”"])
    builder.attribute(1, "Molina", "said", "Teresa Molina", "Union", kind="direct")
    second = builder.sentences[2]
    second.attributions = [builder.sentences[1].attributions[0]]  # source one sentence back
    second.voice = "quoted"
    assert "".join(p.text for p in pieces(second)) == "“We will be back.”"
    assert all(p.quote and not p.source for p in pieces(second))
