"""What the editors' reports (PDF, HTML, markdown, charts) share, read from the `Report`.

Party colours, the table of sources, findings grouped by rule and the marked-up pieces of
each sentence live here once, so that every format shows the same thing in the same colour.
Nothing here imports matplotlib or a PDF library: `audit run` stays fast.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from audit.parties import UNASSIGNED
from audit.report import DocumentReport, Finding, Report, SentenceReport

# Okabe & Ito's colour-blind-safe palette. Vermillion is kept back for "flagged" marks
# (loaded wording, unsourced claims), so a party is never confused with a warning.
OKABE_ITO = {
    "blue": "#0072B2", "orange": "#E69F00", "bluish green": "#009E73",
    "reddish purple": "#CC79A7", "sky blue": "#56B4E9", "yellow": "#F0E442",
}
FLAG = "#D55E00"  # vermillion
UNASSIGNED_COLOUR = "#999999"
# Text set in a light colour on white is unreadable, so words tinted by party use a darker
# shade of the same hue (WCAG contrast ≥ 4.5 against white).
_TEXT_SHADES = {
    "#0072B2": "#005A8C", "#E69F00": "#8A5F00", "#009E73": "#00694C",
    "#CC79A7": "#93466F", "#56B4E9": "#1F6E9C", "#F0E442": "#6E6700",
    UNASSIGNED_COLOUR: "#555555",
}
# After the six hues come round again, a hatch tells the parties apart in the charts.
_HATCHES = ("", "////", "\\\\\\\\", "||||")


@dataclass(frozen=True)
class PartyStyle:
    colour: str  # fill for charts and tints
    text: str  # the same hue, dark enough for words on white
    hatch: str  # matplotlib hatch pattern, "" for solid


def party_names(report: Report) -> list[str]:
    """Every party in a stable order: the corpus order, then any a document adds;
    sources no party claims come last."""
    names: list[str] = list(report.summary.parties)
    for document in report.documents:
        names.extend(name for name in document.parties if name not in names)
    return [n for n in names if n != UNASSIGNED] + ([UNASSIGNED] if UNASSIGNED in names else [])


def party_styles(names: list[str]) -> dict[str, PartyStyle]:
    """The colour of each party, fixed by its place in `party_names`."""
    hues = list(OKABE_ITO.values())
    styles: dict[str, PartyStyle] = {}
    position = 0
    for name in names:
        if name == UNASSIGNED:
            styles[name] = PartyStyle(UNASSIGNED_COLOUR, _TEXT_SHADES[UNASSIGNED_COLOUR], "")
            continue
        hue = hues[position % len(hues)]
        hatch = _HATCHES[(position // len(hues)) % len(_HATCHES)]
        styles[name] = PartyStyle(hue, _TEXT_SHADES[hue], hatch)
        position += 1
    return styles


def style_for(styles: dict[str, PartyStyle], party: str | None) -> PartyStyle:
    return styles.get(party or UNASSIGNED) or PartyStyle(
        UNASSIGNED_COLOUR, _TEXT_SHADES[UNASSIGNED_COLOUR], "")


def party_label(name: str) -> str:
    return "no party (unassigned)" if name == UNASSIGNED else name


def headline(document: DocumentReport) -> str:
    for sentence in document.sentences:
        if sentence.headline:
            return " ".join(sentence.span.text.split())
    return document.path


@dataclass
class SourceRow:
    speaker: str
    party: str
    statements: int = 0
    named: int = 0
    anonymous: int = 0
    vague: int = 0
    cues: Counter[str] = field(default_factory=Counter)

    @property
    def cue_text(self) -> str:
        return ", ".join(f"{cue} ×{n}" if n > 1 else cue for cue, n in self.cues.most_common())


def source_rows(sentences: list[SentenceReport], order: list[str]) -> list[SourceRow]:
    """One row per speaker: a repeated sentence (duplicate_of) is not heard twice."""
    rows: dict[tuple[str, str], SourceRow] = {}
    for sentence in sentences:
        if sentence.duplicate_of is not None:
            continue
        for attribution in sentence.attributions:
            party = attribution.party or UNASSIGNED
            speaker = attribution.speaker or f"{attribution.source.text} (unresolved)"
            row = rows.setdefault((speaker, party), SourceRow(speaker, party))
            row.statements += 1
            if attribution.vague:
                row.vague += 1
            elif attribution.anonymous:
                row.anonymous += 1
            else:
                row.named += 1
            row.cues[attribution.cue_lemma] += 1
    rank = {name: i for i, name in enumerate(order)}
    return sorted(rows.values(), key=lambda r: (rank.get(r.party, len(rank)), -r.statements,
                                                r.speaker.lower()))


def sentence_at(document: DocumentReport, offset: int) -> SentenceReport | None:
    for sentence in document.sentences:
        if sentence.span.start <= offset < sentence.span.end:
            return sentence
    return None


@dataclass(frozen=True)
class FlaggedText:
    """A finding's sentence cut in three: the flagged words sit in the middle."""

    before: str
    flagged: str
    after: str


