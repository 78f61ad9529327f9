"""The editors' report, built once: what the PDF and the HTML both show, in their order.

`editors_view` turns a `Report` into sections of plain content (the first page's to-do
list, tables, findings, the annotated draft); `pdf_report` and `html_report` only draw it,
so the two cannot say different things. Everything said here is read from the `Report`:
the verdict, the balance and the findings. Nothing is counted again and no threshold is
read. Nothing here imports matplotlib or a PDF library: `audit run` stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import pairwise
from pathlib import Path

from audit.report import (
    CLEAN,
    ENTITY_FILL,
    NEEDS_ATTENTION,
    SCHEMA,
    UNASSIGNED,
    UNREADABLE,
    DocumentReport,
    Finding,
    Fix,
    PartyBalance,
    Report,
    SentenceReport,
    Verdict,
)
from audit.reporters import charts
from audit.reporters.styles import PartyStyle, party_label, party_names, party_styles, style_for
from audit.rules import BY_CODE

FIRST_PAGE_FIXES = 7  # the to-do list an editor reads in ten seconds
STATUS_LABELS = {CLEAN: "Clean", NEEDS_ATTENTION: "Needs attention",
                 UNREADABLE: "Could not be read"}
# Findings whose words are marked in the annotated draft: the ones about particular words.
# A repeated passage is marked as such, a readability finding is about the whole prose.
_MARKED_TOPICS = {"sourcing", "wording", "hedging"}


def title_of(document: DocumentReport) -> str:
    """The draft's title: its metadata title, else its first heading or headline, else
    its file name (never a path cut across lines)."""
    title = " ".join(document.metadata.get("title", "").split())
    if title:
        return title
    for sentence in document.sentences:
        if sentence.headline:
            return " ".join(sentence.read(sentence.span.start, sentence.span.end).split())
    return Path(document.path).name or document.path


def _shown(sentence: SentenceReport) -> str:
    """The sentence as a reader sees it (its markup blanked), at the offsets of its text."""
    return sentence.display or sentence.span.text


def _drawn(text: str) -> str:
    """A piece of a sentence's display as it is drawn: without the entities' fill, each run
    of blanks (where markup was, or a line broke) one space."""
    return _SPACES.sub(" ", text.replace(ENTITY_FILL, ""))


def whole_draft(rule_code: str) -> bool:
    """Whether a rule's findings are about the whole draft, not the words they span."""
    rule = BY_CODE.get(rule_code)
    return rule is not None and rule.scope == "draft"


def fix_text(fix: Fix) -> str:
    """A to-do item's words: the message, after the excerpt when the message does not
    already quote it."""
    if not fix.excerpt or fix.excerpt.rstrip(" …") in fix.message:
        return fix.message
    return f"“{fix.excerpt}” {fix.message}"


def fix_place(fix: Fix) -> str:
    return "whole draft" if fix.line is None else f"line {fix.line}"


def settings_line(report: Report) -> str:
    """The settings in force as one appendix line, as they would be written in audit.toml."""
    shown = []
    for key, value in report.config.items():
        if isinstance(value, list):
            text = ", ".join(map(str, value)) or "none"
        elif isinstance(value, dict):
            text = "; ".join(f"{k} = {v}" for k, v in value.items()) or "none"
        else:
            text = "none" if value is None else str(value)
        shown.append(f"{key} = {text}")
    return (f"Settings in force: {' · '.join(shown)}. audit {report.version}, report schema "
            f"{SCHEMA}.")


# --- the content the two drawings share ---------------------------------------------------


@dataclass(frozen=True)
class Chart:
    description: str  # the image's alternative text
    caption: str  # what the scale means, in one line
    draw: Callable[[str], bytes]  # "png" or "svg" -> the image; matplotlib loads on call


@dataclass(frozen=True)
class Table:
    head: tuple[str, ...]
    rows: list[tuple[str, ...]]
    widths: tuple[float, ...]  # relative column widths
    colours: list[str | None] = field(default_factory=list)  # each row's first cell
    flagged: list[bool] = field(default_factory=list)  # rows drawn in the flag colour


