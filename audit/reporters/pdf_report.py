"""The editors' PDF: draws the content `editorial.editors_view` builds, page by page.

Page 1 of each draft is the to-do list: the verdict, the fixes most important first, who
is heard in numbers, and the balance chart; it always fits on its page, so the findings it
sends the editor to start on the next one. Then who is heard speaker by speaker, the draft
annotated, and its readability.

fpdf2 lays the pages out; HarfBuzz (uharfbuzz) shapes Arabic and Hebrew and orders
right-to-left runs; DejaVu Sans, which matplotlib ships, is embedded because it covers
Latin, Hebrew and Arabic. Both libraries are imported inside `render`: a plain
`audit run` never loads them. With SOURCE_DATE_EPOCH set the bytes are reproducible.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from audit.report import CLEAN, Report
from audit.reporters.editorial import (
    ArticleParagraph,
    Chart,
    CorpusView,
    DocumentView,
    FindingView,
    Table,
    VerdictView,
    editors_view,
)
from audit.reporters.styles import FLAG, FLAG_TEXT, style_for

if TYPE_CHECKING:
    from fpdf import FPDF

_MUTED = "#5A5A5A"
_RULE_LINE = "#BBBBBB"
_ZEBRA = "#F3F3F3"
_BODY = 9.5
_BOTTOM = 18  # mm: the bottom margin, above the footer
_MIN_CHART = 45  # mm: a balance chart squeezed smaller waits for the next section
_CAPTION = 12  # mm under a chart for its caption
_FONTS = {  # family -> style -> DejaVu file in matplotlib's data folder
    "sans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
             "BI": "DejaVuSans-BoldOblique.ttf"},
    # Quotations are set in the serif, so the writer's own voice and quoted words differ
    # at a glance; the serif lacks Arabic, which falls back to the sans.
    "serif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf",
              "I": "DejaVuSerif-Italic.ttf", "BI": "DejaVuSerif-BoldItalic.ttf"},
}
_GROUP_START = 25.0  # mm a rule's title and its first finding need on the page


@dataclass(frozen=True)
class Run:
    """Words set in one font, style and colour."""

    text: str
    style: str = ""
    size: float = _BODY
    colour: str = "#000000"
    family: str = "sans"


def render(report: Report) -> bytes:
    view = editors_view(report)
    pdf = _new_pdf(report.version, view.title)
    if view.corpus:
        _corpus_page(pdf, view.corpus)
    for document in view.documents:
        _document(pdf, document)
    if not view.documents:
        pdf.add_page()
        _paragraph(pdf, "No documents were audited.")
    pdf.ln(4)
    _paragraph(pdf, view.appendix, 7.5, colour=_MUTED)
    return bytes(pdf.output())


def _new_pdf(version: str, title: str) -> FPDF:
    import matplotlib
    from fpdf import FPDF

    class EditorsPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("sans", "", 7.5)
            self.set_text_color(_MUTED)
            self.cell(0, 5, f"audit {version} · editors' report · page {self.page_no()} of "
                      "{nb}", align="C")

    pdf = EditorsPDF(format="A4", unit="mm")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=_BOTTOM)
    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for family, files in _FONTS.items():
        for style, name in files.items():
            pdf.add_font(family, style, str(fonts / name))
    pdf.set_fallback_fonts(["sans"])
    pdf.set_creator("audit")
    pdf.set_lang("en")
    pdf.set_title(title)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdecimal():
        pdf.set_creation_date(datetime.fromtimestamp(int(epoch), tz=UTC))
    return pdf


# --- text -------------------------------------------------------------------------------

# Where a line may break: after spaces, and after a hyphen inside a word ("river-|sharing");
# in a path, after a slash too.
_WORD = re.compile(r"\S+?-(?=\w)|\S+\s*|\s+")
_PATH_PART = re.compile(r"\S+?[/-](?=\S)|\S+\s*|\s+")


def _rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _needs_shaping(text: str) -> bool:
    """Right-to-left or combining characters: HarfBuzz must shape and order them. Latin
    text is set without it, which is many times faster."""
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") or unicodedata.combining(c)
               for c in text if ord(c) > 0x2FF)


def _shaping(pdf: FPDF, on: bool) -> None:
    # The drafts are English: a line is left to right, with any Hebrew or Arabic name in
    # it ordered right to left inside it.
    if bool(pdf.text_shaping) != on:
        pdf.set_text_shaping(on, direction="ltr" if on else None)


def _width(pdf: FPDF, text: str, run: Run) -> float:
    pdf.set_font(run.family, run.style, run.size)
    _shaping(pdf, _needs_shaping(text))
    return pdf.get_string_width(text)


def _words(runs: list[Run], pattern: re.Pattern[str]) -> list[list[tuple[str, Run]]]:
    """The runs cut into words that may not be broken, each a list of (text, run): a word
    can change style midway ("Netanyahu" in bold, "'s" not). Right-to-left words next to
    each other stay together, so that HarfBuzz orders a Hebrew or Arabic name as a whole."""
    words: list[list[tuple[str, Run]]] = []
    open_word = False
    for run in runs:
        for match in pattern.finditer(run.text.replace("\n", " ")):
            part = match.group()
            joins = open_word and not part[0].isspace()
            previous = words[-1][-1][0].rstrip() if words else ""
            keeps_rtl = bool(previous) and _rtl(previous[-1]) and _rtl(part[0])
            if joins or keeps_rtl:
                words[-1].append((part, run))
            else:
                words.append([(part, run)])
            # A word ends at a space, or at a hyphen or slash where a line may break.
            open_word = not (part[-1].isspace() or part[-1] in "-/")
    return words


def _flow(pdf: FPDF, runs: list[Run], height: float, paths: bool = False) -> None:
    """Set runs as one paragraph from the current position, breaking lines at spaces and
    hyphens only (`paths`: after a slash too). fpdf2's `write` wraps each call on its own
    and cuts a word that starts near the end of a line; here the lines are laid out first
    from each word's width, then each line is written in as few calls as it has styles."""
    # fpdf2 keeps a cell margin free at both ends of what `write` may fill.
    right = pdf.w - pdf.r_margin - 2 * pdf.c_margin - 0.01
    lines: list[list[tuple[str, Run]]] = [[]]
    x = pdf.get_x()
    for word in _words(runs, _PATH_PART if paths else _WORD):
        last = len(word) - 1
        width = sum(_width(pdf, text.rstrip() if n == last else text, run)
                    for n, (text, run) in enumerate(word))
        if lines[-1] and x + width > right:
            lines.append([])
            x = pdf.l_margin
        for n, (text, run) in enumerate(word):
            if not lines[-1] and n == 0:
                text = text.lstrip()
            if n == last and text != text.rstrip():
                space = _width(pdf, " ", run)
                text = text.rstrip() + (" " if x + width + space <= right else "")
                width += space
            if text:
                lines[-1].append((text, run))
        x += width
    for number, line in enumerate(lines):
        if number:
            pdf.ln(height)
        for text, run in _merged(line):
            pdf.set_font(run.family, run.style, run.size)
            pdf.set_text_color(run.colour)
            _shaping(pdf, _needs_shaping(text))
            pdf.write(height, text)
    pdf.set_text_color("#000000")


