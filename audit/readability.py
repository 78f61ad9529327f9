"""Readability figures from textstat, on the prose only (markup blanked).

textstat is pinned to 0.7.4: later releases fetch NLTK's cmudict at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.report import Finding

if TYPE_CHECKING:
    from audit.results import Results


def measure(doc: ParsedDocument) -> dict[str, float] | None:
    import textstat

    prose = " ".join(doc.clean[s.start:s.end] for s in doc.sentences if not s.headline)
    if len(prose.split()) < 3:
        return None
    return {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(prose)), 1),
        "grade": round(float(textstat.flesch_kincaid_grade(prose)), 1),
        "sentences": len(doc.sentences),
        "words_per_sentence": round(doc.words / max(1, len(doc.sentences)), 1),
    }


def readability_findings(doc: ParsedDocument, figures: dict[str, float] | None,
                         floor: float) -> list[Finding]:
    """One finding when the draft reads harder than the floor, at its longest sentence."""
    if figures is None or figures["flesch_reading_ease"] >= floor:
        return []
    prose = [s for s in doc.sentences if not s.headline] or doc.sentences
    longest = max(prose, key=lambda s: len(s.tokens))
    return [make_finding(
        doc, "readability", longest.start, longest.end,
        f"Reading ease {figures['flesch_reading_ease']:.0f} (grade "
        f"{figures['grade']:.0f}) is below the floor of {floor:.0f}; this is the longest "
        f"sentence ({len(longest.tokens)} tokens).")]


def check(results: Results) -> list[Finding]:
    return readability_findings(results.doc, results.readability,
                                results.settings.reading_ease_floor)
