"""Attribution: cues, sources, speakers, parties, findings and balance.

Every sentence here is written for the tests: a fictional city budget fight and a transit
strike (Mayor Dana Whitfield, the Riverside Transit Workers Union, Halvorsen Freight).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from helpers import parse_text
from report_samples import report_of
from spacy.tokens import Doc

from audit.attribution import CueLexicon, find_attributions
from audit.attribution.sources import verb_source
from audit.parties import PartyMap
from audit.pipeline import Context, audit_document
from audit.quotes import Quote
from audit.report import Attribution, DocumentReport
from audit.reporters import text_report
from audit.reporters.editorial import pieces
from audit.settings import Settings

PARTIES = {
    "City Hall": ["Dana Whitfield", "Whitfield", "City Hall", "mayor's office"],
    "Union": ["Riverside Transit Workers Union", "Marcus Bell", "Bell"],
    "Halvorsen Freight": ["Halvorsen Freight"],
}


@pytest.fixture(scope="module")
def cues() -> CueLexicon:
    return CueLexicon.load()


def attributions(text: str, cues: CueLexicon) -> list[list[Attribution]]:
    return find_attributions(parse_text(text), cues, PartyMap(PARTIES))


def only(text: str, cues: CueLexicon) -> Attribution:
    """The one attribution of a one-sentence text."""
    found = [a for sentence in attributions(text, cues) for a in sentence]
    assert len(found) == 1, [(a.source.text, a.cue.text) for a in found]
    return found[0]


# --- cues and sources ---------------------------------------------------------------------

def test_subject_of_said_is_the_whole_noun_phrase(cues: CueLexicon) -> None:
    found = only("Mayor Dana Whitfield said the budget was balanced.", cues)
    assert found.source.text == "Mayor Dana Whitfield"
    assert found.cue.text == "said"
    assert (found.cue_lemma, found.cue_class, found.kind) == ("say", "neutral", "indirect")
    assert found.speaker == "Dana Whitfield"
    assert found.party == "City Hall"
    assert found.content is not None and found.content.text == "the budget was balanced"


def test_offsets_point_into_the_original_text(cues: CueLexicon) -> None:
    text = "**Budget**\n\nThe Riverside Transit Workers Union has said it will strike."
    found = only(text, cues)
    assert text[found.source.start:found.source.end] == found.source.text
    assert found.source.text == "The Riverside Transit Workers Union"
    assert text[found.cue.start:found.cue.end] == "said"


def test_inverted_said_with_a_direct_quote(cues: CueLexicon) -> None:
    found = only("“We will not close the library,” said Dana Whitfield.", cues)
    assert found.source.text == "Dana Whitfield"
    assert found.kind == "direct"
    assert found.content is not None and "We will not close the library" in found.content.text


def test_a_finding_held_in_the_object_of_find(cues: CueLexicon) -> None:
    found = only("A 2022 review of 130 studies by researchers at Kellam University found "
                 "little evidence that new stadiums raise local incomes.", cues)
    assert found.cue.text == "found"
    assert found.content is not None and found.content.text.endswith("raise local incomes")
    # Guards: a relative clause is no finding, nor is what a stance verb mocks.
    assert not [a for s in attributions("The engineers found a way that works.", cues)
                for a in s]
    assert not [a for s in attributions("Her tweet was mocking the fact that the mayor was "
                                        "late.", cues) for a in s]


def test_source_with_a_relative_clause_between_it_and_the_verb(cues: CueLexicon) -> None:
    found = only("Councillor Omar Reyes, who chairs the finance committee, told reporters the "
                 "plan was unfair.", cues)
    assert found.source.text == "Councillor Omar Reyes"
    assert found.cue.text == "told"


def test_a_relative_clause_deeper_in_the_source_is_no_part_of_it(cues: CueLexicon) -> None:
    # The clause names the union; the survey is no more the union's for it.
    text = ("Most riders pay cash, according to a survey by the Riverside Transit Authority, "
            "which found that Riverside Transit Workers Union members ride free.")
    survey, finding = (a for s in attributions(text, cues) for a in s)
    assert survey.source.text == "a survey by the Riverside Transit Authority"
    assert survey.content is not None and survey.content.text == "Most riders pay cash"
    assert survey.party is None
    assert finding.cue.text == "found" and finding.speaker == "Riverside Transit Authority"


def test_passive_as_outlined_by(cues: CueLexicon) -> None:
    found = only("The cuts, as outlined by budget director Priya Nair, would close two "
                 "branches.", cues)
    assert found.source.text == "budget director Priya Nair"
    assert found.cue.text == "outlined"
    assert found.speaker == "Priya Nair"


def test_according_to(cues: CueLexicon) -> None:
    found = only("The library has lost most of its staff, according to the mayor's office.", cues)
    assert found.cue.text == "according to"
    assert found.kind == "according_to"
    assert found.source.text == "the mayor's office"
    assert found.party == "City Hall"




def test_a_heading_that_only_names_what_was_said_is_no_statement(cues: CueLexicon) -> None:
    # "What they said" heads a section of quotations; it reports nothing, and its "they"
    # was an unresolved statement in the balance. What someone called something is theirs.
    text = ("# Fares rise\n\n## What they said\n\nCouncillor Ana Ortega said the rise was "
            "fair. She condemned what she called “a ferry tax on the poor.”")
    found = [a for sentence in attributions(text, cues) for a in sentence]
    assert [(a.cue.text, a.speaker) for a in found] == [
        ("said", "Ana Ortega"), ("condemned", "Ana Ortega"), ("called", "Ana Ortega")]


def test_a_clause_a_semicolon_parts_from_the_cue_is_not_its_words(cues: CueLexicon) -> None:
    # Two statements joined by a semicolon: the tenants' is theirs, not told by the owner,
    # and the owner's words are only the clause after the verb.
    text = "Tenants call the repairs a band-aid; owner says work is on schedule."
    call, says = [a for sentence in attributions(text, cues) for a in sentence]
    assert (call.source.text, call.told_by) == ("Tenants", None)
    assert says.content is not None and says.content.text == "work is on schedule"

def test_according_to_inside_what_someone_says_is_in_their_words(cues: CueLexicon) -> None:
    # The spokesman cites the logs for the average: his statement is his own, not told by
    # the logs, and the logs vouch for the clause before them.
    text = ("In an email, spokesman Peter Dunne said the average wait was 40 minutes last "
            "year, according to the clinic's own logs, and that no patient waited more than "
            "two hours.")
    said, logs = [a for sentence in attributions(text, cues) for a in sentence]
    assert (said.speaker, said.told_by) == ("Peter Dunne", None)
    assert logs.content is not None
    assert logs.content.text == "the average wait was 40 minutes last year"
    # At the end of a sentence the phrase still vouches for the whole account.
    outside = only("The wait averaged 40 minutes, according to the clinic's own logs.", cues)
    assert outside.content is not None
    assert outside.content.text == "The wait averaged 40 minutes"

def test_in_a_statement_and_a_possessive_spokesperson(cues: CueLexicon) -> None:
    found = only("In a statement, Halvorsen Freight's spokesperson said the offer was final.",
                 cues)
    assert found.source.text == "Halvorsen Freight's spokesperson"
    assert found.party == "Halvorsen Freight"
    assert not found.anonymous  # the company is named: an on-the-record voice


def test_office_indicated(cues: CueLexicon) -> None:
    found = only("Dana Whitfield's office indicated that the vote would be delayed.", cues)
    assert found.source.text == "Dana Whitfield's office"
    assert found.cue_lemma == "indicate"
    assert found.party == "City Hall"


def test_phrasal_cue_point_out(cues: CueLexicon) -> None:
    found = only("Marcus Bell pointed out that drivers had not had a raise since 2019.", cues)
    assert found.cue.text == "pointed out"
    assert found.cue_class == "endorsing"


@pytest.mark.parametrize(("text", "lemma", "cue_class"), [
    ("Whitfield admonished the council for not saying what it would cut.", "admonish",
     "stance"),
    ("The Ledger's golf columnist advises that the young caddie may break out.", "advise",
     "neutral"),
    ("Mayor Ines Varga thanked the volunteers who filled the sandbags.", "thank", "stance"),
    ("Councillor Ortega apologized for the delay to the ferry timetable.", "apologize",
     "neutral"),
    ("Brightwater Marine apologised on Thursday for the fuel spill.", "apologise", "neutral"),
    ("The union rebuked the board for closing the depot without notice.", "rebuke", "stance"),
])
def test_admonishing_and_advising_report_speech(text: str, lemma: str, cue_class: str,
                                                 cues: CueLexicon) -> None:
    found = only(text, cues)
    assert (found.cue_lemma, found.cue_class) == (lemma, cue_class)


@pytest.mark.parametrize(("text", "cue_class"), [
    ("The union insisted that the board resign before the vote.", "stance"),
    ("Whitfield insisted on a recount of the depot ballots.", "stance"),
    ("Whitfield insisted that the count was fair.", "doubt"),
    ("Whitfield insisted she would stay on as mayor.", "doubt"),
])
def test_insisting_on_a_demand_is_a_stance_and_on_a_claim_doubt(text: str, cue_class: str,
                                                                 cues: CueLexicon) -> None:
    assert only(text, cues).cue_class == cue_class


@pytest.mark.parametrize(("text", "cue_class"), [
    ("Councillor Ortega conceded the race in a call to her opponent.", "neutral"),
    ("Councillor Ortega conceded shortly after midnight.", "neutral"),
    ("Councillor Ortega conceded defeat on Tuesday.", "neutral"),
    # The parser takes the second "that" for the verb's object here.
    ("This article was updated to reflect that Ortega was officially declared the winner"
     " and that Meadows conceded.", "neutral"),
    ("Councillor Ortega conceded that the depot plan had failed.", "guilt"),
    ("Councillor Ortega conceded the point.", "guilt"),
    ("“We lost the depot,” Councillor Ortega conceded.", "guilt"),
])
def test_conceding_a_contest_accepts_a_result_and_a_point_owns_up(text: str, cue_class: str,
                                                                   cues: CueLexicon) -> None:
    assert only(text, cues).cue_class == cue_class

@pytest.mark.parametrize("text", [
    "The drivers' union labelled the offer an insult.",
    "The drivers' union labelled the offer “an insult to every driver”.",
])
def test_labelling_reports_what_something_was_called(text: str, cues: CueLexicon) -> None:
    found = only(text, cues)
    assert (found.source.text.lower().endswith("union"), found.cue_class) == (True, "stance")
    # "as" the parser hangs on the object says what it was labelled too.
    text = ("The talks stalled, with reports emerging that a union official has labelled the "
            "negotiations as unsuccessful.")
    assert "labelled" in [a.cue.text for sentence in attributions(text, cues) for a in sentence]


def test_stance_verb_with_a_partial_quote_is_mixed(cues: CueLexicon) -> None:
    found = only("The union criticized the offer as “an insult to every driver” on Monday.",
                 cues)
    assert found.cue_class == "stance"
    assert found.kind == "mixed"


# --- words that look like cues ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The pile-up on the ring road claimed three lives in March.",
    "The depot is said to be the oldest in the state.",
    "The so-called efficiency plan closes two depots.",
    "Drivers would tell you the buses are old.",
    "The mayor ruled out a second vote.",
    # speech withheld or supposed
    "It goes without saying that the fare rise is unpopular.",
    "Holt left the hall without saying a word.",
    "Let's say a degree costs more than a house.",
    # a condition; a participle that describes
    "The strike ends if the board says it will raise wages.",
    # an action that goes on: no one spoke
    "The ferry service will continue running through the winter, the mayor's plan or not.",
    "As the strike continues to spread, the depot stays shut.",
    # a subject that denies anyone spoke
    "Nobody asked the drivers.",
    "No official said the depot would close.",
    "Neither Ines Roa nor Tom Briggs mentioned the fare rise.",
    "Neither candidate would say how the ferry would be paid for.",
    # a question whether anyone spoke
    "Did anyone argue for telling the public sooner?",
    # speech one waited or hoped to hear, as yet unheard
    "The family had waited two years to hear a judge say the death mattered.",
    # a tally's or a box score's line after a name and a colon
    "Harbour Hawks: Okafor 2-for-4, 3 RBI; Tran 1-for-3, HR (9).",
    # a quantity the parser made a subject
    "The ice field lost nearly a fifth of its volume, twice the rate predicted a decade ago.",
    # "by" before a bare noun says how, not who
    "The ledgers were grey folders, each labelled by year in red ink.",
])
def test_non_cues(text: str, cues: CueLexicon) -> None:
    assert attributions(text, cues) == [[]]


def test_pledged_delegates_are_no_pledge(cues: CueLexicon) -> None:
    # The small model reads "pledged" here as a second verb of Ortiz's, "delegates" its object.
    found = attributions("Entering the final contests in June, Ortiz leads Bell by 271 "
                         "pledged delegates according to a count by the Ledger, but Bell has "
                         "won more states.", cues)
    assert [a.cue.text for sentence in found for a in sentence] == ["according to"]


def test_a_tag_of_continuing_speech_is_still_a_cue(cues: CueLexicon) -> None:
    found = attributions("“Let's just boil it down to the fares,” Bell continued.", cues)
    assert [a.speaker for sentence in found for a in sentence] == ["Bell"]


def test_what_someone_was_asked_is_no_thought_of_theirs(cues: CueLexicon) -> None:
    found = attributions("Council members asked whether Holt believed the depot would close.",
                         cues)
    assert [a.cue.text for sentence in found for a in sentence] == ["asked"]
    # Reporters asking put the story's question: no one's statement, no thought of Holt's.
    found = attributions("Reporters asked whether Holt believed the depot would close.", cues)
    assert [a.cue.text for sentence in found for a in sentence] == []


@pytest.mark.parametrize("text", [
    "I think the depot should stay open, and I believe most riders agree.",
    "We believe the fare rise will pass.",
    "Do you think the strike will end by Friday?",
])
def test_a_thought_in_the_first_or_second_person_is_no_attribution(
        text: str, cues: CueLexicon) -> None:
    """The writer's own view, or the one addressed: no source the article reports."""
    assert attributions(text, cues) == [[]]


