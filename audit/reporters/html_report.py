"""The editors' report as one self-contained HTML file: the PDF's content, inline CSS,
charts as SVG data URIs (each chart its own document, so their ids cannot clash), no
script and no network reference. Every piece of text from the draft is escaped.
"""

from __future__ import annotations

from base64 import b64encode
from html import escape

from audit.report import DocumentReport, PartyBalance, Report
from audit.reporters import charts
from audit.reporters.editorial import (
    FLAG,
    PartyStyle,
    Piece,
    findings_by_rule,
    flagged_text,
    headline,
    party_label,
    party_names,
    party_styles,
    pieces,
    reading_figures,
    setting_rows,
    source_rows,
    style_for,
)
from audit.reporters.verdict import Verdict, corpus_verdict, document_verdict

_CSS = f"""
:root {{ color-scheme: light; }}
body {{ font: 16px/1.5 "DejaVu Sans", system-ui, sans-serif; color: #111; margin: 0;
       background: #fff; }}
main {{ max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }}
.kicker {{ font-size: .75rem; font-weight: bold; letter-spacing: .04em; color: #5a5a5a; }}
h1 {{ font-size: 1.9rem; line-height: 1.2; margin: .3rem 0 .4rem; }}
h2 {{ font-size: 1.25rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem;
      margin-top: 2.2rem; }}
h3 {{ font-size: 1rem; margin: 1.2rem 0 .3rem; }}
.figures, .meta {{ color: #5a5a5a; font-size: .85rem; }}
.status {{ font-weight: bold; margin: 1rem 0 .2rem; }}
.status.attention {{ color: #a33f00; }}
.verdict {{ font-size: 1.05rem; margin-top: 0; }}
img.chart {{ width: 100%; height: auto; display: block; margin: .5rem 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: .85rem; }}
th, td {{ text-align: left; padding: .3rem .45rem; border-bottom: 1px solid #ccc;
          vertical-align: top; }}
th {{ background: #e2e2e2; }}
tbody tr:nth-child(odd) {{ background: #f3f3f3; }}
.party {{ font-weight: bold; }}
.unheard {{ color: #a33f00; }}
.finding {{ margin: .5rem 0 .9rem; }}
.finding .sentence {{ margin: .15rem 0 .1rem 1rem; }}
.suggestion {{ margin-left: 1rem; font-style: italic; font-size: .9rem; }}
.flagged {{ color: #a33f00; font-weight: bold; text-decoration: underline; }}
.article p {{ display: grid; grid-template-columns: 2.5rem 1fr; margin: .5rem 0; }}
.article .line {{ color: #5a5a5a; font-size: .75rem; padding-top: .25rem; }}
.article .headline {{ font-size: 1.3rem; font-weight: bold; }}
.source {{ font-weight: bold; text-decoration: underline; text-decoration-thickness: 2px; }}
.cue {{ text-decoration: underline; text-decoration-thickness: 2px; }}
.quote {{ font-family: "DejaVu Serif", Georgia, serif; color: #333; }}
.hedge {{ font-style: italic; text-decoration: underline dotted; }}
.loaded {{ color: #a33f00; font-weight: bold; background: none; }}
.repeat {{ color: {FLAG}; font-style: italic; font-size: .8rem; }}
.legend span {{ margin-right: 1.2rem; }}
"""


def render(report: Report) -> str:
    styles = party_styles(party_names(report))
    threshold = float(report.config.get("loaded-score", 0.5))
    body: list[str] = []
    if len(report.documents) > 1:
        body.append(_corpus(report, styles))
    body.extend(_document(report, d, styles, threshold) for d in report.documents)
    body.append(_settings(report))
    title = (headline(report.documents[0]) if len(report.documents) == 1
             and not report.documents[0].error else "Editors' report")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body) + "\n</main>\n</body>\n</html>\n")


def _chart(data: bytes, description: str) -> str:
    encoded = b64encode(data).decode("ascii")
    return (f'<img class="chart" alt="{escape(description)}" '
            f'src="data:image/svg+xml;base64,{encoded}">')


