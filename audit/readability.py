"""Readability figures from textstat, on the prose only (markup blanked).

textstat is pinned to 0.7.4: later releases fetch NLTK's cmudict at run time.
"""

from __future__ import annotations

from audit.document import ParsedDocument


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