def test_a_thought_of_someone_named_is_an_attribution(cues: CueLexicon) -> None:
    found = only("Marcus Bell believes the depot should stay open.", cues)
    assert (found.speaker, found.cue_lemma) == ("Marcus Bell", "believe")


def test_a_speakers_own_thought_inside_the_statement_is_one_statement(
        cues: CueLexicon) -> None:
    found = only("Dana Whitfield said she believes the depot will stay open.", cues)
    assert (found.speaker, found.cue_lemma) == ("Dana Whitfield", "say")


def test_someone_elses_thought_inside_a_statement_stays(cues: CueLexicon) -> None:
    text = "Dana Whitfield spoke first. Marcus Bell said that Whitfield believes the depot is safe."
    found = [(a.speaker, a.cue_lemma) for a in attributions(text, cues)[1]]
    assert found == [("Marcus Bell", "say"), ("Dana Whitfield", "believe")]


def test_calling_for_someone_to_act_is_a_call_for(cues: CueLexicon) -> None:
    """The parser marks the infinitive clause with the "for" of "call for"."""
    found = only("Marcus Bell is calling for the council to reopen the depot.", cues)
    assert (found.speaker, found.cue.text, found.cue_lemma) == (
        "Marcus Bell", "calling for", "call for")


def test_a_headlines_participle_is_a_passive_whose_subject_is_no_source(
        cues: CueLexicon) -> None:
    text = ("# Man charged with arson in warehouse fire\n\n"
            "A Dunmore man was charged Friday with setting the fire, police said.")
    assert [(a.source.text, a.cue_lemma) for s in attributions(text, cues) for a in s] == [
        ("police", "say")]
    # Guard: a headline's present tense reports speech.
    text = "# Mayor urges recount in Ward 3\n\nThe mayor spoke on Friday."
    assert [a.cue_lemma for s in attributions(text, cues) for a in s] == ["urge"]


def test_a_headline_s_subject_a_comma_and_a_verb_names_the_piece_not_a_speaker(
        cues: CueLexicon) -> None:
    text = "# The ferry timetable, explained\n\nFerries will run hourly from May."
    assert attributions(text, cues) == [[], []]
    # Guard: a headline's verb with words after it still reports speech.
    text = "# The ferry board, pressed, explained its timetable\n\nFerries will run hourly."
    assert [a.cue_lemma for s in attributions(text, cues) for a in s] == ["explain"]


def test_a_question_to_the_one_addressed_asks_for_words_no_one_has_said(
        cues: CueLexicon) -> None:
    text = "Talia Moss called the pier unsafe. What do you say to her?"
    assert [a.source.text for s in attributions(text, cues) for a in s] == ["Talia Moss"]
    # Guard: the one addressed, told what they said, is reported.
    text = "You told the council in May that the pier would open in June."
    assert [a.source.text for s in attributions(text, cues) for a in s] == ["You"]


def test_one_a_recording_catches_speaking_is_the_source_and_the_quotation_is_theirs(
        cues: CueLexicon) -> None:
    text = ("On the recording, the pilot, Capt. Ida Marsh, can be heard asking her first "
            "officer, \"Is that ice on the wing?\"")
    assert [(a.source.text, a.kind, a.content.text if a.content else None)
            for s in attributions(text, cues) for a in s] == [
        ("the pilot, Capt. Ida Marsh", "direct", "\"Is that ice on the wing?\"")]
    # Guard: a thing as the object is what the verb is about, not whom a quotation is for.
    text = "Marsh dismissed the checklist, \"a relic of the old fleet.\""
    assert [a.content.text for s in attributions(text, cues) for a in s if a.content] == [
        "the checklist, \"a relic of the old fleet.\""]


