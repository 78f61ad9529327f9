"""The editors' PDF: the first page says whether the draft is balanced and sourced; the
pages after it show the evidence (charts, sources, findings, the annotated article).

fpdf2 lays the pages out; HarfBuzz (uharfbuzz) shapes Arabic and Hebrew and orders
right-to-left runs; DejaVu Sans, which matplotlib ships, is embedded because it covers
Latin, Hebrew and Arabic. Both libraries are imported inside `render`: a plain
`audit run` never loads them. With SOURCE_DATE_EPOCH set the bytes are reproducible.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from audit.report import DocumentReport, Finding, PartyBalance, Report
from audit.reporters import charts
from audit.reporters.editorial import (
    FLAG,
    PartyStyle,
    findings_by_rule,
    flagged_text,
    headline,
    party_label,
    party_names,
    party_styles,
    pieces,
    reading_figures,
    setting_rows,
    source_rows,
    style_for,
)
from audit.reporters.verdict import Verdict, corpus_verdict, document_verdict

if TYPE_CHECKING:
    from fpdf import FPDF

_FLAG_TEXT = "#A33F00"  # vermillion darkened for words on white
_MUTED = "#5A5A5A"
_RULE_LINE = "#BBBBBB"
_ZEBRA = "#F3F3F3"
_BODY = 9.5
_FONTS = {  # family -> style -> DejaVu file in matplotlib's data folder
    "sans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
             "BI": "DejaVuSans-BoldOblique.ttf"},
    # Quotations are set in the serif, so the writer's own voice and quoted words differ
    # at a glance; the serif lacks Arabic, which falls back to the sans.
    "serif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf",
              "I": "DejaVuSerif-Italic.ttf", "BI": "DejaVuSerif-BoldItalic.ttf"},
}


def render(report: Report) -> bytes:
    pdf = _new_pdf(report)
    names = party_names(report)
    styles = party_styles(names)
    readable = [d for d in report.documents if not d.error]
    threshold = float(report.config.get("loaded-score", 0.5))
    if len(report.documents) > 1:
        _corpus_page(pdf, report, styles)
    for document in report.documents:
        _document_section(pdf, report, document, styles, threshold)
    if not readable and not report.documents:
        pdf.add_page()
        _paragraph(pdf, "No documents were audited.")
    _settings(pdf, report)
    return bytes(pdf.output())


def _new_pdf(report: Report) -> FPDF:
    import matplotlib
    from fpdf import FPDF

    version = report.version

    class EditorsPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("sans", "", 7.5)
            self.set_text_color(_MUTED)
            self.cell(0, 5, f"audit {version} · editors' report · page {self.page_no()} of "
                      "{nb}", align="C")

    pdf = EditorsPDF(format="A4", unit="mm")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for family, files in _FONTS.items():
        for style, name in files.items():
            pdf.add_font(family, style, str(fonts / name))
    pdf.set_fallback_fonts(["sans"])
    pdf.set_text_shaping(True)
    pdf.set_creator("audit")
    pdf.set_lang("en")
    first = report.documents[0] if report.documents else None
    pdf.set_title(headline(first) if first and len(report.documents) == 1
                  else "Editors' report")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        pdf.set_creation_date(datetime.fromtimestamp(int(epoch), tz=UTC))
    return pdf


def _colour(pdf: FPDF, hex_colour: str) -> None:
    pdf.set_text_color(hex_colour)


def _paragraph(pdf: FPDF, text: str, size: float = _BODY, style: str = "",
               colour: str = "#000000", height: float | None = None) -> None:
    pdf.set_font("sans", style, size)
    _colour(pdf, colour)
    pdf.multi_cell(0, height or size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    _colour(pdf, "#000000")


def _heading(pdf: FPDF, text: str, size: float = 13, keep: float = 30) -> None:
    """A section heading, moved to the next page unless `keep` mm of what follows fit."""
    if pdf.get_y() + keep > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(3)
    pdf.start_section(text, level=1)
    _paragraph(pdf, text, size, "B", height=size * 0.55)
    pdf.set_draw_color(_RULE_LINE)
    pdf.line(pdf.l_margin, pdf.get_y() + 0.5, pdf.w - pdf.r_margin, pdf.get_y() + 0.5)
    pdf.ln(2.5)


def _image(pdf: FPDF, data: bytes, max_height: float | None = None) -> None:
    """A chart as wide as the text, shrunk to fit the room left when `max_height`."""
    from PIL import Image

    with Image.open(BytesIO(data)) as picture:
        width, height = picture.size
    w = pdf.epw
    h = w * height / width
    if max_height is not None and h > max_height:
        h, w = max_height, max_height * width / height
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()
    pdf.image(BytesIO(data), x=pdf.l_margin + (pdf.epw - w) / 2, w=w, h=h)
    pdf.ln(2)


def _verdict_block(pdf: FPDF, verdict: Verdict) -> None:
    pdf.set_font("sans", "B", 11)
    _colour(pdf, "#000000" if verdict.ok else _FLAG_TEXT)
    mark = "✔" if verdict.ok else "▲"
    pdf.multi_cell(0, 6, f"{mark} {verdict.status}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)
    _paragraph(pdf, verdict.text, 10.5, height=5.4)
    pdf.ln(2)


def _figures_line(pdf: FPDF, document: DocumentReport) -> None:
    statements = sum(p.statements for p in document.parties.values())
    levels = {level: sum(f.level == level for f in document.findings)
              for level in ("error", "warning", "info")}
    ease = (document.readability or {}).get("flesch_reading_ease")
    parts = [f"{document.words} words", f"{len(document.sentences)} sentences",
             f"{statements} attributed statements",
             ", ".join(f"{n} {level}" for level, n in levels.items() if n) or "no findings"]
    if ease is not None:
        parts.append(f"reading ease {ease:.0f}")
    _paragraph(pdf, " · ".join(parts), 8.5, colour=_MUTED)


def _corpus_page(pdf: FPDF, report: Report, styles: dict[str, PartyStyle]) -> None:
    pdf.add_page()
    pdf.start_section("All drafts", level=0)
    _paragraph(pdf, "EDITORS' REPORT · ALL DRAFTS", 8, "B", _MUTED)
    pdf.ln(1)
    _paragraph(pdf, f"{len(report.documents)} drafts audited together", 18, "B", height=8)
    pdf.ln(2)
    _verdict_block(pdf, corpus_verdict(report))
    _image(pdf, charts.balance_chart(report.summary.parties, styles),
           max_height=pdf.page_break_trigger - pdf.get_y() - 60)
    if report.summary.by:
        _heading(pdf, f"Share of voice by {report.summary.by}", keep=60)
        _image(pdf, charts.groups_chart(report.summary, styles))
    rows = [("Draft", "Headline", "Findings", "Verdict")]
    for document in report.documents:
        verdict = document_verdict(document, report.config)
        rows.append((document.path, "" if document.error else headline(document),
                     str(len(document.findings)), verdict.status))
    _table(pdf, rows, (30, 60, 15, 30))


def _document_section(pdf: FPDF, report: Report, document: DocumentReport,
                      styles: dict[str, PartyStyle], threshold: float) -> None:
    pdf.add_page()
    pdf.start_section(document.path, level=0)
    _paragraph(pdf, f"EDITORS' REPORT · {document.path}", 8, "B", _MUTED)
    pdf.ln(1)
    if document.error:
        _paragraph(pdf, "This draft could not be read", 18, "B", height=8)
        _paragraph(pdf, f"{document.error.kind}: {document.error.message}")
        return
    _paragraph(pdf, headline(document), 18, "B", height=8)
    pdf.ln(1)
    _figures_line(pdf, document)
    pdf.ln(3)
    _verdict_block(pdf, document_verdict(document, report.config))
    _image(pdf, charts.balance_chart(document.parties, styles),
           max_height=pdf.page_break_trigger - pdf.get_y())
    # The first page is the ten-second answer; the evidence starts on the next one.
    pdf.add_page()
    _heading(pdf, "Wording and hedging by party")
    _image(pdf, charts.voice_chart(document.parties, styles))
    _heading(pdf, "Where the problems sit", keep=60)
    _image(pdf, charts.strip_chart(document, styles, loaded_threshold=threshold))
    _sources(pdf, document, styles)
    _findings(pdf, document)
    _article(pdf, document, styles)
    _heading(pdf, "Readability")
    figures = reading_figures(document.readability)
    if figures:
        _table(pdf, [("Measure", "Value"), *figures], (3, 1))
    else:
        _paragraph(pdf, "No readability figures.")


def _table(pdf: FPDF, rows: list[tuple[str, ...]], widths: tuple[float, ...],
           colours: list[str | None] | None = None) -> None:
    """A plain zebra table; `colours` tints the first cell of each body row (party)."""
    from fpdf.fonts import FontFace

    pdf.set_font("sans", "", 8.5)
    _colour(pdf, "#000000")
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.4,
                   borders_layout="HORIZONTAL_LINES", cell_fill_color=_ZEBRA,
                   cell_fill_mode="ROWS", padding=(1.2, 1.5),
                   headings_style=FontFace(emphasis="BOLD", fill_color="#E2E2E2")) as table:
        for number, values in enumerate(rows):
            row = table.row()
            for column, value in enumerate(values):
                colour = colours[number - 1] if colours and number and column == 0 else None
                row.cell(value, style=FontFace(color=colour, emphasis="BOLD") if colour
                         else None)
    pdf.ln(3)


def _sources(pdf: FPDF, document: DocumentReport, styles: dict[str, PartyStyle]) -> None:
    _heading(pdf, "Who is heard")
    rows = source_rows(document.sentences, list(styles))
    if not rows:
        _paragraph(pdf, "No attributed statements: the draft quotes or credits no one.")
        _unheard_note(pdf, document.parties)
        return
    table = [("Party", "Speaker", "Heard", "Named / anon. / vague", "Cues used")]
    table += [(party_label(r.party), r.speaker, str(r.statements),
               f"{r.named} / {r.anonymous} / {r.vague}", r.cue_text) for r in rows]
    _table(pdf, table, (32, 40, 14, 26, 38), [style_for(styles, r.party).text for r in rows])
    _unheard_note(pdf, document.parties)


def _unheard_note(pdf: FPDF, parties: dict[str, PartyBalance]) -> None:
    unheard = [f"{name} (mentioned {p.mentions}×)" for name, p in parties.items()
               if p.mentions and not p.statements]
    if unheard:
        _paragraph(pdf, "Mentioned but never heard: " + ", ".join(unheard) + ".",
                   colour=_FLAG_TEXT)


_GROUP_START = 25  # mm a rule's title and its first finding need on the page


def _findings(pdf: FPDF, document: DocumentReport) -> None:
    # The heading stays with the first group: its own height and the group's start.
    _heading(pdf, "Findings", keep=12 + _GROUP_START)
    groups = findings_by_rule(document.findings)
    if not groups:
        _paragraph(pdf, "No findings.")
        return
    for (code, name), findings in groups.items():
        if pdf.get_y() + _GROUP_START > pdf.page_break_trigger:
            pdf.add_page()
        _paragraph(pdf, f"{code} {name} · {len(findings)}", 10.5, "B", height=5.5)
        pdf.ln(0.5)
        for finding in findings:
            _finding(pdf, document, finding)
        pdf.ln(1.5)


def _finding(pdf: FPDF, document: DocumentReport, finding: Finding) -> None:
    parts = flagged_text(document, finding)
    # A finding is never split over two pages: measure it first (a dry run is cheap,
    # fpdf2's unbreakable() renders everything twice).
    pdf.set_font("sans", "", _BODY)
    sentence = (parts.before + parts.flagged + parts.after).replace("\n", " ")
    lines = len(pdf.multi_cell(pdf.epw - 4, 4.8, sentence, dry_run=True, output="LINES"))
    needed = 4.3 * 2 + 4.8 * lines + (4.4 if finding.suggestion else 0) + 2
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_x(pdf.l_margin)
    _paragraph(pdf, f"line {finding.line} · {finding.level} · {finding.message}", 8.5,
               colour=_MUTED)
    pdf.set_x(pdf.l_margin + 4)
    left = pdf.l_margin
    pdf.set_left_margin(left + 4)
    for text, flagged in ((parts.before, False), (parts.flagged, True), (parts.after, False)):
        if not text:
            continue
        pdf.set_font("sans", "BU" if flagged else "", _BODY)
        _colour(pdf, _FLAG_TEXT if flagged else "#000000")
        pdf.write(4.8, text.replace("\n", " "))
    pdf.ln(5.2)
    if finding.suggestion:
        pdf.set_font("sans", "I", 8.5)
        _colour(pdf, "#000000")
        pdf.multi_cell(0, 4.4, f"→ {finding.suggestion}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(left)
    _colour(pdf, "#000000")
    pdf.ln(1.5)


def _legend(pdf: FPDF, styles: dict[str, PartyStyle], document: DocumentReport) -> None:
    samples = [("sans", "", "#000000", "writer's voice"),
               ("serif", "", "#333333", "“quoted words”"),
               ("sans", "I", "#000000", "hedge"),
               ("sans", "B", _FLAG_TEXT, "loaded wording")]
    pdf.set_x(pdf.l_margin)
    for family, style, colour, label in samples:
        pdf.set_font(family, style, 8.5)
        _colour(pdf, colour)
        pdf.write(4.6, label)
        if label != samples[-1][-1]:
            pdf.set_font("sans", "", 8.5)
            _colour(pdf, _MUTED)
            pdf.write(4.6, "   ·   ")
    pdf.ln(5)
    pdf.set_font("sans", "", 8.5)
    _colour(pdf, _MUTED)
    pdf.write(4.6, "Sources (bold) and reporting verbs, underlined in the colour of their party: ")
    heard = [name for name in styles if name in document.parties
             and document.parties[name].statements]
    for number, name in enumerate(heard):
        pdf.set_font("sans", "BU", 8.5)
        _colour(pdf, style_for(styles, name).text)
        pdf.write(4.6, party_label(name))
        pdf.set_font("sans", "", 8.5)
        _colour(pdf, _MUTED)
        pdf.write(4.6, ", " if number < len(heard) - 1 else ".")
    if not heard:
        pdf.write(4.6, "none in this draft.")
    pdf.ln(7)
    _colour(pdf, "#000000")


def _article(pdf: FPDF, document: DocumentReport, styles: dict[str, PartyStyle]) -> None:
    _heading(pdf, "The draft, annotated")
    _legend(pdf, styles, document)
    gutter = 9.0
    margin = pdf.l_margin
    line_height = 5.0
    paragraph = None
    for sentence in document.sentences:
        size = 12.5 if sentence.headline else _BODY
        if sentence.paragraph != paragraph:
            if paragraph is not None:
                pdf.ln(line_height + 2)
            paragraph = sentence.paragraph
            if pdf.get_y() + line_height * 2 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.set_left_margin(margin)
            pdf.set_xy(margin, pdf.get_y())
            pdf.set_font("sans", "", 7)
            _colour(pdf, _MUTED)
            pdf.cell(gutter, line_height, str(sentence.line))
            pdf.set_left_margin(margin + gutter)
            pdf.set_x(margin + gutter)
        else:
            pdf.write(line_height, " ")
        for piece in pieces(sentence):
            family = "serif" if piece.quote else "sans"
            style = ("B" if piece.source or piece.loaded or sentence.headline else "")
            style += "I" if piece.hedge else ""
            style += "U" if piece.source or piece.cue else ""
            pdf.set_font(family, style, size)
            party = piece.source or piece.cue
            if piece.loaded:
                colour = _FLAG_TEXT
            elif party:
                colour = style_for(styles, party).text
            else:
                colour = "#333333" if piece.quote else "#000000"
            _colour(pdf, colour)
            pdf.write(line_height, piece.text.replace("\n", " "))
        if sentence.duplicate_of is not None:
            original = document.sentences[sentence.duplicate_of]
            pdf.set_font("sans", "I", 7.5)
            _colour(pdf, FLAG)
            pdf.write(line_height, f"  [repeats line {original.line}]")
    pdf.set_left_margin(margin)
    pdf.ln(line_height + 3)
    _colour(pdf, "#000000")


def _settings(pdf: FPDF, report: Report) -> None:
    _heading(pdf, "Settings in force")
    rows = setting_rows(report.config)
    _table(pdf, [("Setting", "Value"), *rows], (1, 2))
    _paragraph(pdf, f"audit {report.version}, report schema audit.report/1.", 8,
               colour=_MUTED)
