"""Per-document work grows linearly with the document: the same work on a draft and on
that draft repeated eight times stays within a loose linear bound, counted in operations
where the product lets them be counted and otherwise as a generous ratio of times (never
a wall-clock threshold).

Every draft here is fictional and written for the test.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from helpers import parse_text

from audit.attribution import CueLexicon, entities, find_attributions
from audit.attribution.entities import Entity, _Bodies
from audit.document import ParsedDocument, _line_starts, _prepare
from audit.findings import make_finding
from audit.loading import Draft
from audit.markup import mask
from audit.parties import PartyMap
from audit.quotes import QuoteIndex
from audit.report import Finding
from audit.suppression import Suppression, apply_suppressions

REPEATS = 8
# Linear work on eight copies costs about eight times the work on one; quadratic work
# costs about 64 times. The bound sits well between the two.
LINEAR_BOUND = REPEATS * 2.5
TIME_BOUND = REPEATS * 4  # times on a shared machine are noisier than counts

STORY = (
    "Councillor Maria Lopez and Mayor Tom Briggs met the Harbour Freight Union on Monday.\n\n"
    "“The library stays open,” she said. “We found the money.”\n\n"
    "“Not with this budget,” he said, adding that the council had 4.2 million pounds.\n\n"
    "The union said in a statement that the ferry contract was signed in a hurry. It "
    "said its members would vote on Friday.\n\n"
    "The mayor said the vote would come too late. Lopez told reporters she disagreed, and "
    "she said the harbour plan “adds up.”\n\n"
    "Briggs said: “I have read every page of it.\n\n"
    "“Nobody asked the people who live here.”\n\n"
    "The newspaper said the vote was delayed. The company said nothing.\n\n"
)


def repeated(text: str) -> str:
    return text * REPEATS


def elapsed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def time_ratio(large: Callable[[], object], small: Callable[[], object], runs: int = 7
               ) -> float:
    """The fastest run of `large` over the fastest of `small`, run in turn so that both
    see the same load on a shared machine."""
    larges, smalls = [], []
    for _ in range(runs):
        larges.append(elapsed(large))
        smalls.append(elapsed(small))
    return min(larges) / min(smalls)


@pytest.fixture(scope="module")
def parsed() -> tuple[object, object]:
    return parse_text(STORY), parse_text(repeated(STORY))


def test_sentence_starts_are_set_once_per_piece_not_once_per_token() -> None:
    # Setting `is_sent_start` token by token checks the whole Doc for a parse each time.
    one = Draft("one.md", STORY * 16, "markdown")
    eight = Draft("eight.md", repeated(STORY * 16), "markdown")
    _prepare(one)  # load the model outside the timing
    assert time_ratio(lambda: _prepare(eight), lambda: _prepare(one)) < TIME_BOUND


def test_the_parser_keeps_the_sentences_of_the_segmenter(parsed: tuple[object, object]
                                                          ) -> None:
    for doc in parsed:
        starts = [s.start_char for s in doc.doc.sents]  # type: ignore[attr-defined]
        assert starts == [s.start for s in doc.sentences]  # type: ignore[attr-defined]


def test_pronouns_and_descriptions_read_only_the_mentions_near_them(
        parsed: tuple[object, object], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read of a mention's fields is counted, whoever reads it: resolving a pronoun
    looks back a few sentences, not over every name the document has met so far."""
    reads = [0]

    class CountedMention(entities.EntityMention):
        def __getattribute__(self, name: str) -> object:
            reads[0] += 1
            return super().__getattribute__(name)

    monkeypatch.setattr(entities, "EntityMention", CountedMention)
    cues = CueLexicon.load()
    counts = []
    for doc in parsed:
        reads[0] = 0
        found = find_attributions(doc, cues, PartyMap())  # type: ignore[arg-type]
        counts.append(reads[0])
        speakers = [a.speaker for sentence in found for a in sentence]
        assert "Maria Lopez" in speakers and "Tom Briggs" in speakers  # the work was done
    one, eight = counts
    assert one > 0
    assert eight < LINEAR_BOUND * one


def test_scare_quotes_in_headlines_read_their_own_words_not_every_name_of_the_draft() -> None:
    # A headline's names were read as a Span's entities, which spaCy finds over the whole
    # document: a draft of many short headed sections took the square of its length.
    from audit.matching import Lexicon
    from audit.wording import FACTUAL, LOADED, find_loaded

    section = ("# Depot closes at dawn, Ana Ruiz says\n\n"
               "Marcus Bell of Harbour Freight called it a \u201cbetrayal\u201d on Monday.\n\n")
    one, eight = parse_text(section * 40), parse_text(repeated(section * 40))
    loaded, factual = Lexicon.load(LOADED), Lexicon.load(FACTUAL)
    quoting = CueLexicon.load().quoting_words
    assert find_loaded(one, loaded, factual, quoting)  # the work is done: "betrayal" found
    assert time_ratio(lambda: find_loaded(eight, loaded, factual, quoting),
                      lambda: find_loaded(one, loaded, factual, quoting), runs=3) < TIME_BOUND


def test_the_eight_copies_resolve_as_the_one_does(parsed: tuple[object, object]) -> None:
    cues = CueLexicon.load()
    one, eight = (find_attributions(doc, cues, PartyMap())  # type: ignore[arg-type]
                  for doc in parsed)
    first = [[(a.source.text, a.speaker) for a in sentence] for sentence in one]
    copies = [[(a.source.text, a.speaker) for a in sentence] for sentence in eight]
    assert copies[:len(first)] == first
    assert copies[-len(first):] == first  # the last copy: nothing from far back leaks in