def test_a_date_after_a_verb_is_no_preposition_of_its_cue(cues: CueLexicon) -> None:
    # "called someone on Wednesday" is a telephone call, not "call on" (to urge).
    text = "Mayor Gail Porter phoned the depot. She called the depot manager on Wednesday."
    assert [a.cue_lemma for s in attributions(text, cues) for a in s] == []
    # Guard: "called on" with someone to act, and "wrote in" a column, are still cues.
    text = ("Marcus Bell called on the council on Monday to reopen the depot. Dana Whitfield "
            "wrote in 2024 that the depot was safe.")
    assert [a.cue.text for s in attributions(text, cues) for a in s] == ["called on", "wrote"]


@pytest.mark.parametrize("text, called", [
    ("Marcus Bell called the budget “a betrayal of riders.”", "a betrayal of riders."),
    ("Marcus Bell called the mayor “a tireless reformer.”", "a tireless reformer."),
    ("Marcus Bell says he respects Whitfield and calls her “a capable mayor.”",
     "a capable mayor."),
])
def test_what_someone_was_called_in_quotation_marks_is_quoted(
        text: str, called: str, cues: CueLexicon) -> None:
    found = [a for sentence in attributions(text, cues) for a in sentence
             if a.cue_lemma == "call"]
    assert len(found) == 1 and found[0].kind == "mixed"
    assert found[0].content is not None and found[0].content.text.endswith(called + "”")


def test_a_quoted_word_inside_the_object_is_no_predicate(cues: CueLexicon) -> None:
    assert attributions("Marcus Bell called the “reform” committee yesterday.", cues) == [[]]


def test_a_ruling_reports_what_the_court_decided(cues: CueLexicon) -> None:
    found = only("The judge ruled that the depot could stay open.", cues)
    assert (found.source.text, found.cue_lemma, found.content.text) == (
        "The judge", "rule", "that the depot could stay open")


def test_claimed_as_a_cue_is_doubt(cues: CueLexicon) -> None:
    found = only("Whitfield claimed that the budget was balanced.", cues)
    assert found.cue_class == "doubt"


# --- quotations over several sentences ------------------------------------------------------

def test_quote_over_two_sentences_keeps_its_speaker(cues: CueLexicon) -> None:
    text = "“We are not going anywhere. The drivers deserve a fair wage,” said Marcus Bell."
    found = attributions(text, cues)
    assert len(found) == 2
    assert [a.speaker for sentence in found for a in sentence] == ["Marcus Bell", "Marcus Bell"]
    assert all(a.kind == "direct" for sentence in found for a in sentence)


def test_quote_over_paragraphs_keeps_its_speaker(cues: CueLexicon) -> None:
    text = ("“The offer is an insult,” Marcus Bell said. “It ignores every driver.\n\n"
            "“We will stay out until it changes.”\n\n"
            "The company did not comment.")
    found = attributions(text, cues)
    assert [len(sentence) for sentence in found] == [1, 1, 1, 0]
    assert found[2][0].speaker == "Marcus Bell"
    assert found[2][0].cue == found[0][0].cue  # the same attribution, carried


def test_uncued_quote_after_an_attributed_quote_continues_it(cues: CueLexicon) -> None:
    text = ("“We voted to strike,” Bell said.\n\n"
            "“Nobody wants this.”\n\n"
            "“Prices went up.”")
    found = attributions(text, cues)
    assert [a.source.text for sentence in found for a in sentence] == ["Bell"] * 3


def test_uncued_quote_after_writer_text_stays_unattributed(cues: CueLexicon) -> None:
    text = "“We voted to strike,” Bell said. The buses stopped at noon. “Nobody wants this.”"
    assert [len(sentence) for sentence in attributions(text, cues)] == [1, 0, 0]



def test_the_writers_question_between_quotations_is_put_to_the_speaker(cues: CueLexicon
                                                                         ) -> None:
    text = ("“We will keep the ferries running,” Bell said. And if the strike drags into "
            "spring? “I do not want to think about that.” The buses stopped at noon. "
            "“Nobody wants this.”")
    assert [[a.speaker for a in sentence] for sentence in attributions(text, cues)] == [
        ["Bell"], [], ["Bell"], [], []]


def test_the_object_of_a_verb_told_to_someone_is_the_hearer_not_the_words(
        cues: CueLexicon) -> None:
    text = ("“We will not close the depot. Not this year,” Ana Holt told reporters on "
            "Thursday.")
    said = [a for sentence in attributions(text, cues) for a in sentence]
    assert [(a.kind, a.content.text if a.content else None) for a in said][-1] == (
        "direct", "“We will not close the depot. Not this year,”")


def test_a_name_with_an_apposition_speaks_when_the_parser_took_a_quoted_title() -> None:
    # A parse the small model gives to '“...,” Holt, a union steward, said on “Dock
    # Talk.”': the quoted show is the subject of "said" and the name hangs on the quoted
    # words. The speaker is the name whose apposition ends at the tag.
    words = ["“", "Crews", "are", "short", ",", "”", "Holt", ",", "a", "union", "steward",
             ",", "said", "on", "“", "Dock", "Talk", ".", "”"]
    heads = [2, 2, 12, 2, 2, 12, 1, 6, 10, 10, 6, 12, 12, 12, 12, 12, 15, 12, 12]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "appos", "punct", "det",
            "compound", "appos", "punct", "ROOT", "prep", "punct", "nsubj", "conj", "punct",
            "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              ents=["O"] * 6 + ["B-PERSON"] + ["O"] * 12)
    quotes = [Quote(doc[0].idx, doc[5].idx + 1, 0), Quote(doc[14].idx, doc[18].idx + 1, 1)]
    source, vague = verb_source(doc[12], quotes)
    assert (source.text if source else None, vague) == ("Holt", False)


def test_what_was_told_is_the_that_clause_even_when_the_parser_hangs_it_on_the_hearer(
        cues: CueLexicon) -> None:
    text = ("Tom Reyes stood with the crew. He told Harbour Radio’s “Dockside” programme on "
            "Tuesday that the crew was safe and that the ferry would sail.")
    said = [a for sentence in attributions(text, cues) for a in sentence]
    assert [(a.kind, a.content.text if a.content else None) for a in said] == [
        ("indirect", "that the crew was safe and that the ferry would sail")]


def test_a_word_in_marks_naming_the_source_is_not_what_it_says(cues: CueLexicon) -> None:
    text = ("The council's \"renewal\" plan also calls for a ferry to stop at the pier twice "
            "a week.")
    said = [a for sentence in attributions(text, cues) for a in sentence]
    assert [(a.kind, a.content) for a in said] == [("indirect", None)]


def test_what_was_told_is_the_that_clause_the_parser_hangs_on_the_time_of_the_telling(
        cues: CueLexicon) -> None:
    # The parser reads "that the crew would strike" as a relative clause of "the meeting".
    text = "Ana Holt told reporters after the meeting that the crew would strike on Monday."
    said = [a for sentence in attributions(text, cues) for a in sentence]
    assert [a.content.text if a.content else None for a in said] == [
        "the crew would strike on Monday"]


@pytest.mark.parametrize(("text", "second"), [
    ("Tom Reyes said he would ask the board for a vote and warned that the money was "
     "running out.", "warned"),
    ("Tom Reyes said the plan had failed, arguing that the board ignored the drivers.",
     "arguing"),
    # joined to a reported "be", in its tense: a thing described does not speak
    ("Tom Reyes said the depot was \u201ca fair deal\u201d and thanked the drivers who "
     "had stayed.", "thanked"),
    ("Tom Reyes said the survey was careful but urged caution about its size.", "urged"),
])
def test_a_second_cue_hung_on_the_reported_verb_is_the_reporters(
        text: str, second: str, cues: CueLexicon) -> None:
    assert [(a.source.text, a.cue.text) for sentence in attributions(text, cues)
            for a in sentence] == [("Tom Reyes", "said"), ("Tom Reyes", second)]


def test_a_participle_after_a_named_subjects_clause_is_theirs_not_a_things(
        cues: CueLexicon) -> None:
    text = ("The dispute began last year when Valdoria put a 30 percent duty on Kessland "
            "steel, saying it was being sold below cost.")
    found = only(text, cues)
    assert (found.source.text, found.cue.text) == ("Valdoria", "saying")


def test_a_past_form_sharing_the_reported_verbs_had_is_the_reported_subjects(
        cues: CueLexicon) -> None:
    text = ("Tom Reyes said the board had considered other offers but concluded that the "
            "harbour bid was the strongest.")
    assert [(a.source.text, a.cue.text) for sentence in attributions(text, cues)
            for a in sentence] == [("Tom Reyes", "said"), ("the board", "concluded")]


