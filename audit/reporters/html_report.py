"""The editors' report as one self-contained HTML file: draws the content
`editorial.editors_view` builds, as the PDF does. Inline CSS, charts as SVG data URIs (each
chart its own document, so their ids cannot clash), no script and no network reference.
Every piece of text from the draft is escaped.
"""

from __future__ import annotations

from base64 import b64encode
from html import escape

from audit.report import CLEAN, Report
from audit.reporters.editorial import (
    ArticleParagraph,
    Chart,
    CorpusView,
    DocumentView,
    FindingGroup,
    Piece,
    Table,
    VerdictView,
    editors_view,
)
from audit.reporters.styles import FLAG, PartyStyle, party_label, style_for

_CSS = f"""
:root {{ color-scheme: light; }}
body {{ font: 16px/1.5 "DejaVu Sans", system-ui, sans-serif; color: #111; margin: 0;
       background: #fff; }}
main {{ max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }}
.kicker {{ font-size: .75rem; font-weight: bold; letter-spacing: .04em; color: #5a5a5a;
           overflow-wrap: anywhere; }}
h1 {{ font-size: 1.9rem; line-height: 1.2; margin: .3rem 0 .4rem; }}
h2 {{ font-size: 1.25rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem;
      margin-top: 2.2rem; }}
h3 {{ font-size: 1rem; margin: 1.2rem 0 .3rem; }}
.figures, .meta, .caption {{ color: #5a5a5a; font-size: .85rem; }}
.caption {{ margin-top: 0; }}
.status {{ font-weight: bold; margin: 1rem 0 .2rem; }}
.status.attention {{ color: #a33f00; }}
.verdict {{ font-size: 1.05rem; margin-top: 0; }}
.todo li {{ margin: .2rem 0; }}
.todo .place {{ font-weight: bold; }}
.todo .rule {{ color: #5a5a5a; font-size: .8rem; margin-left: .4rem; }}
img.chart {{ width: 100%; height: auto; display: block; margin: .5rem 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: .85rem; }}
th, td {{ text-align: left; padding: .3rem .45rem; border-bottom: 1px solid #ccc;
          vertical-align: top; }}
th {{ background: #e2e2e2; }}
tbody tr:nth-child(odd) {{ background: #f3f3f3; }}
.party {{ font-weight: bold; }}
tr.attention td {{ color: #a33f00; }}
.finding {{ margin: .5rem 0 .9rem; }}
.finding .sentence {{ margin: .15rem 0 .1rem 1rem; }}
.suggestion {{ margin-left: 1rem; font-style: italic; font-size: .9rem; }}
.flagged {{ color: #a33f00; font-weight: bold; text-decoration: underline; }}
.article p {{ display: grid; grid-template-columns: 2.5rem 1fr; margin: .5rem 0; }}
.article .line {{ color: #5a5a5a; font-size: .75rem; padding-top: .25rem; }}
.article .headline {{ font-size: 1.3rem; font-weight: bold; }}
.source {{ font-weight: bold; text-decoration: underline; text-decoration-thickness: 2px; }}
.cue {{ text-decoration: underline; text-decoration-thickness: 2px; }}
.speaker {{ font-size: 0.75em; color: #555; margin-left: 0.2em; vertical-align: 0.15em; }}
.quote {{ font-family: "DejaVu Serif", Georgia, serif; color: #333; }}
.hedge {{ font-style: italic; text-decoration: underline dotted; }}
.loaded {{ color: #a33f00; }}
.repeat {{ color: {FLAG}; font-style: italic; font-size: .8rem; }}
.legend span {{ margin-right: 1.2rem; }}
.appendix {{ color: #5a5a5a; font-size: .75rem; margin-top: 3rem; }}
"""


def render(report: Report) -> str:
    view = editors_view(report)
    body: list[str] = []
    if view.corpus:
        body.append(_corpus(view.corpus))
    body.extend(_document(d) for d in view.documents)
    body.append(f'<p class="appendix">{escape(view.appendix)}</p>')
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(view.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            "<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n")


def _chart(chart: Chart) -> str:
    encoded = b64encode(chart.draw("svg")).decode("ascii")
    return (f'<img class="chart" alt="{escape(chart.description)}" '
            f'src="data:image/svg+xml;base64,{encoded}">\n'
            f'<p class="caption">{escape(chart.caption)}</p>')


def _table(table: Table) -> str:
    header = "".join(f"<th>{escape(h)}</th>" for h in table.head)
    lines = []
    for number, row in enumerate(table.rows):
        colour = table.colours[number] if number < len(table.colours) else None
        flagged = number < len(table.flagged) and table.flagged[number]
        cells = [f'<td class="party" style="color:{colour}">{escape(value)}</td>'
                 if column == 0 and colour else f"<td>{escape(value)}</td>"
                 for column, value in enumerate(row)]
        lines.append(("<tr class=\"attention\">" if flagged else "<tr>") + "".join(cells)
                     + "</tr>")
    return (f"<table><thead><tr>{header}</tr></thead><tbody>\n" + "\n".join(lines)
            + "\n</tbody></table>")


def _verdict(verdict: VerdictView, findings_anchor: str | None) -> str:
    clean = verdict.status == CLEAN
    parts = [f'<p class="{"status" if clean else "status attention"}" id="verdict">'
             f'{"✔" if clean else "▲"} {escape(verdict.summary)}</p>']
    if verdict.todo:
        items = "\n".join(
            f'<li><a class="place" href="#{item.anchor}">{escape(item.place)}</a> '
            f'{escape(item.text)}<span class="rule">{escape(item.rule)}</span></li>'
            for item in verdict.todo)
        parts.append(f'<h3>Fix first</h3>\n<ol class="todo">\n{items}\n</ol>')
        if verdict.more and findings_anchor:
            parts.append(f'<p class="meta">… and {verdict.more} more under '
                         f'<a href="#{findings_anchor}">Findings</a>.</p>')
    parts.extend(f"<p>{escape(note)}</p>" for note in verdict.notes)
    return "\n".join(parts)


