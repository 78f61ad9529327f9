"""The editors' charts: balance per party, wording and hedging per party, a strip across
the article showing where the problems sit, and each party's share of voice per month,
publisher or author across a corpus.

Matplotlib is imported inside the functions: a plain `audit run` never pays for it. Each
party keeps its colour from `editorial.party_styles`; cue classes are told apart by
texture, so the charts still read when printed in greyscale. Output is reproducible: no
dates or version strings in the files, and a fixed SVG hash salt.
"""

from __future__ import annotations

from bisect import bisect_right
from io import BytesIO
from typing import TYPE_CHECKING, Any

from audit.report import (
    CUE_CLASSES,
    UNASSIGNED,
    UNKNOWN_GROUP,
    DocumentReport,
    PartyBalance,
    Summary,
)
from audit.reporters.styles import FLAG, PartyStyle, party_label, style_for
from audit.rules import BY_CODE

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = ("png", "svg")
# Texture per cue class: plain for neutral, crossed lines for the cues that judge the
# speaker. Straight lines only: circles and dots make SVG patterns hundreds of KB.
CUE_HATCHES = {"neutral": "", "stance": "////", "endorsing": "----", "doubt": "\\\\\\\\",
               "guilt": "xxxx"}
_INK = "#222222"
_RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",  # ships with matplotlib; has Hebrew and Arabic
    "font.size": 9,
    "svg.hashsalt": "audit",  # fixed ids: the same chart gives the same SVG
    "hatch.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#888888",
    "text.color": _INK,
    "axes.labelcolor": _INK,
    "xtick.color": "#555555",
    "ytick.color": _INK,
}


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _save(figure: Figure, fmt: str, dpi: int) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"chart format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    buffer = BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    figure.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def _ordered(parties: dict[str, PartyBalance],
             styles: dict[str, PartyStyle]) -> list[tuple[str, PartyBalance]]:
    """Parties in the colour order (the party file's order), unassigned last."""
    rank = {name: i for i, name in enumerate(styles)}
    return sorted(parties.items(), key=lambda item: (item[0] == UNASSIGNED,
                                                     rank.get(item[0], len(rank))))


def _empty(figure: Figure, message: str) -> None:
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.text(0.5, 0.5, message, ha="center", va="center", color="#555555", fontsize=10)


def balance_chart(parties: dict[str, PartyBalance], styles: dict[str, PartyStyle],
                  fmt: str = "png", dpi: int = 200) -> bytes:
    """Statements per party, stacked by how they were introduced, share of voice labelled."""
    import matplotlib

    rows = _ordered(parties, styles)
    with matplotlib.rc_context(_RC):
        figure = _figure(7.2, 1.5 + 0.32 * max(len(rows), 2))
        if not rows:
            _empty(figure, "No parties configured and no attributed statements")
            return _save(figure, fmt, dpi)
        axes = figure.add_subplot()
        labels = [party_label(name) for name, _ in rows]
        positions = list(range(len(rows)))
        left = [0.0] * len(rows)
        for cue in CUE_CLASSES:
            widths = [party.cue_classes.get(cue, 0) for _, party in rows]
            colours = [style_for(styles, name).colour for name, _ in rows]
            axes.barh(positions, widths, left=left, color=colours, edgecolor=_INK,
                      linewidth=0.5, hatch=CUE_HATCHES[cue], height=0.62)
            left = [a + b for a, b in zip(left, widths, strict=True)]
        top = max(left) or 1
        for y, (_, party) in zip(positions, rows, strict=True):
            if party.statements:
                note = f"{party.statements} · {party.share_of_voice:.0%}"
            else:
                note = (f"never heard · mentioned {party.mentions}×" if party.mentions
                        else "not heard")
            axes.text(left[y] + top * 0.015, y, note, va="center", fontsize=8.5,
                      color=_INK if party.statements else FLAG)
        axes.set_yticks(positions, labels)
        axes.invert_yaxis()  # the first party on top, as in the party file
        axes.set_xlim(0, top * 1.3)
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.set_xlabel("attributed statements (label: count · share of voice)")
        axes.tick_params(axis="y", length=0)
        _cue_legend(figure)
        return _save(figure, fmt, dpi)