@pytest.mark.parametrize(("text", "found"), [
    # a report with an object reports what it names
    ("A photographer for the Ledger saw Holt at the pier and reported the sighting online.",
     ("A photographer for the Ledger", "reported")),
    # a participle after a preposition: the subject of the verb the preposition belongs
    # to, through an adverb, or the subject a passive describes
    ("Holt refuses to discuss candidates, aside from saying she wants a diverse council.",
     ("Holt", "saying")),
    ("After saying the pier was “not safe for anyone,” she was taken off the rota.",
     ("she", "saying")),
    # what is stressed or proclaimed may be a noun phrase
    ("Ana Holt is stressing the value of a second ferry.", ("Ana Holt", "stressing")),
    ("In her speech on Wednesday, Holt proclaimed a goal of a ferry for every island.",
     ("Holt", "proclaimed")),
    # an infinitive of purpose, and one after a verb that makes it happen, took place;
    # the one made to speak is the object
    ("Holt went on local radio on Sunday to accuse the port board of hiding the figures.",
     ("Holt", "accuse")),
    ("The councillor forced Reyes, who faced the audit panel for three hours, to admit "
     "that the accounts were late.", ("Reyes", "admit")),
    # the tag put first
    ("Said Okafor: “Nobody on that board has read the plan.”", ("Okafor", "Said")),
    # of two subjects the parser gives a cue, the one next to it
    ("The north pier, as one of the harbour engineers pointed out, rarely floods in "
     "winter.", ("one of the harbour engineers", "pointed out")),
    # a gerund reports a clause too
    ("Night drivers report feeling unsafe at the depot.", ("Night drivers", "report")),
    # a charge names what it charges with
    ("Prosecutors in April charged two landlords, Ana Holt and Tom Reyes, with cheating "
     "tenants.", ("Prosecutors", "charged")),
])
def test_cues_with_an_object_or_after_a_preposition(text: str, found: tuple[str, str],
                                                    cues: CueLexicon) -> None:
    assert [(a.source.text, a.cue.text) for sentence in attributions(text, cues)
            for a in sentence] == [found]


def test_a_tag_the_parser_joined_to_the_quoted_verb_belongs_to_the_name_before_it() -> None:
    # A parse the small model gives to '“We will win,” police Chief Ana Holt said Monday.':
    # "said" is a conjunct of the quoted "win".
    words = ["“", "We", "will", "win", ",", "”", "police", "Chief", "Ana", "Holt", "said",
             "Monday", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 9, 7, 3, 10, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "compound", "dobj",
            "compound", "appos", "conj", "npadvmod", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              ents=["O"] * 8 + ["B-PERSON", "I-PERSON"] + ["O"] * 3)
    quotes = [Quote(doc[0].idx, doc[5].idx + 1, 0)]
    source, vague = verb_source(doc[10], quotes)
    assert (source.text if source else None, vague) == ("Holt", False)


def test_a_source_phrase_never_takes_in_the_quotation_before_it(cues: CueLexicon) -> None:
    text = ("“Here is my word to all of you: We will find the money,” Harbour police Chief "
            "Omar Dunn said Monday.")
    assert [(a.source.text, a.speaker) for sentence in attributions(text, cues)
            for a in sentence] == [("Harbour police Chief Omar Dunn", "Omar Dunn")]

# --- speakers ---------------------------------------------------------------------------------

def test_pronoun_resolves_to_the_last_named_person(cues: CueLexicon) -> None:
    text = "Dana Whitfield defended the budget on Monday. She said the cuts were temporary."
    found = attributions(text, cues)[1][0]
    assert found.source.text == "She"
    assert found.speaker == "Dana Whitfield"
    assert found.party == "City Hall"


def test_the_union_resolves_to_the_named_union(cues: CueLexicon) -> None:
    text = ("The Riverside Transit Workers Union walked out on Monday. "
            "The union said its members would vote next week.")
    found = attributions(text, cues)[1][0]
    assert found.source.text == "The union"
    assert found.speaker == "Riverside Transit Workers Union"
    assert found.party == "Union"


def test_the_company_resolves_to_the_named_company(cues: CueLexicon) -> None:
    text = ("Halvorsen Freight runs the depot on the east side. "
            "The company said it would hire replacement drivers.")
    found = attributions(text, cues)[1][0]
    assert found.speaker == "Halvorsen Freight"
    assert found.party == "Halvorsen Freight"


def test_surname_joins_the_full_name(cues: CueLexicon) -> None:
    text = "Marcus Bell has led the union since 2020. Bell said the strike would go on."
    found = attributions(text, cues)[1][0]
    assert found.source.text == "Bell"
    assert found.speaker == "Marcus Bell"


# --- anonymous and vague ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A senior official said the council would vote in May.",
    "Sources told the paper that the depot would close.",
    "A spokesperson said the talks had stalled.",
    # an unnamed group of people in a role
    "A group of doctors wrote to the board, calling for the depot's closure.",
])
def test_anonymous_sources(text: str, cues: CueLexicon) -> None:
    found = only(text, cues)
    assert found.anonymous and not found.vague


@pytest.mark.parametrize("text", [
    "Critics say the budget favours downtown.",
    "Reports indicate that the depot will close.",
    "It is believed that the depot will close.",
    "Many argue that the fares are too high.",
    "The talks stalled, with reports emerging that the depot would close.",
    # polls without a pollster, a profession at large, the media as a whole
    "Recent polls have shown that the union is ahead.",
    "Economists say the fare rise will slow the city's growth.",
    "Despite media pronouncements that the union was the winner of the talks, the strike went on.",
    # a nationality or a party as a whole
    "Mexicans often say that the border is too close.",
    "Republicans argue that taxes should fall.",
    # a crowd of any trade counted vaguely
    "Some engineers say the bridge cost is not out of line.",
    "Other ferry pilots said the schedule was unsafe.",
    # people of a kind at large, whatever the kind
    "Advocates say the exception is almost never used.",
    "Criminologists caution that the count can rise when police change how they record it.",
])
def test_vague_attributions(text: str, cues: CueLexicon) -> None:
    found = only(text, cues)
    assert found.vague and not found.anonymous
    assert found.party is None


@pytest.mark.parametrize("text", [
    "Marcus Bell said the vote was unanimous.",
    # a role tied to a named person, a pollster named by its adjective or compound
    "Marcus Bell's doctor said he was fit to lead the strike.",
    "Recent Ledger polls have shown that the union is ahead.",
    # a party's members in a named body, people named together
    "Senate Republicans said the bill would fail.",
    "On Monday, Marta Silva and Tom Briggs said the cafe would close.",
    # a group with one of its members named, part of a group the sentence names
    "Many tax experts, including Ruth Adeyemi, say the plan will cost jobs.",
    "She met the parents of the pupils, many of whom say the school failed them.",
    # people of a trade, not counted vaguely
    "Engineers at Halden Works said the bridge cost was not out of line.",
    "Tenants of the Harlow block said the heat had been off for a week.",
    # the one critic the story brought in, where critics are a crowd
    "The critic added that the protesters had a point.",
])
def test_named_source_is_neither_anonymous_nor_vague(text: str, cues: CueLexicon) -> None:
    found = only(text, cues)
    assert not found.anonymous and not found.vague


# --- findings and balance through the pipeline --------------------------------------------

def audit(text: str, tmp_path: Path, **settings: object) -> DocumentReport:
    path = tmp_path / "parties.yaml"
    path.write_text("\n".join(f"{party}: [{', '.join(aliases)}]"
                              for party, aliases in PARTIES.items()), encoding="utf-8")
    context = Context.from_settings(Settings(parties=str(path), **settings))  # type: ignore[arg-type]
    return audit_document(parse_text(text), context)


def names(report: DocumentReport) -> list[tuple[str, str]]:
    return [(f.name, f.text) for f in report.findings]


def test_unattributed_statistic(tmp_path: Path) -> None:
    report = audit("The strike has cost the city $4 million a week.\n\n"
                   "The council met on March 3 at 7 p.m. for the first time.\n\n"
                   "Whitfield said the strike has cost 300 jobs.", tmp_path)
    flagged = [text for name, text in names(report) if name == "unattributed-statistic"]
    assert flagged == ["$4 million"]


def test_figure_before_the_attribution_in_its_paragraph_is_still_flagged(
        tmp_path: Path) -> None:
    report = audit("The depot holds 400 buses. Bell said the drivers were ready.", tmp_path)
    assert [t for n, t in names(report) if n == "unattributed-statistic"] == ["400 buses"]


def test_source_findings(tmp_path: Path) -> None:
    report = audit("Critics say the budget favours downtown. A senior official said the vote "
                   "would be close. Whitfield insisted the budget was fair.", tmp_path)
    found = names(report)
    assert ("vague-attribution", "Critics say") in found
    assert ("anonymous-source", "A senior official") in found
    assert ("loaded-reporting-verb", "insisted") in found
    loaded = next(f for f in report.findings if f.name == "loaded-reporting-verb")
    assert loaded.suggestion == "said"


