"""`--format markdown`: the verdict, the fixes, the balance and the findings as
GitHub-flavoured markdown, for a pull-request comment or a CI step summary."""

from __future__ import annotations

from audit.report import CLEAN, CUE_CLASSES, DocumentReport, Report, Verdict
from audit.reporters.editorial import (
    FIRST_PAGE_FIXES,
    fix_place,
    fix_text,
    title_of,
    whole_draft,
)
from audit.reporters.styles import party_label, party_names


def _cell(text: str) -> str:
    """Table cells: a pipe or a newline in the draft must not break the table, and markup
    characters must not turn the draft's words into links or emphasis."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def render(report: Report) -> str:
    blocks: list[str] = []
    order = party_names(report)
    if len(report.documents) > 1:
        blocks.append(f"## Editors' report: {len(report.documents)} drafts")
        blocks.append(_verdict(report.summary.verdict))
    for document in report.documents:
        blocks.append(_document(document, order))
    return "\n\n".join(blocks) + "\n"


def _verdict(verdict: Verdict) -> str:
    mark = "✅" if verdict.status == CLEAN else "⚠️"
    lines = [f"**{mark} {_cell(verdict.summary)}**"]
    rest = [verdict.heard, *verdict.balance_notes, *verdict.finding_notes]
    if any(rest):
        lines += ["", _cell(" ".join(s for s in rest if s))]
    if verdict.fixes:
        lines += ["", "Fix first:", ""]
        lines += [f"{number}. **{fix_place(fix)}** {_cell(fix_text(fix))} `{fix.rule}`"
                  for number, fix in enumerate(verdict.fixes[:FIRST_PAGE_FIXES], 1)]
        more = len(verdict.fixes) - FIRST_PAGE_FIXES
        if more > 0:
            lines += ["", f"… and {more} more in the findings table below."]
    return "\n".join(lines)


def _document(document: DocumentReport, order: list[str]) -> str:
    if document.error:
        return (f"### {_cell(document.path)}\n\nCould not be read: "
                f"{_cell(document.error.message)}")
    lines = [f"### {_cell(title_of(document))}", "",
             f"`{document.path}` · {document.words} words · "
             f"{len(document.findings)} findings", "",
             _verdict(document.verdict), ""]
    if document.parties:
        rank = {name: i for i, name in enumerate(order)}
        lines += ["| party | statements | share | " + " | ".join(CUE_CLASSES)
                  + " | mentions |",
                  "|---|---:|---:|" + "---:|" * len(CUE_CLASSES) + "---:|"]
        for name, party in sorted(document.parties.items(),
                                  key=lambda item: rank.get(item[0], len(rank))):
            cues = " | ".join(str(party.cue_classes.get(c, 0)) for c in CUE_CLASSES)
            lines.append(f"| {_cell(party_label(name))} | {party.statements} | "
                         f"{party.share_of_voice:.0%} | {cues} | {party.mentions} |")
        lines.append("")
    if document.findings:
        lines += ["| line | rule | level | flagged | message | suggestion |",
                  "|---:|---|---|---|---|---|"]
        for f in sorted(document.findings, key=lambda f: (f.rule, f.start)):
            flagged = f"“{_cell(document.as_read(f.start, f.end, f.text))}”" \
                if f.text and not whole_draft(f.rule) else ""
            line = "" if whole_draft(f.rule) else str(f.line)
            lines.append(f"| {line} | {f.rule} {f.name} | {f.level} | {flagged} | "
                         f"{_cell(f.message)} | {_cell(f.suggestion or '')} |")
    else:
        lines.append("No findings.")
    return "\n".join(lines)