def _cue_legend(figure: Figure) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor="white", edgecolor=_INK, linewidth=0.5,
                     hatch=CUE_HATCHES[cue], label=cue) for cue in CUE_CLASSES]
    figure.legend(handles=handles, title="how the statement was introduced",
                loc="outside upper center", ncols=len(CUE_CLASSES), frameon=False,
                fontsize=8, title_fontsize=8, handlelength=1.6)


def voice_chart(parties: dict[str, PartyBalance], styles: dict[str, PartyStyle],
                fmt: str = "png", dpi: int = 200) -> bytes:
    """Loaded wording in the writer's voice near each party, and hedged statements."""
    import matplotlib

    rows = [(name, party) for name, party in _ordered(parties, styles)]
    with matplotlib.rc_context(_RC):
        figure = _figure(7.2, 1.3 + 0.3 * max(len(rows), 2))
        if not rows:
            _empty(figure, "No parties to compare")
            return _save(figure, fmt, dpi)
        loaded_axes, hedged_axes = figure.subplots(1, 2, sharey=True)
        positions = list(range(len(rows)))
        colours = [style_for(styles, name).colour for name, _ in rows]
        hatches = [style_for(styles, name).hatch for name, _ in rows]
        for axes, values, title, limit in (
            (loaded_axes, [p.loaded_exposure for _, p in rows],
             "Loaded wording (writer's voice)\nin sentences naming the party, 0–1", 1.0),
            (hedged_axes, [float(p.hedged) for _, p in rows],
             "Hedged statements\nby or about the party", None),
        ):
            axes.barh(positions, values, color=colours, hatch=hatches, edgecolor=_INK,
                      linewidth=0.5, height=0.62)
            for y, value in zip(positions, values, strict=True):
                axes.text(value, y, f" {value:.2f}" if limit else f" {value:.0f}",
                          va="center", fontsize=8)
            axes.set_title(title, fontsize=9, loc="left")
            axes.set_xlim(0, limit or max(max(values) * 1.25, 1))
            axes.tick_params(axis="y", length=0)
        hedged_axes.xaxis.get_major_locator().set_params(integer=True)
        loaded_axes.set_yticks(positions, [party_label(name) for name, _ in rows])
        loaded_axes.invert_yaxis()
        return _save(figure, fmt, dpi)


