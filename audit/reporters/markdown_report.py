"""`--format markdown`: the verdict, the balance and the findings as GitHub-flavoured
markdown, for a pull-request comment or a CI step summary."""

from __future__ import annotations

from audit.report import CUE_CLASSES, DocumentReport, Report
from audit.reporters.editorial import findings_by_rule, headline, party_label, party_names
from audit.reporters.verdict import Verdict, corpus_verdict, document_verdict


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
        blocks.append(_verdict(corpus_verdict(report)))
    for document in report.documents:
        blocks.append(_document(report, document, order))
    return "\n\n".join(blocks) + "\n"


def _verdict(verdict: Verdict) -> str:
    mark = "✅" if verdict.ok else "⚠️"
    return f"**{mark} {verdict.status}.** {_cell(verdict.text)}"


def _document(report: Report, document: DocumentReport, order: list[str]) -> str:
    if document.error:
        return (f"### {_cell(document.path)}\n\nCould not be read: "
                f"{_cell(document.error.message)}")
    lines = [f"### {_cell(headline(document))}", "",
             f"`{document.path}` · {document.words} words · "
             f"{len(document.findings)} findings", "",
             _verdict(document_verdict(document, report.config)), ""]
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
    groups = findings_by_rule(document.findings)
    if groups:
        lines += ["| line | rule | level | flagged | message | suggestion |",
                  "|---:|---|---|---|---|---|"]
        for (code, name), findings in groups.items():
            for f in findings:
                flagged = f"“{_cell(f.text)}”" if f.text else ""
                lines.append(f"| {f.line} | {code} {name} | {f.level} | {flagged} | "
                             f"{_cell(f.message)} | {_cell(f.suggestion or '')} |")
    else:
        lines.append("No findings.")
    return "\n".join(lines)
