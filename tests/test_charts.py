"""The charts: valid images, reproducible, one colour per party everywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from report_samples import HARBOUR, audit_text, report_of, sample

from audit.reporters import charts
from audit.reporters.styles import OKABE_ITO, party_names, party_styles


def test_png_and_svg_are_written_and_reproducible() -> None:
    report = report_of(sample(HARBOUR))
    styles = party_styles(party_names(report))
    document = report.documents[0]
    png = charts.balance_chart(document.parties, styles, fmt="png", dpi=60)
    assert png.startswith(b"\x89PNG") and b"Matplotlib" not in png
    svg = charts.balance_chart(document.parties, styles, fmt="svg")
    assert svg == charts.balance_chart(document.parties, styles, fmt="svg")
    assert b"<dc:date>" not in svg
    strip = charts.strip_chart(document, styles, fmt="svg")
    assert strip == charts.strip_chart(document, styles, fmt="svg")
    with pytest.raises(ValueError, match="png, svg"):
        charts.balance_chart(document.parties, styles, fmt="jpg")


def test_each_party_is_drawn_in_its_own_colour() -> None:
    report = report_of(sample(HARBOUR))
    styles = party_styles(party_names(report))
    svg = charts.voice_chart(report.documents[0].parties, styles, fmt="svg").decode()
    for name in ("Port Authority", "Fishermen's Cooperative", "Ferry crews"):
        assert f"fill: {styles[name].colour.lower()}" in svg, name
    assert party_styles(["unassigned"])["unassigned"].colour not in OKABE_ITO.values()


def test_colours_are_stable_and_twenty_parties_stay_distinct() -> None:
    names = [f"Party {i}" for i in range(20)] + ["unassigned"]
    styles = party_styles(names)
    assert len({(s.colour, s.hatch) for s in styles.values()}) == 21
    assert party_styles(names[:5]) == {n: styles[n] for n in names[:5]}


def test_the_strip_marks_the_sentences_of_findings_only() -> None:
    """A loaded word that is no finding ("fragile") leaves the wording lane empty."""
    document = audit_text("Quay reopens\n\nThe fragile truce held, the port said.",
                          "drafts/quay.md")
    assert not document.findings and document.sentences[1].loaded
    styles = party_styles(["unassigned"])
    empty = charts.strip_chart(document, styles, fmt="svg")
    flagged = audit_text("Quay reopens\n\nThe devastating closure ended on Monday.",
                         "drafts/quay.md")
    assert [f.name for f in flagged.findings] == ["loaded-wording"]
    vermillion = f"fill: {charts.FLAG.lower()}"
    assert empty.decode().count(vermillion) < charts.strip_chart(
        flagged, styles, fmt="svg").decode().count(vermillion)


def test_empty_report_still_charts() -> None:
    document = audit_text("Rain expected\n\nRain will fall on Saturday.")
    styles = party_styles([])
    for data in (charts.balance_chart({}, styles, fmt="svg"),
                 charts.voice_chart({}, styles, fmt="svg"),
                 charts.strip_chart(document, styles, fmt="svg")):
        assert data.lstrip().startswith(b"<?xml")


def test_plain_reporters_do_not_import_matplotlib_or_fpdf(tmp_path: Path) -> None:
    code = ("import sys, audit.reporters, audit.reporters.documents, "
            "audit.reporters.editorial; "
            "print(sorted(m for m in ('matplotlib', 'fpdf') if m in sys.modules))")
    # Run outside the checkout, so that `audit` is the installed package, as a user has it.
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout
    assert out.strip() == "[]"