def test_a_court_paper_alleges_in_plain_words(tmp_path: Path) -> None:
    report = audit("A lawsuit filed last year by a former bookkeeper alleges that she was fired "
                   "for raising the invoices. Whitfield alleges that the depot was unsafe.",
                   tmp_path)
    assert [t for n, t in names(report) if n == "loaded-reporting-verb"] == ["alleges"]
    loaded = next(f for f in report.findings if f.name == "loaded-reporting-verb")
    assert "Whitfield" in loaded.message


def test_no_source_finding_for_a_source_inside_a_named_speakers_words(tmp_path: Path) -> None:
    report = audit("Whitfield said about 20 people had told her that the depot was unsafe.\n\n"
                   "Critics say the budget favours downtown.", tmp_path)
    assert [(n, t) for n, t in names(report) if n in ("vague-attribution", "anonymous-source")
            ] == [("vague-attribution", "Critics say")]
    # A vague or unnamed source is flagged once for its whole account, not again for the
    # vague words inside it.
    report = audit("Leaders in the inland districts said the numbers confirmed what they had "
                   "seen for years.", tmp_path)
    assert [n for n, _ in names(report) if n in ("vague-attribution", "anonymous-source")
            ] == ["anonymous-source"]
    # A statement a semicolon parts from another is no part of its words: both are flagged.
    report = audit("Supporters of the ban call the vans a hazard; critics call the ordinance "
                   "a tax on workers.", tmp_path)
    assert [t for n, t in names(report) if n == "vague-attribution"] == [
        "Supporters of the ban call", "critics call"]


def test_no_anonymous_source_finding_where_the_story_says_why_it_is_unnamed(
        tmp_path: Path) -> None:
    # What the finding asks for is done: the reason is given, with or without the word
    # "anonymity". Unexplained, or a reason inside what is said, the finding stays.
    explained = ["The strike vote is set, according to two drivers who spoke on condition of "
                 "anonymity because they feared losing their jobs.",
                 "A senior aide, who asked not to be named to speak freely, said the deal "
                 "was close.",
                 "Two officials, who were not authorized to speak publicly, said the talks "
                 "had stalled.",
                 "A depot manager, who wasn't authorized to discuss the talks, said the "
                 "drivers would stay out.",
                 "A council clerk who refused to be identified because she feared losing "
                 "her job said the minutes were changed.",
                 "A teacher at Eastgate Primary, who asked not to be named because she was "
                 "not authorised to speak for the school, said staff had been told little.",
                 "A depot manager, who was not authorised to discuss the talks, said the "
                 "drivers would stay out.",
                 "A clerk, who asked that her name not be used because she feared losing her "
                 "job, said the minutes were changed.",
                 "A clerk, whose name was withheld because she feared losing her job, said "
                 "the minutes were changed."]
    unexplained = ["A senior aide, who asked not to be named, said the deal was close.",
                   "A teacher at Eastgate Primary, who asked not to be named, said staff had "
                   "been told little.",
                   "A senior aide, who was identified by her title, said the deal was close.",
                   "Two officials said the depot plan was not permitted."]
    for text in explained:
        assert "anonymous-source" not in [n for n, _ in names(audit(text, tmp_path))], text
    for text in unexplained:
        assert "anonymous-source" in [n for n, _ in names(audit(text, tmp_path))], text


def test_anonymity_explained_in_the_next_sentence_or_where_the_source_is_named_again(
        tmp_path: Path) -> None:
    def unnamed(text: str) -> list[str]:
        return [t for n, t in names(audit(text, tmp_path)) if n == "anonymous-source"]
    assert unnamed("Two officials said the vote was set. They spoke on condition of anonymity "
                   "because they were not allowed to speak.") == []
    assert unnamed("The depot will close, according to two people familiar with the talks.\n\n"
                   "The people, who spoke on condition of anonymity because the talks are "
                   "private, said a deal was near.") == []
    # Guard: the next sentence's reason is for its own unnamed source, and other people are
    # not the ones explained.
    assert unnamed("Two officials said the vote was set. A clerk, who asked not to be named "
                   "because she feared losing her job, said so too.") == ["Two officials"]
    assert unnamed("Two officials said the vote was set.\n\nThe people, who spoke on condition "
                   "of anonymity because the talks are private, said a deal was near."
                   ) == ["Two officials"]
    # A headline's source is judged in the body, where the story says who it is.
    assert unnamed("# Fire at depot was set deliberately, investigators say\n\nThe fire "
                   "destroyed the depot on Monday. Investigators said it was set.") == [
        "Investigators"]
    # The same source taken up again with "the" after it was explained.
    assert unnamed("A provincial official, who was not authorized to speak publicly, said the "
                   "dam had released water too fast.\n\n\"The release was necessary,\" the "
                   "official said.") == []


def test_a_former_aide_speaks_for_the_party_no_longer(cues: CueLexicon) -> None:
    parties = PartyMap(PARTIES)
    found = [a for s in find_attributions(parse_text(
        "A former aide to Whitfield said the contracts were rigged. An aide to Whitfield said "
        "the budget was fair."), cues, parties) for a in s]
    assert [a.party for a in found] == [None, "City Hall"]


def test_balance_counts_statements_and_repeats_once(tmp_path: Path) -> None:
    text = ("Whitfield said the budget was fair.\n\n"
            "Bell said the drivers would strike. He said the vote was unanimous.\n\n"
            "Whitfield said the budget was fair.\n\n"
            "A senior official said the talks had stalled.")
    parties = audit(text, tmp_path).parties
    assert parties["City Hall"].statements == 1
    assert parties["Union"].statements == 2
    assert parties["Halvorsen Freight"].statements == 0
    assert parties["unassigned"].statements == 1
    assert parties["Union"].share_of_voice == pytest.approx(0.5)


def test_dominant_and_unheard_party(tmp_path: Path) -> None:
    text = ("Whitfield said the budget was fair. She said the cuts were temporary. "
            "Whitfield added that the library would stay open.\n\n"
            "Halvorsen Freight runs the depot. Halvorsen Freight lost a contract. "
            "Halvorsen Freight hired new drivers.")
    found = [f.name for f in audit(text, tmp_path).findings]
    assert "dominant-party" in found
    assert "unheard-party" in found
    balanced = audit(text + "\n\nHalvorsen Freight said the drivers were paid well.",
                     tmp_path, dominant_share=0.8)
    assert "dominant-party" not in [f.name for f in balanced.findings]
    assert "unheard-party" not in [f.name for f in balanced.findings]


def test_name_and_colon_open_a_headline_statement(cues: CueLexicon) -> None:
    found = only("Whitfield: Library Will Stay Open", cues)
    assert (found.source.text, found.cue.text) == ("Whitfield", ":")
    assert found.content is not None and found.content.text == "Library Will Stay Open"
    assert attributions("Chicago: The buses stopped at noon.", cues) == [[]]  # a dateline


def test_a_title_name_the_tagger_missed_is_the_person_the_story_names(
        cues: CueLexicon) -> None:
    body = ("Councillor Ines Varga said on Tuesday that the plan was not ready. Sven "
            "Lindqvist, who runs the depot, disagreed.")
    for title, speaker in (("Varga: Depot Cuts Will Wait Until Spring", "Ines Varga"),
                           ("Lindqvist: Council Must Rethink Bus Fares", "Sven Lindqvist")):
        first = attributions(f"{title}\n\n{body}\n", cues)[0]
        assert [(a.cue.text, a.speaker) for a in first] == [(":", speaker)]
    # A kicker is no one's name, whatever the story names.
    assert attributions(f"Budget: What the Cuts Mean\n\n{body}\n", cues)[0] == []


def test_few_parties_heard_when_the_story_quotes_one_side(tmp_path: Path, run_json) -> None:
    parties = tmp_path / "parties.yaml"
    parties.write_text("Union: [Local 12, Molina]\nCompany: [Halvorsen Freight, Sorensen]\n")
    draft = tmp_path / "story.md"
    draft.write_text("Halvorsen Freight said the strike was hurting customers. "
                     "Sorensen said the offer was fair. Local 12 stayed out.\n")
    findings = run_json("--parties", str(parties), str(draft))["documents"][0]["findings"]
    assert [f["message"] for f in findings if f["rule"] == "AUD107"] == [
        "1 of the 2 parties is heard; the minimum is 2."]
    config = tmp_path / "audit.toml"
    config.write_text("min-parties-heard = 1\n")
    findings = run_json("--config", str(config), "--parties", str(parties),
                        str(draft))["documents"][0]["findings"]
    assert not [f for f in findings if f["rule"] == "AUD107"]


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("The council voted 5-4 to close two libraries.", None),
    ("Closing the branches will affect roughly 14,000 cardholders.", "roughly 14,000 cardholders"),
    ("Thousands of residents signed the petition.", None),
    ("Perhaps thousands of residents signed the petition.", "thousands"),
    ("The 45-year-old driver has worked there for two decades.", None),
])
def test_what_counts_as_an_unattributed_statistic(tmp_path: Path, run_json, sentence: str,
                                                  flagged: str | None) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(sentence + "\n")
    findings = run_json(str(draft))["documents"][0]["findings"]
    found = [f["text"] for f in findings if f["rule"] == "AUD101"]
    assert found == ([flagged] if flagged else [])