def flagged_text(document: DocumentReport, finding: Finding) -> FlaggedText:
    sentence = sentence_at(document, finding.start)
    if sentence is None:  # a document-wide finding (dominant party): no sentence to show
        return FlaggedText("", finding.text, "")
    start = sentence.span.start
    text = sentence.span.text
    left = finding.start - start
    right = min(finding.end - start, len(text))
    return FlaggedText(text[:left], text[left:right], text[right:])


def findings_by_rule(findings: list[Finding]) -> dict[tuple[str, str], list[Finding]]:
    """Findings grouped under (code, name), codes in order, each group by position."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (f.rule, f.start)):
        groups.setdefault((finding.rule, finding.name), []).append(finding)
    return groups


@dataclass(frozen=True)
class Piece:
    """A run of a sentence whose marks are the same throughout."""

    text: str
    source: str | None = None  # party of the attribution source these words name
    cue: str | None = None  # party of the attribution whose reporting verb this is
    hedge: bool = False
    loaded: bool = False
    quote: bool = False


def pieces(sentence: SentenceReport) -> list[Piece]:
    """The sentence cut at every mark boundary, for the annotated article."""
    base = sentence.span.start
    text = sentence.span.text
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
    # A source may sit in another sentence ("Whitfield said" then a second quoted
    # sentence): only the part of a span inside this sentence is marked here.
    marks = [(max(0, s), min(len(text), e), kind, party) for s, e, kind, party in marks]
    marks = [mark for mark in marks if mark[0] < mark[1]]
    cuts = sorted({0, len(text), *(s for s, *_ in marks), *(e for _, e, *_ in marks)})
    result: list[Piece] = []
    for left, right in pairwise(cuts):
        active = [(kind, party) for s, e, kind, party in marks if s <= left and right <= e]
        kinds = {kind: party for kind, party in active}
        result.append(Piece(text[left:right], source=kinds.get("source"), cue=kinds.get("cue"),
                            hedge="hedge" in kinds, loaded="loaded" in kinds,
                            quote="quote" in kinds))
    return result


def setting_rows(config: dict[str, object]) -> list[tuple[str, str]]:
    """The settings in force, as the reader would write them in audit.toml."""
    rows = []
    for key, value in config.items():
        if isinstance(value, list):
            shown = ", ".join(map(str, value)) or "none"
        elif isinstance(value, dict):
            shown = "; ".join(f"{k} = {v}" for k, v in value.items()) or "none"
        else:
            shown = "none" if value is None else str(value)
        rows.append((key, shown))
    return rows


def reading_figures(readability: dict[str, float] | None) -> list[tuple[str, str]]:
    names = {"flesch_reading_ease": "Flesch reading ease (higher is easier)",
             "grade": "US school grade", "sentences": "Sentences",
             "words_per_sentence": "Words per sentence"}
    rows = []
    for key, value in (readability or {}).items():
        shown = f"{value:g}" if isinstance(value, int | float) else str(value)
        rows.append((names.get(key, key.replace("_", " ").capitalize()), shown))
    return rows