def _no_parts(rest: list[str]) -> bool:
    return False  # every longer name is the body its first words name


def test_a_short_form_finds_its_long_name_and_the_other_way_round() -> None:
    bodies = _Bodies(_no_parts)
    post = Entity("The Washington Post", "organisation")
    fbi = Entity("Federal Bureau of Investigation", "organisation")
    bodies["the washington post"] = post
    bodies["federal bureau of investigation"] = fbi
    assert bodies.short_form("post", "organisation") is post
    assert bodies.short_form("washington post", "organisation") is post
    assert bodies.short_form("fbi", "organisation") is fbi
    assert bodies.short_form("fbi", "place") is None  # only a body of the same kind
    assert bodies.short_form("the", "organisation") is None  # a short word is no name
    union = Entity("Union", "organisation")
    fresh = _Bodies(_no_parts)
    fresh["union"] = union
    assert fresh.short_form("harbour freight union", "organisation") is union
    assert fresh.short_form("harbour freight union", "group") is None


def test_a_company_s_first_words_find_its_name_unless_the_rest_names_a_part() -> None:
    marine = Entity("Brightwater Marine", "organisation")
    for parts, found in ((_no_parts, marine), (lambda rest: True, None)):
        bodies = _Bodies(parts)
        bodies["brightwater marine"] = marine
        assert bodies.short_form("brightwater", "organisation") is found
    place = Entity("Mexico City", "place")
    bodies = _Bodies(_no_parts)
    bodies["mexico city"] = place
    assert bodies.short_form("mexico", "place") is None  # a city is not its country


def test_of_several_names_that_fit_the_first_met_wins() -> None:
    bodies = _Bodies(_no_parts)
    first, second = Entity("City Post", "organisation"), Entity("Morning Post", "organisation")
    bodies["city post"] = first
    bodies["morning post"] = second
    assert bodies.short_form("post", "organisation") is first


def test_a_short_form_reads_the_names_it_may_match_not_every_name() -> None:
    def names(count: int) -> _Bodies:
        bodies = _Bodies(_no_parts)
        for i in range(count):
            bodies[f"body number {i} of the harbour"] = Entity(f"Body {i}", "organisation")
        return bodies

    small, large = names(200), names(200 * REPEATS)

    def lookups(bodies: _Bodies) -> Callable[[], object]:
        return lambda: [bodies.short_form(f"agency {i}", "organisation") for i in range(2000)]

    # The same lookups: about the same time at any size. They take a few milliseconds, so
    # the runs are interleaved, as for the other ratios, to see the same load.
    assert time_ratio(lookups(large), lookups(small)) < REPEATS / 2


def test_a_finding_reads_the_suppressions_open_at_its_line(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """Each of many suppressed findings is checked against the suppressions open at its
    line, not against every suppression in the draft."""
    checks = [0]
    covers = Suppression.covers

    def counted(self: Suppression, finding: Finding) -> bool:
        checks[0] += 1
        return covers(self, finding)

    monkeypatch.setattr(Suppression, "covers", counted)
    paragraph = ("<!-- audit: disable-next-line AUD101 -->\n"
                 "The harbour plan was, of course, a triumph.\n\n")
    counts = []
    for text in (paragraph * 50, repeated(paragraph * 50)):
        masked = mask(text, "markdown")
        doc = ParsedDocument("story.md", text, masked.text, [], QuoteIndex([]), None,
                             [], _line_starts(text))
        starts = [m.start() for m in re.finditer("The harbour", text)]
        findings = [make_finding(doc, "unattributed-statistic", start, start + 10, "a figure")
                    for start in starts]
        checks[0] = 0
        kept = apply_suppressions(doc, findings)
        assert kept == []  # every finding suppressed, every suppression used
        counts.append(checks[0])
    one, eight = counts
    assert eight < LINEAR_BOUND * one


def test_the_words_remembered_by_the_lexicons_stay_bounded(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """The lexicons remember what they found for each word, since every draft asks again
    about the same few thousand; a worker auditing for days must not remember every word
    it ever met, and forgetting changes no answer."""
    from audit import figures, matching
    from audit.pipeline import Context, audit_document
    from audit.settings import Settings

    story = ("Reportedly, some 4,000 people marched, a shocking crowd for a town of "
             "12,000. Thousands more may join on Friday, and the ferry costs $14 a ride.\n\n"
             + STORY)
    doc = parse_text(story)

    def audited() -> tuple[object, Context]:
        context = Context.from_settings(Settings())
        report = audit_document(doc, context)
        return (report.findings, [s.hedges for s in report.sentences],
                [s.loaded for s in report.sentences]), context

    remembered, _ = audited()
    monkeypatch.setattr(figures, "KNOWN_WORDS", 3)
    monkeypatch.setattr(matching, "KNOWN_WORDS", 3)
    forgetful, context = audited()
    assert forgetful == remembered
    assert any(f.name == "unattributed-statistic" for f in remembered[0])
    assert any(remembered[1]) and any(remembered[2])
    assert len(context.figures._known) <= 3
    assert all(len(lexicon._ordered) <= 3 for lexicon in (context.hedges, context.loaded))
