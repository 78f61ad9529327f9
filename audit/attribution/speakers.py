"""Speakers: each source phrase resolved to an entity of the document, and its party.

A name is its entity ("Varga" is Ines Varga); a pronoun is the most salient entity
that agrees with it, and the speaker of the running quotation or paragraph comes first; a
definite description ("the mayor", "the newspaper") is an entity the article gave that
role or type; a role that speaks for someone ("the company's spokesman", "a lawyer for
Ortega", "the Post's editorial board") is heard as that someone. What resolves to nothing
stays unresolved: a pronoun gets no speaker and no party rather than a wrong name, and is
neither vague nor anonymous (the reader of the article knows who it is; the tool does not).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from audit.attribution.entities import Entities, Entity, agrees, body_of, share_a_word
from audit.attribution.lexicon import PERSON_ROLE_KINDS, CueLexicon, Pronoun
from audit.attribution.model import Candidate
from audit.attribution.syntax import (
    CLAUSE_DEPS,
    RELATIVE,
    age,
    bare_plural,
    definite,
    grants_anonymity,
    indefinite,
    inner_hyphen,
    named_apposition,
    phrase_span,
)
from audit.document import ParsedDocument, Sentence
from audit.parties import PartyMap
from audit.report import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SPEAKERS_KEPT = 4
_LEDE_REACH = 3  # sentences of a story's opening, and how far after them it names its people
# How far after a statement made in a medium ("In a statement, the union said") "the
# statement" is still that one.
_MEDIUM_REACH = 3
_RELATIVE_REACH = 12  # characters before a source to look for ", which" or ", who"
_MEMBERS_REACH = 8  # sentences back to look for the body "the trustees" were named members of
# An epithet read as a pronoun would be: one person, of either gender.
_SOMEONE = Pronoun(gender=None, plural=False, animate="person", resolve=True)


@dataclass(frozen=True)
class _Speaker:
    name: str | None  # None: a pronoun that resolves to no one
    entity: Entity | None
    kind: str  # person | organisation | place | group | document | unknown


class Resolver:
    """Speakers and parties for the candidates of one document, in document order."""

    def __init__(self, doc: ParsedDocument, lexicon: CueLexicon, parties: PartyMap) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.parties = parties
        self.entities = Entities(doc, lexicon, parties)
        # The last few named speakers with the sentence each last spoke in, latest last:
        # "he" continues the last man who spoke even when an organisation spoke since.
        self._speakers: list[tuple[Entity, int]] = []
        # Who answers an interview's "A:", once looked up at the first answer (None inside).
        self._answers: tuple[Entity | None] | None = None
        self._said: dict[int, Attribution] = {}  # a person's latest statement, by entity id
        # The reported words of this sentence's statements so far, with their speakers' ids.
        self._reported: list[tuple[int, int, int]] = []
        self._sentence_found: list[Candidate] = []  # this sentence's candidates, all of them
        # Groups described but never named, by noun: where each was first met, and the group.
        self._unnamed: dict[str, tuple[int, Entity]] = {}
        self._unnamed_kinds: dict[int, str] = {}  # their nouns' source kinds, by entity id
        # An unnamed person who spoke, by entity id ("A Skyhaven spokesman said", "A
        # bartender ... said"): who a "he" or "she" after them is heard as, the body they
        # speak for or their own description.
        self._voices: dict[int, _Speaker] = {}
        # The party each entity was heard for, by entity id: "the ministry" after "Oskia's
        # Interior Ministry" is the same body of the same party, whatever its alias.
        self._party_of: dict[int, str] = {}
        self._unnamed_bodies: dict[str, Entity] = {}  # bodies described, never named
        self._observed: set[int] = set()  # subjects already read as mentions, by token
        # The group a source was one or some of ("one of the people"), with its sentence.
        self._group_spoken: tuple[int, Token] | None = None
        # The last study, poll, ... given an owner, by noun: where it was met, and its owner.
        self._documents: dict[str, tuple[int, _Speaker]] = {}
        # The parties of speakers no entity stands for, by name, and of documents by noun,
        # with where they were met (see `_remembered_party`).
        self._described_parties: dict[str, str] = {}
        self._documents_parties: dict[str, tuple[int, str]] = {}
        # The speaker of the last statement made in a medium ("In a statement, the company
        # said"), by the medium's noun, with the sentence it was made in.
        self._media: dict[str, tuple[int, _Speaker]] = {}
        for sentence in doc.sentences:
            for token in sentence.tokens:
                group = self._unnamed_group(token)
                if group is not None:
                    self.entities.add_mention(group, token, sentence.index)

    def admit(self, candidate: Candidate) -> Candidate | None:
        """The candidate as a source may stand, or None: a clause or a time is never a
        source, and neither is a dateline or a byline; a source's request not to be named
        is no statement. "BRIDGEPORT — The Harbour Times said" often parses with the
        dateline as the subject and the paper beside it: the paper is then the source."""
        if candidate.answer:
            return candidate  # an interview's answer is the interviewee's by its place
        head = candidate.head
        relative = self.doc.doc[candidate.source[0]].lower_ in RELATIVE
        if relative and candidate.content is not None and any(
                grants_anonymity(t, self.lexicon)
                for t in self.doc.doc.char_span(*candidate.content, alignment_mode="expand")
                or ()):
            # "the pharmacist, who asked that her name not be used": how the source is
            # named is the article's business with her, no statement of hers.
            return None
        if self._reason_for_anonymity(candidate):
            return None
        if candidate.lemma == "ask" and head.lemma_.lower() in self.lexicon.press:
            # "One reporter asked whether ...": the story's question, no claim; whom it was
            # put to answers it ("A reporter asked Sanders how he felt. “Fine,” he said").
            asked = self._asked(candidate)
            if asked is not None:
                self._spoke(asked, self._sentence_of(head))
            return None
        if head.lower_ == "that" and head.i > 0 and head.nbor(-1).pos_ == "VERB" \
                and head.head.dep_ == "ccomp" and head.head.head.i == head.i - 1:
            # "Criminologists caution that reported crime can rise": the "that" right after
            # a verb opens its clause; the parser took the adjective after it for a cue.
            return None
        if (head.pos_ in ("VERB", "AUX") and head.ent_type_ not in ("PERSON", "ORG")) \
                or (head.ent_type_ in ("DATE", "TIME") and not age(head)
                    and not _time_run_on(head)):
            # "Thursday morning said": the parser's subject is a time; "the 58-year-old",
            # tagged one too, is someone of that age. A name the tagger took for a verb
            # ("May said") is still a name.
            return None
        words = self.doc.doc[candidate.source[0]:candidate.source[1]]
        if not any(char.isalpha() for token in words for char in token.text):
            return None  # markup or punctuation the parser took for a subject
        if not self.entities.is_excluded(head.idx):
            start, end = candidate.source
            doc = self.doc.doc
            while start < head.i and (self.entities.is_excluded(doc[start].idx)
                                      or doc[start].is_space or doc[start].is_punct):
                start += 1  # "14:45 — Forecasters at the weather service say": a time stamp
            if start == candidate.source[0] or inner_hyphen(doc[start - 1]):
                return candidate  # not into a word: "MAGA-hat teen"
            return replace(candidate, source=(start, end))
        beside = [c for c in head.children if c.dep_ in ("appos", "conj")
                  and not self.entities.is_excluded(c.idx)]
        if not beside and head.dep_ in ("nsubj", "nsubjpass"):
            # "DUNMORE, Ont. — The mill will close, the company said": the parser gave the
            # cue two subjects, the dateline and the speaker.
            beside = [c for c in head.head.children if c.dep_ == head.dep_
                      and c.i != head.i and not self.entities.is_excluded(c.idx)]
        if not beside:
            return None
        return replace(candidate, source=phrase_span(beside[0]), head=beside[0])

    def _reason_for_anonymity(self, candidate: Candidate) -> bool:
        """"who asked not to be named because she feared losing her job", "spoke on
        condition of anonymity because he was not authorized to comment": the reason the
        article gives for leaving its source unnamed, no statement or belief it reports."""
        cue = self._cue_word(candidate)
        if cue is None:
            return False
        for clause in (cue, *cue.ancestors):
            if clause.dep_ == "advcl":
                inside = {t.i for t in clause.subtree}
                return any(grants_anonymity(t, self.lexicon)
                           for t in clause.head.subtree if t.i not in inside)
        return False

    def statement_of_subject(self, sentence: Sentence) -> Attribution | None:
        """The latest statement of the one person the sentence is about (the subject of its
        main clause, named or a "he" or "she"), when that person has spoken before: an
        uncued quotation after "Okoro rented a room above the bakery." is his."""
        root = sentence.span.root
        subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")
                    and not self.doc.quotes.at(t.idx)]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        pronoun = self.lexicon.pronouns.get(subject.lower_)
        if pronoun is not None and subject.pos_ == "PRON":
            if pronoun.gender is None:
                return None
            entity = self.entities.antecedent(pronoun, subject.idx, sentence.index,
                                              self._last_speaker(pronoun))
        else:
            entity = self.entities.at(subject)
        return self._said.get(id(entity)) if entity is not None else None

    def observe(self, sentence: Sentence) -> None:
        """A definite description that is a subject ("the union began a petition") is a
        mention of the entity it stands for, which a "they" or "it" after it may then
        stand for, as after a name; a person it names no one for is someone of their own."""
        self._reported.clear()  # the next sentence's statements are its own
        self._observe(sentence.tokens)
        if self._speakers and self._speakers[-1][1] == sentence.index - 1 \
                and self._all_quoted(sentence):
            # "“...,” said Dr. Elena Marr. “We spent eight months ... Neither one took the
            # job.”": the speaker of a quotation that runs on is still speaking.
            self._spoke(self._speakers[-1][0], sentence.index)

    def _all_quoted(self, sentence: Sentence) -> bool:
        quote = self.doc.quotes.at(sentence.start) or self.doc.quotes.at(sentence.start + 1)
        return quote is not None and quote.end >= sentence.end - 1

    def _observe_subjects_before(self, pronoun: Token) -> None:
        """"The government is grappling with what it says is a deficit": the subjects before
        an "it" in its own sentence are mentions already, as the sentences' before are."""
        sentence = self.doc.sentences[self._sentence_of(pronoun)]
        # A clause's subject may be the "it" of a clause it holds, main or not.
        governing = {t.i for t in pronoun.ancestors}
        self._observe([t for t in sentence.tokens if t.i < pronoun.i],
                      lambda subject: subject.head.i in governing)

    def _observe(self, tokens: list[Token],
                 anywhere: Callable[[Token], bool] = lambda _: False) -> None:
        """`anywhere`: the subjects that stand for a body in any clause, not a main one
        only."""
        for token in tokens:
            if token.dep_ not in ("nsubj", "nsubjpass") or self.doc.quotes.at(token.idx) \
                    or token.i in self._observed:
                continue
            self._observed.add(token.i)
            named = self.entities.at(token)
            if named is not None and named.kind == "person" and id(named) not in self._party_of:
                # "Hannah Reyes, a spokeswoman for Brightline, disputed that account. She
                # said ...": the post set beside her gives her party, statement or not.
                party = self._post_party(token)
                if party is not None:
                    self._party_of[id(named)] = party
            if _one_member(named, token):
                # "The Democrat laughed.": the member of the party the article introduced.
                member = self.entities.member_of(token.lower_, token.idx)
                if member is not None:
                    self.entities.add_mention(member, token, self._sentence_of(token))
                continue
            if token.pos_ != "NOUN" or named is not None:
                continue
            phrase = token.doc[token.left_edge.i:token.i + 1]
            entity = self._description(token, phrase) or self._unnamed_person(token, phrase) \
                or self._unnamed_body(token, phrase, in_any_clause=anywhere(token))
            if entity is not None:
                self.entities.add_mention(entity, token, self._sentence_of(token))

    def _unnamed_speaker(self, source: Token, head: Token, kind: str,
                         speaker: _Speaker | None) -> None:
        """One person who speaks unnamed ("Another tenant, who asked not to be named,
        said"): the speaker a "he" or "she" after goes on with, who is no one named before,
        and is heard as `speaker`, as the source was ("tenant"); with no `speaker`, such a
        pronoun stays unresolved."""
        # A noun the lexicon does not know for people is one when "who" follows it; one of
        # a crowd ("one supporter", "a critic") is one person all the same.
        of_people = kind in (*PERSON_ROLE_KINDS, "vague") or (kind == "" and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
            for c in head.children))
        if source.pos_ == "NOUN" and head.tag_ == "NNS" \
                and kind in ("", "organisation", "institution") and definite(head) \
                and source is head:
            # "The authors wrote ... they noted": people the lexicon has no word for, who
            # speak as a group of their own, which a "they" after goes on with rather than
            # with a body named further back; so do bodies ("The companies said they
            # expected"), more than the last one named.
            group = Entity(self._text(head.doc[head.left_edge.i:head.i + 1]), "group")
            self._unnamed_kinds[id(group)] = "group"
            self.entities.add_mention(group, source, self._sentence_of(source))
            return
        # A role the lexicon knows ("the president") is one the article may have given
        # someone named; an occupation or a part ("the winner", "the suspect") is not.
        # So is one whom no one named was given, unresolved here: "The new mayor said
        # ... “...,” she said" goes on with the new mayor, not with a woman named before.
        described = definite(head) and (kind in PERSON_ROLE_KINDS or (
            kind == "" and self.lexicon.is_occupation(head.lemma_.lower())))
        # "Her father said he was relieved": someone's relative the article never names is
        # someone all the same.
        if source.pos_ != "NOUN" or head.tag_ != "NN" or not (
                (indefinite(head) and of_people) or _someones_relative(head, kind)
                or (described and not _has_name(head.doc[head.left_edge.i:head.i]))):
            return  # "a plan that"
        # "The winner rejected that. He said": a description the article gave no one is
        # someone all the same, whom "he" goes on with rather than a name further back.
        person = self._someone(head, head.doc[head.left_edge.i:head.i + 1])
        sentence = self._sentence_of(source)
        self.entities.add_mention(person, source, sentence)
        if speaker is not None:
            self._voices[id(person)] = speaker
        self._spoke(person, sentence)

    def _unnamed_person(self, head: Token, phrase: Span) -> Entity | None:
        """One person a main clause is about and the article does not name ("Her husband
        was less sure.", "A neighbour disagreed."): someone of their own, so that a "he"
        or "she" after it is not a name met further back. Such a pronoun stays unresolved:
        the article has not said who it is."""
        lemma = head.lemma_.lower()
        if head.tag_ != "NN" or not (self.lexicon.source_kinds.get(lemma) == "person"
                                     or self.lexicon.is_occupation(lemma)) \
                or _has_name(phrase) or named_apposition(head) is not None \
                or not _in_main_clause(head):
            return None
        return self._someone(head, phrase)

    def _unnamed_body(self, head: Token, phrase: Span, in_any_clause: bool = False
                      ) -> Entity | None:
        """A body a main clause is about that the article describes and has not named, nor
        given the description's type ("The police union welcomed the finding."): a body of
        its own, so that an "its" or "it" after it is that body, not one named further
        back. Only its own description stands for it again ("the union"), never another
        of its type. Called when the description stands for no body the article knows."""
        noun = head.lemma_.lower()
        wanted = self.lexicon.types.get(noun)
        # "Trump's campaign", "the board of trustees of the Harwick Museum": named only by
        # whose it is, the body itself unnamed.
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"),
                     None) or _owner_after(head)
        own = phrase if owner is None else [
            t for t in phrase if t.i not in range(owner.left_edge.i, owner.right_edge.i + 1)
            and not (t.dep_ == "det" and t.head.i == head.i)]
        # "The union's election committee": a possessor the reader knows makes it definite.
        known_possessor = any(c.dep_ == "poss" and c.pos_ == "NOUN" and definite(c)
                              for c in head.children)
        if not _singular_noun(head) or not wanted \
                or not (self._definite(head) or owner is not None or known_possessor) \
                or _has_name(own, places=False) \
                or not (in_any_clause or _in_main_clause(head)):
            return None
        name = self._text(phrase) if owner is not None or known_possessor \
            else self._fuller_description(head, phrase)
        known_owner = self.entities.at(owner) if owner is not None else None
        if known_owner is not None and own:
            # By its owner's canonical name: "Ines Ortega's campaign", not "Mayor Ines ...".
            case = next((self.doc.reading(c.idx, c.idx + len(c)) for c in owner.children
                         if c.dep_ == "case"), "'s")
            name = f"{known_owner.name}{case} " + self.doc.reading(own[0].idx, head.idx + len(head))
        body = self._unnamed_bodies.get(name.lower())
        if body is None:
            body = Entity(name, "organisation", type=wanted, roles={noun}, unnamed=True)
            self._unnamed_bodies[name.lower()] = body
        return body

    def _fuller_description(self, head: Token, phrase: Span) -> str:
        """"The ministry", after "the provincial transport ministry" in any role (the object
        of someone's words too), "the elections office" after "the Lane County elections
        office": the body described more fully last before, with every word of this
        description, by that description; else this description itself."""
        described = self._described_bodies.get(head.lemma_.lower(), [])
        last = bisect_left(described, head.i, key=lambda t: t.i) - 1
        fuller = described[last] if last >= 0 else None
        # The last one described is someone's ("Trump's presidential campaign"), or a name's
        # ("Millbrook Residents, a neighborhood group"), or in the writer's quotation marks:
        # no fuller description to go by.
        if fuller is None or fuller.dep_ == "appos" or not _described_more(fuller) \
                or not (_acts(fuller) or self._puts_out(fuller)) \
                or any(c.dep_ == "poss" for c in fuller.children) \
                or any(t.is_quote for t in fuller.doc[fuller.left_edge.i:fuller.i]) \
                or not _modifiers(head) <= _modifiers(fuller):
            return self._text(phrase)
        first = min(c.left_edge.i for c in fuller.children if _describes(c, fuller))
        return self.doc.reading(fuller.doc[first].idx, fuller.idx + len(fuller))

    def _puts_out(self, body: Token) -> bool:
        """"results from the county elections office", "a report by the transport
        ministry": the body a document comes from acts, as a verb's subject would."""
        preposition = body.head
        return body.dep_ == "pobj" and preposition.lower_ in ("from", "by") \
            and self.lexicon.source_kinds.get(preposition.head.lemma_.lower()) == "document"

    @cached_property
    def _described_bodies(self) -> dict[str, list[Token]]:
        """The descriptions of bodies with words before their noun ("the provincial
        transport ministry", "Trump's campaign", "a neighborhood group" beside a name), by
        noun, in order; read only for a draft that needs it."""
        found: dict[str, list[Token]] = {}
        types = self.lexicon.types
        for token in self.doc.tokens:
            if _singular_noun(token) and token.lemma_.lower() in types and (
                    _described_more(token) or token.dep_ == "appos"
                    or any(c.dep_ == "poss" for c in token.children)) \
                    and not _has_name(token.doc[token.left_edge.i:token.i + 1], places=False):
                found.setdefault(token.lemma_.lower(), []).append(token)
        return found

    def _someone(self, head: Token, phrase: Span) -> Entity:
        """A person the article describes and never names, of the gender the noun gives
        ("her husband")."""
        return self._unnamed_one(self._text(phrase),
                                 self.lexicon.person_genders.get(head.lemma_.lower()))

    def _unnamed_one(self, name: str, gender: str | None) -> Entity:
        """A person the article never names: a pronoun that stands for them stays
        unresolved."""
        person = Entity(name, "person", gender=gender)
        self._unnamed_kinds[id(person)] = ""
        return person

    def _unnamed_group(self, head: Token) -> Entity | None:
        """A plural subject the article does not name ("environmentalists worry",
        "twenty-seven states are challenging the rules"), or the people a document is by
        ("a study by researchers at ..."): a group of its own, so that a "they" after it is
        that group and not a name met further back. Whether "they" is then vague or
        anonymous is the noun's kind ("critics", "officials"); a noun the lexicon does not
        know for people or bodies leaves "they" unresolved."""
        if head.tag_ != "NNS" or head.pos_ != "NOUN":
            return None  # read first: the resolver asks this of every token
        by = head.dep_ == "pobj" and head.head.dep_ == "agent"  # "a study by researchers"
        if not (head.dep_ == "nsubj" or by):
            return None
        # "The demonstrators ... unfurled a banner. They said": people of no kind the
        # lexicon knows, whom no description of someone named stands for.
        described = self._definite(head) and not (
            self.lexicon.source_kinds.get(head.lemma_.lower()) is None
            and self.lexicon.names_a_person(head.lemma_.lower()))
        if described or head.i in self.entities.by_token \
                or self.doc.quotes.at(head.idx) \
                or not (by or _in_main_clause(head)):
            return None  # a main clause's own subject; "the lawmakers" is a description
        if self._named_together(head) is not None:
            return None  # "both candidates": the people the article named together
        noun = head.lemma_.lower()
        kind = self.lexicon.source_kinds.get(noun, "")
        if kind in ("document", "statement") or _names_a_member(head) \
                or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
            return None  # "Critics, like Senator Ortega", "the owners, Ana and Tom Ruiz"
        if (by and self.lexicon.is_occupation(noun)) or self._definite(head):
            # "a study published by researchers at Ashbourne State University ... They
            # found": the authors of a document, people the lexicon has no kind for, who
            # speak as a group of their own. (As any subject, "Her colleagues ... let them
            # think" and "students ... they found" would take pronouns that are others'.)
            kind = "group"
        known = self._unnamed.get(noun)
        if known is not None:
            return known[1]
        # Named with where its people are from: "Researchers at the University of Tromsby".
        where = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("at", "from")
                 and c.i == head.i + 1]
        end = where[0].right_edge.i + 1 if where else head.i + 1
        group = Entity(self._text(head.doc[head.left_edge.i:end]), "group")
        self._unnamed[noun] = (head.idx, group)
        self._unnamed_kinds[id(group)] = kind
        return group

    def _description(self, head: Token, phrase: Span) -> Entity | None:
        """The entity a definite description stands for ("the mayor", "the union"): one the
        article has given that role or type. "The Canadian government", "the Harbour
        council": a name in the phrase makes it specific on its own, and a name is
        capitalised (the tagger now and then calls "the rookie defenceman" an
        organisation). A place only says where a company or an outlet is based ("the
        Ohio-based company", "the Toronto paper"), where it says which office or body it is
        ("the Ohio governor", "the Dunmore council")."""
        based = self.lexicon.types.get(head.lemma_.lower()) in ("company", "outlet")
        # "His daughter said": a person's possessive makes a role definite, and the person
        # the article gave that role ("His daughter, Ellen Brandt-Moss") is the one. Not
        # "its senior vice president", the officer of a body, not the vice president named.
        kind = self.lexicon.source_kinds.get(head.lemma_.lower())
        relative = _someones_relative(head, kind)
        # A people's or a place's word before a person's role says which one ("the
        # Corvanian minister", "the Republican nominee"); a name there is someone else's.
        person = kind in PERSON_ROLE_KINDS
        # The role's own word is no name, capitalised or abbreviated ("the CFO").
        named = any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                    and t.text[:1].isupper()  # "the federation president": tagged, no name
                    and t.i != head.i
                    for t in phrase) if person else _has_name(phrase, places=not based)
        title = self.entities.title_role(head)
        if title is not None and not named and (self._definite(head) or any(
                c.dep_ == "poss" for c in head.children)):
            # "His chief financial officer said": the person given that title, by its role
            # ("the CFO"), not an officer of no one in particular.
            found = self.entities.described(title, set(), head.idx)
            if found is not None:
                return found
        if not (self._definite(head) or relative) or named:
            return None
        found = self._described(head, _modifiers(head))
        said = {c.lower_ for c in head.children  # a proper word: a party, a people, a place
                if c.dep_ in ("amod", "compound") and c.text[:1].isupper()}
        if person and said and found is not None and not share_a_word(said, found.modifiers):
            return None  # "the Democratic nominee" is no one the article never called so
        if found is not None and found.kind == "organisation" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            # "The board of trustees said ... The board said": the noun of a description
            # that says which one it is stands for that body again, alone.
            found.roles.add(head.lemma_.lower())
        return found

    def _describes_type(self, noun: Token, wanted: str | None = None) -> bool:
        """"The company": a definite description, with no name, of a body of a type (of
        that type, when `wanted`)."""
        found = self.lexicon.types.get(noun.lemma_.lower())
        return noun.pos_ == "NOUN" and definite(noun) and bool(found) \
            and wanted in (None, found) \
            and not _has_name(noun.doc[noun.left_edge.i:noun.i + 1])

    def _definite(self, head: Token) -> bool:
        """"The union", and "police" with no article: a body the story means in particular;
        "the 58-year-old", whose article the parser may hang on the verb."""
        if age(head) and not definite(head) and head.left_edge.i > 0:
            return head.doc[head.left_edge.i - 1].lower_ == "the"
        return definite(head) or (head.lemma_.lower() in self.lexicon.bare_bodies and not any(
            c.dep_ in ("det", "poss") for c in head.children))

    def _reported_body(self, head: Token, phrase: Span, content: tuple[int, int] | None
                       ) -> Entity | None:
        """"Corvane Foods will cut 240 jobs, the company said": when the article knows no
        body of the description's type, a body of no known type that is the subject of
        what the description reports is the one described."""
        wanted = self.lexicon.types.get(head.lemma_.lower())
        if content is None or not wanted or not self._definite(head) or _has_name(phrase) \
                or _plural(head):  # "..., the two companies announced": both, not one
            return None
        body = next((m.entity for m in self.entities.mentions.between(*content)
                     if m.subject and not m.quoted and m.entity.kind == "organisation"
                     and m.entity.type in ("", wanted) and m.entity.described_as <= {wanted}),
                    None)
        if body is not None:
            body.described_as.add(wanted)
        return body

    def attributions(self, found: list[Candidate]) -> list[Attribution]:
        """The attributions of one sentence's admitted candidates, in order."""
        self._sentence_found = found
        return [self.attribution(item) for item in found]

    def attribution(self, found: Candidate) -> Attribution:
        doc = self.doc
        tokens = doc.doc[found.source[0]:found.source[1]]
        source = doc.token_span(tokens)
        if found.head.i in range(*found.source):
            phrase = tokens
        else:
            start, end = phrase_span(found.head)
            phrase = doc.doc[start:end]
        # "It is believed that ...": the "it" stands for no one.
        if found.vague and found.head.pos_ == "PRON":
            speaker = _Speaker(None, None, "unknown")
        elif found.answer:
            speaker = self._interviewee(found.head)
        elif found.turn:
            speaker = self._of(self.entities.add_source(found.head, phrase,
                                                        self._sentence_of(found.head),
                                                        transcript=True))
        else:
            speaker = self._speaker(found.head, phrase, found.content)
        head = _people_of(found.head, self.lexicon)
        sentence = self._sentence_of(found.head)
        if head is not found.head:
            self._group_spoken = (sentence, head)
        elif head.pos_ == "ADJ" and definite(head) and self._group_spoken is not None \
                and sentence - self._group_spoken[0] <= 1:
            # "One of the people said ... The other said": the noun left out is the group's.
            head = self._group_spoken[1]
        kind = self.lexicon.source_kinds.get(head.lemma_.lower(), "")
        member_named = _names_a_member(found.head)
        named = speaker.entity is not None or member_named or any(
            t.pos_ == "PROPN" for t in phrase) or self._named_by_lede(head)
        # "Many people", "some residents": a crowd counted vaguely is no one in particular.
        crowd = any(self.lexicon.source_kinds.get(c.lemma_.lower()) == "vague"
                    for c in head.children if c.dep_ in ("amod", "det", "nummod"))
        unnamed = self._unnamed_kinds.get(id(speaker.entity))
        if unnamed is not None:
            # "They" for a group the article described: as vague or anonymous as its noun.
            vague = found.vague or unnamed == "vague"
            anonymous = not vague and unnamed in PERSON_ROLE_KINDS \
                and not self._member_named_next(found.head)
        else:
            vague = found.vague or (speaker.entity is None and (
                (((kind == "vague" and not _someones_one(head))
                  or (crowd and (kind in ("anonymous", "person")
                                 or _speaking_crowd(head, kind))))
                 and not named)
                or (kind == "document" and speaker.kind == "document" and bare_plural(head)
                    and not self._published_by_someone(head))
                # "Environmental groups have said": bodies of a kind, none of them named
                # nor picked out ("unions representing the branch staff"); and people of a
                # kind ("Advocates say", "Criminologists caution"), a class at large.
                or (kind in ("organisation", "") and bare_plural(head) and not named
                    and (kind or (self.lexicon.names_a_person(head.lemma_.lower())
                                  and head is found.head and head.dep_ == "nsubj"
                                  and head.head.idx == found.cue[0] and head.head.tag_ != "VBG"
                                  and self.lexicon.is_speech(found.lemma)))
                    and not any(c.dep_ in ("acl", "relcl", "prep") for c in head.children)))
            ) or self._collective(speaker.entity, found.head)
            # Unnamed but specific: "a senior official", "Trump aides", "a reporter for the
            # Ledger", "E.U. leaders", "those close to him". A name in the phrase that is not
            # the speaker's own ("Trump" in "Trump aides") does not name the speaker.
            # "Our reporters found": the writer's own newsroom, no unnamed source.
            newsroom = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children)
            # "Both mayoral candidates": the pair the story is about, however it named them.
            pair = any(c.lower_ == "both" for c in head.children)
            # "His lawyers", "lawyers for the firm": those who speak for the one the phrase
            # names are known by whom they speak for, as one of them would be.
            speaks_for_named = head.lemma_.lower() in self.lexicon.speaks_for and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "for")
                for c in head.children)
            anonymous = not vague and speaker.entity is None and speaker.name is not None \
                and not member_named and not newsroom and not pair and not speaks_for_named \
                and not self._member_named_next(found.head) and (
                kind == "anonymous"
                or (kind == "spokesperson" and not named)
                or (kind == "person" and (head.tag_ == "NNS" or indefinite(head))))
        if not (vague or anonymous) and (speaker.entity is None or speaker.entity.unnamed) \
                and self._left_unnamed(found):
            # "A teacher, who asked not to be named, said": whatever the noun, the article
            # says it withholds who this is.
            anonymous = True
        together = self.entities.together_at(found.head) \
            if found.head.i in range(*found.source) else None  # not "Ruiz, who said, and Lowe"
        if together is not None and any(speaker.entity is m for m in together.entity.members):
            # "Tom Briggs and Ana Ruiz said": both speak, and the source runs to the last name.
            speaker = self._of(together.entity)
            whole = doc.doc.char_span(source.start, max(source.end, together.end),
                                      alignment_mode="expand")
            source = doc.token_span(whole) if whole is not None else source
        party = None
        if speaker.entity is not None and speaker.entity.members:
            # People or bodies named together speak for one party only when all are its.
            shared = {self.parties.party_of(m.name) for m in speaker.entity.members}
            party = shared.pop() if len(shared) == 1 else None
        elif not vague:
            names = [source.text] + ([speaker.name] if speaker.name else [])
            party = self.parties.party_of(*names)
            if party is not None and speaker.entity is None and (
                    self._of_someone_else(head) or self._of_its_people(head)):
                party = None
            if party is None and (speaker.entity is None or speaker.entity.unnamed) \
                    and self._describes_type(head):
                # "The district said", a story that never names the district the party
                # file lists ("Ferndale school district").
                party = self.parties.party_by_kind(head.lemma_.lower())
            if party is None and head.lemma_.lower() in self.lexicon.speaks_for:
                # "A spokesman for the company, Callum Reid, said": he speaks for it.
                party = self._principal_party(head)
            if party is None and speaker.entity is None:
                party = self._owners_party(head)
            if party is None and speaker.entity is not None and speaker.entity.kind == "person":
                party = self._post_party(head)
            if speaker.entity is not None:
                # "The authors acknowledged ... They wrote": a group heard by its description
                # keeps the party the description had.
                party = party or self._party_of.get(id(speaker.entity)) or (
                    self._described_parties.get(speaker.entity.name.lower())
                    if id(speaker.entity) in self._unnamed_kinds else None)
                if party is not None:
                    self._party_of.setdefault(id(speaker.entity), party)
            elif speaker.name is not None:
                party = self._remembered_party(speaker, head, party)
            if party is not None:
                self._remember_documents(phrase, party)
            if party is not None and head.lemma_.lower() in self.lexicon.speaks_for:
                self._speaks_for(head, party)
        if speaker.entity is not None and speaker.kind != "document":
            # Someone another speaker of the sentence reports ("Beckett said Finchley had
            # told him ...") is not who speaks on in a "he said" after.
            # Reported inside another's statement: a quotation too, when all of it is in
            # what the other says ("Solís said Officer Brandt had told investigators,
            # “...”"), and a "she" after goes on with the one reporting.
            told = any(
                start <= found.cue[0] < end and speaking != id(speaker.entity) and (
                    found.kind != "direct" or (found.content is not None
                                               and start <= found.content[0]
                                               and found.content[1] <= end))
                for start, end, speaking in self._reported)
            if not told:
                self._spoke(speaker.entity, sentence)
            speaker.entity.spoke = True
            if speaker.entity.kind != "person" and found.head.tag_ == "NN" \
                    and kind in PERSON_ROLE_KINDS and not named_apposition(found.head):
                # "A Skyhaven spokesman said ... He said": one person, heard as the body.
                voice = self._someone(found.head, phrase)
                self._voices[id(voice)] = speaker
                self._spoke(voice, sentence)
        elif speaker.entity is None and speaker.name is not None:
            # A "he" or "she" after goes on with an unnamed person who spoke as the subject of
            # a main clause, not in a relative clause ("a governor who had endorsed him")
            # nor by asking ("a reporter asked if ..."): the answer is someone else's.
            voiced = found.lemma != "ask" and found.head.lower_ not in RELATIVE \
                and found.head.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(found.head)
            self._unnamed_speaker(found.head, head, kind, speaker if voiced else None)
        asked = self._asked(found, speaker.entity)
        if asked is not None:
            # "Conroy asked Sanders whether ... “Sure it is,” he said": whom a question is
            # put to answers it; a "he" or "she" after goes on with them first.
            self._spoke(asked, sentence)
        attribution = Attribution(
            source=source,
            cue=doc.span(*found.cue),
            content=doc.span(*found.content) if found.content else None,
            cue_lemma=found.lemma,
            cue_class=found.cue_class,
            kind=found.kind,
            speaker=speaker.name,
            party=party,
            anonymous=anonymous,
            vague=vague,
            source_kind=speaker.kind,
        )
        if speaker.entity is not None and speaker.entity.kind == "person" and not vague:
            self._said[id(speaker.entity)] = attribution
        if speaker.entity is not None and found.content is not None:
            self._reported.append((*found.content, id(speaker.entity)))
        medium = self._medium(found)
        if medium is not None and speaker.name is not None and not (vague or anonymous):
            noun = medium.lemma_.lower()
            if self.lexicon.source_kinds.get(noun) == "statement":
                self._media[noun] = (sentence, speaker)
            else:
                # "In a filing with regulators, Brightwater said ... The filing also showed":
                # the document it spoke in is its own.
                self._kept(noun, medium, _Speaker(speaker.name, speaker.entity, "document"))
        return attribution

    def _cue_word(self, found: Candidate) -> Token | None:
        """The word that heads the cue ("said", "according" of "according to")."""
        return self.doc.head_at(*found.cue)

    def _named_by_lede(self, head: Token) -> bool:
        """A headline's "Nurses say" that the opening gives as "Nurses at St. Brendan's
        Regional Hospital say": the headline's source is the opening's, and named as much."""
        if head.pos_ != "NOUN":
            return False
        lemma = head.lemma_.lower()
        return any(t.lemma_.lower() == lemma and t.dep_ in ("nsubj", "nsubjpass") and any(
            w.pos_ == "PROPN" for w in t.subtree)
            for sentence in self._opening_after(head) for t in sentence.tokens)

    def _opening_after(self, token: Token) -> Iterator[Sentence]:
        """The sentences of the opening after the headline the token stands in, headlines
        skipped; none when it stands in no headline."""
        sentences = self.doc.sentences
        index = self._sentence_of(token)
        if not sentences[index].headline:
            return
        for later in range(index + 1, len(sentences)):
            if self.entities.apart(later, index) > _LEDE_REACH:
                return
            if not sentences[later].headline:
                yield sentences[later]

    def _asked(self, found: Candidate, asker: Entity | None = None) -> Entity | None:
        """The person a question was put to: named ("asked Sanders whether"), the subject of
        the passive ("Marchetti was asked by the prosecutor to ..."), or a pronoun for
        someone other than the one asking ("Ashcombe asked her whether ...")."""
        cue = self._cue_word(found) if found.lemma == "ask" else None
        if cue is None:
            return None
        hearer = next((c for c in cue.children if c.dep_ in ("dobj", "dative", "nsubjpass")),
                      None)
        if hearer is None:
            return None
        pronoun = self.lexicon.pronouns.get(hearer.lower_)
        if pronoun is not None:
            if not pronoun.resolve or pronoun.plural or pronoun.animate == "nonperson":
                return None
            entity = self.entities.antecedent(
                pronoun, hearer.idx, self._sentence_of(hearer), self._last_speaker(pronoun),
                frozenset({id(asker)}) if asker is not None else frozenset())
        else:
            entity = self.entities.at(hearer)
        return entity if entity is not None and entity.kind == "person" \
            and entity is not asker else None

    def _medium(self, found: Candidate) -> Token | None:
        """The medium a statement was made in, a statement or a document ("In a statement,
        the union said", "in a filing with regulators, the company said", "In its annual
        assessment, the council said": the speaker's own, a pronoun's), if the cue names
        one."""
        cue = self._cue_word(found)
        if cue is None:
            return None
        return next((o for p in cue.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and (indefinite(o) or any(
                         c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children))
                     and self.lexicon.source_kinds.get(o.lemma_.lower()) in (
                         "statement", "document")), None)

    def _untagged_name_beside(self, head: Token) -> Token | None:
        """"The district's transportation director, Ana Ruiz": a person's name the tagger
        did not see, set beside a description of a person, opening with a forename."""
        if self.lexicon.source_kinds.get(head.lemma_.lower()) not in ("person", "spokesperson"):
            return None
        return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and not c.ent_type_ and c.left_edge.text in self.lexicon.forenames
                     and all(t.pos_ == "PROPN" for t in head.doc[c.left_edge.i:c.i + 1])),
                    None)

    def _known_name_beside(self, head: Token) -> Token | None:
        """"The third coalition partner, the Green Left, said": a name the tagger gave a
        type no source has (a product's, a work's), set beside a description, that the
        article's entities know all the same (from the parties file, or named elsewhere)."""
        if head.pos_ != "NOUN" or head.i + 1 >= len(head.doc) or head.nbor(1).text != ",":
            return None
        # Right after the description's comma: a name after a clause of its own ("the
        # resident, who sold copies of The Undead Soldier") belongs to that clause.
        return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.left_edge.i == head.i + 2 and self.entities.at(c) is not None),
                    None)

    def _name_set_before(self, head: Token) -> Token | None:
        """"Renata Sully, the director of the alliance, said": a person's name before the
        description and a comma, which the parser hung on the verb rather than making the
        description its apposition."""
        first = head.left_edge.i
        if head.dep_ not in ("nsubj", "nsubjpass") or first < 2 \
                or self.lexicon.source_kinds.get(head.lemma_.lower()) not in PERSON_ROLE_KINDS:
            return None
        name = head.doc[first - 2]
        return name if head.doc[first - 1].text == "," and name.ent_type_ == "PERSON" \
            and name.head.i == head.head.i and name.dep_ not in ("nsubj", "nsubjpass") \
            else None

    def _interviewee(self, label: Token) -> _Speaker:
        """Who answers an interview's questions: the person the introduction is about, the
        one named most before the first answer, first named on a tie ("Harbour master Ines
        Roa ... She spoke to the Courier"); the same for every answer after; no one when the
        article names no person before it."""
        if self._answers is None:
            counts: Counter[int] = Counter()
            people: dict[int, Entity] = {}
            for mention in self.entities.mentions.between(0, label.idx):
                if mention.entity.kind == "person" and not mention.quoted:
                    counts[id(mention.entity)] += 1
                    people.setdefault(id(mention.entity), mention.entity)
            # most_common keeps the first met first on a tie
            self._answers = (people[counts.most_common(1)[0][0]] if counts else None,)
        interviewee, = self._answers
        return _Speaker(None, None, "unknown") if interviewee is None else self._of(interviewee)

    def _named_together(self, head: Token) -> Entity | None:
        """"Both candidates", "the candidates": the people last named together, one of whom
        the article gave that role ("Gareth Lowe and Priya Raman, the two candidates"). Not
        "the Centerview founders", whom a name makes other people than a pair of founders
        named last."""
        if head.tag_ != "NNS" or not (definite(head) or any(
                c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj")
                for c in head.children)) or _has_name(head.doc[head.left_edge.i:head.i + 1]):
            return None
        return self.entities.named_together(head.lemma_.lower(), head.idx)

    def _left_unnamed(self, found: Candidate) -> bool:
        """The source phrase or the cue's own modifiers grant the source anonymity ("a
        teacher, who asked not to be named, said", "said on condition of anonymity"); not a
        word in what was said."""
        cue = self._cue_word(found)
        around = [t for c in (cue.children if cue is not None else ())
                  if c.dep_ in ("prep", "advcl", "advmod") for t in c.subtree]
        content = found.content or (0, 0)
        return any(grants_anonymity(t, self.lexicon) for t in (*found.head.subtree, *around)
                   if not content[0] <= t.idx < content[1])

    @staticmethod
    def _of_someone_else(head: Token) -> bool:
        """A description by a relation to a party's name that has ended: "a former aide to
        Amsel", "Amsel's former lawyer" speak for the party no longer, where "an aide to
        Amsel" and "the director of the alliance" do."""
        return head.pos_ == "NOUN" and any(c.lower_ == "former" for c in head.children)

    def _of_its_people(self, head: Token) -> bool:
        """"The Corvane pilots' union", "the Harlow nurses' association": a body of the
        people of a named one, whose name says whose people they are and makes the body no
        part of it (the union of an airline's pilots is not the airline)."""
        return any(c.dep_ == "poss" and c.tag_ == "NNS" and self.lexicon.is_people_word(c.text)
                   and any(t.pos_ == "PROPN" for t in c.subtree) for c in head.children)

    def _member_named_next(self, head: Token) -> bool:
        """"Prosecutors said Hart used the money ... “...,” prosecutor Lucy Fenwick told the
        court": people of a role, one of whom the next sentence names as its subject with
        that role, are a team speaking through her, not an unnamed source."""
        noun = head.lemma_.lower()
        if head.tag_ != "NNS":
            return False
        if self.entities.named_after(self._sentence_of(head), 1, lambda e: e.kind == "person"
                                     and noun in e.roles) is not None:
            return True
        # The words the people are described by: "transit" of "Transit officials".
        words = [c for c in head.children
                 if c.dep_ in ("compound", "amod") and c.i < head.i and c.is_alpha]
        following = self._sentence_of(head) + 1
        if not words or following >= len(self.doc.sentences):
            return False
        sentence = self.doc.sentences[following]
        return self._named_for_body(words, sentence) or (
            noun in self.lexicon.of_body and self._body_named(words, sentence))

    def _named_for_body(self, words: list[Token], sentence: Sentence) -> bool:
        """"Transit officials said ... “We have spares,” said Amir Haddad, a spokesman for
        Fairhaven Transit", "County health officials said ... The county's public health
        director, Dr. Samir Haddad, said": people of a body, whom the sentence names one
        of, set beside a role held for that body by one of their words, or for a body
        ("The department's director, Owen Bazley")."""
        described = {w.lower_ for w in words}
        if not any(t.ent_type_ and self._names_person(t) for t in sentence.tokens):
            return False
        roles = [t for t in sentence.tokens if self.lexicon.is_person_noun(t.lemma_.lower())
                 and (t.dep_ == "appos" or any(c.dep_ == "appos" and self._names_person(c)
                                               for c in t.children))]
        return any(
            any(w.lower_ in described for w in t.subtree if w.i != t.i and not w.ent_type_)
            or any(c.dep_ == "poss" and self.lexicon.is_organisation_word(c.lemma_.lower())
                   for c in t.children)
            for t in roles)

    def _made_of(self, head: Token, phrase: Span) -> Token | None:
        """"The board of trustees met ... The trustees said": the people a body was named
        as made of, by that noun and with no more words, speak as the body; the noun of the
        body's last such mention within reach."""
        noun = head.lemma_.lower()
        if head.tag_ != "NNS" or not definite(head) or len(phrase) != 2:
            return None
        sentence = self._sentence_of(head)
        for index in range(sentence, -1, -1):
            if self.entities.apart(sentence, index) > _MEMBERS_REACH:
                return None
            for earlier in reversed(self.doc.sentences[index].tokens):
                if earlier.i < head.i and earlier.tag_ == "NNS" \
                        and earlier.lemma_.lower() == noun and earlier.dep_ == "pobj" \
                        and earlier.head.lower_ == "of":
                    body = earlier.head.head
                    return body if _singular_noun(body) and body.lemma_.lower() in \
                        self.lexicon.types else None
        return None

    def _names_person(self, token: Token) -> bool:
        """A person as the article reads the name, whatever the tagger's label ("Nadia
        Ferro" tagged an organisation)."""
        return (entity := self.entities.at(token)) is not None and entity.kind == "person"

    def _body_named(self, words: list[Token], sentence: Sentence) -> bool:
        """"State transportation officials announced ... according to the state Department
        of Transportation": people who hold posts in a body the sentence names by one of
        their words (not a place's) speak for it, named by their body."""
        described = {w.lower_ for w in words if w.ent_type_ not in ("GPE", "NORP")}
        # The body's own words, not the "of" and "the" of "Department of the Treasury".
        return any(m.entity.kind == "organisation" and not m.quoted
                   and described & {w for w in m.entity.words if len(w) > 3}
                   for m in self.entities.mentions.between(sentence.start, sentence.end))

    def _speaker(self, head: Token, phrase: Span, content: tuple[int, int] | None = None
                 ) -> _Speaker:
        entities = self.entities
        pronoun = self.lexicon.pronouns.get(head.lower_)
        # Not "He and Chairman Bob Goodlatte both", names the parser hung on "both".
        if pronoun is not None and head.pos_ == "PRON" \
                and not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
            if not pronoun.resolve:
                return _Speaker(None, None, "unknown")
            if pronoun.animate == "nonperson" and not pronoun.plural:
                document = self._document_in_view(head)
                if document is not None:
                    start, end = phrase_span(document)
                    return self._speaker(document, self.doc.doc[start:end])
                self._observe_subjects_before(head)
            # A tag closing a quotation of several sentences ("“...” she added") is read
            # where the quotation begins: the quoted sentences are no story in between.
            opened = content[0] if content is not None and self.doc.quotes.at(
                content[0]) is not None else head.idx
            entity = entities.antecedent(pronoun, head.idx,
                                          self.doc.sentence_index(min(opened, head.idx)),
                                          self._last_speaker(pronoun),
                                          self._spoken_of(head, content))
            if entity is None and pronoun.gender is not None:
                # "“...,” she said." with no one she can be: a woman the article has not
                # named speaks, and a "she" after goes on with her rather than with a name
                # of unknown gender met since in passing.
                entity = self._unnamed_one(head.text, pronoun.gender)
            if entity is None:
                return _Speaker(None, None, "unknown")
            if id(entity) in self._voices:
                self._spoke(entity, self._sentence_of(head))
                return self._voices[id(entity)]
            if pronoun.animate == "nonperson" and entity.kind == "person":
                entity.kind = "organisation"  # "Twitter said ... It added": a body after all
            entities.add_mention(entity, head, self._sentence_of(head))
            if self._unnamed_kinds.get(id(entity)) == "":
                # "They" stands for a plural the lexicon does not know for people or bodies
                # ("sales", "the states"), "she" for a woman never named: whoever it is, no
                # one to name; the one speaking, though.
                if entity.kind == "person":
                    self._spoke(entity, self._sentence_of(head))
                return _Speaker(None, None, "unknown")
            return self._of(entity)
        apposition = named_apposition(head) or self._untagged_name_beside(head) \
            or self._known_name_beside(head) or _name_after_holder(head) \
            or self._name_set_before(head) or _name_given(head) or _name_closing_clause(head)
        if apposition is None and head.dep_ == "appos" and head.pos_ == "NOUN":
            # "John Bentel, a tech staffer at the State Department who told ...": the
            # description set beside a name, which a "who" points back to, is the named one;
            # beside names given together ("China and the United States, the two biggest
            # polluters, which vowed"), both.
            pair = entities.together_at(head.head)
            named = pair.entity if pair is not None else entities.at(head.head)
            if named is not None:
                return self._of(named)
        if apposition is not None and apposition.ent_type_ != "PERSON" \
                and body_of(head, self.lexicon) is not None:
            # "A spokeswoman for the company, Brightwater Marine": the company's name, not
            # hers; she speaks for it.
            body = entities.at(apposition)
            if body is not None and body.kind == "organisation":
                return self._of(body)
            apposition = None
        pair = entities.together_at(apposition) if apposition is not None else None
        if pair is not None and head.tag_ == "NNS":
            # "Two council members, Harlan Voss and Bettina Reyes, said": both of them.
            return self._of(pair.entity)
        entity = entities.at(apposition or head)
        if entity is not None and not entity.certain:
            # A short name the parser called an organisation ("Tsekan said"), met before as a
            # person who spoke: that person.
            entity = entities.person_named(entity.name) or entity
        older = next((self.lexicon.seniority[c.lower_] for c in head.children
                      if c.dep_ == "amod" and c.lower_ in self.lexicon.seniority), None)
        if older is not None and (sharing := entities.sharing(head.text)):
            # "The younger Brannagh": of the people who share the surname, the one the
            # ages the article gives make so; no one when it gives none.
            found = entities.by_age(sharing, oldest=older)
            return self._of(found) if found is not None else _Speaker(None, None, "person")
        sharing = entities.sharing(head.text) if len(phrase) == 1 else []
        if sharing and self._speakers:
            # "Her son said ... “...,” Brannagh said": a surname two people share is the one
            # of them speaking in the paragraph, whoever the story speaks of most.
            last, spoke = self._speakers[-1]
            here = self._sentence_of(head)
            if last in sharing and here - spoke <= 1 and self.doc.sentences[
                    spoke].paragraph == self.doc.sentences[here].paragraph:
                return self._of(last)
        if _one_member(entity, head):
            # "the Ohio Republican": one member of a party or a people, described rather
            # than named, is the one the article introduced so ("Republican Michael
            # Hartley"), else the person the story has in view.
            member = self._member(head)
            if member is not None:
                return self._of(member)
        if entity is not None:
            return self._of(entity)
        body = self._made_of(head, phrase)
        if body is not None:
            return self._speaker(body, self.doc.doc[slice(*phrase_span(body))])
        if apposition is not None and (apposition.i == head.i + 1
                                       or apposition.ent_type_ in ("", "DATE")):
            # "Hereditary Chief Tsekan said": the title is the parser's head, the name its
            # apposition; the person is the name. So is a name the tagger missed beside a
            # description ("The transportation director, Ana Ruiz, said").
            name = self.doc.doc[apposition.left_edge.i:apposition.i + 1]
            return self._of(entities.add_source(apposition, name, self._sentence_of(head)))
        noun = head.lemma_.lower()
        kind = self.lexicon.source_kinds.get(noun, "")
        together = self._named_together(head)
        if together is not None:
            return self._of(together)
        group = self._unnamed.get(noun)
        if group is not None and group[0] < head.idx and head.tag_ == "NNS" \
                and definite(head) and not _has_name(phrase) \
                and not any(c.dep_ == "nummod" for c in head.children):
            # "Researchers at the University of Tromsby followed 84 adults. ... the
            # researchers wrote": the group the article described before ("the 10,000
            # people in the arena" count a group of their own).
            return self._of(group[1])
        if noun in self.lexicon.speaks_for:
            principal = self._principal(head)
            if principal is not None:
                return self._of(principal)
        if kind == "statement":
            # "Her statement said", "the union's memo said": the medium speaks for its author.
            author = self._principal(head)
            if author is not None:
                return self._of(author)
            issued = self._issued(head)
            if issued is not None:
                return issued
            behalf = self._on_behalf(head) if definite(head) else None
            if behalf is not None:
                return self._of(behalf)
            made = self._media.get(noun)
            if made is not None and definite(head) and not _has_name(phrase) \
                    and self.entities.apart(self._sentence_of(head), made[0]) <= _MEDIUM_REACH:
                # "In a statement, the company said ... “...,” the statement said": the
                # statement the article has just given a speaker.
                return made[1]
        if kind == "document":
            # "FEC records", "a Gallup poll": an organisation or a person owns a document;
            # "polls in Pennsylvania" name a place, not who polled.
            publisher = _released_by(head, self.lexicon)
            # "conducted for the Courier by Penrose Research": the one who put it out, named
            # or not, before any other name in the phrase.
            topic = _topic_of(head)
            owner = next((e for t in phrase if t.i not in topic
                          and (e := entities.at(t)) is not None
                          and e.kind in ("organisation", "person")), None) \
                if publisher is None else entities.at(publisher)
            owner = owner if owner is not None and owner.kind in (
                "organisation", "person") else None
            possessor = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is None and possessor is not None:
                # "its report", "the union's study": the owner, resolved as a pronoun or a
                # description would be.
                owner = self._possessor(possessor)
            if owner is None:
                # "the licensing board decision": a body the article has named, by its role.
                # A court writes only its rulings: "court filings" and "court records" are
                # the case's papers, filed and kept there.
                owner = next((e for c in head.children if c.dep_ == "compound"
                              and not self._kept_only(c.lemma_.lower(), noun)
                              and (e := self._described(c)) is not None), None)
            if owner is None and publisher is not None:
                # "figures released by the Harbour Council": who put it out owns it; "a
                # lawsuit filed by a former bookkeeper, Miriam Adler": the one named.
                start, end = phrase_span(publisher)
                # The parser may hang the name on the document, past its participle's clause.
                named = named_apposition(publisher) or next(
                    (c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                     and c.left_edge.i == publisher.right_edge.i + 2), None)
                owner = entities.at(publisher) or (
                    entities.at(named) if named is not None else None) \
                    or self._described(publisher) \
                    or self._office_named_next(publisher, self.doc.doc[start:end])
            if owner is None and noun in self.lexicon.authors and definite(head):
                # "The appeals court ruled ... the ruling said": the court's.
                owner = entities.described(self.lexicon.authors[noun], set(), head.idx)
            issued = self._issued(head) if owner is None and publisher is None else None
            if issued is not None:
                return self._kept(noun, head, _Speaker(issued.name, issued.entity, "document"))
            if owner is None and publisher is None and definite(head) \
                    and not _has_name(phrase):
                # "Tenants filed a lawsuit on Monday. ... The lawsuit says": who put it out.
                publisher = self._publisher(noun, head.idx)
                if publisher is not None:
                    owner = entities.at(publisher) or (
                        self._principal(publisher)
                        if publisher.lemma_.lower() in self.lexicon.speaks_for
                        else self._described(publisher))
            found: _Speaker | None = None
            if owner is not None:
                # What "it" says next may be the document's again: its owner is in view.
                entities.add_mention(owner, head, self._sentence_of(head))
                found = _Speaker(owner.name, owner, "document")
            elif publisher is not None:
                # Put out by a body the article describes but never names ("released by the
                # council"): that body, as its own words would be.
                start, end = phrase_span(publisher)
                found = _Speaker(self._text(self.doc.doc[start:end]), None, "document")
            if found is not None:
                return self._kept(noun, head, found)
            if definite(head) and not _has_name(phrase) and noun in self._documents:
                # "A study by researchers at Dunmore University ... The study found": the
                # one the article has given an owner, unless another was brought in since
                # ("A new ad from the campaign ... The ad features ...").
                met, earlier = self._documents[noun]
                if not self._document_since(noun, met, head.idx):
                    return earlier
            introduced = self._introduced_after_headline(head) if not _has_name(phrase) else None
            if introduced is not None:
                # "Teens who sleep later do better, study finds": the study the opening then
                # describes ("a study of 2,100 students ... by researchers at ...").
                start, end = phrase_span(introduced)
                return self._speaker(introduced, self.doc.doc[start:end])
            # "According to a state inspection report, ... The report found": a document no
            # one is said to own is one source, by its fullest description, when named again.
            return self._kept(noun, head, _Speaker(self._text(phrase), None, "document"))
        described = self._description(head, phrase) or self._reported_body(head, phrase, content)
        if described is not None:
            return self._of(described)
        holder = self.entities.given_role(noun, _modifiers(head), head.idx) \
            if self._definite(head) and head.pos_ == "NOUN" and not _plural(head) else None
        if holder is not None:
            return self._of(holder)
        if self._definite(head) \
                and not _has_name(phrase[:head.i + 1 - phrase.start], places=False) \
                and kind in ("", "person", "anonymous") and not _plural(head) \
                and not self.lexicon.is_organisation_word(head.lemma_.lower()) \
                and not _contrasted(head) and (
                    (head.pos_ == "NOUN" and _epithet(head, self.lexicon)) or age(head)):
            # "the bow-tied professor", "the 26-year-old": a description that characterises
            # rather than names an office points back at the person the story is quoting. A
            # name after the noun only says where a role is held ("the former clerk of the
            # Senate"), and a place before it where someone lives ("the Dunmore resident");
            # another name before it names someone else ("the Harbour council").
            focus = self._focus(head)
            if focus is None and not _has_name(phrase, places=False) and (age(head) or (
                    head.tag_ == "NN" and any(c.dep_ in ("amod", "nummod") and c.i < head.i
                                              for c in head.children))):
                # Else the one person "he" or "she" would stand for there; a compound alone
                # ("the licensing board decision") may describe a thing, an adjective or an age
                # before a singular noun rarely does. A named place of work ("the founder of
                # Pellan Breads") is too specific for a guess by agreement alone.
                focus = self.entities.antecedent(_SOMEONE, head.idx, self._sentence_of(head),
                                                 self._last_speaker(_SOMEONE))
            if focus is not None and focus.kind == "person" and not self._reports(focus, head) \
                    and id(focus) not in self._unnamed_kinds:
                # Not the one in whose words the description stands: "She said the building
                # manager told her ..." is someone she speaks of; nor someone the article
                # describes by another noun and never names ("A Corvanian diplomat said ...
                # The Corvanian minister said").
                return self._of(focus)
        sentence = self._sentence_of(head)
        headline = self.doc.sentences[sentence].headline
        if (kind == "person" or (headline and kind in ("anonymous", "spokesperson"))
                or (kind == "" and noun in self.lexicon.person_nouns)) \
                and head.tag_ in ("NN", "NNP") and not definite(head) \
                and self._in_lede(head) and not any(t.ent_type_ == "PERSON" for t in phrase) \
                and not any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                            for c in head.children) \
                and not self._told_by_description(head):
            # "A Dunmore judge has rejected ...", a headline's "Senator urges ..." or
            # "Lawmaker urges ...": the opening describes by office the person the next
            # sentences name (AP's delayed identification). Not the lede's "a senior
            # official", who stays unnamed, nor "Ortega's former adviser" or "her husband",
            # someone's relation to a person, whoever is named next ("its chief executive"
            # and "Connecticut's tax commissioner" hold an office). Nor one of whom another
            # described source of the opening speaks (see `_told_by_description`).
            named = entities.named_after(sentence, _LEDE_REACH, lambda e: e.kind == "person",
                                         role=head.lemma_.lower())
            if named is not None:
                return self._of(named)
        named = self._office_named_next(head, phrase)
        if named is not None:
            return self._of(named)
        wanted = self.lexicon.types.get(head.lemma_.lower(), "")
        if wanted and (self._definite(head) or headline or any(
                c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)) \
                and self._in_lede(head) and not _has_name(phrase):
            # "Three clinics will close, the provincial health agency confirmed. The Brannock
            # Health Authority said ...": the opening (or a headline, which drops its
            # articles; "their union said") describes by its type the body the next
            # sentences name, as it does a person by office. A body whose name tells no type
            # may be of any but an outlet's, which its name or a description always shows.
            # A headline's "operator says", then "Kestrel Ferries will raise fares, the
            # company said": the body that the lede's description of its type reports of.
            named = entities.named_after(sentence, _LEDE_REACH, lambda e: (
                e.kind == "organisation" and (e.type == wanted or (
                    not e.type and wanted != "outlet"))),
                reporter=lambda subject: self._describes_type(subject, wanted))
            if named is not None:
                return self._of(named)
        # A body that speaks is one, whatever clause it speaks in ("according to the county
        # elections office").
        body = self._unnamed_body(head, phrase, in_any_clause=True)
        if body is not None:
            return self._of(body)
        # "Ruiz said", the tagger taking the surname of a person named in full for a noun.
        if (head.pos_ == "PROPN" or (len(phrase) == 1 and _named_in_full(
                entities.person_named(head.text)))) and head.text[:1].isupper():
            if head.i + 1 < phrase.end and self.doc.doc[head.i + 1].dep_ == "prep":
                phrase = self._person_before_affiliation(head, phrase)
            # A longer run of proper words may be titles before a name ("Board Chair
            # Victor Almeida"); the name is what follows them.
            name = entities.untitled_name(phrase) if len(phrase) > 3 and all(
                t.pos_ == "PROPN" for t in phrase) else list(phrase)
            if len(name) <= 3 and not proper_org(name, self.lexicon):
                # "Safe Harbor has denied", after "Safe Harbor Housing Services": the
                # beginning of a body's name the article gave in full is that body.
                body = entities.body_shortened(" ".join(t.text for t in name))
                if body is not None:
                    return self._of(body)
                return self._of(entities.add_source(head, phrase, self._sentence_of(head)))
        return _Speaker(self._text(phrase), None,
                        "person" if kind in PERSON_ROLE_KINDS else "unknown")

    def _person_before_affiliation(self, head: Token, phrase: Span) -> Span:
        """"Tove Lindahl of Clean Coast Halverton said", a name the tagger missed: a
        person's two or three proper words up to the head, not where the person is from.
        Not a name the tagger gave another type, nor one with a word of an office or a body
        ("Diocese of Covington", "Vice President for news", "Democracy for America")."""
        doc = self.doc.doc
        start = head.i
        while start > phrase.start and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].dep_ in ("compound", "flat"):
            start -= 1
        run = doc[start:head.i + 1]
        if not 2 <= len(run) <= 3 or head.tag_ != "NNP" or any(
                t.ent_type_ not in ("", "PERSON") or t.lemma_.lower() in self.lexicon.role_words
                or self.lexicon.is_organisation_word(t.lemma_.lower()) for t in run):
            return phrase
        return run

    def _on_behalf(self, statement: Token) -> Entity | None:
        """"Her lawyer read a short statement on her behalf. “...,” the statement said": the
        one a statement of the sentence before, or of this one, was read or put out for."""
        here = self._sentence_of(statement)
        sentences = self.doc.sentences[max(0, here - 1):here + 1]
        for earlier in (t for sentence in sentences for t in sentence.tokens
                        if t.i < statement.i and t.lemma_ == statement.lemma_
                        and t.dep_ == "dobj"):
            for prep in (c for c in earlier.head.children if c.dep_ == "prep" and c.lower_ == "on"):
                behalf = next((o for o in prep.children
                               if o.dep_ == "pobj" and o.lower_ == "behalf"), None)
                if behalf is None:
                    continue
                whose = next((c for c in behalf.children if c.dep_ == "poss"), None)
                if whose is not None:
                    return self._possessor(whose)
                of = [o for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
                if of:
                    return self.entities.at(of[0]) or self._described(of[0])
        return None

    def _issued(self, document: Token) -> _Speaker | None:
        """Who the sentence has put the document out ("the campaign mailed fliers accusing
        ...", "His office put out a statement saying ..."), resolved as a source would be;
        None when no verb of publishing has it for its object or no one can be named."""
        issuer = _issuer(document, self.lexicon)
        if issuer is None:
            return None
        start, end = phrase_span(issuer)
        issued = self._speaker(issuer, self.doc.doc[start:end])
        return issued if issued.name is not None else None

    def _kept(self, noun: str, document: Token, owned: _Speaker) -> _Speaker:
        """The document's owner, kept for a "the report" that speaks of it again."""
        self._documents[noun] = (document.idx, owned)
        return owned

    def _kept_only(self, body: str, document: str) -> bool:
        """A body that writes one kind of document ("court": rulings) only keeps the
        others named by it ("court filings", "court records"), of whoever filed them."""
        authored = {noun for noun, author in self.lexicon.authors.items() if author == body}
        return bool(authored) and document not in authored

    def _told_by_description(self, head: Token) -> bool:
        """The source stands in what another source of its sentence says, one described
        and not named: "A former bookkeeper testified that the clinic's director told her ...".
        The person the next sentences name is the one the story is about, the teller, not
        the director she speaks of, who may be named later or never."""
        for other in self._sentence_found:
            if other.content is None or other.head.i == head.i \
                    or not other.content[0] <= head.idx < other.content[1]:
                continue
            # A common noun with no name beside it: names in its phrase only say where the
            # role is held ("a bookkeeper for the Marlow clinic") or whose it is.
            teller = other.head
            if teller.pos_ == "NOUN" and named_apposition(teller) is None \
                    and not self.lexicon.is_organisation_word(teller.lemma_.lower()):
                return True
        return False

    def _office_named_next(self, head: Token, phrase: Span) -> Entity | None:
        """"..., with the deputy mayor calling it a giveaway. Deputy Mayor Irene Vasquez said
        ...", "an audit released by the county comptroller ... Comptroller Dana Whitfield":
        the opening's office is the person the next sentences name with it, and with its
        rank; no one else named there."""
        noun = head.lemma_.lower()
        if self.lexicon.source_kinds.get(noun) != "person" or not self._definite(head) \
                or not self._in_lede(head) or _has_name(phrase, places=False):
            return None
        modifiers = _modifiers(head)
        return self.entities.named_after(self._sentence_of(head), _LEDE_REACH, lambda e: (
            e.kind == "person" and noun in e.roles and self.entities.same_rank(e, modifiers)))

    def _introduced_after_headline(self, document: Token) -> Token | None:
        """The first document of the headline's kind ("study", "poll" or "survey") that the
        sentences after a headline bring in, when `document` is in a headline."""
        family = self.lexicon.family(document.lemma_.lower())
        return next((t for later in self._opening_after(document) for t in later.tokens
                     if t.pos_ == "NOUN" and indefinite(t)
                     and self.lexicon.family(t.lemma_.lower()) == family), None)

    @cached_property
    def _new_documents(self) -> dict[str, list[int]]:
        """Where the article brings in a new document ("a new ad"), by noun, in order; read
        only for a draft that needs it."""
        found: dict[str, list[int]] = {}
        kinds = self.lexicon.source_kinds
        for token in self.doc.tokens:
            if kinds.get(token.lemma_.lower()) == "document" and indefinite(token):
                found.setdefault(token.lemma_.lower(), []).append(token.idx)
        return found

    @cached_property
    def _documents_seen(self) -> tuple[list[int], list[Token]]:
        """The documents that are a clause's subject or set beside a name, in order, with
        their offsets (see `_document_in_view`)."""
        kinds = self.lexicon.source_kinds
        seen = [t for t in self.doc.tokens if t.tag_ == "NN"
                and t.dep_ in ("nsubj", "nsubjpass", "appos")
                and kinds.get(t.lemma_.lower()) == "document"]
        return [t.idx for t in seen], seen

    @cached_property
    def _publications(self) -> dict[str, tuple[list[int], list[Token]]]:
        """The documents put out in the article with a verb of publishing ("tenants filed
        a lawsuit", "tenants sued the landlord"), or said to be put out by someone wherever
        they stand ("The findings are in a report released by the Aviation Safety
        Bureau"), by family: where, and who put each out (not a pronoun, which would have
        to be resolved there)."""
        found: dict[str, tuple[list[int], list[Token]]] = {}
        lexicon = self.lexicon
        for token in self.doc.tokens:
            verb = token.head
            kind = lexicon.source_kinds.get(token.lemma_.lower())
            publisher = _put_out_by(token, lexicon) if kind == "document" else None
            # By name only: "a lawsuit filed by a former bookkeeper, Miriam Adler" is hers;
            # a description there may be no one in particular ("with voters leaving").
            named = publisher if publisher is not None and publisher.pos_ == "PROPN" \
                else named_apposition(publisher) if publisher is not None else None
            if named is not None:
                offsets, subjects = found.setdefault(lexicon.family(token.lemma_.lower()),
                                                     ([], []))
                offsets.append(token.idx)
                subjects.append(named)
                continue
            if token.dep_ == "dobj" and lexicon.publishes(verb) \
                    and lexicon.source_kinds.get(token.lemma_.lower()) == "document":
                family = lexicon.family(token.lemma_.lower())
            elif token.pos_ == "VERB" and token.lemma_.lower() in lexicon.puts_out:
                verb, family = token, lexicon.puts_out[token.lemma_.lower()]
            else:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON" \
                    and not self.doc.quotes.at(subject.idx):
                offsets, subjects = found.setdefault(family, ([], []))
                offsets.append(token.idx)
                subjects.append(subject)
        return found

    def _document_since(self, noun: str, start: int, end: int) -> bool:
        """Whether a document of this noun is brought in between two offsets ("a new ad")."""
        offsets = self._new_documents.get(noun, [])
        return bisect_right(offsets, start) < bisect_left(offsets, end)

    def _document_in_view(self, pronoun: Token) -> Token | None:
        """The document "it" stands for: "The study could not prove that ... It found
        that ...", "AP VoteCast, a survey conducted by NORC ... It found": one the subject
        of its clause or set beside a name in the two sentences before, with no person or
        body named after it (one named in its own phrase is its maker), and no subject
        before the pronoun in its own sentence ("The board said that it welcomed ...")."""
        sentence = self.doc.sentences[self._sentence_of(pronoun)]
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in sentence.tokens if t.i < pronoun.i):
            return None
        offsets, documents = self._documents_seen
        last = bisect_left(offsets, pronoun.idx) - 1
        if last < 0:
            return None
        document = documents[last]
        if not 0 < sentence.index - self._sentence_of(document) <= 2:
            return None
        end = document.right_edge.idx + len(document.right_edge)
        # A body named in what the document found ("The report found that the ministry
        # had agreed to ...") is what it speaks of, no one speaking after it.
        found = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                 for c in document.head.children if c.dep_ in CLAUSE_DEPS] \
            if document.dep_ == "nsubj" else []
        if any(m.entity.kind in ("person", "organisation")
               and not any(start <= m.start < stop for start, stop in found)
               for m in self.entities.mentions.between(end, pronoun.idx)):
            return None
        # Nor a body described as the subject since ("... a decision was expected. The
        # regulator has the power to ... It said ..."): "it" may be either.
        described = range(self._sentence_of(document) + 1, sentence.index)
        if any(t.dep_ == "nsubj" and definite(t) and self.lexicon.source_kinds.get(
                t.lemma_.lower()) in ("organisation", "institution", "anonymous")
               for s in described for t in self.doc.sentences[s].tokens):
            return None
        return document

    def _publisher(self, noun: str, offset: int) -> Token | None:
        """Who put out the document of this noun the article brought in last before the
        offset ("the council released a report"), if none of the noun was brought in
        since."""
        offsets, subjects = self._publications.get(self.lexicon.family(noun), ([], []))
        last = bisect_left(offsets, offset) - 1
        if last < 0 or self._document_since(noun, offsets[last], offset):
            return None
        return subjects[last]

    def _remembered_party(self, speaker: _Speaker, head: Token, party: str | None
                          ) -> str | None:
        """`party`, or else the party an unnamed speaker had when it spoke before under the
        same description ("the club said ... figures released by the club"), or a document
        of the same noun the article has not replaced with a new one since ("the first
        results of the census released by the authority ... according to the census")."""
        noun = head.lemma_.lower()
        if party is None:
            party = self._described_parties.get(speaker.name.lower())
        if party is None and noun in self._documents_parties:
            met, earlier = self._documents_parties[noun]
            if not self._document_since(noun, met, head.idx):
                party = earlier
        if party is not None:
            self._described_parties.setdefault(speaker.name.lower(), party)
        return party

    def _remember_documents(self, phrase: Span, party: str) -> None:
        """The documents a source phrase names speak for its party when named again."""
        for token in phrase:
            if self.lexicon.source_kinds.get(token.lemma_.lower()) == "document":
                self._documents_parties[token.lemma_.lower()] = (token.idx, party)

    def _principal_party(self, head: Token) -> str | None:
        """The party of whom a spokesman or lawyer speaks for, and so of a person named
        beside the noun, whose "she said" after speaks for it too."""
        principal = self._principal(head)
        bodies = _prepositional_objects(head)
        if principal is not None and principal.kind == "person" and any(
                (named := named_apposition(o)) is not None
                and principal is self.entities.at(named) for o in bodies):
            # "A spokesman for the company, Callum Reid": the parser hung his name beside
            # the body; the body is whom he speaks for.
            principal = self.entities.at(bodies[0]) or self._described(bodies[0])
        if principal is None:
            return None
        return self._party_of.get(id(principal)) or self.parties.party_of(principal.name)

    def _owners_party(self, head: Token) -> str | None:
        """"His department said", "her campaign said": a body a person's pronoun says is
        theirs is of that person's party."""
        if head.pos_ != "NOUN" or not self.lexicon.types.get(head.lemma_.lower()) \
                or not any(c.dep_ == "poss" and c.tag_ == "PRP$"
                           and (pronoun := self.lexicon.pronouns.get(c.lower_)) is not None
                           and pronoun.gender is not None for c in head.children):
            return None
        return self._principal_party(head)  # whom it speaks for: its possessor

    def _post_party(self, name: Token) -> str | None:
        """"Neil Okafor, a spokesman for Halvorsen Foods", "Erik Lindqvist, the chief
        executive of Halvorsen Foods": the party of the body a person set beside a post in
        it speaks for or holds office in. Not "a critic of the mayor", nor a post held
        before ("a former aide to the mayor")."""
        for post in (c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            noun = post.lemma_.lower()
            if (noun in self.lexicon.speaks_for or noun in self.lexicon.of_body
                    or self.lexicon.source_kinds.get(noun) == "person") \
                    and not any(self.lexicon.is_past(c.lower_) for c in post.children):
                return self._principal_party(post)
        return None

    def _speaks_for(self, head: Token, party: str) -> None:
        """The person named beside a spokesman or lawyer who speaks for a party's body
        ("A spokeswoman for the ministry, Ilse Marten, said") speaks for it in a "she said"
        after too. The parser may hang the name beside the body instead."""
        beside = [named_apposition(t) for t in (head, *_prepositional_objects(head))]
        for named in beside:
            person = self.entities.at(named) if named is not None else None
            if person is not None and person.kind == "person":
                self._party_of.setdefault(id(person), party)

    def _principal(self, head: Token) -> Entity | None:
        """Whom a spokesman, lawyer or board speaks for: "the company's spokesman", "a
        lawyer for Ortega", "his campaign"."""
        for child in head.children:
            if child.dep_ == "poss":
                return self._possessor(child)
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    # "Lawyers for the group, the Dunmore Home Sharing Alliance": the name set
                    # beside the description, which the article has not given that role yet.
                    named = named_apposition(objects[0])
                    return (self.entities.at(named) if named is not None else None) or \
                        self.entities.at(objects[0]) or self._described(objects[0])
            if child.dep_ == "compound":
                # "a Halvorsen spokesman"; "a university spokesman", of the university the
                # story names, not of a body only of the same broad type; "a company
                # statement", of the company the story names, the noun being its type.
                entity = self.entities.at(child) or self._described(child)
                noun = child.lemma_.lower()
                if entity is not None and (child.pos_ == "PROPN" or entity.called(noun)
                                           or entity.type == noun):
                    return entity
            if child.dep_ == "acl" and child.tag_ == "VBN":
                # "a notice mailed to tenants from the union": where it came from. Not "by",
                # which may name who handled it ("letters sorted by the clerk").
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        objects = [c for c in prep.children if c.dep_ == "pobj"]
                        if objects and (entity := self.entities.at(objects[0])) is not None:
                            return entity
        return None

    def _collective(self, entity: Entity | None, head: Token) -> bool:
        """A nationality or a party as a whole ("Mexicans often say", "Republicans want",
        and "they" standing for them) is no one in particular; "Senate Republicans", "two
        Democrats" and people named together are someone."""
        if entity is None or entity.kind != "group" or entity.members:
            return False
        return head.pos_ == "PRON" or bare_plural(head)

    def _spoken_of(self, head: Token, content: tuple[int, int] | None) -> frozenset[int]:
        """Whom a statement speaks of, who is therefore not its speaker: the people its
        quoted words name ("“Holt is wrong,” she said") or its reported words name after the
        pronoun ("She said she would join Ferro": no one names herself there; not "When she
        saw Mr. Rogan, her eyes widened, he said", where the writer names him), and the
        subject of the clause a tag interrupts ("Schumer, he said, knows his colleagues")."""
        found = self.entities.named_in(*content, after=head.idx) if content is not None \
            else set()
        verb = head.head
        if verb.dep_ == "parataxis":
            for subject in verb.head.children:
                if subject.dep_ in ("nsubj", "nsubjpass") and (
                        entity := self.entities.at(subject)) is not None:
                    found.add(id(entity))
        # "He accused the superintendent": the one the verb's object names, or describes by
        # a role, is someone else than its subject.
        for thing in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
            entity = self.entities.at(thing) or (
                self._description(thing, thing.doc[thing.left_edge.i:thing.i + 1])
                if self.lexicon.source_kinds.get(thing.lemma_.lower()) in PERSON_ROLE_KINDS
                else None)
            if entity is not None:
                found.add(id(entity))
        return frozenset(found)

    def _reports(self, entity: Entity, token: Token) -> bool:
        """Whether the token stands in words this sentence reports the entity saying."""
        return any(start <= token.idx < end and speaker == id(entity)
                   for start, end, speaker in self._reported)

    def _spoke(self, entity: Entity, sentence: int) -> None:
        self._speakers = [pair for pair in self._speakers if pair[0] is not entity]
        self._speakers.append((entity, sentence))
        del self._speakers[:-_SPEAKERS_KEPT]

    def _last_speaker(self, pronoun: Pronoun) -> tuple[Entity, int] | None:
        """The latest speaker the pronoun can stand for."""
        return next((pair for pair in reversed(self._speakers) if agrees(pronoun, pair[0])),
                    None)

    def _member(self, head: Token) -> Entity | None:
        """The person "the Democrat" or "the Ohio Republican" stands for (see `_speaker`)."""
        return self.entities.member_of(head.lower_, head.idx) or self._focus(head)

    def _focus(self, head: Token) -> Entity | None:
        """The person quoted in this sentence or the one before, else the one person who is
        the subject of a clause there ("Okoro scored twice."), when there is one."""
        here = self._sentence_of(head)
        if self._speakers:
            entity, sentence = self._speakers[-1]
            if entity.kind == "person" and here - sentence <= 1:
                return entity
        subjects = {id(m.entity): m.entity for m in self.entities.mentions_since(here - 1, head.idx)
                    if m.subject and not m.quoted and m.entity.kind == "person"}
        return next(iter(subjects.values())) if len(subjects) == 1 else None

    def _published_by_someone(self, document: Token) -> bool:
        """"figures released by the council": someone in particular put the document out;
        "data released by officials" names no one."""
        publisher = _released_by(document, self.lexicon)
        return publisher is not None and not bare_plural(publisher) and \
            self.lexicon.source_kinds.get(publisher.lemma_.lower()) != "vague"

    def _possessor(self, token: Token) -> Entity | None:
        """Whose it is: "his", "the union's", "Ortega's"."""
        pronoun = self.lexicon.pronouns.get(token.lower_)
        if pronoun is not None:
            # "The forestry department plans ..., according to its budget", "The energy
            # minister was not available, his office said": the subject of its own sentence
            # first, a description as much as a name.
            self._observe_subjects_before(token)
            return self.entities.antecedent(pronoun, token.idx, self._sentence_of(token),
                                            self._last_speaker(pronoun))
        return self.entities.at(token) or self._described(token)

    def _described(self, token: Token, modifiers: set[str] | None = None) -> Entity | None:
        """The entity a role or type noun stands for ("union", "mayor"), if the article has
        given one that role or type."""
        noun = token.lemma_.lower()
        kind = self.lexicon.source_kinds.get(noun)
        if kind == "vague" and (_plural(token) or not definite(token)):
            return None  # "critics", "a critic"; "the critic" is someone given that role
        wanted = _modifiers(token) if modifiers is None else modifiers
        if kind not in ("person", "people") and not self.lexicon.is_organisation_word(noun):
            # "The Harbour Transport Regulator fined ... The regulator said": a word that
            # may name a person ("a regulator") stands for the body the story named with it;
            # not with other words before it ("the returning officer" after "a former
            # housing officer").
            found = self.entities.named_with(noun, token.idx)
            if found is not None and wanted and found.modifiers \
                    and not share_a_word(wanted, found.modifiers):
                found = None
        else:
            found = self.entities.described(noun, wanted, token.idx)
        if found is not None and found.kind in ("person", "organisation") and _plural(token):
            # "the authors" after "the lead author, Dr. Ruiz": more than her; "the two
            # companies" after a deal between two: more than the last one named.
            return None
        return found

    def _in_lede(self, token: Token) -> bool:
        """In the headline, a deck or the first sentence after them, where a story often
        describes the person it names in the next paragraph."""
        return self.entities.apart(self._sentence_of(token), 0) < _LEDE_REACH

    def _sentence_of(self, token: Token) -> int:
        return self.doc.sentence_index(token.idx)

    @staticmethod
    def _of(entity: Entity) -> _Speaker:
        return _Speaker(entity.name, entity, entity.kind)

    def _text(self, phrase: Span) -> str:
        """The phrase without its leading article: "the mayor" is heard as "mayor"."""
        words = [t for t in phrase if not (t.i == phrase.start and t.dep_ == "det")
                 and t.tag_ != "POS"]
        if not words:
            return self.doc.reading(phrase.start_char, phrase.end_char)
        return self.doc.reading(words[0].idx, words[-1].idx + len(words[-1]))


def _owner_after(head: Token) -> Token | None:
    """The name a chain of "of" phrases after a body's noun ends in, whose body it is: "the
    board of trustees of the Harwick Museum", "the council of the Velland Federation"."""
    noun = head
    while (of := next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"),
                      None)) is not None:
        noun = next((c for c in of.children if c.dep_ == "pobj"), None)
        if noun is None:
            return None
        if noun.pos_ == "PROPN":
            return noun
    return None