@dataclass(frozen=True)
class Todo:
    place: str  # "line 12" or "whole draft"
    rule: str  # "AUD101 unattributed-statistic"
    text: str
    anchor: str  # the finding it points to


@dataclass(frozen=True)
class FindingView:
    anchor: str
    meta: str  # "line 12 · warning · the message"
    before: str  # the finding's sentence cut in three: the flagged words in the middle
    flagged: str
    after: str
    suggestion: str | None


@dataclass(frozen=True)
class FindingGroup:
    heading: str  # "AUD101 unattributed-statistic · 3"
    findings: list[FindingView]


UNRESOLVED_NOTE = "speaker unresolved"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Piece:
    """A run of a sentence whose marks are the same throughout."""

    text: str
    source: str | None = None  # party of the attribution source these words name
    cue: str | None = None  # party of the attribution whose reporting verb this is
    hedge: bool = False
    loaded: bool = False  # loaded wording detected in the writer's voice
    flagged: bool = False  # the words of a finding
    quote: bool = False
    # A note after a source that names someone else than its words say: the speaker it
    # was resolved to ("She" → "Dana Whitfield"), or UNRESOLVED_NOTE. The piece has no text.
    speaker_note: str | None = None


@dataclass(frozen=True)
class ArticleSentence:
    pieces: list[Piece]
    repeats_line: int | None  # the line this sentence repeats


@dataclass(frozen=True)
class ArticleParagraph:
    line: int
    headline: bool
    sentences: list[ArticleSentence]


@dataclass
class VerdictView:
    status: str
    summary: str
    todo: list[Todo]
    more: int  # fixes left off the first page
    notes: list[str]  # what the findings amount to
    heard: list[str]  # who is heard, in numbers, and what the balance rules decided


@dataclass
class DocumentView:
    anchor: str
    kicker: str
    title: str
    error: str | None = None
    figures: str = ""
    verdict: VerdictView | None = None
    balance_chart: Chart | None = None
    voice_chart: Chart | None = None
    strip_chart: Chart | None = None
    speakers: Table | None = None
    speakers_note: str = ""
    findings: list[FindingGroup] = field(default_factory=list)
    legend_parties: list[tuple[str, str]] = field(default_factory=list)  # label, colour
    styles: dict[str, PartyStyle] = field(default_factory=dict)  # for the article's tints
    article: list[ArticleParagraph] = field(default_factory=list)
    readability: Table | None = None


@dataclass
class CorpusView:
    title: str
    verdict: VerdictView
    balance_chart: Chart
    groups_heading: str = ""
    groups_chart: Chart | None = None
    drafts: Table | None = None


@dataclass
class EditorsView:
    title: str
    corpus: CorpusView | None
    documents: list[DocumentView]
    appendix: str


BALANCE_CAPTION = ("Each bar counts a party's attributed statements (one speaker in one "
                   "sentence); its pattern shows how they were introduced: neutral (said), "
                   "stance (criticised), doubt (claimed), endorsing (confirmed), guilt "
                   "(admitted). Labels: count · share of voice.")
VOICE_CAPTION = ("Loaded wording, 0–1: the mean loaded-wording score of the writer's own "
                 "sentences that name the party (0: none; 1: every such sentence heavily "
                 "loaded); it measures detected words, findings or not. Hedged statements: "
                 "by or about the party, kept at arm's length (reportedly, critics say).")
STRIP_CAPTION = ("One column per sentence, from the headline on the left: who is heard, "
                 "and the sentences holding a wording or sourcing finding.")
SPEAKERS_NOTE = ("A statement is one speaker in one sentence; a quotation running over "
                 "several sentences is one statement, a repeated passage is not counted "
                 "again. Vague attributions (“critics say”) give no one a voice: they are "
                 "findings (vague-attribution). Nor does one speaker's account of what "
                 "another said (“Bell said Whitfield had promised ...”, marked “told by”).")


