"""Party colours: one per party, the same in every chart, table and tint of a report."""

from __future__ import annotations

from dataclasses import dataclass

from audit.report import UNASSIGNED, Report

# Okabe & Ito's colour-blind-safe palette. Vermillion is kept back for "flagged" marks
# (findings), so a party is never confused with a warning.
OKABE_ITO = {
    "blue": "#0072B2", "orange": "#E69F00", "bluish green": "#009E73",
    "reddish purple": "#CC79A7", "sky blue": "#56B4E9", "yellow": "#F0E442",
}
FLAG = "#D55E00"  # vermillion
FLAG_TEXT = "#A33F00"  # vermillion darkened for words on white
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
