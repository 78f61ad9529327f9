"""Loaded wording: categories, context rules, writer's voice, scare quotes, the score.

Sentences are written for these tests (a city council budget fight, a transit strike).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from helpers import parse_text

from audit.attribution import CueLexicon, find_attributions
from audit.lexicon import LexiconError
from audit.matching import Lexicon
from audit.parties import PartyMap
from audit.report import Attribution
from audit.wording import (
    FACTUAL,
    LOADED,
    LoadedItem,
    find_loaded,
    loaded_score,
    wording_findings,
)


@lru_cache(maxsize=1)
def lexicons() -> tuple[Lexicon, Lexicon]:
    return Lexicon.load(LOADED), Lexicon.load(FACTUAL)


QUOTING = CueLexicon.load().quoting_words


def items_of(text: str, lexicon: Lexicon | None = None,
             attributions: list[list[Attribution]] | None = None) -> list[LoadedItem]:
    loaded, factual = lexicons()
    doc = parse_text(text)
    return [item for sentence in find_loaded(doc, lexicon or loaded, factual, QUOTING, attributions)
            for item in sentence]


def writer(text: str) -> list[tuple[str, str]]:
    return [(i.span.text, i.category) for i in items_of(text) if not i.in_quote]


def scare_quotes(text: str) -> list[str]:
    return [w for w, category in writer(text) if category == "scare-quotes"]


def findings_of(text: str, threshold: float = 0.5) -> list[tuple[str, str, str | None]]:
    loaded, factual = lexicons()
    doc = parse_text(text)
    items = find_loaded(doc, loaded, factual, QUOTING)
    scores = [loaded_score(s, i) for s, i in zip(doc.sentences, items, strict=True)]
    found = wording_findings(doc, items, scores, [[] for _ in doc.sentences], threshold)
    return [(f.name, f.text, f.suggestion) for f in found]


def test_each_category_is_found() -> None:
    found = writer("The devastating cuts hit the library. The regime of the council chair "
                   "ended. Clearly, the council has failed. The so-called savings are "
                   "small. The legendary coach passed away on Friday.")
    assert ("devastating", "emotive") in found
    assert ("regime", "contentious-label") in found
    assert ("Clearly", "editorializing") in found
    assert ("so-called", "doubt") in found
    assert ("legendary", "puffery") in found
    assert ("passed away", "euphemism") in found


def test_lemma_matching_finds_inflections() -> None:
    for verb in ("claims", "claimed", "claiming"):
        assert (verb, "doubt") in writer(f"The union leader {verb} the offer was final.")
    assert ("slammed", "emotive") in writer("The mayor slammed the union's demands.")


def test_multiword_entries() -> None:
    assert ("the stakes are high", "editorializing") in writer(
        "For the drivers, the stakes are high this winter.")
    assert ("lashed out", "emotive") in writer("The mayor lashed out at the drivers.")


def test_whole_words_only() -> None:
    lexicon = Lexicon([{"term": "disco", "category": "emotive", "weight": 0.5}])
    assert items_of("The discovery of the memo delayed the vote.", lexicon) == []
    assert len(items_of("The disco on Main Street closed.", lexicon)) == 1


def test_judging_how_someone_spends_or_lives_is_emotive() -> None:
    assert ("lavish", "emotive") in writer("The lavish plan includes a rooftop restaurant.")
    assert ("squalid", "emotive") in writer("The squalid cells have drawn complaints for years.")


def test_claims_counted_by_a_number_are_paperwork_not_doubt() -> None:
    assert writer("Harrow Mutual, the largest insurer in the burn area with about 2,100 claims, "
                  "said in a statement that it had paid most of them.") == []
    assert ("claims", "doubt") in writer("Harbour Mutual disputed his claims about the fire.")


def test_claimed_lives_is_not_a_doubt_verb() -> None:
    assert writer("The fire claimed three lives in the depot.") == []
    assert writer("The union claimed responsibility for the walkout.") == []
    assert ("claimed", "doubt") in writer("The union claimed that the depot was unsafe.")


def test_alleged_crime_is_fine_but_alleged_as_a_label_is_doubt() -> None:
    assert writer("The treasurer faces trial over the alleged fraud.") == []
    assert ("alleged", "doubt") in writer("The council published its alleged savings plan.")


def test_a_noun_mistagged_as_an_adjective_is_not_emotive() -> None:
    # the small model reads "anti-racism" as three adjectives; VADER rates "racism" -3.1
    assert writer("The anti-racism march reached City Hall on Saturday.") == []
    assert ("horrible", "emotive") in writer("The horrible march reached City Hall.")


def test_a_slammed_door_is_not_a_loaded_verb() -> None:
    assert writer("The mayor slammed the door on the drivers.") == []
    assert writer("The bus slammed into the depot wall.") == []
    assert ("slammed", "emotive") in writer("The mayor slammed the drivers' demands.")


def test_strong_words_describing_a_disaster_are_description() -> None:
    assert writer("A devastating earthquake struck the valley.") == []
    assert writer("The storm devastated the coast road.") == []
    assert writer("Brutal heat closed the depot.") == []
    assert ("devastating", "emotive") in writer("The devastating cuts hit the library.")
    assert ("devastated", "emotive") in writer("The mayor's plan devastated the library.")


def test_a_regime_of_inspections_is_a_routine_not_a_government() -> None:
    assert writer("The council's inspection regime was reviewed in 2021.") == []
    assert writer("The ferry line changed its maintenance regime.") == []
    assert ("regime", "contentious-label") in writer("The regime in Velmora jailed the editors.")


def test_contempt_of_court_is_a_legal_term_not_the_writers_scorn() -> None:
    assert writer("The panel voted to hold the aide in contempt.") == []
    assert writer("The judge held the landlord in contempt of court.") == []
    assert writer("The contempt resolution goes to the full council.") == []
    assert ("contempt", "emotive") in writer("The landlord treats his tenants with contempt.")


def test_context_sets_are_expanded_and_an_unknown_set_is_an_error(tmp_path: Path) -> None:
    (tmp_path / LOADED).write_text(
        "sets:\n  vehicles: [bus, tram]\n"
        "entries:\n  - {term: monster, category: emotive, weight: 0.6, "
        "except_with: [\"@vehicles\"]}\n", encoding="utf-8")
    custom = Lexicon.load(LOADED, [str(tmp_path)])
    assert [i.span.text for i in items_of("The monster bus stalled.", custom)] == []
    assert [i.span.text for i in items_of("The monster took office.", custom)] == ["monster"]
    (tmp_path / LOADED).write_text(
        "entries:\n  - {term: monster, category: emotive, except_with: [\"@nowhere\"]}\n",
        encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown set '@nowhere'"):
        Lexicon.load(LOADED, [str(tmp_path)])


def test_negation_takes_back_an_emotive_word() -> None:
    assert writer("The cuts were not devastating for the library.") == []
    assert ("devastating", "emotive") in writer("The cuts were devastating for the library.")


def test_words_in_a_quotation_are_the_source_s() -> None:
    items = items_of('"These cuts are devastating," the librarian said.')
    assert [(i.span.text, i.in_quote) for i in items] == [("devastating", True)]


def test_label_with_in_text_attribution_is_not_the_writer_s() -> None:
    (item,) = items_of("The drivers marched against what the union calls a regime of fines.")
    assert item.span.text == "regime" and item.in_quote
    (item,) = items_of("The regime of fines began in March.")
    assert not item.in_quote


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor said the pickets were thugs.", "thugs"),
    # "miserable" is in no lexicon of the project: VADER alone rates it.
    ("The tenant said the flats were miserable.", "miserable"),
])
def test_a_word_inside_attributed_content_is_the_source_s(text: str, word: str) -> None:
    credited = find_attributions(parse_text(text), CueLexicon.load(), PartyMap())
    (item,) = items_of(text, attributions=credited)
    assert (item.span.text, item.in_quote) == (word, True)
    assert not items_of(text)[0].in_quote  # the same words with no attribution: the writer's


def test_so_called_before_a_term_only_introduces_it() -> None:
    assert writer("Trump would end the so-called carried interest loophole.") == []
    assert writer("The so-called experts were wrong.") == [("so-called", "doubt")]
    assert writer('The so-called "reform" cut pay.')[0] == ("so-called", "doubt")


def test_scare_quotes_without_attribution() -> None:
    found = writer("The company's ‘offer’ was rejected by the drivers.")
    assert ("‘offer’", "scare-quotes") in found
    assert ('"deal"', "scare-quotes") in writer('Councillors mocked the "deal" on Tuesday.')


@pytest.mark.parametrize("text", [
    "The director's new documentary “13th” opens on Friday.",
    "On \"Face the Nation,\" the senator defended the plan.",
    "The station licenses ''Harbourside'' and two other shows.",
    "Rep. Robert C. \"Bobby\" Okafor opened his yard to voters.",
])
def test_a_title_or_a_nickname_in_quotation_marks_is_no_scare_quote(text: str) -> None:
    assert scare_quotes(text) == []


@pytest.mark.parametrize("text", [
    'Protesters chanted "No more cuts!" outside the depot.',
    'Marchers asked "What curfew?" and kept walking.',
    'The fund\'s report cited "political tensions" in the harbour towns.',
    'The mayor likened the plan to a "slow leak" in the budget.',
])
def test_an_utterance_or_words_someone_is_said_to_use_are_no_scare_quote(text: str) -> None:
    assert scare_quotes(text) == []


def test_a_capitalised_word_is_still_a_scare_quote_where_capitals_say_nothing() -> None:
    # A headline capitalises every word; a sentence its first.
    assert ("‘Working’", "scare-quotes") in writer("# Depot Plan Is ‘Working’ for Riders")
    assert ('"Reform"', "scare-quotes") in writer('"Reform" stalled in the committee.')


def test_short_quotation_with_a_quoting_verb_is_not_a_scare_quote() -> None:
    found = writer('The union leader called the offer a "betrayal" of the drivers.')
    assert all(category != "scare-quotes" for _, category in found)


def test_a_newsrooms_own_reporting_cue_credits_a_short_quotation(tmp_path: Path) -> None:
    # "mused" is no shipped cue: the quoted word is a scare quote until the newsroom's
    # lexicon folder adds the verb.
    (tmp_path / "cues.yaml").write_text("entries:\n  - {term: muse, class: neutral, "
                                        "speech: true}\n", encoding="utf-8")
    loaded, factual = lexicons()
    doc = parse_text('The mayor mused about a "reset" with the union.')

    def scare(quoting: frozenset[str]) -> list[str]:
        return [i.span.text for sentence in find_loaded(doc, loaded, factual, quoting)
                for i in sentence if i.category == "scare-quotes"]

    assert scare(QUOTING) == ['"reset"']
    assert scare(CueLexicon.load([str(tmp_path)]).quoting_words) == []


def test_a_loaded_sentence_scores_above_a_neutral_one() -> None:
    doc = parse_text("The council approved the budget on Tuesday. The council's brutal, "
                     "disgraceful cuts gutted the library.")
    loaded, factual = lexicons()
    items = find_loaded(doc, loaded, factual, QUOTING)
    neutral, charged = (loaded_score(s, i) for s, i in zip(doc.sentences, items, strict=True))
    assert neutral == 0.0
    assert 0.5 < charged <= 1.0


def test_the_score_rises_with_the_number_and_weight_of_writer_items() -> None:
    doc = parse_text("The council approved the fragile budget. The council approved the "
                     "brutal budget. The council approved the brutal, disgraceful budget.")
    loaded, factual = lexicons()
    items = find_loaded(doc, loaded, factual, QUOTING)
    mild, strong, two = (loaded_score(s, i) for s, i in zip(doc.sentences, items, strict=True))
    assert 0 < mild < strong < two <= 1


def test_a_quotation_over_several_sentences_is_the_source_s() -> None:
    doc = parse_text('The librarian spoke after the vote. "The cuts are brutal. They are '
                     'disgraceful and shameful," she said.')
    loaded, factual = lexicons()
    items = find_loaded(doc, loaded, factual, QUOTING)
    quoted = [i for sentence in items for i in sentence]
    assert {i.span.text for i in quoted} == {"brutal", "disgraceful", "shameful"}
    assert all(i.in_quote for i in quoted)
    assert all(loaded_score(s, i) == 0 for s, i in zip(doc.sentences, items, strict=True))


def test_quoted_words_do_not_raise_the_score() -> None:
    doc = parse_text('"The cuts are brutal and disgraceful," the librarian said.')
    loaded, factual = lexicons()
    (items,) = find_loaded(doc, loaded, factual, QUOTING)
    assert items and loaded_score(doc.sentences[0], items) == 0.0


def test_findings_and_suggestions() -> None:
    found = findings_of("The mayor claimed the budget was balanced. The terrorist cell "
                        "was raided. Tragically, the depot closed. The devastating cuts hit "
                        "the library.")
    assert ("loaded-wording", "claimed", "said") in found
    assert ("contentious-label", "terrorist",
            "name the act: attacker, gunman, bomber") in found
    assert ("editorializing", "Tragically", None) in found
    assert ("loaded-wording", "devastating", "describe the damage") in found


def test_mild_word_alone_is_listed_but_not_a_finding() -> None:
    assert writer("The fragile truce between the union and the company held.") == [
        ("fragile", "emotive")]
    assert findings_of("The fragile truce between the union and the company held.") == []


def test_liberation_suggests_release() -> None:
    assert ("loaded-wording", "liberation", "release") in findings_of(
        "The liberation of the strikers held overnight was swift.", threshold=0.3)


def test_newsroom_folder_adds_and_disable_entries_removes(tmp_path: Path) -> None:
    (tmp_path / LOADED).write_text(
        "entries:\n  - {term: fat-cat, category: contentious-label, weight: 0.7}\n",
        encoding="utf-8")
    text = "The fat-cat executives rejected the brutal deal."
    custom = Lexicon.load(LOADED, [str(tmp_path)], ["brutal"])
    found = [(i.span.text, i.category) for i in items_of(text, custom)]
    assert ("fat-cat", "contentious-label") in found
    assert all(text != "brutal" for text, _ in found)
    assert ("brutal", "emotive") in writer(text)


def test_a_name_is_no_inflection_of_a_loaded_word() -> None:
    # "Harrow" shares its lemma with "harrowing"; as a name it is matched by spelling only.
    text = "The branch on Harrow Street will close after a harrowing year."
    assert [item.span.text for item in items_of(text)] == ["harrowing"]


def test_evaluative_adjectives_of_conduct_and_outcome_are_emotive() -> None:
    assert writer("In a brazen raid, thieves took the tools.") == [("brazen", "emotive")]
    assert writer("The visitors suffered a humiliating defeat.") == [("humiliating", "emotive")]