def strip_chart(document: DocumentReport, styles: dict[str, PartyStyle], fmt: str = "png",
                dpi: int = 200) -> bytes:
    """One column per sentence, top to bottom of the draft: who is heard, and where the
    findings about wording and about sources sit."""
    import matplotlib
    from matplotlib.patches import Patch

    sentences = document.sentences
    offsets = [s.span.start for s in sentences]
    flagged: dict[str, set[int]] = {"wording": set(), "sourcing": set()}
    for finding in document.findings:
        rule = BY_CODE.get(finding.rule)
        if rule is not None and rule.topic in flagged and rule.scope == "text" and offsets:
            flagged[rule.topic].add(max(0, bisect_right(offsets, finding.start) - 1))
    with matplotlib.rc_context(_RC):
        figure = _figure(7.2, 1.9)
        if not sentences:
            _empty(figure, "No sentences")
            return _save(figure, fmt, dpi)
        axes = figure.add_subplot()
        lanes = ("attributed to", "wording", "sourcing")
        for sentence in sentences:
            x = sentence.index
            parties = list(dict.fromkeys(a.party or UNASSIGNED for a in sentence.attributions))
            for k, party in enumerate(parties):  # several speakers share the cell
                style = style_for(styles, party)
                axes.bar(x, 0.8 / len(parties), bottom=2.1 + 0.8 * k / len(parties),
                         width=0.9, color=style.colour, hatch=style.hatch, edgecolor="white",
                         linewidth=0.3, align="edge")
            if sentence.index in flagged["wording"]:
                axes.bar(x, 0.8, bottom=1.1, width=0.9, color=FLAG, align="edge",
                         edgecolor="white", linewidth=0.3)
            if sentence.index in flagged["sourcing"]:
                axes.bar(x, 0.8, bottom=0.1, width=0.9, color="#333333", align="edge",
                         hatch="////", edgecolor="white", linewidth=0.3)
        count = len(sentences)
        axes.set_xlim(0, count)
        axes.set_ylim(0, 3)
        axes.set_yticks([2.5, 1.5, 0.5], lanes)
        axes.tick_params(axis="y", length=0)
        for lane in (1, 2):
            axes.axhline(lane, color="#dddddd", linewidth=0.6)
        # One tick where a new line of the draft starts (sentences share lines), thinned
        # to about a dozen so the labels never collide.
        starts = [k for k, s in enumerate(sentences)
                  if k == 0 or s.line != sentences[k - 1].line]
        ticks = starts[::max(1, round(len(starts) / 12))]
        axes.set_xticks([t + 0.45 for t in ticks], [str(sentences[t].line) for t in ticks])
        axes.set_xlabel("line of the draft (each column is one sentence, headline on the left)")
        axes.spines["left"].set_visible(False)
        figure.legend(handles=[Patch(color=FLAG, label="a wording finding"),
                             Patch(facecolor="#333333", hatch="////", edgecolor="white",
                                   label="a sourcing finding (no source, or an unnamed one)")],
                    loc="outside upper center", ncols=2, frameon=False, fontsize=8)
        return _save(figure, fmt, dpi)


def groups_chart(summary: Summary, styles: dict[str, PartyStyle], fmt: str = "png",
                 dpi: int = 200) -> bytes:
    """Each party's share of voice per group: a line over the months, or one 100% bar per
    publisher or author. Groups without metadata ("unknown") come last."""
    import matplotlib

    keys = sorted(summary.groups, key=lambda k: (k == UNKNOWN_GROUP, k))
    parties = [name for name, _ in _ordered(summary.parties, styles)]
    with matplotlib.rc_context(_RC):
        figure = _figure(7.2, 2.6 if summary.by == "month" else 1.3 + 0.32 * len(keys))
        if not keys or not parties:
            _empty(figure, "No attributed statements to compare")
            return _save(figure, fmt, dpi)
        axes = figure.add_subplot()
        shares = {name: [_share(summary.groups[k].parties, name) for k in keys]
                  for name in parties}
        if summary.by == "month":
            for name in parties:
                style = style_for(styles, name)
                axes.plot(range(len(keys)), shares[name], marker="o", color=style.colour,
                          label=party_label(name), linewidth=1.6)
            axes.set_xticks(range(len(keys)), keys)
            axes.set_ylim(0, 1)
            axes.set_ylabel("share of voice")
        else:
            left = [0.0] * len(keys)
            for name in parties:
                style = style_for(styles, name)
                axes.barh(range(len(keys)), shares[name], left=left, color=style.colour,
                          hatch=style.hatch, edgecolor=_INK, linewidth=0.5, height=0.62,
                          label=party_label(name))
                left = [a + b for a, b in zip(left, shares[name], strict=True)]
            axes.set_yticks(range(len(keys)), keys)
            axes.invert_yaxis()
            axes.set_xlim(0, 1)
            axes.set_xlabel("share of voice")
        share_axis = axes.yaxis if summary.by == "month" else axes.xaxis
        share_axis.set_major_formatter("{x:.0%}")
        figure.legend(loc="outside upper center", ncols=min(len(parties), 5), frameon=False,
                      fontsize=8)
        return _save(figure, fmt, dpi)


def _share(parties: dict[str, PartyBalance], name: str) -> float:
    party = parties.get(name)
    return party.share_of_voice if party else 0.0