def test_a_name_the_parser_cut_from_its_cue_is_still_the_source(cues: CueLexicon) -> None:
    # The parser reads "advocate" as a verb with the name as its object, leaving "told"
    # without a subject: the name right before the cue is the one speaking.
    found = only("City councillor and renters advocate Omar Lindqvist told Metro News the "
                 "bylaws favour the property owner.", cues)
    assert (found.source.text, found.speaker) == ("Omar Lindqvist", "Omar Lindqvist")


def test_the_subject_outside_the_quotation_is_the_speaker(cues: CueLexicon) -> None:
    found = attributions("“The council is scrambling. Truly scrambling,” said Lena Brask, a "
                         "Millbrook-based president of the Harbour Tenants Union.", cues)
    assert {a.speaker for sentence in found for a in sentence} == {"Lena Brask"}


def test_a_name_with_a_bracket_before_the_cue_is_the_source(cues: CueLexicon) -> None:
    found = attributions('"She would make a fine mayor. Not decent, fine. One of the sharpest '
                         'minds on the whole council," Rep. Omar Quist (D-Md.) said in a '
                         "phone interview.", cues)
    assert {a.speaker for sentence in found for a in sentence} == {"Omar Quist"}


def test_one_unnamed_source_with_two_cues_is_reported_once(tmp_path: Path) -> None:
    report = audit("His aides say it is too early to talk about the strike but noted that "
                   "the drivers had voted twice.", tmp_path)
    assert [t for n, t in names(report) if n == "anonymous-source"] == ["His aides"]


def test_the_one_quoted_as_saying_is_the_source(cues: CueLexicon) -> None:
    found = only("Police chief Omar Dunn was quoted as saying by the Courier that officers had "
                 "taken several calls.", cues)
    assert (found.speaker, found.vague, found.anonymous) == ("Omar Dunn", False, False)


@pytest.mark.parametrize(("text", "first", "last"), [
    # every quotation of a sentence with one tag is the speaker's
    ("“It reinforced our resolve,” said Senator Ana Holt, and “our trust in the people of "
     "this state.”", "“It reinforced", "this state.”"),
    # a tag inside a clause reports the clause on both sides of it
    ("The pills have few proper uses, he says, and should be prescribed for a week at "
     "most.", "The pills have", "for a week at most"),
])
def test_the_content_spans_every_part_of_what_the_tag_reports(
        text: str, first: str, last: str, cues: CueLexicon) -> None:
    found = only(text, cues)
    assert found.content is not None
    assert found.content.text.startswith(first)
    assert found.content.text.endswith(last)


def test_according_to_stops_where_another_speaker_begins(cues: CueLexicon) -> None:
    text = ("According to the transit authority, the nine-minute target is met on most "
            "calls, but Marcus Bell says drivers see something else.")
    found = {a.source.text: a.content.text for s in attributions(text, cues) for a in s}
    assert found == {
        "the transit authority": "the nine-minute target is met on most calls",
        "Marcus Bell": "drivers see something else"}


@pytest.mark.parametrize(("text", "speaker"), [
    # The tagger names only the part before the hyphen; the name is the whole word.
    ("Later that month, Kestrel-Vane applied for a review, arguing the refusal was unfair.",
     "Kestrel-Vane"),
    ("Dorsey-Quill, the contractor, said on Monday that the bridge would open in May.",
     "Dorsey-Quill"),
    # The parser makes the description before a name a second subject.
    ("The builder Harrow Pike said on Monday that the bridge would open in May.",
     "Harrow Pike"),
])
def test_the_speaker_is_the_whole_name(text: str, speaker: str, cues: CueLexicon) -> None:
    found = only(text, cues)
    assert (found.source.text, found.speaker) == (speaker, speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Marcus Bell, who drives the night bus, is more blunt: “The depot is failing us.”",
     "Marcus Bell"),
    ("Councillor Ines Varga is less sure: “The plan will never work.”", "Ines Varga"),
])
def test_a_persons_clause_ending_in_a_colon_introduces_the_quotation(
        text: str, speaker: str, cues: CueLexicon) -> None:
    found = only(text, cues)
    assert (found.speaker, found.kind, found.cue.text) == (speaker, "direct", ":")


@pytest.mark.parametrize("text", [
    "The rule is plain: “Do not feed the gulls.”",
    "He looked hurt, so I gave a different reply: “Of course I trust you.”",
])
def test_a_colon_after_no_ones_clause_credits_no_one(text: str, cues: CueLexicon) -> None:
    assert attributions(text, cues) == [[]]


def test_a_possessed_statement_noun_before_a_colon_introduces_what_follows(
        cues: CueLexicon) -> None:
    text = ("Wendy Golden lost her son to an overdose.\n\n"
            "Her message now is simple: don't share or sell prescriptions.\n\n"
            "\u201cYou don't know what that person took earlier.\u201d\n")
    found = [a for sentence in attributions(text, cues) for a in sentence]
    assert [(a.speaker, a.kind) for a in found] == [("Wendy Golden", "indirect"),
                                                   ("Wendy Golden", "direct")]
    assert found[0].content is not None and found[0].content.text.startswith("don't share")
    # Nobody's: the writer goes on after the colon.
    assert attributions("In some towns the argument might be true: namely, where the mill "
                        "closed.", cues) == [[]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Wendy Golden kept a shrine to her son. It had, in her words, become \u201cunhealthy.\u201d",
     "Wendy Golden"),
    ("Mayor Dana Whitfield spoke last. In the words of Dana Whitfield, the plan is dead.",
     "Dana Whitfield"),
])
def test_in_someones_words_credits_them(text: str, speaker: str, cues: CueLexicon) -> None:
    found = [a for sentence in attributions(text, cues) for a in sentence]
    assert [(a.speaker, a.kind) for a in found] == [(speaker, "according_to")]


def test_words_that_are_no_ones_saying_credit_no_one(cues: CueLexicon) -> None:
    assert attributions("Others saw the same thing in Ortega's blank stare and robotic words.",
                        cues) == [[]]


def test_what_someone_would_say_is_the_clause_after_is(cues: CueLexicon) -> None:
    text = ("Inspector Dale Marsh would not discuss the case. What he would say is that fines "
            "rarely deter this kind of behaviour.")
    (found,) = [a for sentence in attributions(text, cues) for a in sentence]
    assert (found.speaker, found.kind) == ("Dale Marsh", "indirect")
    assert found.content is not None and found.content.text.startswith("that fines rarely")
    # A wish is still no statement: "he would say" alone reports nothing.
    assert attributions("Marsh would not discuss it. He would say more in June.", cues) == [
        [], []]


READER_REACTIONS = """Readers wrote in after the council voted to shut the Elm Street branch.

“The library is the only warm place some of us have in January. Closing it hurts.” ― Dana Okafor
“Closing it on Sundays saves almost nothing.”— Paul Ostrander, a retired teacher
“Ask the children who do homework there.” -- Lena Moritz

The council meets again on Monday.
"""


def test_a_quotation_credited_by_a_dash_line_is_the_named_persons(cues: CueLexicon) -> None:
    found = [a for sentence in attributions(READER_REACTIONS, cues) for a in sentence
             if a.kind == "direct"]
    credited = {(a.speaker, a.cue.text) for a in found}
    assert credited == {("Dana Okafor", "―"), ("Paul Ostrander", "—"),
                        ("Lena Moritz", "--")}
    # The quotation's first sentence is hers too, not the readers' of the line before.
    first = next(a for a in found if a.content and "only warm place" in a.content.text)
    assert first.speaker == "Dana Okafor"


@pytest.mark.parametrize("text", [
    "Ortega spoke first. He called the plan “a giveaway” — Ortega, the mayor, disagreed.",
    "“It is a giveaway” — Ortega said that twice.",
])
def test_a_dash_after_a_quotation_in_a_running_sentence_credits_no_one(
        text: str, cues: CueLexicon) -> None:
    assert all(a.cue.text not in "—―" for s in attributions(text, cues) for a in s)


def test_a_cue_the_parser_hung_on_a_participle_keeps_its_subject(cues: CueLexicon) -> None:
    # No main verb found: the noun phrase is the root and "said" a clause of "allowing".
    found = only("The zoning board ruling allowing the tower said the site was suitable.",
                 cues)
    assert (found.source.text, found.speaker) == ("The zoning board ruling",
                                                  "zoning board ruling")


