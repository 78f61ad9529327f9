"""Hedges: categories, sense rules, lemma and multi-word matching, quotations, the
writer-hedge rule.

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
                      "plan favours downtown. The depot is thought to hold 40 buses. The "
                      "fare rise appears to be final. The drivers often strike in winter. "
                      "Residents may park on Elm Street.")
    assert ("reportedly", "distancing") in found
    assert ("An estimated", "approximator") in found
    assert ("might", "modal") in found
    assert ("Critics say", "weasel") in found
    assert ("thought", "impersonal") in found
    assert ("appears", "evidential") in found
    assert ("often", "frequency") in found
    assert ("may", "possibility") in found


def test_multiword_entries_match_by_lemma() -> None:
    found = hedges_of("Reports indicated that the mayor had resigned. Studies have shown "
                      "that buses are late.")
    assert ("Reports indicated", "weasel") in found
    assert ("Studies have shown", "weasel") in found


def test_epistemic_modals_and_the_month_or_the_noun() -> None:
    assert hedges_of("The treasurer may have moved the funds.") == [("may", "modal")]
    assert hedges_of("The treasurer may not have moved the funds.") == [("may", "modal")]
    assert hedges_of("The council could well delay the vote.") == [("could", "modal")]
    assert hedges_of("The council may delay the vote.") == [("may", "possibility")]
    assert hedges_of("The depot opened in May.") == []
    assert hedges_of("Councillor Ada May voted against the plan.") == []
    assert hedges_of("The drivers pushed back with all their might.") == []
    assert ("possible", "modal") in hedges_of("It is possible that the strike ends soon.")
    assert hedges_of("The union wants a deal as soon as possible.") == []


def test_impersonal_passives_need_no_named_doer() -> None:
    assert hedges_of("It is believed that the treasurer resigned.") == [
        ("believed", "impersonal")]
    assert hedges_of("The treasurer is said to favour the plan.") == [("said", "impersonal")]
    assert ("seen", "impersonal") in hedges_of("The plan is widely seen as a gift to "
                                               "developers.")
    assert hedges_of("The fare plan has been described as unfair.") == [
        ("described", "impersonal")]
    assert hedges_of("The depot, considered the oldest in the state, closed.") == [
        ("considered", "impersonal")]
    # a named doer, or a verb in its plain sense, is not a hedge
    assert hedges_of("The plan was described as unfair by the mayor.") == []
    assert hedges_of("The budget will be considered next week.") == []
    assert hedges_of("The council has considered the budget.") == []
    assert hedges_of("The depot is known as the Red Barn.") == []


def test_judged_with_no_judge_named() -> None:
    # "has been criticized", "was hailed as": a judgement credited to no one
    assert hedges_of("The ferry timetable has been criticized as confusing.") == [
        ("criticized", "impersonal")]
    assert hedges_of("The new pier was hailed as a triumph.") == [("hailed", "impersonal")]
    # "is said to" before a verb the parser reads as a noun ("to date")
    assert hedges_of("The pier is said to date to 1923.") == [("said", "impersonal")]
    # the judge named, or the plain sense
    assert hedges_of("The timetable was criticized by the mayor.") == []
    assert hedges_of("The skipper hailed a taxi.") == []
    assert hedges_of("The pier was hailed by passing boats.") == []


def test_known_that_and_agreed_that_with_no_one_named() -> None:
    assert hedges_of("It is known that the depot floods in spring.") == [
        ("known", "impersonal")]
    assert ("agreed", "impersonal") in hedges_of(
        "It is generally agreed that the fare is too high.")
    # someone agrees, or a deal is agreed: no belief credited to no one
    assert hedges_of("The council agreed that the fare is too high.") == []
    assert hedges_of("The contract was agreed on Tuesday.") == []
    assert hedges_of("The mayor has known that the depot floods.") == []


def test_reputed_distances_the_writer() -> None:
    assert hedges_of("The reputed owner of the depot declined to comment.") == [
        ("reputed", "distancing")]
    assert hedges_of("The depot reputedly floods every spring.") == [
        ("reputedly", "distancing")]


def test_several_and_various_are_vague_only_for_people() -> None:
    assert hedges_of("Several economists doubt the forecast.") == [("Several", "weasel")]
    assert hedges_of("Various researchers oppose the fare rise.") == [("Various", "weasel")]
    assert hedges_of("Several buses broke down on Monday.") == []
    assert hedges_of("The union met various councillors.") == []


def test_weasel_words_name_no_one() -> None:
    assert hedges_of("Some residents say the fare is too high.") == [("Some", "weasel")]
    assert hedges_of("Many argue that the depot is unsafe.") == [("Many", "weasel")]
    assert ("Critics", "weasel") in hedges_of("Critics of the plan want a vote.")
    assert ("experts", "weasel") in hedges_of("The plan worries experts.")
    assert ("Most", "weasel") in hedges_of("Most people oppose the fare rise.")
    # named people, or people the text points back to, are not vague
    assert hedges_of("The mayor's critics stayed silent.") == []
    assert hedges_of("Experts at Millbrook University checked the bridge.") == []
    assert hedges_of("Most of the budget went to roads.") == []
    assert ("Reports say", "weasel") in hedges_of("Reports say the depot is unsafe.")
    assert hedges_of("The report says the depot is unsafe.") == []
    assert hedges_of("The most important vote came on Tuesday.") == []


def test_some_before_a_number_is_an_approximator() -> None:
    assert hedges_of("Some 200 drivers joined the picket.") == [("Some", "approximator")]
    assert hedges_of("Some drivers joined the picket.") == [("Some", "weasel")]


def test_evidential_verbs_need_a_complement() -> None:
    assert hedges_of("The strike seems unlikely to end.") == [
        ("seems", "evidential"), ("unlikely", "modal")]
    assert hedges_of("The figures suggest that fares will rise.") == [
        ("suggest", "evidential")]
    assert hedges_of("The mayor appeared in court on Monday.") == []
    # an active verb's "as" phrase is a role; the passive "seen as" is a judgement
    assert hedges_of("The mayor appeared as a guest on the morning show.") == []


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


def test_the_alleged_suspect_is_no_writer_hedge_finding() -> None:
    doc = parse_text("Police arrested the alleged arsonist near the depot.")
    hedges = find_hedges(doc, lexicon())
    assert [(h.span.text, h.category) for h in hedges[0]] == [("alleged", "impersonal")]
    assert hedge_findings(doc, hedges, [[]]) == []


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


def test_a_newsroom_entry_replaces_one_sense_and_disabling_removes_every_sense(
        tmp_path: Path) -> None:
    (tmp_path / HEDGES).write_text(
        "entries:\n  - {term: may, category: modal, exact: true, tag: [MD]}\n",
        encoding="utf-8")
    custom = Lexicon.load(HEDGES, [str(tmp_path)])
    assert hedges_of("The council may delay the vote.", custom) == [("may", "modal")]
    assert hedges_of("The treasurer may have moved the funds.", custom) == [("may", "modal")]
    without_some = Lexicon.load(HEDGES, [], ["some"])
    assert hedges_of("Some 200 drivers joined. Some drivers left.", without_some) == []


def test_alleged_purported_supposed_before_a_noun_credit_no_one() -> None:
    assert hedges_of("The alleged bribe was paid in cash.") == [("alleged", "impersonal")]
    assert hedges_of("The purported letter surfaced on Monday.") == [
        ("purported", "impersonal")]
    assert hedges_of("The supposed cure did nothing.") == [("supposed", "impersonal")]
    # "supposed to" is a duty, not a doubt
    assert hedges_of("The drivers are supposed to report at six.") == []


def test_many_that_asks_or_grades_is_no_crowd() -> None:
    assert hedges_of("Many drivers joined the picket.") == [("Many", "weasel")]
    assert hedges_of("As many people know, the depot floods.") == [("many", "weasel")]
    assert hedges_of("How many drivers joined the picket is unclear.") == [
        ("unclear", "modal")]
    assert hedges_of("The union has so many members that the hall was full.") == []
    assert hedges_of("The union has too many members for the hall.") == []
    assert hedges_of("The mayor has visited the depot many times.") == [
        ("many times", "frequency")]


def test_some_for_a_degree_or_a_stretch_of_time_is_an_approximator() -> None:
    assert hedges_of("The council has to some extent lost control of the budget.") == [
        ("to some extent", "approximator")]
    assert hedges_of("The ferry has run for some time.") == [("some time", "approximator")]
    assert hedges_of("Some drivers joined the picket.") == [("Some", "weasel")]


def test_widely_is_vague_only_on_a_participle_with_no_doer() -> None:
    assert ("widely", "weasel") in hedges_of("The plan is widely believed to favour "
                                             "developers.")
    assert hedges_of("The new fare cards are widely used.") == [("widely", "weasel")]
    assert hedges_of("It is a widely held view that the depot is unsafe.") == [
        ("widely", "weasel")]
    assert hedges_of("Fares vary widely across the county.") == []
    assert hedges_of("The new fare cards are widely available.") == []
    assert hedges_of("The fare cards are widely used by commuters.") == []


def test_a_matter_contested_by_no_one_named_is_impersonal() -> None:
    assert hedges_of("The date of the depot's opening is disputed.") == [
        ("disputed", "impersonal")]
    assert hedges_of("The official figure is doubted.") == [("doubted", "impersonal")]
    assert hedges_of("The fine was disputed by the company.") == []
    assert hedges_of("The company disputed the fine.") == []


def test_there_are_claims_credits_a_claim_to_no_one() -> None:
    assert hedges_of("There are claims that the depot floods every spring.") == [
        ("There are claims", "impersonal")]
    assert hedges_of("There were rumours that the depot would close.") == [
        ("There were rumours", "impersonal")]
    assert hedges_of("There were allegations of fraud at the depot.") == [
        ("There were allegations", "impersonal")]
    assert hedges_of("There were buses at the depot.") == []


def test_supposed_to_is_a_duty_and_supposing_is_a_doubt() -> None:
    assert hedges_of("The drivers are supposed to report at six.") == []
    assert hedges_of("The drivers were not supposed to strike.") == []
    assert ("suppose", "modal") in hedges_of("I suppose that the strike will end soon.")
    assert hedges_of("It was supposed that the depot would close.") == [
        ("supposed", "impersonal")]


def test_an_article_that_counts_one_opens_a_number_an_approximator_makes_vague() -> None:
    assert hedges_of("About a third of the stalls stayed shut.") == [("About", "approximator")]
    assert hedges_of("The pier is nearly a year behind schedule.") == [
        ("nearly", "approximator")]
    # Guard: an article before a thing counts nothing.
    assert hedges_of("The talk was about a plan to close the pier.") == []


def test_a_hedge_on_a_source_s_own_cue_is_not_covered_by_that_source() -> None:
    from audit.attribution import CueLexicon, find_attributions
    from audit.parties import PartyMap

    def hedged(text: str) -> list[str]:
        doc = parse_text(text)
        found = find_attributions(doc, CueLexicon.load(), PartyMap())
        return [f.text for f in hedge_findings(doc, find_hedges(doc, lexicon()), found)]

    assert hedged("An audit reportedly found that the ward failed two inspections.") == [
        "reportedly"]
    # Guard: a source that reports the hedged claim covers it.
    assert hedged("The ward reportedly failed two inspections, the trust said.") == []


def test_a_crowd_word_names_a_holder_of_a_view_not_whom_something_was_done_to() -> None:
    assert hedges_of("The council hired experts to inspect the pier.") == []
    assert hedges_of("Rask told analysts on a call that sales had slowed.") == []
    # Guard: the one a verb of feeling acts on holds the view.
    assert hedges_of("The plan alarmed critics on the council.") == [("critics", "weasel")]