def _verdict(verdict: Verdict) -> str:
    status_class = "status" if verdict.ok else "status attention"
    mark = "✔" if verdict.ok else "▲"
    return (f'<p class="{status_class}">{mark} {escape(verdict.status)}</p>\n'
            f'<p class="verdict" id="verdict">{escape(verdict.text)}</p>')


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """`rows` hold HTML already escaped by the caller (cells may carry markup)."""
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    lines = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                      for row in rows)
    return f"<table><thead><tr>{header}</tr></thead><tbody>\n{lines}\n</tbody></table>"


def _corpus(report: Report, styles: dict[str, PartyStyle]) -> str:
    rows = [(escape(d.path), "" if d.error else escape(headline(d)), str(len(d.findings)),
             escape(document_verdict(d, report.config).status)) for d in report.documents]
    chart = charts.balance_chart(report.summary.parties, styles, fmt="svg")
    return ("<section>\n<p class=\"kicker\">Editors' report · all drafts</p>\n"
            f"<h1>{len(report.documents)} drafts audited together</h1>\n"
            + _verdict(corpus_verdict(report)) + "\n"
            + _chart(chart, "Attributed statements per party across all drafts") + "\n"
            + _groups(report, styles)
            + _table(("Draft", "Headline", "Findings", "Verdict"), rows) + "\n</section>")


def _groups(report: Report, styles: dict[str, PartyStyle]) -> str:
    by = report.summary.by
    if not by:
        return ""
    return (f"<h2>Share of voice by {escape(by)}</h2>\n"
            + _chart(charts.groups_chart(report.summary, styles, fmt="svg"),
                     f"Each party's share of the attributed statements by {by}") + "\n")


def _document(report: Report, document: DocumentReport, styles: dict[str, PartyStyle],
              threshold: float) -> str:
    kicker = f"<p class=\"kicker\">Editors' report · {escape(document.path)}</p>"
    if document.error:
        return (f"<section>\n{kicker}\n<h1>This draft could not be read</h1>\n"
                f"<p>{escape(document.error.kind)}: {escape(document.error.message)}</p>\n"
                "</section>")
    statements = sum(p.statements for p in document.parties.values())
    ease = (document.readability or {}).get("flesch_reading_ease")
    figures = [f"{document.words} words", f"{len(document.sentences)} sentences",
               f"{statements} attributed statements", f"{len(document.findings)} findings"]
    if ease is not None:
        figures.append(f"reading ease {ease:.0f}")
    parts = [
        "<section>", kicker, f"<h1>{escape(headline(document))}</h1>",
        f"<p class=\"figures\">{escape(' · '.join(figures))}</p>",
        _verdict(document_verdict(document, report.config)),
        _chart(charts.balance_chart(document.parties, styles, fmt="svg"),
               "Attributed statements per party, by how they were introduced"),
        "<h2>Wording and hedging by party</h2>",
        _chart(charts.voice_chart(document.parties, styles, fmt="svg"),
               "Loaded wording near each party and hedged statements"),
        "<h2>Where the problems sit</h2>",
        _chart(charts.strip_chart(document, styles, fmt="svg", loaded_threshold=threshold),
               "Each sentence of the draft: attribution, loaded wording, missing source"),
        _sources(document, styles),
        _findings(document),
        _article(document, styles),
        "<h2>Readability</h2>",
        _table(("Measure", "Value"), [(escape(k), escape(v))
                                      for k, v in reading_figures(document.readability)]),
        "</section>",
    ]
    return "\n".join(parts)


def _party(name: str, styles: dict[str, PartyStyle]) -> str:
    colour = style_for(styles, name).text
    return f'<span class="party" style="color:{colour}">{escape(party_label(name))}</span>'