def test_a_long_apposition_does_not_part_a_quotation_from_its_tag(cues: CueLexicon) -> None:
    text = ("“Does he really need that deal, or can he push back harder?” Miguel Ebert, a "
            "chief analyst for northern ports at Harbour Bank, said in a commentary.")
    tag = [a for s in attributions(text, cues) for a in s][-1]
    assert (tag.speaker, tag.kind, tag.content.text) == (
        "Miguel Ebert", "direct",
        "“Does he really need that deal, or can he push back harder?”")


def test_a_document_that_reads_says_what_it_reads(cues: CueLexicon) -> None:
    found = only("The letter reads: “We will not pay the fine.”", cues)
    assert (found.source.text, found.cue_lemma, found.kind) == ("The letter", "read", "direct")
    found = only("The statement read that the mill would close in May.", cues)
    assert found.content is not None and found.content.text.endswith("the mill would close in May")
    assert all(not sentence for sentence in attributions("Mayor Ann Ruiz read the statement "
                                                         "aloud.", cues))


def test_a_document_described_by_a_participle_still_shows(cues: CueLexicon) -> None:
    # The parser reads "show" as the last noun of the participle's phrase ("the state show").
    found = only("Financial disclosures filed with the state show that the charity's revenue "
                 "grew from $6.2 million in 2020 to $17.8 million in 2023.", cues)
    assert (found.source.text, found.cue_lemma) == ("Financial disclosures", "show")
    assert found.content is not None and found.content.text.startswith("that the charity")
    # Or keeps the verb whole but calls it a noun; or reads the participle as a past tense.
    for text in ("# Recall\n\nInternal emails filed in Grell's lawsuit show that a Brightline "
                 "manager flagged overheating in January.",
                 "# Recall\n\nThe speakers ran hot.\n\nEmails filed in the lawsuit show that "
                 "the manager knew in January."):
        found = [a for sentence in attributions(text, cues) for a in sentence]
        assert [a.cue_lemma for a in found] == ["show"], text


@pytest.mark.parametrize(("acts", "statement", "lemma"), [
    # claiming what is owed, in the active and the passive
    (["Each roommate claims only the share of the rent he or she paid.",
      "Auditors found dozens of shifts claimed by drivers who were on vacation."],
     "Whitfield claimed the depot was unsafe.", "claim"),
    # declaring a state of affairs
    (["Mayor Colette Dunmore declared a state of emergency shortly after 4 a.m.",
      "Halvorsen Freight declared bankruptcy in May."],
     "Whitfield declared that the budget was balanced.", "declare"),
    # letting in a score
    (["Harbour United have conceded 14 goals in eight matches.",
      "The defence, which had conceded only nine goals all season, looked lost."],
     "The coach conceded that the defence had failed.", "concede"),
])
def test_a_reporting_verb_whose_object_is_an_act_reports_nothing(
        acts: list[str], statement: str, lemma: str, cues: CueLexicon) -> None:
    for text in acts:
        assert all(not sentence for sentence in attributions(text, cues)), text
    assert only(statement, cues).cue_lemma == lemma


def test_a_plural_source_after_a_noun_with_a_is_its_own_phrase(cues: CueLexicon) -> None:
    found = only("The authority will end late service on three lines, in a move officials "
                 "said would save money.", cues)
    assert found.source.text == "officials"


def test_a_presentation_and_its_slides_are_documents(cues: CueLexicon) -> None:
    found = only("Halvorsen Freight expects to save $14 million a year, according to a "
                 "presentation to investors.", cues)
    assert found.source_kind == "document"
    assert only("Another slide shows that most of the freight goes by rail.",
                cues).source_kind == "document"


def test_said_in_a_statement_that_reports_the_clause(cues: CueLexicon) -> None:
    # The parser hangs the that-clause on "statement"; a quotation inside it makes it mixed.
    found = only("A ministry spokesperson, Colin Ashby, said in a statement that the province "
                 "\"takes safety seriously\" and would help the town.", cues)
    assert found.kind == "mixed"
    assert found.content is not None and found.content.text.startswith("that the province")


def test_an_estimate_put_at_a_figure_is_a_claim(cues: CueLexicon) -> None:
    found = only("Police estimated the crowd at 4,000 at its peak.", cues)
    assert (found.source.text, found.cue_lemma) == ("Police", "estimate")
    assert all(not sentence for sentence in attributions(
        "Halvorsen Freight estimated the cost of the new depot.", cues))


def test_a_tag_between_commas_with_its_subject_after_the_verb(cues: CueLexicon) -> None:
    found = only("The new bridge, said engineer Rosa Lind, will not open before spring.", cues)
    assert (found.source.text, found.speaker) == ("engineer Rosa Lind", "Rosa Lind")


def test_a_closing_tag_with_a_day_after_it_is_a_tag(cues: CueLexicon) -> None:
    # The parser reads "the authority reported on Wednesday" as a participle describing
    # the authority; it closes the clause before it all the same.
    text = ("Trams carried 18,000 riders on a typical Monday in June, the transit authority "
            "announced on Friday.")
    found = only(text, cues)
    assert (found.source.text, found.cue.text, found.content.text) == (
        "the transit authority", "announced",
        "Trams carried 18,000 riders on a typical Monday in June")
    # Not a thing the clause is called.
    text = "Refugees will be screened in their home countries, a plan announced earlier this year."
    assert [a for sentence in attributions(text, cues) for a in sentence] == []


def test_a_name_between_a_quotation_and_its_cue_speaks_whatever_its_tag() -> None:
    # The small model tags "Tully" here as an adverb (as if "fully"), with no subject.
    found = [a for s in attributions(
        "Her Conservative opponent, Graham Tully, called the promise \"a fantasy.\" He said "
        "the ferry service lost £3 million last year.\n\n"
        "\"Nadia is promising money that does not exist,\" Tully told about 80 residents at "
        "St. Aidan's church hall.", CueLexicon.load()) for a in s]
    assert [(a.source.text, a.speaker, a.kind) for a in found][-1] == (
        "Tully", "Graham Tully", "direct")


BLOCKQUOTED = """# Depot vote delayed

The council put off the depot vote on Tuesday. Mayor Dana Whitfield said in a statement:

> This disgraceful delay is the union's doing. We will not be bullied.

Marcus Bell said the union had met every deadline.

> Editor's note: An earlier version misspelled the depot's street.

Bell answered within the hour.

> A shameful stunt from City Hall.
> — Marcus Bell (@mbell)
"""


def test_a_credited_blockquote_is_its_speakers_words(cues: CueLexicon, tmp_path: Path) -> None:
    found = [a for sentence in attributions(BLOCKQUOTED, cues) for a in sentence
             if a.kind == "direct"]
    said = {(a.speaker, a.content.text) for a in found if a.content is not None}
    assert said == {("Dana Whitfield", "This disgraceful delay is the union's doing."),
                    ("Dana Whitfield", "We will not be bullied."),
                    ("Marcus Bell", "A shameful stunt from City Hall.")}
    # The set-off editor's note is nobody's quotation, and the loaded words quoted are
    # the speakers', not the writer's.
    report = audit(BLOCKQUOTED, tmp_path)
    assert not [f for f in report.findings if f.name == "loaded-wording"]
    assert report.parties["City Hall"].statements and report.parties["Union"].statements


def test_an_embedded_post_is_credited_by_its_dash_line(cues: CueLexicon) -> None:
    page = ("<p>Mayor Dana Whitfield answered within the hour.</p>"
            "<blockquote class=\"social-post\"><p>The depot deal is dead. We start over on "
            "Monday.</p>&mdash; Dana Whitfield (@dwhitfield) "
            "<a href=\"https://example.org/1\">May 3, 2026</a></blockquote>"
            "<p>Marcus Bell said the union would wait.</p>")
    found = find_attributions(parse_text(page, "html"), cues, PartyMap(PARTIES))
    said = {(a.speaker, a.cue.text, a.content.text) for s in found for a in s
            if a.kind == "direct" and a.content is not None}
    # Each sentence of the post is hers, and so is the whole post, at the credit line.
    assert said == {("Dana Whitfield", "&mdash;", "The depot deal is dead."),
                    ("Dana Whitfield", "&mdash;", "We start over on Monday."),
                    ("Dana Whitfield", "&mdash;",
                     "The depot deal is dead. We start over on Monday.")}


def test_a_pull_quote_is_credited_by_the_dash_line_of_its_own_paragraph(
        cues: CueLexicon) -> None:
    # A CMS writes the pull quote and its credit as two paragraphs of one blockquote, the
    # marks and the dash as entities.
    page = ("<p>The council voted to close the branch.</p>"
            "<blockquote><p>&#8220;A library is the last public room where nobody asks you "
            "to buy anything.&#8221;</p><p>&#8212; Rosalind Achebe, branch librarian</p>"
            "</blockquote><p>The building will be sold.</p>")
    found = [a for s in find_attributions(parse_text(page, "html"), cues, PartyMap(PARTIES))
             for a in s]
    assert {(a.speaker, a.cue.text, a.kind, a.content.text if a.content else None)
            for a in found} == {("Rosalind Achebe", "&#8212;", "direct",
                                 "&#8220;A library is the last public room where nobody "
                                 "asks you to buy anything.&#8221;")}


