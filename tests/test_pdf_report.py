"""The editors' PDF, read back with pypdf: page 1 is the to-do list, the evidence follows,
words are never cut, and names in any script survive."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from report_samples import HARBOUR, RIVER, audit_text, report_of, sample

from audit.report import Report
from audit.reporters import pdf_report


def pages_of(data: bytes) -> list[str]:
    assert data.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def harbour() -> tuple[Report, list[str]]:
    report = report_of(sample(HARBOUR))
    return report, pages_of(pdf_report.render(report))


@pytest.fixture(scope="module")
def river() -> tuple[Report, list[str]]:
    report = report_of(sample(RIVER))
    return report, pages_of(pdf_report.render(report))


def test_first_page_is_the_verdict_and_the_fixes_in_order(
        harbour: tuple[Report, list[str]]) -> None:
    report, pages = harbour
    first = flat(pages[0])
    verdict = report.documents[0].verdict
    assert "Harbour talks stall as ferry crews wait for a deal" in first
    assert "▲ Needs attention" in first and verdict.summary in first
    # The repeated sentence is the first fix, then the warnings top to bottom; at most
    # seven fixes, the rest counted with the page where the findings start.
    places = re.findall(r"(\d)\. (line \d+|whole draft)", first)
    assert [number for number, _ in places] == [str(n) for n in range(1, 8)]
    assert places[0][1] == "line 21" and "This sentence repeats line 3" in first
    assert [place for _, place in places[1:4]] == ["line 3", "line 7", "line 7"]
    assert flat(pages[1]).startswith("Findings")
    assert "… and 2 more under Findings, page 2." in first
    assert "Mentioned but never heard: Ferry crews (4 mentions; unheard-party)." in first


def test_first_page_states_the_balance_and_cites_only_findings(
        river: tuple[Report, list[str]]) -> None:
    _, pages = river
    first = flat(pages[0])
    assert ("Heard: Lakeland 7 of 13 attributed statements (54%), Southmere 3 (23%), "
            "Northvale 1 (8%); 2 unassigned.") in first
    assert "Northvale is heard only once." in first
    assert "No party dominates" not in first and "dominates" not in first
    assert "“devastating”" in first
    for word in ("fragile", "teeters"):  # loaded words, but no finding: never cited
        assert f"“{word}”" not in first
    assert first.index("repeats line 1") < first.index("devastating")
    # Each scale shown is explained where it is shown.
    assert "Labels: count · share of voice" in first
    assert "reading ease 78 (0–100, higher is easier)" in first


def test_the_pages_after_the_first_hold_findings_speakers_and_the_draft(
        harbour: tuple[Report, list[str]]) -> None:
    _, pages = harbour
    assert flat(pages[1]).startswith("Findings AUD101 unattributed-statistic · 2")
    rest = flat(" ".join(pages[1:]))
    assert "Loaded wording, 0–1" in rest  # the voice chart's scale, under it
    speakers = rest[rest.index("Who is heard, speaker by speaker"):
                    rest.index("A statement is one speaker")]
    assert "Port Authority Yossi Cohen 3" in speakers
    assert "Ferry crews never heard (mentioned 4×) 0" in speakers
    for text in ("more than 400 trucks", "→ government", "The draft, annotated",
                 "[repeats line 3]"):
        assert text in rest, text
    assert rest.count("Settings in force:") == 1 and "dominant-share = 0.6" in rest


def test_hebrew_and_arabic_names_survive(harbour: tuple[Report, list[str]]) -> None:
    text = " ".join(harbour[1])
    assert "יוסי כהן" in text and "رانيا حداد" in text


def test_no_word_is_broken_across_lines() -> None:
    """Every word of the annotated draft is a word of the draft: none cut in two."""
    sentence = ("The harbour master outlined the plan according to the council, and the "
                "ferry crews' union indicated that its members would accept it.")
    text = "# Harbour plan\n\n" + "\n\n".join(
        f"{'Indeed, ' * (k % 7)}{sentence}" for k in range(24))
    document = audit_text(text, "drafts/plan.md")
    pages = pages_of(pdf_report.render(report_of(document)))
    body = "\n".join(pages)
    article = body[body.index("The draft, annotated"):body.index("Readability")]
    vocabulary = set(re.findall(r"[\w']+", text))
    legend = {"The", "draft", "annotated", "writer's", "voice", "quoted", "words", "hedge",
              "a", "finding's", "loaded", "word", "not", "finding", "Sources", "bold", "and",
              "reporting", "verbs", "underlined", "in", "the", "colour", "of", "their",
              "party", "no", "unassigned", "audit", "editors'", "report", "page", "none",
              "this", "repeats", "line", "0", "1", "told", "by"}
    for token in re.findall(r"[\w']+", article):
        assert token in vocabulary or token in legend or token.isdigit(), token


def test_the_title_is_the_headline_never_the_path() -> None:
    path = ("archive/2026/november/desk-copy/ferry-timetable-restored-after-the-long-strike-"
            "at-port-ellery-north-quay.txt")
    document = audit_text("Ferry timetable restored\n\nThe ferry runs again, the port said.",
                          path)
    reader = PdfReader(io.BytesIO(pdf_report.render(report_of(document))))
    assert reader.metadata["/Title"] == "Ferry timetable restored"
    lines = reader.pages[0].extract_text().splitlines()
    title = lines.index("Ferry timetable restored")
    kicker = "".join(lines[:title]).replace(" ", "")
    assert kicker == f"EDITORS'REPORT·{path}"
    for line in lines[:title - 1]:  # the path breaks after a slash or a hyphen only
        assert line.rstrip().endswith(("/", "-", "·")), line
    # With no headline and no metadata, the title is the file's name, not its folders.
    untitled = audit_text("The ferry runs again on Monday, the port said.", path)
    reader = PdfReader(io.BytesIO(pdf_report.render(report_of(untitled))))
    assert reader.metadata["/Title"] == path.rsplit("/", 1)[1]


def test_source_date_epoch_gives_identical_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    document = audit_text("Rain expected\n\nThe weather service expects rain on Saturday.")
    first = pdf_report.render(report_of(document))
    assert first == pdf_report.render(report_of(document))
    assert PdfReader(io.BytesIO(first)).metadata["/CreationDate"].startswith("D:20231114")


def test_twenty_parties_render_with_every_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = [f"Party {i + 1:02d} Zürich Š{i}" for i in range(20)]
    parties = tmp_path / "parties.yaml"
    parties.write_text("".join(f"'{name}': [Speaker{i + 1}]\n" for i, name in
                               enumerate(names)), encoding="utf-8")
    lines = ["# Twenty parties weigh in on the harbour plan"]
    lines += [f"Speaker{i + 1} said the plan was workable." for i in range(15)]
    lines += [f"Speaker{i + 1} was not at the meeting." for i in range(15, 20)]
    document = audit_text("\n\n".join(lines), "drafts/harbour.md", parties)
    text = flat(" ".join(pages_of(pdf_report.render(report_of(document)))))
    for name in names:
        assert name in text, name
    assert "Mentioned but never heard: Party 16 Zürich Š15 (1 mention)" in text


def test_a_draft_nobody_speaks_in() -> None:
    document = audit_text("Rain expected over the weekend\n\nRain will fall on Saturday. "
                          "Temperatures will drop overnight.", "drafts/weather.md")
    first = flat(pages_of(pdf_report.render(report_of(document)))[0])
    assert "No statement is attributed to anyone." in first
    assert "✔ Clean" in first and "Rain expected over the weekend" in first


def test_several_documents_get_a_corpus_page_and_a_section_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from audit.pipeline import Context, audit_stream
    from audit.settings import Settings

    broken = tmp_path / "broken.md"
    broken.write_bytes(b"\x00\x01 binary")
    unreadable = next(audit_stream([str(broken)], Context.from_settings(Settings())))
    report = report_of(sample(HARBOUR, "drafts/a.md"), sample(RIVER, "drafts/b.md"),
                       unreadable)
    text = flat(" ".join(pages_of(pdf_report.render(report))))
    assert "3 drafts audited together" in text
    assert report.summary.verdict.summary in text
    assert "EDITORS' REPORT · drafts/a.md" in text and "EDITORS' REPORT · drafts/b.md" in text
    assert "This draft could not be read" in text and "binary" in text