def _merged(line: list[tuple[str, Run]]) -> list[tuple[str, Run]]:
    """Neighbouring pieces of one style joined: one `write` each."""
    merged: list[tuple[str, Run]] = []
    for text, run in line:
        if merged and merged[-1][1] == run:
            merged[-1] = (merged[-1][0] + text, run)
        else:
            merged.append((text, run))
    return merged


def _paragraph(pdf: FPDF, text: str, size: float = _BODY, style: str = "",
               colour: str = "#000000", height: float | None = None) -> None:
    pdf.set_x(pdf.l_margin)
    _flow(pdf, [Run(text, style, size, colour)], height or size * 0.5)
    pdf.ln(height or size * 0.5)


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


def _subheading(pdf: FPDF, text: str) -> None:
    pdf.ln(1.5)
    _paragraph(pdf, text, 10.5, "B", height=5.5)
    pdf.ln(0.5)


# --- charts and tables ------------------------------------------------------------------


def _image(pdf: FPDF, chart: Chart, max_height: float | None = None) -> None:
    """A chart as wide as the text (shrunk to fit `max_height`), then its caption."""
    from PIL import Image

    data = chart.draw("png")
    with Image.open(BytesIO(data)) as picture:
        width, height = picture.size
    w = pdf.epw
    h = w * height / width
    if max_height is not None and h > max_height:
        h, w = max_height, max_height * width / height
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()
    pdf.image(BytesIO(data), x=pdf.l_margin + (pdf.epw - w) / 2, w=w, h=h)
    pdf.ln(1)
    _paragraph(pdf, chart.caption, 7.5, colour=_MUTED, height=3.6)
    pdf.ln(2)


