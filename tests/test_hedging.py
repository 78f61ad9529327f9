"""Hedges: categories, lemma and multi-word matching, quotations, the writer-hedge rule.

Sentences are written for these tests (a city council budget fight, a transit strike).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from helpers import parse_text

from audit.document import TextSpan
from audit.hedging import HEDGES, find_hedges, hedge_findings
from audit.matching import Lexicon
from audit.report import Attribution


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.load(HEDGES)


def hedges_of(text: str, lex: Lexicon | None = None) -> list[tuple[str, str]]:
    doc = parse_text(text)
    return [(h.span.text, h.category) for sentence in find_hedges(doc, lex or lexicon())
            for h in sentence]


def test_each_category_is_found() -> None:
    found = hedges_of("The councillor reportedly took the money. An estimated 300 workers "
                      "joined the picket. The budget might pass next week. Critics say the "
                      "plan favours downtown.")
    assert ("reportedly", "distancing") in found
    assert ("An estimated", "approximator") in found
    assert ("might", "modal") in found
    assert ("Critics say", "vague-attribution") in found


def test_multiword_entries_match_by_lemma() -> None:
    found = hedges_of("Reports indicated that the mayor had resigned. The deal is believed "
                      "to cost the city $2 million.")
    assert ("Reports indicated", "vague-attribution") in found
    assert ("is believed to", "modal") in found


def test_approximators_need_a_number() -> None:
    assert ("up to", "approximator") in hedges_of("The union says up to 40 buses stood idle.")
    assert hedges_of("The talks went on over the weekend and ended up to no avail.") == []


def test_hedge_inside_a_quotation_is_the_source_s() -> None:
    assert hedges_of('"We might walk out on Monday," the union leader said.') == []


def test_hedge_offsets_are_into_the_original_text() -> None:
    text = "**Budget talks** reportedly stalled on Tuesday."
    doc = parse_text(text)
    (hedge,) = find_hedges(doc, lexicon())[0]
    assert text[hedge.span.start:hedge.span.end] == "reportedly"


def test_writer_hedge_fires_only_without_attribution() -> None:
    doc = parse_text("The councillor allegedly took the money. The treasurer allegedly "
                     "moved the funds, prosecutors said.")
    hedges = find_hedges(doc, lexicon())
    said = doc.text.index("prosecutors said")
    credit = Attribution(TextSpan(said, said + 11, "prosecutors"),
                         TextSpan(said + 12, said + 16, "said"), None, "say", "neutral",
                         "indirect", "prosecutors")
    findings = hedge_findings(doc, hedges, [[], [credit]])
    assert [(f.name, f.text, f.line) for f in findings] == [("writer-hedge", "allegedly", 1)]
    assert findings[0].start == doc.text.index("allegedly")


def test_modal_hedges_are_not_writer_hedge_findings() -> None:
    doc = parse_text("The strike could last a month.")
    assert hedge_findings(doc, find_hedges(doc, lexicon()), [[]]) == []


def test_newsroom_folder_adds_and_disable_entries_removes(tmp_path: Path) -> None:
    (tmp_path / HEDGES).write_text(
        "entries:\n  - {term: sources close to, category: vague-attribution}\n",
        encoding="utf-8")
    text = "Sources close to the mayor reportedly expect a deal."
    custom = Lexicon.load(HEDGES, [str(tmp_path)], ["reportedly"])
    found = hedges_of(text, custom)
    assert ("Sources close to", "vague-attribution") in found
    assert all(word != "reportedly" for word, _ in found)
    assert ("reportedly", "distancing") in hedges_of(text)