def _sources(document: DocumentReport, styles: dict[str, PartyStyle]) -> str:
    rows = source_rows(document.sentences, list(styles))
    parts = ["<h2>Who is heard</h2>"]
    if rows:
        parts.append(_table(
            ("Party", "Speaker", "Heard", "Named / anon. / vague", "Cues used"),
            [(_party(r.party, styles), escape(r.speaker), str(r.statements),
              f"{r.named} / {r.anonymous} / {r.vague}", escape(r.cue_text)) for r in rows]))
    else:
        parts.append("<p>No attributed statements: the draft quotes or credits no one.</p>")
    parts.append(_unheard(document.parties))
    return "\n".join(parts)


def _unheard(parties: dict[str, PartyBalance]) -> str:
    unheard = [f"{escape(name)} (mentioned {p.mentions}×)" for name, p in parties.items()
               if p.mentions and not p.statements]
    if not unheard:
        return ""
    return f'<p class="unheard">Mentioned but never heard: {", ".join(unheard)}.</p>'


def _findings(document: DocumentReport) -> str:
    parts = ["<h2>Findings</h2>"]
    groups = findings_by_rule(document.findings)
    if not groups:
        parts.append("<p>No findings.</p>")
    for (code, name), findings in groups.items():
        parts.append(f"<h3>{escape(code)} {escape(name)} · {len(findings)}</h3>")
        for finding in findings:
            text = flagged_text(document, finding)
            suggestion = (f'<p class="suggestion">→ {escape(finding.suggestion)}</p>'
                          if finding.suggestion else "")
            parts.append(
                f'<div class="finding"><p class="meta">line {finding.line} · '
                f"{escape(finding.level)} · {escape(finding.message)}</p>"
                f'<p class="sentence">{escape(text.before)}'
                f'<span class="flagged">{escape(text.flagged)}</span>{escape(text.after)}</p>'
                f"{suggestion}</div>")
    return "\n".join(parts)


def _article(document: DocumentReport, styles: dict[str, PartyStyle]) -> str:
    parts = ["<h2>The draft, annotated</h2>",
             '<p class="legend meta"><span>writer\'s voice</span>'
             '<span class="quote">“quoted words”</span><span class="hedge">hedge</span>'
             '<span class="loaded">loaded wording</span>'
             "<span>sources (bold) and reporting verbs underlined and tinted by party</span></p>",
             '<div class="article">']
    paragraphs: dict[int, list[str]] = {}
    first_line: dict[int, int] = {}
    headlines: set[int] = set()
    for sentence in document.sentences:
        first_line.setdefault(sentence.paragraph, sentence.line)
        if sentence.headline:
            headlines.add(sentence.paragraph)
        html = "".join(_piece(piece, styles) for piece in pieces(sentence))
        if sentence.duplicate_of is not None:
            line = document.sentences[sentence.duplicate_of].line
            html += f' <span class="repeat">[repeats line {line}]</span>'
        paragraphs.setdefault(sentence.paragraph, []).append(html)
    for number, sentences in paragraphs.items():
        css = ' class="headline"' if number in headlines else ""
        parts.append(f'<p><span class="line">{first_line[number]}</span>'
                     f'<span{css}>{" ".join(sentences)}</span></p>')
    parts.append("</div>")
    return "\n".join(parts)


def _piece(piece: Piece, styles: dict[str, PartyStyle]) -> str:
    classes = [name for name, on in (("quote", piece.quote), ("hedge", piece.hedge),
                                     ("loaded", piece.loaded), ("source", piece.source),
                                     ("cue", piece.cue and not piece.source)) if on]
    party = piece.source or piece.cue
    text = escape(piece.text)
    if not classes:
        return text
    style = ""
    if party and not piece.loaded:
        colour = style_for(styles, party)
        style = f' style="color:{colour.text};text-decoration-color:{colour.colour}"'
    title = f' title="{escape(party_label(party))}"' if party else ""
    return f'<span class="{" ".join(classes)}"{style}{title}>{text}</span>'


def _settings(report: Report) -> str:
    rows = [(escape(k), escape(v)) for k, v in setting_rows(report.config)]
    return ("<section>\n<h2>Settings in force</h2>\n" + _table(("Setting", "Value"), rows)
            + f'\n<p class="meta">audit {escape(report.version)}, report schema '
            "audit.report/1.</p>\n</section>")