def _table(pdf: FPDF, table: Table) -> None:
    """A plain zebra table; a row's first cell takes its party's colour, a flagged row
    is set in the flag colour."""
    from fpdf.fonts import FontFace

    pdf.set_font("sans", "", 8.5)
    pdf.set_text_color("#000000")
    _shaping(pdf, any(_needs_shaping(value) for row in table.rows for value in row))
    with pdf.table(col_widths=table.widths, text_align="LEFT", line_height=4.4,
                   borders_layout="HORIZONTAL_LINES", cell_fill_color=_ZEBRA,
                   cell_fill_mode="ROWS", padding=(1.2, 1.5),
                   headings_style=FontFace(emphasis="BOLD", fill_color="#E2E2E2")) as drawn:
        heading = drawn.row()
        for value in table.head:
            heading.cell(value)
        for number, values in enumerate(table.rows):
            row = drawn.row()
            colour = table.colours[number] if number < len(table.colours) else None
            flagged = number < len(table.flagged) and table.flagged[number]
            for column, value in enumerate(values):
                if column == 0 and colour:
                    row.cell(value, style=FontFace(color=colour, emphasis="BOLD"))
                elif flagged:
                    row.cell(value, style=FontFace(color=FLAG_TEXT))
                else:
                    row.cell(value)
    pdf.ln(3)


# --- page 1: the verdict and the to-do list -----------------------------------------------


def _verdict(pdf: FPDF, verdict: VerdictView, more_where: str) -> None:
    clean = verdict.status == CLEAN
    mark = "✔" if clean else "▲"
    _paragraph(pdf, f"{mark} {verdict.summary}", 11.5, "B",
               "#000000" if clean else FLAG_TEXT, height=6)
    if verdict.todo:
        _subheading(pdf, "Fix first")
        left = pdf.l_margin
        for number, item in enumerate(verdict.todo, 1):
            pdf.set_x(left)
            pdf.set_font("sans", "B", _BODY)
            pdf.set_text_color(_MUTED)
            pdf.cell(6, 4.8, f"{number}.")
            pdf.set_left_margin(left + 6)
            _flow(pdf, [Run(item.place, "B"), Run(f"  {item.text}  "),
                        Run(item.rule, "", 7.5, _MUTED)], 4.8)
            pdf.set_left_margin(left)
            pdf.ln(5.6)
        if verdict.more:
            _paragraph(pdf, f"… and {verdict.more} more {more_where}.", 9, "I", _MUTED)
    for note in verdict.notes:
        pdf.ln(1)
        _paragraph(pdf, note, _BODY, height=4.8)


def _heard(pdf: FPDF, verdict: VerdictView) -> None:
    _subheading(pdf, "Who is heard")
    for sentence in verdict.heard:
        _paragraph(pdf, sentence, _BODY, height=4.8)
    pdf.ln(1.5)


def _document(pdf: FPDF, view: DocumentView) -> None:
    pdf.add_page()
    pdf.start_section(view.title, level=0)
    # Page 1 is the ten-second answer and holds on one page; the findings start on the
    # next, which is the page the to-do list sends the editor to.
    charted = _first_page(pdf, view, pdf.page_no() + 1)
    if view.error or view.verdict is None:
        return
    pdf.add_page()
    _findings(pdf, view)
    _heading(pdf, "Who is heard, speaker by speaker", keep=60)
    if view.balance_chart and view.balance_chart not in charted:
        _image(pdf, view.balance_chart)
    if view.voice_chart:
        _image(pdf, view.voice_chart)
    if view.speakers:
        _table(pdf, view.speakers)
    else:
        _paragraph(pdf, "No attributed statements: the draft quotes or credits no one.")
    _paragraph(pdf, view.speakers_note, 7.5, colour=_MUTED, height=3.6)
    _heading(pdf, "The draft, annotated", keep=60)
    if view.strip_chart and view.strip_chart not in charted:
        _image(pdf, view.strip_chart)
    _article(pdf, view)
    _heading(pdf, "Readability")
    if view.readability:
        _table(pdf, view.readability)
    else:
        _paragraph(pdf, "Too little prose to measure.")


