"""The same articles as plain text and as HTML whose typography is written as entities.

    python bench/entities.py [--split dev|train] [--limit N] [--no-entities]

A CMS commonly exports a draft as HTML with each curly quotation mark, apostrophe and dash
written as a numeric entity (&#8220; &#8221; &#8216; &#8217; &#8212;). The tool should read
such a draft as it reads the same words in plain text. For each PolNeAR article
(`../shared/data/polnear/<split>/text`) this audits the text as it is and again as HTML
(each paragraph a <p>, those characters as entities), and compares what each finds: the
attributions (cue, resolved speaker, direct/indirect/mixed) and the findings, hedges and
loaded words (rule or category and the words as a reader reads them). Precision is the
share of what the HTML audit finds that the plain audit finds too, recall the share of what
the plain audit finds that the HTML audit finds too. `--no-entities` writes the same HTML
with the characters as they are: what the HTML structure alone changes.
"""

from __future__ import annotations

import argparse
import html
from collections.abc import Iterable
from pathlib import Path

from audit.document import ParsedDocument, parse_many
from audit.loading import Draft
from audit.pipeline import Context, audit_document
from audit.settings import Settings

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear"
TYPOGRAPHY = {"’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "—": "&#8212;"}

Item = tuple[str, ...]


def as_html(text: str, entities: bool) -> str:
    body = html.escape(text, quote=False)
    if entities:
        for character, entity in TYPOGRAPHY.items():
            body = body.replace(character, entity)
    paragraphs = "".join(f"<p>{paragraph}</p>\n" for paragraph in body.split("\n\n"))
    return f"<html><body>\n{paragraphs}</body></html>\n"


def found(drafts: list[Draft], context: Context) -> Iterable[set[Item]]:
    for doc in parse_many(drafts):
        assert isinstance(doc, ParsedDocument)
        report = audit_document(doc, context)

        def read(start: int, end: int, doc: ParsedDocument = doc) -> str:
            return " ".join(doc.reading(start, end).split())

        items: set[Item] = {("finding", f.rule, read(f.start, f.end)) for f in report.findings}
        for sentence in report.sentences:
            items.update(("attribution", read(a.cue.start, a.cue.end), a.speaker or "", a.kind)
                         for a in sentence.attributions)
            items.update(("hedge", h.category, read(h.span.start, h.span.end))
                         for h in sentence.hedges)
            items.update(("loaded", w.category, read(w.span.start, w.span.end), str(w.in_quote))
                         for w in sentence.loaded)
        yield items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-entities", action="store_true")
    args = parser.parse_args()
    paths = sorted((DATA / args.split / "text").glob("*.txt"))[:args.limit]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    context = Context.from_settings(Settings())
    plain = list(found([Draft(str(p), t, "markdown") for p, t in zip(paths, texts, strict=True)],
                       context))
    marked = list(found([Draft(f"{p}.html", as_html(t, not args.no_entities), "html")
                         for p, t in zip(paths, texts, strict=True)], context))
    written = "as they are" if args.no_entities else "as entities"
    print(f"PolNeAR {args.split}: {len(paths)} articles, plain text against HTML with the "
          f"typographic characters {written}")
    print(f"{'':14} {'plain':>6} {'html':>6} {'both':>6}      P      R     F1")
    for kind in ("attribution", "finding", "hedge", "loaded", "all"):
        def of(items: set[Item], kind: str = kind) -> set[Item]:
            return items if kind == "all" else {i for i in items if i[0] == kind}
        a = sum(len(of(x)) for x in plain)
        b = sum(len(of(y)) for y in marked)
        both = sum(len(of(x) & of(y)) for x, y in zip(plain, marked, strict=True))
        precision, recall = both / max(1, b), both / max(1, a)
        f1 = 2 * both / max(1, a + b)
        print(f"{kind:14} {a:6} {b:6} {both:6}  {precision:.3f}  {recall:.3f}  {f1:.3f}")


if __name__ == "__main__":
    main()
