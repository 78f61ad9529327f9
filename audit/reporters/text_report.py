"""The terminal summary: the verdict, the balance per party, the findings by line, totals."""

from __future__ import annotations

import textwrap

from audit.report import (
    CUE_CLASSES,
    UNASSIGNED,
    DocumentReport,
    PartyBalance,
    Report,
    TextSpan,
)

_WIDTH = 100


def render(report: Report) -> str:
    blocks = [_document(document) for document in report.documents]
    blocks.append(_totals(report))
    return "\n\n".join(blocks) + "\n"


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, _WIDTH, initial_indent=indent, subsequent_indent=indent + "  ",
                         break_on_hyphens=False)


def _sentences(sentences: list[str], indent: str) -> list[str]:
    return [line for sentence in sentences for line in _wrapped(sentence, indent)]


def _document(document: DocumentReport) -> str:
    if document.error:
        return f"{document.path}: error: {document.error.message}"
    readability = document.readability or {}
    ease = readability.get("flesch_reading_ease")
    heading = (f"{document.path}  ({document.words} words, {len(document.sentences)} sentences"
               + (f", reading ease {ease:.0f}" if ease is not None else "") + ")")
    verdict = document.verdict
    lines = [heading, *_sentences([verdict.summary], "  "), *_balance(document.parties),
             *_sentences([*verdict.balance_notes, *verdict.finding_notes], "  "),
             *_who_said_what(document)]
    if document.findings:
        lines.append("  Findings")
        for finding in document.findings:
            where = f"{finding.line}:{finding.column}"
            lines.append(f"    {where:<7} {finding.level:<7} {finding.rule} {finding.name}: "
                         f"{finding.message}")
            excerpt = " ".join(document.as_read(finding.start, finding.end,
                                                finding.text).split())
            if excerpt and excerpt not in finding.message:  # show what the message names
                lines.append(f"            \"{_clip(excerpt, 80)}\"")
            if finding.suggestion:
                lines.append(f"            suggestion: {finding.suggestion}")
    else:
        lines.append("  No findings.")
    return "\n".join(lines)


def _who_said_what(document: DocumentReport) -> list[str]:
    """Each attribution once, with the speaker it was resolved to, so that a wrong "she"
    shows at a glance; a quotation carried over several sentences is listed where its cue
    is."""
    lines = []
    seen = set()
    for sentence in document.sentences:
        for attribution in sentence.attributions:
            cue = (attribution.cue.start, attribution.cue.end)
            if cue in seen or sentence.duplicate_of is not None:
                continue
            seen.add(cue)
            source = " ".join(_read(document, attribution.source).split())
            speaker = attribution.speaker or "unresolved"
            who = speaker if speaker.casefold() == source.casefold() else (
                f"{_clip(source, 32)} → {speaker}")
            party = attribution.party or UNASSIGNED
            how = [attribution.kind.replace("_", " ")]
            how += [flag for flag, on in (("vague", attribution.vague),
                                          ("anonymous", attribution.anonymous)) if on]
            if attribution.told_by is not None:
                how.append(f"told by {attribution.told_by}")
            cue = " ".join(_read(document, attribution.cue).split())
            lines.append(f"    {sentence.line:<7} {who} ({party}): {cue}, {', '.join(how)}")
    return ["  Who said what (line, source → speaker, party, cue)", *lines] if lines else []


def _read(document: DocumentReport, span: TextSpan) -> str:
    return document.as_read(span.start, span.end, span.text)


def _balance(parties: dict[str, PartyBalance]) -> list[str]:
    if not parties:
        return ["  Balance: no parties configured and no attributed statements."]
    width = max(len(name) for name in parties)
    lines = ["  Balance (statements, share of voice, how they were introduced; mentions)"]
    for name, party in sorted(parties.items(), key=lambda item: (item[0] == UNASSIGNED,
                                                                 -item[1].statements)):
        cues = ", ".join(f"{c} {party.cue_classes[c]}" for c in CUE_CLASSES
                         if party.cue_classes.get(c))
        line = (f"    {name:<{width}}  {party.statements:>3}  {party.share_of_voice:>4.0%}  "
                f"{cues or '-'}; mentioned {party.mentions}")
        if name == UNASSIGNED and party.speakers:
            line += f" ({_clip(', '.join(party.speakers), 60)})"
        lines.append(line)
    return lines


def _totals(report: Report) -> str:
    summary = report.summary
    counts = ", ".join(f"{summary.findings[level]} {level}" for level in ("error", "warning",
                                                                          "info"))
    documents = f"{summary.documents} document" + ("s" if summary.documents != 1 else "")
    errors = f", {summary.errors} unreadable" if summary.errors else ""
    lines = [f"{documents}{errors}: {counts}"]
    if summary.documents > 1:
        lines += _sentences(summary.verdict.sentences, "")
    return "\n".join(lines)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