def _topic_of(document: Token) -> set[int]:
    """The names that only say which things a document is about: "a study of 2,100 students
    in three Ostrava school districts"; not "a survey of clubs by CTV News", whose maker the
    parser may hang inside, nor "the report of the commission"."""
    return {t.i for child in document.children if child.dep_ == "prep" and child.lower_ == "of"
            for t in child.subtree if t.dep_ == "compound" and t.head.pos_ == "NOUN"
            and t.head.i != document.i}


def _speaking_crowd(head: Token, kind: str) -> bool:
    """"Some engineers say", "other voters said": a plural the lexicon does not know,
    counted vaguely and the subject of the cue, is people speaking as a crowd (not "in many
    cases reporting", where the parser hung the cue on a phrase)."""
    return kind == "" and head.tag_ == "NNS" and head.dep_ == "nsubj"


def _named_in_full(person: Entity | None) -> bool:
    return person is not None and bool(person.forename)


def _singular_noun(token: Token) -> bool:
    """A common noun in the singular, also where the tagger calls it a proper one ("the
    provincial transport ministry")."""
    return token.tag_ == "NN" or (token.tag_ == "NNP" and token.is_lower)


def _acts(noun: Token) -> bool:
    """A party to what a verb says: its subject, object or a preposition's object on the verb
    ("asked the ministry", "wrote to the ministry"), not a noun's ("the weeks of the
    presidential campaign", where a campaign is a time, not a body)."""
    if noun.dep_ == "pobj":
        return noun.head.head.pos_ in ("VERB", "AUX")
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "conj")