def _first_page(pdf: FPDF, view: DocumentView, findings_page: int) -> list[Chart]:
    """Kicker, title, figures, the verdict and the to-do list, then the balance chart and
    the map of the findings as far as there is room: all on one page, which is never
    broken. Returns the charts drawn."""
    charted: list[Chart] = []
    pdf.set_auto_page_break(False)
    _flow(pdf, [Run(view.kicker, "B", 8, _MUTED)], 4, paths=True)
    pdf.ln(5)
    _paragraph(pdf, view.title, 18, "B", height=8)
    if view.error or view.verdict is None:
        _paragraph(pdf, view.error or "")
    else:
        pdf.ln(1)
        _paragraph(pdf, view.figures, 8.5, colour=_MUTED)
        pdf.ln(3)
        _verdict(pdf, view.verdict, f"under Findings, page {findings_page}")
        _heard(pdf, view.verdict)
        room = pdf.page_break_trigger - pdf.get_y() - _CAPTION
        if view.balance_chart and room >= _MIN_CHART:
            _image(pdf, view.balance_chart, max_height=room)
            charted.append(view.balance_chart)
        if view.strip_chart and _natural_height(pdf, view.strip_chart) + _CAPTION + 8 <= (
                pdf.page_break_trigger - pdf.get_y()):
            _subheading(pdf, "Where the findings sit")
            _image(pdf, view.strip_chart)
            charted.append(view.strip_chart)
    pdf.set_auto_page_break(True, margin=_BOTTOM)
    return charted


def _natural_height(pdf: FPDF, chart: Chart) -> float:
    """The height of a chart drawn as wide as the text."""
    from PIL import Image

    with Image.open(BytesIO(chart.draw("png"))) as picture:
        width, height = picture.size
    return pdf.epw * height / width


def _corpus_page(pdf: FPDF, view: CorpusView) -> None:
    pdf.add_page()
    pdf.start_section("All drafts", level=0)
    _paragraph(pdf, "EDITORS' REPORT · ALL DRAFTS", 8, "B", _MUTED)
    pdf.ln(1)
    _paragraph(pdf, view.title, 18, "B", height=8)
    pdf.ln(2)
    _verdict(pdf, view.verdict, "")
    if view.drafts:
        pdf.ln(2)
        _table(pdf, view.drafts)
    _heard(pdf, view.verdict)
    _image(pdf, view.balance_chart)
    if view.groups_chart:
        # The heading goes with its chart and caption.
        _heading(pdf, view.groups_heading,
                 keep=12 + _natural_height(pdf, view.groups_chart) + _CAPTION)
        _image(pdf, view.groups_chart)


# --- the evidence -------------------------------------------------------------------------


def _findings(pdf: FPDF, view: DocumentView) -> None:
    # The heading stays with the first group: its own height and the group's start.
    _heading(pdf, "Findings", keep=12 + _GROUP_START)
    if not view.findings:
        _paragraph(pdf, "No findings.")
        return
    for group in view.findings:
        if pdf.get_y() + _GROUP_START > pdf.page_break_trigger:
            pdf.add_page()
        _subheading(pdf, group.heading)
        for finding in group.findings:
            _finding(pdf, finding)
        pdf.ln(1.5)