def editors_view(report: Report) -> EditorsView:
    styles = party_styles(party_names(report))
    corpus = _corpus(report, styles) if len(report.documents) > 1 else None
    documents = [_document(document, number, styles)
                 for number, document in enumerate(report.documents, 1)]
    if len(report.documents) == 1 and not report.documents[0].error:
        title = title_of(report.documents[0])
    else:
        title = "Editors' report"
    return EditorsView(title, corpus, documents, settings_line(report))


def _verdict_view(verdict: Verdict, anchor: str) -> VerdictView:
    todo = [Todo(fix_place(fix), f"{fix.rule} {fix.name}", fix_text(fix),
                 f"{anchor}-finding-{fix.finding}")
            for fix in verdict.fixes[:FIRST_PAGE_FIXES]]
    return VerdictView(verdict.status, verdict.summary, todo,
                       max(0, len(verdict.fixes) - FIRST_PAGE_FIXES), list(verdict.finding_notes),
                       [s for s in (verdict.heard, *verdict.balance_notes) if s])


def _corpus(report: Report, styles: dict[str, PartyStyle]) -> CorpusView:
    summary = report.summary
    view = CorpusView(
        f"{len(report.documents)} drafts audited together",
        _verdict_view(summary.verdict, "corpus"),
        Chart("Attributed statements per party across all drafts", BALANCE_CAPTION,
              cache(partial(charts.balance_chart, summary.parties, styles))))
    if summary.by:
        view.groups_heading = f"Share of voice by {summary.by}"
        view.groups_chart = Chart(
            f"Each party's share of the attributed statements by {summary.by}",
            "Share of voice: a party's part of the attributed statements in each group.",
            cache(partial(charts.groups_chart, summary, styles)))
    # The file's name: a path has no space to break a line at; each draft's own pages
    # start with its whole path.
    rows = [(Path(d.path).name, "" if d.error else title_of(d),
             STATUS_LABELS.get(d.verdict.status, d.verdict.status), str(len(d.verdict.fixes)))
            for d in report.documents]
    view.drafts = Table(("Draft", "Title", "Verdict", "Fixes"), rows, (34, 56, 22, 12),
                        flagged=[d.verdict.status != CLEAN for d in report.documents])
    return view


def _document(document: DocumentReport, number: int,
              styles: dict[str, PartyStyle]) -> DocumentView:
    anchor = f"draft-{number}"
    view = DocumentView(anchor, f"EDITORS' REPORT · {document.path}", title_of(document))
    if document.error:
        view.title = "This draft could not be read"
        view.error = f"{document.error.kind}: {document.error.message}"
        return view
    statements = sum(p.statements for p in document.parties.values())
    ease = (document.readability or {}).get("flesch_reading_ease")
    figures = [f"{document.words} words", f"{len(document.sentences)} sentences",
               f"{statements} attributed statements",
               _levels(document.findings) or "no findings"]
    if ease is not None:
        figures.append(f"reading ease {ease:.0f} (0–100, higher is easier)")
    view.figures = " · ".join(figures)
    view.verdict = _verdict_view(document.verdict, anchor)
    view.balance_chart = Chart("Attributed statements per party, by how they were introduced",
                               BALANCE_CAPTION,
                               cache(partial(charts.balance_chart, document.parties, styles)))
    view.voice_chart = Chart("Loaded wording near each party and hedged statements",
                             VOICE_CAPTION,
                             cache(partial(charts.voice_chart, document.parties, styles)))
    view.strip_chart = Chart("Each sentence of the draft: who is heard, and the findings",
                             STRIP_CAPTION, cache(partial(charts.strip_chart, document, styles)))
    view.speakers = _speakers(document.parties, styles)
    view.speakers_note = SPEAKERS_NOTE
    view.findings = _findings(document, anchor)
    view.legend_parties = [(party_label(name), style_for(styles, name).text)
                           for name in styles if name in document.parties
                           and document.parties[name].statements]
    view.styles = styles
    view.article = _article(document)
    figures_rows = reading_figures(document.readability)
    view.readability = Table(("Measure", "Value"), figures_rows, (3, 1)) if figures_rows \
        else None
    return view