def _described_more(noun: Token) -> bool:
    """Words before the noun that say which one it is: "the provincial transport ministry"."""
    return any(_describes(c, noun) for c in noun.children)


def _describes(word: Token, noun: Token) -> bool:
    return word.dep_ in ("amod", "compound") and word.i < noun.i and word.is_alpha


def _has_name(phrase: Span, places: bool = True) -> bool:
    """A capitalised name in the phrase ("the Canadian government", "the Harbour council").
    Without `places`, a place does not count: in a description of a person it says where
    they live ("the Dunmore resident"), where "the founder of Pellan Breads" names another."""
    return any((t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG"))
               and (places or t.ent_type_ != "GPE") and t.text[:1].isupper() for t in phrase)


def _someones_relative(head: Token, kind: str | None) -> bool:
    """A person's role with a person's possessive: "his daughter", "her father"; and one
    person set against another ("his opponent", "her rival"), whom a word for one of a
    crowd names when it says whose."""
    return kind in ("person", "vague") and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in head.children)


def _name_after_holder(head: Token) -> Token | None:
    """"The mayor of Pennick Bay, Howard Tremayne, said", "a spokeswoman for Varga, Dana
    Ruiz": the parser sets the person's name beside the nearest noun, the place or the one
    the role is held for; the name is the description's."""
    return next((name for prep in head.children if prep.dep_ == "prep"
                 and prep.lower_ in ("of", "for")
                 for holder in prep.children if holder.dep_ == "pobj"
                 for name in holder.children if name.dep_ == "appos" and name.pos_ == "PROPN"
                 and name.ent_type_ == "PERSON" and name.i > holder.i
                 and holder.doc[name.left_edge.i - 1].text == ","), None)