def test_a_blockquotes_cite_credits_it_as_a_dash_would(cues: CueLexicon) -> None:
    # A CMS's quote block: the credit is a <cite>, no dash, the words with no quotation
    # marks; a <cite> in the running text names a work, and credits nothing.
    page = ("<p>The council voted to close the branch.</p>"
            "<blockquote class=\"wp-block-quote\"><p>A library is the last public room "
            "where nobody asks you to buy anything.</p><cite>Rosalind Achebe, branch "
            "librarian</cite></blockquote>"
            "<p>The building will be sold, <cite>The Ledger</cite> reported.</p>")
    doc = parse_text(page, "html")
    found = [a for s in find_attributions(doc, cues, PartyMap(PARTIES)) for a in s]
    assert {(a.speaker, a.kind) for a in found} == {("Rosalind Achebe", "direct"),
                                                    ("Ledger", "indirect")}
    credit = next(a for a in found if a.speaker == "Rosalind Achebe")
    assert credit.cue.text == "<cite>" and "buy anything" in credit.content.text


def test_a_rebuttal_is_reported_speech(cues: CueLexicon) -> None:
    # "countered that", "retorted": what a speaker said back; "countered the attack" is no
    # report.
    found = [(a.cue.text, a.speaker, a.kind) for sentence in attributions(
        "Harrow countered that the aquifer had stabilised.\n\n"
        "“It is flat,” Harrow retorted.\n\n"
        "The team countered the attack with a goal.", cues) for a in sentence]
    assert found == [("countered", "Harrow", "indirect"), ("retorted", "Harrow", "direct")]


def test_a_partial_quotation_in_a_that_clause_the_parser_left_hanging(cues: CueLexicon
                                                                      ) -> None:
    # The parser reads "that" as an object and the clause's verb as an adverbial: the
    # clause is still what was said, the writer's words around a quoted one (mixed), not a
    # quotation of the campaign's own.
    found = only('The campaign said after the debate that Harrow had "cherry-picked" the '
                 'survey.', cues)
    assert (found.kind, found.content.text) == (
        "mixed", 'Harrow had "cherry-picked" the survey')


def test_an_account_of_what_someone_else_said_gives_them_no_voice(tmp_path: Path) -> None:
    # Bell's account of what Whitfield promised is Bell's statement; Whitfield is heard
    # only in her own words, quoted inside it.
    told = audit("Bell said Whitfield had promised the drivers a raise.", tmp_path)
    assert [(a.speaker, a.told_by) for a in told.sentences[0].attributions] == [
        ("Bell", None), ("Whitfield", "Bell")]
    assert (told.parties["Union"].statements, told.parties["City Hall"].statements) == (1, 0)
    # The terminal and the editor's page say why the balance leaves her out.
    line = next(line for line in text_report.render(report_of(told)).splitlines()
                if "promised" in line)
    assert line.endswith("promised, indirect, told by Bell")
    assert "told by Bell" in [
        piece.speaker_note for piece in pieces(told.sentences[0])]
    quoted = audit("Bell said Whitfield was wrong when she said “the depot pays its way.”",
                   tmp_path)
    assert (quoted.parties["Union"].statements,
            quoted.parties["City Hall"].statements) == (1, 1)
    # A few of her words quoted inside Bell's account are still Bell's account of her.
    fragment = audit('Bell said Whitfield had promised the drivers a "fair raise."', tmp_path)
    assert [(a.speaker, a.kind, a.told_by) for a in fragment.sentences[0].attributions] == [
        ("Bell", "mixed", None), ("Whitfield", "mixed", "Bell")]
    assert (fragment.parties["Union"].statements,
            fragment.parties["City Hall"].statements) == (1, 0)


def test_a_relative_pronoun_or_a_clause_below_is_no_source(cues: CueLexicon) -> None:
    # "overstated" is joined to the infinitive by the parse, but its subject is the audit
    # the spokeswoman speaks of: not "that", nor the hospitals of the relative clause.
    found = [a for sentence in attributions(
        "A spokeswoman, Ana Brill, said the audit counted posts that clinics had chosen not "
        "to fill and overstated the shortage.", cues) for a in sentence]
    assert [a.source.text for a in found if a.cue.text == "overstated"] in (
        [], ["the audit"])
    assert [a.speaker for a in found if a.cue.text == "said"] == ["Ana Brill"]


def test_the_writers_insertions_in_an_account_are_their_speakers_own(cues: CueLexicon
                                                                     ) -> None:
    # A second source joined after a tag set inside the clause, and a source in a relative
    # clause set off by a comma, speak for themselves, not in the first speaker's account.
    found = [a for sentence in attributions(
        "Most buses ran normally on Monday, Harlow Transit said, and the port reported no "
        "delays. Forecasters expect the rain to stop by noon, which Chief Dana Ruiz said "
        "would let crews reopen the road. Instead, she said, her manager told her to wait.",
        cues) for a in sentence]
    assert [(a.source.text, a.told_by) for a in found] == [
        ("Harlow Transit", None), ("the port", None), ("Forecasters", None),
        ("Chief Dana Ruiz", None),
        # A source right after a tag at the head of the sentence is in its account, and
        # the tag is in no one's.
        ("she", None), ("her manager", "Dana Ruiz")]


@pytest.mark.parametrize(("text", "source", "cue"), [
    # a name the tagger takes for an adverb, with an age set between commas
    ("Mr. Anton Vesely was suspended.\n\nVesely, 58, denied any wrongdoing.", "Vesely",
     "denied"),
    ("The auditor-general recommended that the ministry publish a revised estimate.",
     "The auditor-general", "recommended"),
    ("Gwen Talbot accepted that the delay had been a failing.", "Gwen Talbot", "accepted"),
    # the name that opens the sentence, an aside set off by commas before the verb
    ("Ofcore, as the regulator is known, said it would examine the sale.", "Ofcore", "said"),
])
def test_a_denial_a_recommendation_and_an_acceptance_are_statements(
        text: str, source: str, cue: str, cues: CueLexicon) -> None:
    found = [a for sentence in attributions(text, cues) for a in sentence]
    assert [(a.source.text, a.cue.text) for a in found][-1] == (source, cue)


def test_a_hyphenated_title_is_an_office_not_an_epithet_of_the_last_person(
        cues: CueLexicon) -> None:
    found = [a for sentence in attributions(
        "Defence Minister Idris Mahfouz spoke on Tuesday.\n\nThe auditor-general said the "
        "ministry should publish a revised cost estimate.", cues) for a in sentence]
    assert found[-1].speaker != "Idris Mahfouz"


def test_the_that_opening_a_clause_is_never_a_source(cues: CueLexicon) -> None:
    # The parser reads "reported" as a verb with "that" its subject; it is an adjective.
    found = only("Criminologists caution that reported thefts can rise when police change "
                 "how they record them.", cues)
    assert (found.source.text, found.cue.text) == ("Criminologists", "caution")


def test_a_reporters_question_is_no_statement_and_no_unnamed_source(cues: CueLexicon) -> None:
    found = [a for sentence in attributions(
        "Fire Chief Imogen Stroud spoke at noon.\n\nAsked by a reporter why residents were "
        "not told to leave, the chief said the wind had changed. One reporter asked whether "
        "the city would sue. Stroud said it was too early to say.", cues) for a in sentence]
    assert [(a.source.text, a.speaker, a.anonymous) for a in found] == [
        ("the chief", "Imogen Stroud", False), ("Stroud", "Imogen Stroud", False)]


def test_a_phrase_of_time_hung_on_the_source_is_no_part_of_who_speaks(
        cues: CueLexicon) -> None:
    found = only("A jury on Thursday found Kyle Ferrante guilty of manslaughter.", cues)
    assert (found.source.text, found.speaker) == ("A jury", "jury")


def test_what_someone_will_put_out_is_a_date_not_a_statement(cues: CueLexicon) -> None:
    found = attributions("Fennick & Co. will report full-year results on March 12.", cues)
    assert [a for sentence in found for a in sentence] == []
    # What someone will say, in a clause, is reported as embargoed remarks are.
    said = only("Mayor Ines Calloway will say in a speech on Friday that the ferry is safe.",
                cues)
    assert said.speaker == "Ines Calloway"


def test_a_participle_said_to_the_one_the_reported_clause_is_about_is_not_the_reporter(
        cues: CueLexicon) -> None:
    found = [a for sentence in attributions(
        "Pell Ostrander left the harbour board in March.\n\nOstrander said he had been "
        "contacted by the board's legal department after he left, warning him about his "
        "confidentiality obligations.", cues) for a in sentence]
    warning = [a for a in found if a.cue.text == "warning"]
    assert [a.source.text for a in warning] == ["the board's legal department"]