def _finding(pdf: FPDF, finding: FindingView) -> None:
    # A finding is never split over two pages: measure it first (a dry run is cheap,
    # fpdf2's unbreakable() renders everything twice).
    pdf.set_font("sans", "", _BODY)
    sentence = " ".join((finding.before + finding.flagged + finding.after).split())
    lines = len(pdf.multi_cell(pdf.epw - 4, 4.8, sentence, dry_run=True, output="LINES")) \
        if sentence else 0
    needed = 4.3 * 2 + 4.8 * lines + (4.4 if finding.suggestion else 0) + 2
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()
    _paragraph(pdf, finding.meta, 8.5, colour=_MUTED, height=4.3)
    left = pdf.l_margin
    pdf.set_left_margin(left + 4)
    if sentence:
        pdf.set_x(left + 4)
        _flow(pdf, [Run(finding.before), Run(finding.flagged, "BU", colour=FLAG_TEXT),
                    Run(finding.after)], 4.8)
        pdf.ln(5.2)
    if finding.suggestion:
        _paragraph(pdf, f"→ {finding.suggestion}", 8.5, "I", height=4.4)
    pdf.set_left_margin(left)
    pdf.ln(1.5)


def _legend(pdf: FPDF, view: DocumentView) -> None:
    samples = [Run("writer's voice", size=8.5), Run("   ·   ", size=8.5, colour=_MUTED),
               Run("“quoted words”", size=8.5, colour="#333333", family="serif"),
               Run("   ·   ", size=8.5, colour=_MUTED), Run("hedge", "I", 8.5),
               Run("   ·   ", size=8.5, colour=_MUTED),
               Run("a finding's words", "BU", 8.5, FLAG_TEXT),
               Run("   ·   ", size=8.5, colour=_MUTED),
               Run("loaded word, not a finding", "", 8.5, FLAG_TEXT)]
    pdf.set_x(pdf.l_margin)
    _flow(pdf, samples, 4.6)
    pdf.ln(5)
    runs = [Run("Sources (bold) and reporting verbs, underlined in the colour of their "
                "party: ", size=8.5, colour=_MUTED)]
    for number, (label, colour) in enumerate(view.legend_parties):
        runs.append(Run(label, "BU", 8.5, colour))
        last = number == len(view.legend_parties) - 1
        runs.append(Run("." if last else ", ", size=8.5, colour=_MUTED))
    if not view.legend_parties:
        runs.append(Run("none in this draft.", size=8.5, colour=_MUTED))
    pdf.set_x(pdf.l_margin)
    _flow(pdf, runs, 4.6)
    pdf.ln(7)


def _article(pdf: FPDF, view: DocumentView) -> None:
    if pdf.get_y() + 30 > pdf.page_break_trigger:  # the legend and a first paragraph
        pdf.add_page()
    _legend(pdf, view)
    for paragraph in view.article:
        _article_paragraph(pdf, paragraph, view)
    pdf.ln(3)


def _article_paragraph(pdf: FPDF, paragraph: ArticleParagraph, view: DocumentView) -> None:
    gutter, line_height = 9.0, 5.0
    margin = pdf.l_margin
    if pdf.get_y() + line_height * 2 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_xy(margin, pdf.get_y())
    pdf.set_font("sans", "", 7)
    pdf.set_text_color(_MUTED)
    pdf.cell(gutter, line_height, str(paragraph.line))
    pdf.set_left_margin(margin + gutter)
    pdf.set_x(margin + gutter)
    size = 12.5 if paragraph.headline else _BODY
    runs: list[Run] = []
    for number, sentence in enumerate(paragraph.sentences):
        if number:
            runs.append(Run(" ", size=size))
        for piece in sentence.pieces:
            if piece.speaker_note is not None:
                runs.append(Run(f" [→ {piece.speaker_note}]", "I", 7.5, _MUTED))
                continue
            style = "B" if piece.source or piece.flagged or paragraph.headline else ""
            style += "I" if piece.hedge else ""
            style += "U" if piece.source or piece.cue or piece.flagged else ""
            party = piece.source or piece.cue
            if piece.flagged or piece.loaded:
                colour = FLAG_TEXT
            elif party:
                colour = style_for(view.styles, party).text
            else:
                colour = "#333333" if piece.quote else "#000000"
            runs.append(Run(piece.text, style, size, colour,
                            "serif" if piece.quote else "sans"))
        if sentence.repeats_line is not None:
            runs.append(Run(f"  [repeats line {sentence.repeats_line}]", "I", 7.5, FLAG))
    _flow(pdf, runs, line_height)
    pdf.set_left_margin(margin)
    pdf.ln(line_height + 2)