def _levels(findings: list[Finding]) -> str:
    """"4 warnings, 8 info": the findings by level ("info" has no plural)."""
    counts = [(level, sum(f.level == level for f in findings))
              for level in ("error", "warning", "info")]
    return ", ".join(f"{n} {level}{'s' if n != 1 and level != 'info' else ''}"
                     for level, n in counts if n)


def _speakers(parties: dict[str, PartyBalance], styles: dict[str, PartyStyle]) -> Table | None:
    """One row per speaker, from the balance's statement counts; a party mentioned and
    never heard gets a row saying so."""
    rows: list[tuple[str, ...]] = []
    colours: list[str | None] = []
    flagged: list[bool] = []
    rank = {name: i for i, name in enumerate(styles)}
    for name, party in sorted(parties.items(), key=lambda item: rank.get(item[0], len(rank))):
        speakers = sorted(party.speaker_statements.items(), key=lambda item: -item[1])
        for speaker, count in speakers:
            rows.append((party_label(name), speaker, str(count)))
            colours.append(style_for(styles, name).text)
            flagged.append(False)
        if not party.statements and party.mentions:
            rows.append((party_label(name), f"never heard (mentioned {party.mentions}×)", "0"))
            colours.append(style_for(styles, name).text)
            flagged.append(True)
    if not rows:
        return None
    return Table(("Party", "Speaker", "Statements"), rows, (2, 3, 1), colours, flagged)


def _findings(document: DocumentReport, anchor: str) -> list[FindingGroup]:
    groups: dict[tuple[str, str], list[FindingView]] = {}
    ordered = sorted(enumerate(document.findings), key=lambda item: (item[1].rule,
                                                                     item[1].start))
    for index, finding in ordered:
        before, flagged, after = _cut(document, finding)
        where = "whole draft" if whole_draft(finding.rule) else f"line {finding.line}"
        groups.setdefault((finding.rule, finding.name), []).append(FindingView(
            f"{anchor}-finding-{index}", f"{where} · {finding.level} · {finding.message}",
            before, flagged, after, finding.suggestion))
    return [FindingGroup(f"{code} {name} · {len(items)}", items)
            for (code, name), items in groups.items()]


def _cut(document: DocumentReport, finding: Finding) -> tuple[str, str, str]:
    """The finding's sentence cut in three; a finding about the whole draft shows none."""
    if whole_draft(finding.rule):
        return "", "", ""
    sentence = _sentence_at(document, finding.start)
    if sentence is None:
        return "", finding.text, ""
    text = _shown(sentence)
    left = finding.start - sentence.span.start
    right = min(finding.end - sentence.span.start, len(text))
    before, words, after = (_drawn(part) for part in (text[:left], text[left:right],
                                                       text[right:]))
    return before.lstrip(), words, after.rstrip()


def _sentence_at(document: DocumentReport, offset: int) -> SentenceReport | None:
    for sentence in document.sentences:
        if sentence.span.start <= offset < sentence.span.end:
            return sentence
    return None


def _article(document: DocumentReport) -> list[ArticleParagraph]:
    marked = [(f.start, f.end) for f in document.findings
              if f.rule in BY_CODE and BY_CODE[f.rule].topic in _MARKED_TOPICS]
    paragraphs: list[ArticleParagraph] = []
    current = None
    for sentence in document.sentences:
        if sentence.paragraph != current:
            current = sentence.paragraph
            paragraphs.append(ArticleParagraph(sentence.line, sentence.headline, []))
        repeats = (document.sentences[sentence.duplicate_of].line
                   if sentence.duplicate_of is not None else None)
        paragraphs[-1].sentences.append(ArticleSentence(pieces(sentence, marked), repeats))
    return paragraphs


