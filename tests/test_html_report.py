"""The HTML report: self-contained, escaped, and drawing what the PDF draws."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path

from report_samples import HARBOUR, RIVER, audit_text, report_of, sample

from audit.reporters import html_report

DATA_URI = re.compile(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"')


class Page(HTMLParser):
    """The tags of a page, and the rows of its tables as text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_self_contained_no_network_no_script() -> None:
    page = html_report.render(report_of(sample(HARBOUR)))
    charts = DATA_URI.findall(page)
    assert len(charts) == 3
    for chart in charts:
        assert base64.b64decode(chart).lstrip().startswith(b"<?xml")
    outside = DATA_URI.sub("", page)
    assert not re.search(r"https?:|//[a-z]", outside, re.IGNORECASE)
    tags = Page(page).tags
    assert not {tag for tag, _ in tags} & {"script", "link", "iframe", "object"}
    assert all(attrs.get("src", "").startswith("data:") for tag, attrs in tags
               if tag == "img")


def test_the_to_do_list_links_each_fix_to_its_finding() -> None:
    report = report_of(sample(HARBOUR))
    page = html_report.render(report)
    verdict = report.documents[0].verdict
    assert f"▲ {html_report.escape(verdict.summary)}" in page
    anchors = re.findall(r'<li><a class="place" href="#([\w-]+)">', page)
    assert len(anchors) == 7
    for anchor in anchors:
        assert f'<div class="finding" id="{anchor}">' in page
    assert '… and 2 more under <a href="#draft-1-findings">Findings</a>.' in page
    assert "<title>Harbour talks stall as ferry crews wait for a deal</title>" in page
    assert "יוסי כהן" in page and "رانيا حداد" in page


def test_the_findings_are_counted_by_level_in_plain_words() -> None:
    report = report_of(sample(HARBOUR))
    findings = report.documents[0].findings
    warnings = sum(f.level == "warning" for f in findings)
    info = sum(f.level == "info" for f in findings)
    assert warnings > 1 and info > 1  # the sample has several of each
    assert f" · {warnings} warnings, {info} info · " in html_report.render(report)


def test_first_page_cites_only_findings_and_states_the_balance() -> None:
    page = html_report.render(report_of(sample(RIVER)))
    first = page[:page.index('id="draft-1-findings"')]
    assert ("Heard: Lakeland 7 of 13 attributed statements (54%), Southmere 3 (23%), "
            "Northvale 1 (8%); 2 unassigned.") in first
    assert "Northvale is heard only once." in first and "dominates" not in first
    assert "“devastating”" in first
    assert "“fragile”" not in first and "“teeters”" not in first


def test_everything_from_the_draft_is_escaped(tmp_path: Path) -> None:
    parties = tmp_path / "parties.yaml"
    parties.write_text("'<i>Party</i> & Co': [mayor]\n")
    draft = ("<script>alert('x')</script> & friends\n\n"
             "The <b>mayor</b> said the \"plan\" works & costs little <img src=x>.\n")
    document = audit_text(draft, "drafts/<evil>.txt", parties)
    page = html_report.render(report_of(document))
    assert "<script>" not in page and "<img src=x>" not in page and "<b>mayor" not in page
    # The title is the headline as a reader sees it, its tags blanked, the rest escaped.
    assert "alert(&#x27;x&#x27;) &amp; friends" in page
    assert "&lt;i&gt;Party&lt;/i&gt; &amp; Co" in page
    assert "drafts/&lt;evil&gt;.txt" in page


def test_the_annotated_draft_shows_the_words_not_the_markup() -> None:
    # The sentence's display: a link's text without its address, no emphasis marks, an
    # HTML entity as its character, runs of blanks as one space.
    markdown = ("The mayor said the [audit](https://example.org/audit) was\n"
                "**\"a wake-up call.\"**\n")
    page = html_report.render(report_of(audit_text(markdown, "drafts/audit.md")))
    assert "example.org" not in page and "**" not in page
    assert "the audit was" in page
    html = ("<p>The judge wrote that the tenants were &ldquo;likely to suffer harm&rdquo; "
            "if the <b>work</b> went on. The owners don&rsquo;t agree.</p>")
    page = html_report.render(report_of(audit_text(html, "drafts/ruling.html")))
    assert "ldquo" not in page and "&lt;b&gt;" not in page
    assert "likely to suffer harm" in page and "if the work went on" in page
    assert "The owners don’t agree." in page


def test_a_draft_nobody_speaks_in() -> None:
    document = audit_text("Rain expected\n\nRain will fall on Saturday.", "drafts/rain.md")
    page = html_report.render(report_of(document))
    assert "No statement is attributed to anyone." in page
    assert "the draft quotes or credits no one" in page and "✔ Clean: no warnings." in page


def test_council_speakers_add_up_to_the_balance(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The speaker table is the balance: Residents' group 2, Mayor's office 2 and one
    unassigned statement, not one row per sentence a quotation runs over."""
    from helpers import EXAMPLES

    page = tmp_path / "council.html"
    code, _, err = run_cli("run", str(EXAMPLES / "council-budget.md"), "--parties",
                           str(EXAMPLES / "council-budget.parties.yaml"), "--html", str(page),
                           "--quiet")
    assert code == 1, err
    rows = Page(page.read_text(encoding="utf-8")).rows
    heard: dict[str, int] = {}
    for party, _, statements in (row for row in rows if len(row) == 3):
        heard[party] = heard.get(party, 0) + int(statements)
    assert heard == {"Mayor's office": 2, "Council critics": 4, "Residents' group": 2,
                     "City staff": 1, "no party (unassigned)": 1}