def _modifiers(head: Token) -> set[str]:
    """The words a description puts before its noun ("deputy" and "fire" in "the deputy
    fire chief"), which say which of those given the role it stands for."""
    return {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}


def _in_main_clause(subject: Token) -> bool:
    """The subject of the sentence's main clause, or of a clause joined to it ("A neighbour
    disagreed and left.") or of the tag set into it ("Turnout was 41 percent, the office
    said, up from ..."): what the story goes on about, not a clause inside another."""
    verb = subject.head
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "parataxis")
                                   and verb.head.dep_ == "ROOT")


def _time_run_on(token: Token) -> bool:
    """The tagger ran a time on past punctuation into the words after it ("14:45 —
    Forecasters at the weather service say", a live blog's entry): those words are no
    time."""
    if not token.is_alpha:
        return False  # "9:52PMBush", words glued to the time
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
        if token.doc[i].is_punct:
            return True
    return False


def _plural(head: Token) -> bool:
    """"The two men", "the progressive heavyweights": more than one person. Not the "arms"
    of "sergeant-at-arms"."""
    return head.tag_ == "NNS" and not (head.i > 0 and head.doc[head.i - 1].text == "-")


def _prepositional_objects(head: Token) -> list[Token]:
    """The nouns of a word's prepositions: "the company" of "a spokesman for the company"."""
    return [o for p in head.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj"]


def _someones_one(head: Token) -> bool:
    """"Her opponent", "the senator's critic": one person related to someone named, and
    "the critic" of a story that brought one in, where "opponents" and "critics" are a
    crowd; whoever it is, no one vague."""
    return head.tag_ == "NN" and (definite(head) or any(c.dep_ == "poss" for c in head.children))


def _epithet(head: Token, lexicon: CueLexicon) -> bool:
    """A description that characterises someone: an adjective or an age before the noun
    ("the affable owner", "the 26-year-old winger"), not an office, bare ("the mayor"),
    with its rank ("the deputy mayor"), its tenure ("the new mayor") or its duty ("the
    returning officer"), nor a role with the noun that says whose ("the defence lawyer",
    "the union leader"), nor a title of one hyphenated word ("the auditor-general")."""
    # A noun before a role that speaks for someone says whose ("the defence lawyer", "the
    # company spokesman"), and so does a body's ("the union leader"), where before another
    # it may characterise ("the rookie defenceman", "the billionaire businessman").
    speaks_for = head.lemma_.lower() in lexicon.speaks_for
    # A participle before the noun of an unnamed official says which duty, as a rank does
    # ("the returning officer", "the investigating official").
    official = lexicon.source_kinds.get(head.lemma_.lower()) == "anonymous"
    return any((c.dep_ in ("amod", "nummod")
                or (c.dep_ == "compound" and c.pos_ == "NOUN" and not speaks_for
                    and not lexicon.is_organisation_word(c.lemma_.lower())))
               and not lexicon.is_rank(c.lower_) and not lexicon.is_tenure(c.lower_)
               and not (official and c.dep_ == "amod" and c.tag_ == "VBG")
               and not (c.i + 2 == head.i and inner_hyphen(head.doc[c.i + 1]))
               for c in head.children if c.i < head.i)


def _contrasted(head: Token) -> bool:
    """"The other coalition partner", "the third partner": a description set against the
    ones before it is someone else than the person in view. ("First" makes titles: "the
    former first lady".)"""
    return any(c.lower_ == "other" or (c.ent_type_ == "ORDINAL" and c.lower_ != "first")
               for c in head.children if c.i < head.i)


def _people_of(head: Token, lexicon: CueLexicon) -> Token:
    """The noun that says who speaks: "doctors" in "a group of doctors", "tenants" in "the
    tenants of the block, most of whom say", "people" in "one of the people" (a number of a
    group; "some of the residents" stays as vague as "some", "all of the candidates" are
    the group)."""
    members = [c for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for c in prep.children if c.dep_ == "pobj"]
    if members and members[0].lower_ in RELATIVE and head.head.dep_ == "relcl":
        return head.head.head  # part of the group the relative clause hangs on
    if members and (head.lemma_.lower() in lexicon.collectives or (
            _partitive(head) and members[0].tag_ in ("NNS", "NNPS"))):
        return members[0]
    return head


def _partitive(head: Token) -> bool:
    """A number standing for some of a group: "one of", "two of"."""
    return head.tag_ == "CD" and any(
        prep.dep_ == "prep" and prep.lower_ == "of" for prep in head.children)


def _name_given(head: Token) -> Token | None:
    """"Another quarry worker, who gave only her first name, Tessa, said": the name the
    source gave in a clause of its own, however little of it."""
    return next((n for clause in head.children if clause.dep_ == "relcl"
                 for name in clause.children if name.dep_ == "dobj" and name.lemma_ == "name"
                 for n in name.children if n.dep_ == "appos" and n.ent_type_ == "PERSON"), None)


def _name_closing_clause(head: Token) -> Token | None:
    """"A canon lawyer who advises the diocese, Martha Quine, said": a person's name set off
    by commas after a relative clause on the description, which the parser hung beside the
    clause's last noun, no person: the name of the one described."""
    if head.pos_ != "NOUN":
        return None
    clause = next((c for c in head.children if c.dep_ == "relcl"), None)
    name = clause.right_edge if clause is not None else None
    if name is None or name.ent_type_ != "PERSON" or name.dep_ != "appos" \
            or name.head.ent_type_ == "PERSON" or name.i + 1 >= len(name.doc):
        return None
    doc = name.doc
    return name if doc[name.left_edge.i - 1].text == "," and doc[name.i + 1].text == "," \
        else None


def _names_a_member(head: Token) -> bool:
    """"Many tax experts, including Ruth Adeyemi": one of them is named; "The three members
    who voted no, Harlan Voss, Bettina Reyes and Carl Ostrowski,": all are."""
    return any((prep.dep_ == "prep" and prep.lower_ in ("including", "like")
                and any(t.ent_type_ in ("PERSON", "ORG") for t in prep.subtree))
               or (prep.dep_ == "appos" and head.tag_ == "NNS" and prep.ent_type_ == "PERSON")
               for prep in head.children)


def _one_member(entity: Entity | None, head: Token) -> bool:
    """"The Democrat", "the Ohio Republican": a party's or a people's name in the singular
    with "the", one member of the group rather than the group."""
    return entity is not None and entity.kind == "group" and not entity.members \
        and definite(head) and head.tag_ == "NNP"


def proper_org(phrase: Span | list[Token], lexicon: CueLexicon) -> bool:
    """A name with an organisation's word in it ("Halvorsen Freight")."""
    return any(lexicon.is_organisation_word(t.lemma_.lower()) for t in phrase)


def fold_own_thoughts(attributions: list[Attribution], lexicon: CueLexicon
                      ) -> list[Attribution]:
    """"Ortega said she believes the plan will fail": the belief is what Ortega said, one
    statement, not a second one of thought. A thought cue inside the content of a statement
    of the same sentence goes when it is the same speaker's, or a pronoun that names no one;
    someone else's thought reported in it stays ("said that the mayor believes ...")."""
    statements = [a for a in attributions
                  if a.content is not None and lexicon.is_speech(a.cue_lemma)]

    def folded(thought: Attribution) -> bool:
        return not lexicon.is_speech(thought.cue_lemma) and any(
            statement.content is not None
            and statement.content.start <= thought.cue.start < statement.content.end
            and thought.speaker in (None, statement.speaker)
            for statement in statements)

    return [a for a in attributions if not folded(a)]


def told_by_others(attributions: list[Attribution], text: str) -> list[Attribution]:
    """"Merrill says Machado promised to keep campaigning": an indirect report inside what
    another speaker of the sentence says is that speaker's account, told by them (their
    name, or their words when they have none), and so is one that quotes a few of the
    words ("documents describe messages in which Amsel told a manager to “find a
    reason”"). A whole quotation inside it ("Flynn said Trump was right when he said
    “...”") is the quoted speaker's own."""
    def teller(attribution: Attribution) -> Attribution | None:
        cue = attribution.cue
        return next((other for other in attributions if other is not attribution
                     and other.content is not None
                     and other.content.start <= cue.start and cue.end <= other.content.end
                     and other.speaker != attribution.speaker
                     and not own_statement(attribution, other)
                     and not tells(attribution, other)), None)

    def tells(attribution: Attribution, other: Attribution) -> bool:
        # Each in the other's words as the parse reads them ("Instead, she said, her
        # manager told her to wait", "told" read as telling "she said"): the wider account
        # is the one told. A record cited with "according to" vouches for the clause.
        content, cue = attribution.content, other.cue
        return content is not None and other.content is not None \
            and other.kind != "according_to" \
            and content.start <= cue.start and cue.end <= content.end \
            and content.end - content.start > other.content.end - other.content.start

    def own_statement(attribution: Attribution, outer: Attribution) -> bool:
        # The writer's own insertion in the account, not part of it: a source with its own
        # verb joined after a tag set inside the clause the tag tells ("Those services ran
        # normally, Westhaven Transit said, and the airport reported no delays"; not
        # "Instead, she said, her boss told her ..."), or in a relative clause set off by a
        # comma ("Forecasters expect the wind to ease, which Ferreira said would give crews
        # a chance").
        assert outer.content is not None
        # A few characters before the source, never the text from its start: per
        # attribution, the work stays in proportion to the sentence.
        before = text[max(0, attribution.source.start - _RELATIVE_REACH):
                      attribution.source.start]
        if before.rstrip().endswith((", which", ", who")):
            return True
        between = text[outer.cue.end:attribution.source.start].split()
        return outer.content.start < outer.source.start \
            and attribution.source.start > outer.cue.end \
            and any(word.strip(",") in ("and", "but") for word in between)

    told = []
    for attribution in attributions:
        outer = teller(attribution) if attribution.kind in ("indirect", "mixed") else None
        told.append(attribution if outer is None else replace(
            attribution, told_by=outer.speaker or outer.source.text))
    return told


def _issuer(document: Token, lexicon: CueLexicon) -> Token | None:
    """The subject of the verb of publishing the document is the object of: "the campaign"
    of "the campaign released an ad", and of "a summary the county released". Not of
    "released a letter from his doctor", whose author it names."""
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in document.children):
        return None
    verbs = [c for c in document.children if c.dep_ == "relcl" and lexicon.publishes(c)]
    if document.dep_ == "dobj" and lexicon.publishes(document.head):
        verbs.insert(0, document.head)
    return next((c for verb in verbs for c in verb.children
                 if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)


def _released_by(document: Token, lexicon: CueLexicon) -> Token | None:
    """Who put a document out (see `_put_out_by`), or else the body or person that holds
    it ("filings with the ethics commission", "data from the county clerk"), where "from"
    and "with" may name a time or a topic instead."""
    found = _put_out_by(document, lexicon)
    if found is not None:
        return found
    holders = [o for c in document.children if c.dep_ == "prep" and c.lower_ in ("from", "with")
               for o in c.children if o.dep_ == "pobj"]
    return next((o for o in holders if (o.pos_ == "PROPN" and o.ent_type_ in (
        "ORG", "PERSON", "GPE", "")) or lexicon.is_organisation_word(
        o.lemma_.lower()) or lexicon.is_person_noun(o.lemma_.lower())), None)


def _put_out_by(document: Token, lexicon: CueLexicon) -> Token | None:
    """Who put a document out: "a report by the authority", or by the participle after
    it, "figures released by the council", "data compiled by the Harbour Council"."""
    # "The survey of 812 voters, conducted by Harlan Research": the parser may hang the
    # participle on a word of the phrase, and in "conducted for the Ledger by Penrose
    # Research" its "by" on the Ledger; a verb of publishing there is the document's.
    participles = [acl for acl in document.children if acl.dep_ == "acl"]
    published = [word for word in document.subtree if word.i > document.i
                 and word.dep_ == "acl" and word.tag_ == "VBN"
                 and lexicon.publishes(word)]
    agents = [c for c in document.children if c.dep_ == "prep" and c.lower_ == "by"] + [
        agent for acl in participles if acl.tag_ == "VBN"
        for agent in acl.children if agent.dep_ == "agent"] + [
        agent for acl in published for agent in acl.subtree
        if agent.dep_ in ("agent", "prep") and agent.lower_ == "by"]
    # "commissioned by the association and written by researchers": the writer first.
    agents.sort(key=lambda agent: agent.head.lemma_.lower() in lexicon.commissioning)
    return next((o for agent in agents for o in agent.children if o.dep_ == "pobj"), None)