def pieces(sentence: SentenceReport, flagged: list[tuple[int, int]] | None = None
           ) -> list[Piece]:
    """The sentence cut at every mark boundary, for the annotated draft; `flagged` are
    the offsets of findings' words."""
    base = sentence.span.start
    # What a reader sees: the markup blanked (same offsets as the text), its runs of blanks
    # drawn as one space below.
    text = _shown(sentence)
    marks: list[tuple[int, int, str, str | None]] = []
    if sentence.voice == "quoted":
        marks.append((0, len(text), "quote", None))
    for attribution in sentence.attributions:
        party = attribution.party or UNASSIGNED
        marks.append((attribution.source.start - base, attribution.source.end - base,
                      "source", party))
        marks.append((attribution.cue.start - base, attribution.cue.end - base, "cue", party))
        if attribution.content and attribution.kind in ("direct", "mixed"):
            marks.append((attribution.content.start - base, attribution.content.end - base,
                          "quote", None))
    marks.extend((h.span.start - base, h.span.end - base, "hedge", None)
                 for h in sentence.hedges)
    marks.extend((item.span.start - base, item.span.end - base, "loaded", None)
                 for item in sentence.loaded if not item.in_quote)
    marks.extend((start - base, end - base, "flagged", None) for start, end in flagged or [])
    # A source may sit in another sentence ("Whitfield said" then a second quoted
    # sentence): only the part of a span inside this sentence is marked here.
    marks = [(max(0, s), min(len(text), e), kind, party) for s, e, kind, party in marks]
    marks = [mark for mark in marks if mark[0] < mark[1]]
    cuts = sorted({0, len(text), *(s for s, *_ in marks), *(e for _, e, *_ in marks)})
    notes = _speaker_notes(sentence)
    result: list[Piece] = []
    for left, right in pairwise(cuts):
        active = [(kind, party) for s, e, kind, party in marks if s <= left and right <= e]
        kinds = {kind: party for kind, party in active}
        result.append(Piece(text[left:right], source=kinds.get("source"), cue=kinds.get("cue"),
                            hedge="hedge" in kinds, loaded="loaded" in kinds,
                            flagged="flagged" in kinds, quote="quote" in kinds))
        if right in notes:
            result.append(Piece("", source=kinds.get("source"), speaker_note=notes.pop(right)))
    return _single_spaced(result)


def _single_spaced(found: list[Piece]) -> list[Piece]:
    """The pieces with each run of spaces (where markup was blanked, or a line broken) one
    space, across the pieces too, and none at the sentence's ends."""
    spaced: list[Piece] = []
    after_space = True  # the sentence's start
    for piece in found:
        text = _drawn(piece.text)
        if after_space:
            text = text.lstrip(" ")
        if text:
            after_space = text.endswith(" ")
        spaced.append(replace(piece, text=text))
    last = next((i for i in reversed(range(len(spaced))) if spaced[i].text), None)
    if last is not None:
        spaced[last] = replace(spaced[last], text=spaced[last].text.rstrip(" "))
    return [p for p in spaced if p.text or p.speaker_note is not None]


def _speaker_notes(sentence: SentenceReport) -> dict[int, str]:
    """Where a source in this sentence ends, the speaker it was resolved to, when its words
    do not say it already: an editor checks "She" → "Dana Whitfield" at a glance."""
    base = sentence.span.start
    notes = {}
    for attribution in sentence.attributions:
        source = attribution.source
        if source.start < base or attribution.vague:
            continue  # a carried quotation's source sits in an earlier sentence
        if attribution.speaker is None:
            notes[source.end - base] = UNRESOLVED_NOTE
        elif attribution.speaker.casefold() != " ".join(
                sentence.read(source.start, source.end).split()).casefold():
            notes[source.end - base] = attribution.speaker
        if attribution.told_by is not None:
            # In another's account: not heard here, which is why the balance leaves it out.
            shown = notes.get(source.end - base)
            notes[source.end - base] = (f"{shown}, " if shown else "") \
                + f"told by {attribution.told_by}"
    return notes


def reading_figures(readability: dict[str, float] | None) -> list[tuple[str, ...]]:
    names = {"flesch_reading_ease": "Flesch reading ease (0–100, higher is easier)",
             "grade": "US school grade", "sentences": "Sentences",
             "words_per_sentence": "Words per sentence"}
    rows: list[tuple[str, ...]] = []
    for key, value in (readability or {}).items():
        shown = f"{value:g}" if isinstance(value, int | float) else str(value)
        rows.append((names.get(key, key.replace("_", " ").capitalize()), shown))
    return rows
