"""Findings from the attributions of each sentence: AUD102 to AUD104."""

from __future__ import annotations

from typing import TYPE_CHECKING

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.report import Attribution, Finding

if TYPE_CHECKING:
    from audit.results import Results

_LOADED_CLASSES = {"doubt", "guilt"}


def attribution_findings(doc: ParsedDocument, attributions: list[list[Attribution]]
                         ) -> list[Finding]:
    """Per-sentence findings; `attributions` is one list per sentence of `doc`."""
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for sentence_attributions in attributions:
        for attribution in sentence_attributions:
            cue = (attribution.cue.start, attribution.cue.end)
            if cue in seen:
                continue  # a quotation carried over sentences is one attribution
            seen.add(cue)
            findings.extend(_source_findings(doc, attribution))
    return findings


def _source_findings(doc: ParsedDocument, attribution: Attribution) -> list[Finding]:
    findings = []
    source, cue = attribution.source, attribution.cue
    start, end = min(source.start, cue.start), max(source.end, cue.end)
    if attribution.vague:
        findings.append(make_finding(
            doc, "vague-attribution", start, end,
            f'"{doc.text[start:end]}" credits the claim to no one in particular.'))
    elif attribution.anonymous:
        findings.append(make_finding(
            doc, "anonymous-source", source.start, source.end,
            f'"{source.text}" is an unnamed source.'))
    if attribution.cue_class in _LOADED_CLASSES:
        what = "casts doubt on" if attribution.cue_class == "doubt" else "implies guilt in"
        findings.append(make_finding(
            doc, "loaded-reporting-verb", cue.start, cue.end,
            f'"{cue.text}" {what} what {attribution.speaker or source.text} said.',
            "said"))
    return findings


def check(results: Results) -> list[Finding]:
    return attribution_findings(results.doc, results.attributions)
