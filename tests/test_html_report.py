"""The HTML report: self-contained, escaped, and saying what the PDF says."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

from report_samples import Builder, rafah_report, report_of, silent_report

from audit.report import DocumentReport, PartyBalance
from audit.reporters import html_report
from audit.reporters.verdict import document_verdict

DATA_URI = re.compile(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"')


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_self_contained_no_network_no_script() -> None:
    page = html_report.render(rafah_report())
    charts = DATA_URI.findall(page)
    assert len(charts) == 3
    for chart in charts:
        assert base64.b64decode(chart).lstrip().startswith(b"<?xml")
    outside = DATA_URI.sub("", page)
    assert not re.search(r"https?:|//[a-z]", outside, re.IGNORECASE)
    parser = Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "link", "iframe", "object"}
    assert all(attrs.get("src", "").startswith("data:") for tag, attrs in parser.tags
               if tag == "img")


def test_verdict_parties_and_findings_are_shown() -> None:
    report = rafah_report()
    page = html_report.render(report)
    verdict = document_verdict(report.documents[0], report.config)
    assert html_report.escape(verdict.text) in page
    for party in ("Israel", "Hamas", "Egypt", "Gaza health workers"):
        assert party in page
    assert "AUD101 unattributed-statistic" in page
    assert '<span class="flagged">more than 400 trucks</span>' in page
    assert "יוסי כהן" in page and "رانيا حداد" in page
    assert "<title>Talks on Rafah crossing stall" in page


def test_everything_from_the_draft_is_escaped() -> None:
    hostile = ["<script>alert('x')</script> & friends",
               "The <b>mayor</b> said the \"plan\" works & costs $5 <img src=x>."]
    builder = Builder(hostile, "drafts/<evil>.md")
    document = DocumentReport(builder.path, words=12, sentences=builder.sentences,
                              parties={"<i>Party</i> & Co": PartyBalance(mentions=2)})
    page = html_report.render(report_of(document))
    assert "<script>" not in page and "<img src=x>" not in page and "<b>mayor" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; friends" in page
    assert "&lt;i&gt;Party&lt;/i&gt; &amp; Co" in page
    assert "drafts/&lt;evil&gt;.md" in page


def test_a_draft_with_no_attributions() -> None:
    page = html_report.render(silent_report())
    assert "No statement in this draft is attributed to anyone." in page
    assert "the draft quotes or credits no one" in page


def test_cli_writes_the_editors_reports_into_reports(run_cli, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from helpers import EXAMPLES

    monkeypatch.chdir(tmp_path)
    draft = EXAMPLES / "council-budget.md"
    code, _, err = run_cli("run", str(draft), "--parties",
                           str(EXAMPLES / "council-budget.parties.yaml"), "--pdf", "story.pdf",
                           "--html", "story.html", "--chart", "out/balance.svg", "--quiet")
    assert code in (0, 1), err
    reports = tmp_path / "reports"
    assert sorted(p.name for p in reports.iterdir()) == ["story.html", "story.pdf"]
    assert (reports / "story.pdf").read_bytes().startswith(b"%PDF-")
    page = (reports / "story.html").read_text(encoding="utf-8")
    assert "Millbrook council advances budget" in page and "Mayor&#x27;s office" in page
    assert (tmp_path / "out" / "balance.svg").read_bytes().lstrip().startswith(b"<?xml")