def _heard(verdict: VerdictView) -> str:
    return "\n".join(["<h3>Who is heard</h3>", *(f'<p class="heard">{escape(sentence)}</p>'
                                                  for sentence in verdict.heard)])


def _corpus(view: CorpusView) -> str:
    parts = ["<section>", "<p class=\"kicker\">EDITORS' REPORT · ALL DRAFTS</p>",
             f"<h1>{escape(view.title)}</h1>", _verdict(view.verdict, None)]
    if view.drafts:
        parts.append(_table(view.drafts))
    parts += [_heard(view.verdict), _chart(view.balance_chart)]
    if view.groups_chart:
        parts += [f"<h2>{escape(view.groups_heading)}</h2>", _chart(view.groups_chart)]
    parts.append("</section>")
    return "\n".join(parts)


def _document(view: DocumentView) -> str:
    head = [f'<section id="{view.anchor}">', f'<p class="kicker">{escape(view.kicker)}</p>',
            f"<h1>{escape(view.title)}</h1>"]
    if view.error or view.verdict is None:
        return "\n".join([*head, f"<p>{escape(view.error or '')}</p>", "</section>"])
    parts = [*head, f'<p class="figures">{escape(view.figures)}</p>',
             _verdict(view.verdict, f"{view.anchor}-findings"), _heard(view.verdict)]
    if view.balance_chart:
        parts.append(_chart(view.balance_chart))
    if view.strip_chart:
        parts += ["<h3>Where the findings sit</h3>", _chart(view.strip_chart)]
    parts.append(f'<h2 id="{view.anchor}-findings">Findings</h2>')
    parts.append("\n".join(_group(group) for group in view.findings) if view.findings
                 else "<p>No findings.</p>")
    parts.append("<h2>Who is heard, speaker by speaker</h2>")
    if view.voice_chart:
        parts.append(_chart(view.voice_chart))
    parts.append(_table(view.speakers) if view.speakers else
                 "<p>No attributed statements: the draft quotes or credits no one.</p>")
    parts.append(f'<p class="caption">{escape(view.speakers_note)}</p>')
    parts.append(_article(view))
    parts.append("<h2>Readability</h2>")
    parts.append(_table(view.readability) if view.readability
                 else "<p>Too little prose to measure.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _group(group: FindingGroup) -> str:
    parts = [f"<h3>{escape(group.heading)}</h3>"]
    for finding in group.findings:
        sentence = (f'<p class="sentence">{escape(finding.before)}'
                    f'<span class="flagged">{escape(finding.flagged)}</span>'
                    f"{escape(finding.after)}</p>"
                    if finding.before or finding.flagged or finding.after else "")
        suggestion = (f'<p class="suggestion">→ {escape(finding.suggestion)}</p>'
                      if finding.suggestion else "")
        parts.append(f'<div class="finding" id="{finding.anchor}"><p class="meta">'
                     f"{escape(finding.meta)}</p>{sentence}{suggestion}</div>")
    return "\n".join(parts)


def _article(view: DocumentView) -> str:
    parties = ", ".join(f'<span class="source" style="color:{colour}">{escape(label)}</span>'
                        for label, colour in view.legend_parties) or "none in this draft"
    parts = ["<h2>The draft, annotated</h2>",
             '<p class="legend meta"><span>writer\'s voice</span>'
             '<span class="quote">“quoted words”</span><span class="hedge">hedge</span>'
             "<span class=\"flagged\">a finding's words</span>"
             '<span class="loaded">loaded word, not a finding</span></p>',
             f'<p class="meta">Sources (bold) and reporting verbs, underlined in the colour '
             f"of their party: {parties}.</p>",
             '<div class="article">']
    parts.extend(_paragraph(paragraph, view.styles) for paragraph in view.article)
    parts.append("</div>")
    return "\n".join(parts)


def _paragraph(paragraph: ArticleParagraph, styles: dict[str, PartyStyle]) -> str:
    sentences = []
    for sentence in paragraph.sentences:
        html = "".join(_piece(piece, styles) for piece in sentence.pieces)
        if sentence.repeats_line is not None:
            html += f' <span class="repeat">[repeats line {sentence.repeats_line}]</span>'
        sentences.append(html)
    css = ' class="headline"' if paragraph.headline else ""
    return (f'<p><span class="line">{paragraph.line}</span>'
            f'<span{css}>{" ".join(sentences)}</span></p>')


def _piece(piece: Piece, styles: dict[str, PartyStyle]) -> str:
    if piece.speaker_note is not None:
        return f'<span class="speaker">→ {escape(piece.speaker_note)}</span>'
    classes = [name for name, on in (("quote", piece.quote), ("hedge", piece.hedge),
                                     ("flagged", piece.flagged),
                                     ("loaded", piece.loaded and not piece.flagged),
                                     ("source", piece.source),
                                     ("cue", piece.cue and not piece.source)) if on]
    party = piece.source or piece.cue
    text = escape(piece.text)
    if not classes:
        return text
    style = ""
    if party and not (piece.loaded or piece.flagged):
        colour = style_for(styles, party)
        style = f' style="color:{colour.text};text-decoration-color:{colour.colour}"'
    title = f' title="{escape(party_label(party))}"' if party else ""
    return f'<span class="{" ".join(classes)}"{style}{title}>{text}</span>'
