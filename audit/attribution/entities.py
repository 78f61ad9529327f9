"""Entities: every mention of the same person or body in a document, clustered.

A person named "Ines Varga" is the same entity as "Varga", "Ms. Varga" and
"Millbrook mayor Ines Varga"; "The Post" and "The Washington Post" are one newspaper, and
"FBI" is the "Federal Bureau of Investigation" when the article spells it out. Each entity
keeps what the article says about it: the roles it gives the entity ("mayor", "Republican
nominee", "a neighborhood group"), an organisation's type (company, outlet, institution,
group, from the words of its name or a description set beside it) and a person's gender
(from a courtesy title, the forename table, and above all the pronouns the article already
uses for that person). Pronouns and descriptions are resolved against these entities by
agreement and salience, and when nothing agrees they stay unresolved.

Datelines ("WASHINGTON (AFP) —") and bylines ("By Ana Ruiz") name no one who speaks:
their words are never mentions and never sources.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING

from audit.attribution.lexicon import PERSON_ROLE_KINDS, CueLexicon, Pronoun
from audit.attribution.syntax import definite, in_hyphenated, indefinite, inner_hyphen
from audit.document import ParsedDocument, Sentence
from audit.parties import PartyMap
from audit.ranges import Ranges
from audit.reading import ENTITY_FILL

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group"}
_DASHES = {"—", "–", "-", "--", "―"}
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}$")  # "14:45", "9.30"
_POSSESSIVES = {"'s", "’s", "'", "’"}
_CONNECTORS = {"of", "the", "and", "for", "&", "on", "in"}
_HUNG_CLAUSES = ("advcl", "relcl", "ccomp", "acl", "pcomp", "xcomp")  # a clause hung on another
_SENTENCES_BACK = 3  # how far back a pronoun looks for a name it may stand for
_SPEAKER_REACH = 8  # sentences over which the last speaker stays the likely "he" or "she"
_CHAIN_LIMIT = 40  # sentences a chain of "he" or "she" may carry the last speaker over
_TYPED_REACH = 50  # mentions read past an untyped body for one of the described type
_VOTES_TRUSTED = 2  # pronoun votes that outweigh the forename table


@dataclass(eq=False)
class Entity:
    """One person or body, however often and however the article names it."""

    name: str  # the longest proper name met: the canonical speaker
    kind: str  # person | organisation | place | group
    type: str = ""  # organisations: company | outlet | institution | group
    gender: str | None = None  # m | f
    roles: set[str] = field(default_factory=set)  # "mayor", "nominee", "group"
    modifiers: set[str] = field(default_factory=set)  # "republican", "neighborhood"
    forename: str = ""
    surname: str = ""
    mentions: int = 0
    # False for a short name the parser called an organisation with no word that makes it
    # one: the small model often tags a surname so ("Bell said"). Once such a name has been
    # the source of a statement, "he" or "she" may stand for it.
    certain: bool = True
    spoke: bool = False
    # True for one word the tagger left untagged, never given a forename, a title or a role
    # ("Twitter said"): a person or a body, so once it has spoken "it" may stand for it.
    lone: bool = False
    # Types of the descriptions that have stood for a body of no known type ("the company"):
    # a description of another type ("the union") is someone else.
    described_as: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)  # of its names outside headlines, lower case
    # The head words of those names, what the name says it is: "court" of "Marlow County
    # Superior Court", "university" of "University of Dunmore".
    heads: set[str] = field(default_factory=set)
    members: tuple[Entity, ...] = ()  # people named together ("Marta Silva and Tom Briggs")
    # A body the article only describes ("the police union"): no other description of its
    # type stands for it.
    unnamed: bool = False
    # The article says the person goes by "they" ("who uses they/them pronouns").
    they: bool = False

    @property
    def plural(self) -> bool:
        return self.kind == "group"

    def called(self, noun: str) -> bool:
        """The article calls it that, by its name in the body ("Dunmore University":
        "university") or a role it gave it. A common noun capitalised at the start of a
        sentence ("Bank executives") is no name."""
        return noun in self.roles or (noun in self.heads and len(self.words) > 1)


@dataclass(frozen=True)
class EntityMention:
    start: int  # character offsets into the text
    end: int
    entity: Entity
    sentence: int  # index of the sentence it is in
    subject: bool  # the subject of its clause: the likely antecedent of a pronoun
    quoted: bool  # inside a quotation: a speaker's words, not the narrative


@dataclass
class _Name:
    """A named-entity span read off the parse, before clustering."""

    start: int  # token indices
    end: int
    text: str
    words: list[str]
    kind: str
    sentence: int
    honorific: str | None  # the gender a courtesy title gives, "" for a title without one
    roles: set[str]
    modifiers: set[str]
    subject: bool
    quoted: bool


class _Mentions:
    """The mentions of a document in order of their start, with range queries by offset.

    The names read off the parse are known at once; the sources the resolver adds ("Bell
    said", a pronoun it resolved) come in document order, so they are kept apart and
    appended to, never inserted into the long list: an added mention comes before a named
    one that starts at the same offset, and a later one before an earlier, as a bisecting
    insertion would place them."""

    def __init__(self, named: list[EntityMention]) -> None:
        self.named = sorted(named, key=lambda m: m.start)
        self._named_starts = [m.start for m in self.named]
        self.added: list[EntityMention] = []
        self._added_starts: list[int] = []

    def add(self, mention: EntityMention) -> None:
        at = bisect_left(self._added_starts, mention.start)  # the end, but for a sentence
        self.added.insert(at, mention)
        self._added_starts.insert(at, mention.start)

    def __iter__(self) -> Iterator[EntityMention]:
        return heapq.merge(self.added, self.named, key=lambda m: m.start)

    def between(self, start: int, end: int) -> list[EntityMention]:
        """The mentions that start in [start, end), in order."""
        added = self.added[bisect_left(self._added_starts, start):
                           bisect_left(self._added_starts, end)]
        named = self.named[bisect_left(self._named_starts, start):
                           bisect_left(self._named_starts, end)]
        if not added:
            return named
        return list(heapq.merge(added, named, key=lambda m: m.start))

    def before(self, end: int) -> Iterator[EntityMention]:
        """The mentions that start before `end`, nearest first, read lazily."""
        added = bisect_left(self._added_starts, end) - 1
        named = bisect_left(self._named_starts, end) - 1
        while added >= 0 or named >= 0:
            # At the same start the added mention comes first, so it is met last here.
            if added < 0 or (named >= 0 and self.named[named].start >= self.added[added].start):
                yield self.named[named]
                named -= 1
            else:
                yield self.added[added]
                added -= 1


class _FirstNamed:
    """Entities by a word of theirs (a surname, a forename, a party's word set beside a
    name), each with the offset where it was first met under that word."""

    def __init__(self) -> None:
        self._by_word: dict[str, dict[int, tuple[int, Entity]]] = {}

    def add(self, word: str, start: int, entity: Entity) -> None:
        known = self._by_word.setdefault(word, {})
        first = known.get(id(entity))
        if first is None or start < first[0]:
            known[id(entity)] = (start, entity)

    def __contains__(self, word: str) -> bool:
        return word in self._by_word

    @property
    def words(self) -> Set[str]:
        """Every word entities are kept under, for a pass over many words."""
        return self._by_word.keys()

    def entities(self, word: str, before: int | None = None) -> list[Entity]:
        """In the order they were first met under the word; with `before`, only those met
        before that offset."""
        return [entity for start, entity in sorted(self._by_word.get(word, {}).values(),
                                                   key=lambda pair: pair[0])
                if before is None or start < before]


class _Bodies:
    """Organisations, places and groups by normalised name ("the washington post"), with
    the names indexed by their word endings and initials, so that a short form finds its
    long one (and the other way round) without reading every name met so far."""

    def __init__(self, names_a_part: Callable[[list[str]], bool]) -> None:
        self._by_key: dict[str, tuple[int, Entity]] = {}  # name -> (order met, entity)
        self._by_ending: dict[tuple[str, ...], list[str]] = {}  # proper word endings
        self._by_beginning: dict[tuple[str, ...], list[str]] = {}  # leading words
        self._by_initials: dict[str, list[str]] = {}  # names of more than two words
        # Whether the words after a name's beginning make it a part of the body the beginning
        # names ("Senate | Judiciary Committee") rather than that body ("Brightwater | Marine").
        self._names_a_part = names_a_part

    def get(self, key: str) -> Entity | None:
        found = self._by_key.get(key)
        return found[1] if found else None

    def __setitem__(self, key: str, entity: Entity) -> None:
        if key in self._by_key:
            self._by_key[key] = (self._by_key[key][0], entity)
            return
        self._by_key[key] = (len(self._by_key), entity)
        words = key.split()
        for length in range(1, len(words)):
            self._by_ending.setdefault(tuple(words[-length:]), []).append(key)
            if entity.kind == "organisation" and _short_form(words[:length]) \
                    and not self._names_a_part(words[length:]):
                # Not a place: "Mexico" is not "Mexico City", nor "Kansas" "Kansas City".
                self._by_beginning.setdefault(tuple(words[:length]), []).append(key)
        if len(words) > 2:
            self._by_initials.setdefault(_initials(words), []).append(key)

    def short_form(self, key: str, kind: str) -> Entity | None:
        """"The Post" for "The Washington Post", "FBI" for "Federal Bureau of Investigation",
        "Brightwater" for "Brightwater Marine", and the other way round: of the names that
        fit, the first met."""
        words = key.split()
        fits: list[str] = []
        if _short_form(words):
            fits += self._by_ending.get(tuple(words), [])  # a longer name ending so
            fits += self._by_beginning.get(tuple(words), [])  # or a body's, beginning so
        fits += [" ".join(words[-length:]) for length in range(1, len(words))
                 if _short_form(words[-length:])]  # a shorter name this one ends with
        if kind == "organisation":
            fits += [" ".join(words[:length]) for length in range(1, len(words))
                     if _short_form(words[:length]) and not self._names_a_part(words[length:])]
        if len(words) == 1:
            fits += self._by_initials.get(words[0], [])
        elif len(words) > 2:
            fits.append(_initials(words))
        found = [self._by_key[other] for other in fits if other in self._by_key]
        found = [(order, entity) for order, entity in found if entity.kind == kind]
        return min(found, key=lambda pair: pair[0])[1] if found else None


def _short_form(words: list[str]) -> bool:
    """Words that may stand alone for a longer name: more than one, or a word longer than
    an abbreviation's three letters."""
    return len(words) > 1 or len(words[0]) > 3


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _CONNECTORS)


class Entities:
    """The entities of one document and where each is mentioned, built once."""

    def __init__(self, doc: ParsedDocument, lexicon: CueLexicon, parties: PartyMap) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.excluded = Ranges(_datelines(doc))
        self.by_token: dict[int, EntityMention] = {}
        named: list[EntityMention] = []
        self._titled: set[int] = set()  # people whose courtesy title gave their gender
        self._shared_surnames: dict[str, Entity] = {}  # a surname that could be either of two
        self._named_in_full: dict[int, int] = {}  # person -> the sentence last naming them so
        self._role_words = lexicon.role_words
        self._title_case_lines = {s.index for s in doc.sentences if _title_case(s.tokens)}
        # Words the article writes in lower case somewhere: common words, which title case
        # capitalises in a headline ("Obama Says ...", "Ortega Speech at ..."); and the
        # reporting verbs as headlines write them ("Obama Says", "Union Denies"). Only a
        # title-case line needs them.
        self._run_on_words = (self._lower_case_words
                              | {_third_person(verb) for verb in lexicon.verbs}
                              if self._title_case_lines else set())
        names = self._names(parties)
        self._cluster(names, named)
        named += self._surnames_untagged(named)
        self._together_at: dict[int, EntityMention] = {}  # first name's head -> the pair
        pairs = self._pairs()
        named += pairs
        self.mentions = _Mentions(named)
        self._named_together = _Mentions(pairs)
        # Sentence -> the genders of its he/she/his/her outside quotations, read in the
        # same pass as the votes; the chains of "he" and "she" run over it.
        self._pronoun_genders: dict[int, set[str]] = {}
        self._vote_genders()
        self._declared_pronouns()
        self._settle_shared_surnames()
        self._people = _FirstNamed()  # people by surname and forename
        self._descriptions: dict[str, _Mentions] = {}  # description noun -> what it may be
        # People by a group's word set beside them ("Democrat Sean Hartley").
        self._members = _FirstNamed()
        for mention in self.mentions:
            self._index_person(mention)
            if mention.entity.kind == "person":
                for word in mention.entity.modifiers:
                    self._members.add(word, mention.start, mention.entity)
        # Sentence -> how many sentences with words come before it: reach is counted in
        # those, so a stray "." line between paragraphs breaks no chain.
        self._rank = list(accumulate(
            (any(t.is_alpha or t.like_num for t in s.tokens) for s in doc.sentences),
            initial=0))

    @cached_property
    def _lower_case_words(self) -> set[str]:
        """The words the article writes in lower case somewhere: common words, whatever a
        capital at a sentence's or a headline's start makes of them."""
        return {t.lower_ for t in self.doc.tokens if t.is_alpha and t.is_lower}

    def _declared_pronouns(self) -> None:
        """"Sam Rivera, who uses they/them pronouns": the one person a sentence names
        beside a set of pronouns (sources.yaml, pronoun_set) goes by its plural pronoun.
        Only "they" so far, which agreement otherwise keeps for groups and bodies."""
        declared = self.lexicon.declared_pronouns
        if declared is None:
            return
        said = {self.doc.sentence_index(found.start())
                for found in declared.finditer(self.doc.clean)}
        for sentence in (self.doc.sentences[index] for index in sorted(said)):
            people = {id(m.entity): m.entity for m in self.mentions.between(
                sentence.start, sentence.end) if m.entity.kind == "person" and not m.quoted}
            if len(people) == 1:
                person = next(iter(people.values()))
                person.they, person.gender = True, None

    # --- reading names off the parse ------------------------------------------------------

    def is_excluded(self, offset: int) -> bool:
        """Inside a dateline or byline."""
        return self.excluded.holds(offset)

    def _names(self, parties: PartyMap) -> list[_Name]:
        doc = self.doc
        sentence_of: dict[int, int] = {}
        for sentence in doc.sentences:
            # Token indices, not the tokens: a sentence's tokens are those of its span.
            sentence_of.update(dict.fromkeys(range(sentence.span.start, sentence.span.end),
                                             sentence.index))
        names = []
        covered: set[int] = set()
        ents = doc.doc.ents  # a tuple made anew at each reading
        person_name_ends = {" ".join(e.text.split()[k:]) for e in ents
                            if e.label_ == "PERSON" for k in range(1, len(e.text.split()))}
        # Proper words the article uses as a name alone, the subject or object of a clause.
        alone_words = Counter(t.text for t in doc.tokens if t.pos_ == "PROPN"
                              and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
                              and not any(c.dep_ == "compound" for c in t.children))
        for entity in ents:
            kind = _LABELS.get(entity.label_)
            if entity.label_ == "WORK_OF_ART" and any(
                    self.lexicon.is_organisation_word(t.lemma_.lower()) for t in entity):
                kind = "organisation"  # the small model often tags a newspaper a title
            elif kind is None and entity.label_ in ("FAC", "PRODUCT") \
                    and self._looks_like_person([t.text for t in entity]) \
                    and all(t.pos_ == "PROPN" and self.lexicon.source_kinds.get(
                        t.lemma_.lower()) is None for t in entity) \
                    and entity.text not in person_name_ends:
                # "a photo from Marit Solberg", tagged as a building; not "Le Pen" after
                # "Marine Le Pen", the end of a person's name.
                kind = "person"
            if kind is None or self.is_excluded(entity.start_char) or "/" in entity.text:
                continue  # "Ana Ruiz/CBC" credits a photograph
            if kind == "group" and entity.root.dep_ in ("amod", "compound"):
                continue  # "European suppliers": the suppliers are the group, not Europeans
            if kind == "person" and entity[0].is_sent_start \
                    and not any(t.pos_ == "PROPN" for t in entity) \
                    and entity[0].text not in self.lexicon.forenames:
                continue  # "Dues had not risen": a common noun capitalised to open a sentence
            if len(entity) == 1 and entity[0].is_sent_start and entity.root.dep_ == "compound" \
                    and self.lexicon.source_kinds.get(entity[0].lemma_.lower()) \
                    and self.lexicon.source_kinds.get(
                        entity.root.head.lemma_.lower()) in PERSON_ROLE_KINDS:
                continue  # "Board member Oscar Lindqvist": a title, capitalised to open it
            entity = _after_comma(entity)
            before = doc.doc[entity.start - 1] if entity.start else None
            if len(entity) == 1 and before is not None and before.lower_ == "the" \
                    and self.lexicon.source_kinds.get(entity[0].lower_) in PERSON_ROLE_KINDS:
                continue  # "the CFO", "the Sheriff": a role, resolved as a description
            if kind == "place" and len(entity) == 1 and before is not None \
                    and before.pos_ == "PROPN" \
                    and not before.ent_type_ and before.dep_ == "compound" \
                    and before.head.i in range(entity.start, entity.end) \
                    and before.text[:1].isupper():
                # "Environment Canada", as "Transport Canada" is tagged: a body named for
                # the place it serves.
                entity, kind = doc.doc[entity.start - 1:entity.end], "organisation"
            if kind in ("person", "organisation") and self._runs_on(entity, alone_words):
                # "after Bishop Gregory Talbot removed ...": the tagger ended the name on a
                # word the parser hangs on the next proper word, which the article uses
                # alone as a name ("Talbot said"); the name runs on to it.
                entity = doc.doc[entity.start:entity.end + 1]
            name = self._name(entity, kind, sentence_of.get(entity.start, 0))
            if name is not None:
                names.append(name)
                covered.update(range(entity.start_char, entity.end_char))
        for run in self._untagged_bodies(covered):
            # "Marlow Hydro said": a body's name the tagger missed, which a word of it shows.
            name = self._name(run, "organisation", sentence_of.get(run.start, 0))
            if name is not None:
                names.append(name)
                covered.update(range(run.start_char, run.end_char))
        # Surnames of the people the tagger named in full: "Melania Trump" beside a tagged
        # Donald Trump is left alone; a surname tagged alone ("Dallow said") is no one else's.
        tagged = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
        alone = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
        for run in self._untagged_people(covered, tagged, alone):
            # "Teresa Quill, 52, spent the morning on the stand": a person's name the
            # tagger missed, which a forename shows.
            name = self._name(run, "person", sentence_of.get(run.start, 0))
            if name is not None:
                names.append(name)
                covered.update(range(run.start_char, run.end_char))
        for sentence in doc.sentences:
            text = doc.clean[sentence.start:sentence.end]
            for offset, alias in parties.occurrences(text):
                start = sentence.start + offset
                if start in covered or self.is_excluded(start):
                    continue
                span = doc.doc.char_span(start, start + len(alias), alignment_mode="expand")
                if span is None or not any(t.pos_ == "PROPN" for t in span) \
                        or span[-1].text.islower():
                    # "the union", "the Meridani minister": a description, resolved as one
                    continue
                kind = "person" if span[0].ent_type_ == "PERSON" else "organisation"
                name = self._name(span, kind, sentence.index)
                if name is not None:
                    names.append(name)
        names.sort(key=lambda n: n.start)
        return names

    def _runs_on(self, entity: Span, alone_words: Counter[str]) -> bool:
        """The tagged name ends on a word the parser hangs on the next proper word, untagged
        and no word of an office or a body, which the article uses alone as a name."""
        doc = entity.doc
        if entity.end >= len(doc):
            return False
        last, after = doc[entity.end - 1], doc[entity.end]
        return last.dep_ == "compound" and last.head.i == after.i and after.pos_ == "PROPN" \
            and not after.ent_type_ and after.is_title and alone_words[after.text] > 0 \
            and not self.lexicon.source_kinds.get(after.lemma_.lower()) \
            and not self.lexicon.is_organisation_word(after.lemma_.lower())

    def _untagged_bodies(self, covered: set[int]) -> list[Span]:
        """Runs of capitalised proper nouns outside every entity the tagger found, outside
        title-case lines, that end in an organisation's word ("Marlow Hydro"); not from a
        word the article writes in lower case elsewhere, nor one it capitalises only to open
        a sentence ("Outside Carrier's plant")."""
        doc = self.doc.doc
        runs = [run for run in self._untagged_runs(covered) if len(run) >= 2
                and self.lexicon.is_organisation_word(run[-1].lemma_.lower())
                and self.doc.sentence_index(run[-1].idx) not in self._title_case_lines
                and not self.is_excluded(run[0].idx)]
        if not runs:
            return []  # most articles: no second pass over their words
        common = self._lower_case_words
        # Written capitalised inside a sentence, or tagged a name anywhere ("Halvorsen said"
        # opening a sentence): a name, wherever it stands.
        named = {t.text for t in self.doc.tokens if t.text[:1].isupper() and (
            not t.is_sent_start or t.ent_type_)}
        found = []
        for run in runs:
            # A name the sentence goes on to describe ("Kestrel Ferries, which runs the
            # route") keeps the word that opens the sentence.
            described = any(c.dep_ in ("relcl", "appos") for c in run[-1].children)
            while run and (run[0].lower_ in common or (
                    run[0].is_sent_start and run[0].text not in named and not described)):
                run = run[1:]
            if len(run) >= 2:
                found.append(doc[run[0].i:run[-1].i + 1])
        return found

    def _untagged_runs(self, covered: set[int]) -> list[list[Token]]:
        """Runs of capitalised proper nouns outside every entity the tagger found, with the
        hyphens inside their words ("Velland Anti-Doping Authority")."""
        runs: list[list[Token]] = []
        # The document's own Token objects: iterating the spaCy Doc would make new ones.
        for token in self.doc.tokens:
            if token.ent_type_ or token.idx in covered:
                continue
            joined = runs and runs[-1][-1].i == token.i - 1
            if token.pos_ == "PROPN" and token.text[:1].isupper():
                if joined:
                    runs[-1].append(token)
                else:
                    runs.append([token])
            elif joined and inner_hyphen(token):
                runs[-1].append(token)
        # A hyphen ends no name: "Anti-" before a word in lower case.
        return [run[:-1] if run[-1].text == "-" else run for run in runs]

    def _untagged_people(self, covered: set[int], tagged: set[str], alone: set[str]
                         ) -> list[Span]:
        """Two capitalised proper nouns outside every entity the tagger found, outside
        title-case lines, a forename then a surname no person the tagger found has, with no
        word of the lexicon's (a title, a body's word) and no name next to them: "Teresa
        Quill", not "Melania Trump" beside a tagged Donald Trump. Set beside a noun for a
        person, a tagged person's surname does not stop it: "Pellish's sister, Doreen
        Pellish". A forename that is a common word too ("Grace") opens a name when the
        tagger finds the surname alone as a person elsewhere ("Mrs. Okoro")."""
        doc = self.doc.doc
        runs = [run[1:] if len(run) == 3 and self._title_before(run[0]) else run
                for run in self._untagged_runs(covered)]
        return [doc[run[0].i:run[-1].i + 1] for run in runs
                if len(run) == 2 and all(t.is_alpha for t in run)
                and (run[0].text in self.lexicon.lone_forenames or (
                    run[0].text in self.lexicon.forenames and run[1].text in alone))
                and (run[1].text not in tagged or self._beside_person_noun(run[1]))
                and run[1].text not in self.lexicon.forenames
                and not any(self.lexicon.source_kinds.get(t.lemma_.lower())
                            or self.lexicon.is_organisation_word(t.lemma_.lower())
                            for t in run)
                and not (run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN")
                and self.doc.sentence_index(run[0].idx) not in self._title_case_lines
                and not self.is_excluded(run[0].idx)]

    def _title_before(self, word: Token) -> bool:
        """"Incumbent" in "Incumbent Marguerite Dallow": a noun for a person, capitalised
        before a name, that is no forename itself."""
        lemma = word.lemma_.lower()
        return (lemma in self.lexicon.person_nouns or lemma in self._role_words) \
            and word.text not in self.lexicon.forenames

    def _beside_person_noun(self, name: Token) -> bool:
        """"Her sister, Doreen Pellish": the name set beside a noun for a person."""
        return name.dep_ == "appos" and name.head.pos_ == "NOUN" \
            and self.lexicon.names_a_person(name.head.lemma_.lower())

    def _name(self, span: Span, kind: str, sentence: int) -> _Name | None:
        doc = span.doc
        # A possessive is no part of a name, however the tagger read it ("Trump’s “latest").
        tokens = [t for t in span if (t.tag_ != "POS" and not t.is_punct
                                      and t.lower_ not in _POSSESSIVES) or t.text in ("-", "&")]
        if kind in ("person", "organisation") and sentence not in self._title_case_lines:
            # "Teodor Lasky" tagged only as far back as "Lasky": a forename the parser hangs
            # on the name, which the tagger left out, is part of it, after an office too
            # ("Councillor Priya Nandakumar"), whatever the tagger took the rest for
            # ("Battalion Chief Ana Reyes", Reyes an organisation). Not a word of a title
            # ("Chief Justice", "Trump Rival"), which names no one.
            before = doc[span.start - 1] if span.start > 0 else None
            if before is not None and _untagged_name_word(before) \
                    and before.text in self.lexicon.forenames \
                    and before.lemma_.lower() not in self._role_words \
                    and span.start <= before.head.i < span.end \
                    and not (before.i > 0 and doc[before.i - 1].text[:1].isupper()
                             and not self._title_word(doc[before.i - 1])):
                tokens = [before, *tokens]
        while len(tokens) > 1 and tokens[0].pos_ in ("VERB", "AUX") \
                and tokens[0].text not in self.lexicon.forenames:
            # "Say Mexico demanded ...": the writer's verb opening the sentence, which the
            # tagger ran into the name; not a forename the tagger took for one ("Will").
            tokens.pop(0)
        titles, honorific = self._take_titles(tokens, kind == "person", tagged=True)
        while len(tokens) > 1 and tokens[-1].like_num:
            tokens.pop()  # "Karim Haddou, 60": an age, not a name
        if kind == "person" and sentence in self._title_case_lines:
            # In a title-case line the tagger runs a name on into the next word ("Obama Says
            # Museum Will Open"): a word the article writes in lower case elsewhere, or a
            # reporting verb as headlines write it, ends no name.
            while len(tokens) > 1 and tokens[-1].lower_ in self._run_on_words:
                tokens.pop()
        if kind == "organisation":
            tokens, kind = self._titled_person(tokens, titles)
        end = span.end
        while end < len(doc) and doc[end].dep_ == "nummod" and span.start <= doc[end].head.i < end:
            tokens.append(doc[end])  # "Local 12"
            end += 1
        while end + 1 < len(doc) and inner_hyphen(doc[end]) and doc[end + 1].is_alpha \
                and doc[end + 1].text[:1].isupper():
            tokens += [doc[end], doc[end + 1]]  # "Kell-Marrow" tagged only as far as "Kell"
            end += 2
        if kind == "organisation" and tokens and tokens[-1].lower_ in _CONNECTORS:
            # "Coastal Rescue Services of | Nova Scotia": the tagger cut the place off the
            # name, which does not end in "of".
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                tokens.append(doc[end])
                end += 1
        if kind == "organisation":
            while len(tokens) > 1 and tokens[0].is_lower \
                    and tokens[0].pos_ in ("ADJ", "NOUN", "PROPN") \
                    and tokens[1].text[:1].isupper():
                tokens.pop(0)  # "the state Department of Labor": "state" says whose it is
        if not tokens or not (tokens[0].text[:1].isupper() or tokens[0].text[:1].isdigit()):
            return None  # "pro-Clinton" describes; a name starts with a capital
        if kind == "person" and tokens[0].text not in self.lexicon.forenames and any(
                t.text[:1].isupper() and t.lower_ in self.lexicon.street_words
                for t in (tokens[-1], *doc[end:end + 1])):
            return None  # "the Pell Street depot", "Tarn Close": a street, not a person
        if kind == "organisation" and len(tokens) > 1 \
                and tokens[-1].lower_ in self.lexicon.street_words:
            return None  # "The Halloran Bay Bridge has reopened": a crossing, no body
        before = doc[span.start - 1] if span.start > 0 else None
        if honorific is None and before is not None:
            honorific = self._honorific(before)
            if kind == "person" and (office := self._office(before)) is not None:
                titles.append(office)
        if kind == "person" and indefinite(tokens[-1]):
            return None  # "a former Miss Universe": a title someone held, no one named
        words = _name_words(tokens)
        if kind in ("person", "organisation") and any(
                self.lexicon.is_organisation_word(t.lemma_.lower()) for t in tokens):
            kind = "organisation"
        elif kind == "person" and any(self._acronym(w) for w in words):
            kind = "organisation"  # an acronym is no part of a person's name ("Millbrook LRT")
        elif kind == "person" and any(self.lexicon.is_people_word(w) for w in words[:-1]):
            # "Parents United", "Neighbours for Pell Street": a group. (As the last word a
            # plural may be a surname: "Tom Masters".)
            kind = "organisation"
        elif kind == "organisation" and self._looks_like_person(words) \
                and not definite(span.root):
            # The small model often calls a person an ORG ("Marcus Bell"); a name the
            # article writes with "the" is a body's ("The Washington Post").
            kind = "person"
        elif kind == "place" and self._looks_like_person(words) and _aged(span):
            kind = "person"  # "Marta Jelinek, 71, said": a place has no age
        elif kind in ("organisation", "place") and len(words) <= 3 \
                and self._person_beside(span, any_sense=kind == "place"):
            kind = "person"  # "Feeney's son, Dashiell": a name set beside a person noun
        elif kind == "person" and words[0] not in self.lexicon.forenames \
                and self._body_beside(span) is not None:
            # "Kestrel Outdoor, the camping retailer": a company, which the small model often
            # calls a person; not "Bob Mason, a retired letter carrier".
            kind = "organisation"
        roles, modifiers = self._roles(span)
        roles.update(titles)
        text = self.doc.reading(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        # "Mr. Kerry and Mr. Obama" are two surnames, each with its title.
        partner = _couple_partner(tokens, self.lexicon.forenames) \
            if kind == "person" and honorific is None else None
        if partner is not None:
            # "Ken and Maria Duarte": the first of two people named together bears the
            # surname written once for both.
            words = [tokens[0].text, partner.text]
            text = " ".join(words)
        # The subject, one named with it ("Fenn and Haddad clashed, and he ..."), its owner
        # ("Ruiz's plan failed"), or the name set beside a described subject ("A
        # spokeswoman for the mill, Ana Ruiz, disputed that"), which the parser may set
        # beside the noun after "of" or "for" ("One of the plaintiffs, Dolores Reyes, ...").
        subject = any(t.dep_ in ("nsubj", "nsubjpass") or (
            t.dep_ in ("poss", "appos", "conj") and t.head.dep_ in ("nsubj", "nsubjpass")) or (
            t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.head.lower_ in ("of", "for")
            and t.head.head.head.dep_ in ("nsubj", "nsubjpass") and (
                t.head.head.head.pos_ in ("NUM", "PRON")
                or t.head.head.head.lemma_.lower() in self._role_words))
            for t in span) or (
            # "Tomas Berg, 38, works nights at ...", read with no verb: the name the parser
            # left as the root is what the sentence is about.
            span.root.dep_ == "ROOT" and kind == "person" and len(words) > 1
            and sentence not in self._title_case_lines and not any(
                t.pos_ in ("VERB", "AUX") for t in self.doc.sentences[sentence].tokens))
        quoted = self.doc.quotes.at(span.start_char) is not None
        return _Name(tokens[0].i, tokens[-1].i + 1, text, words, kind, sentence, honorific,
                     roles, modifiers, subject, quoted)

    def _titled_person(self, tokens: list[Token], titles: list[str]
                       ) -> tuple[list[Token], str]:
        """A person's title inside what the parser took for an organisation's name
        ("Harbour Nation Hereditary Chief Tsekan"): the words after the title are a person."""
        kinds = self.lexicon.source_kinds
        for k in range(len(tokens) - 2, -1, -1):
            if kinds.get(tokens[k].lemma_.lower()) == "person" and tokens[k].text[:1].isupper():
                rest = tokens[k + 1:]
                if len(rest) <= 3 and all(t.text[:1].isupper() and kinds.get(
                        t.lemma_.lower()) is None and not self.lexicon.is_organisation_word(
                        t.lemma_.lower()) for t in rest):
                    titles.append(tokens[k].lemma_.lower())
                    return rest, "person"
                break
        return tokens, "organisation"

    def _take_titles(self, tokens: list[Token], person: bool, tagged: bool = False
                     ) -> tuple[list[str], str | None]:
        """Take what comes before a name off the front of its words: an article, courtesy
        titles, and, for a person, roles ("Councillor Ortega", "Mayor Brandt", "spokesperson
        Wen Lio") and descriptions before a forename. `tagged`: the words are a name the
        tagger found. Returns the roles and the gender a courtesy title gives ("" when it
        gives none, None when there is none)."""
        honorific = None
        titles = []
        while len(tokens) > 1 and (tokens[0].lower_ == "the" or self._honorific(tokens[0])
                                   is not None or (person and tokens[0].lemma_.lower()
                                                   in self._role_words)
                                   or _description_word(tokens[0])
                                   # "Fire Marshal Dwayne Okoye": the office's own words
                                   or (person and len(tokens) > 2
                                       and tokens[1].lemma_.lower() in self._role_words)):
            if self._honorific(tokens[0]) is not None:
                honorific = self._honorific(tokens[0])
                if person and (office := self._office(tokens[0])) is not None:
                    titles.append(office)  # "Sen. Ortega" is the senator
            elif tokens[0].lower_ != "the":
                titles.append(tokens[0].lemma_.lower())
            tokens.pop(0)
        if person and len(tokens) >= 3 and tokens[0].text not in self.lexicon.forenames \
                and tokens[1].text in self.lexicon.forenames and not in_hyphenated(tokens[1]) \
                and (tagged or self._title_before(tokens[0])) \
                and not any(self.lexicon.is_organisation_word(t.lemma_.lower()) for t in tokens):
            # "Paramedic Ola Brandt", "Incumbent Marguerite Dallow": a description before a
            # forename; not the first word of a body's name the tagger took for a person's
            # ("Castle Rock Properties"), nor the forename of a surname spelled with a hyphen
            # ("Dele Marsh-Ogun"). Where the tagger found no name, only a noun for a person
            # is such a description.
            titles.append(tokens.pop(0).lemma_.lower())
        return titles, honorific

    def _honorific(self, token: Token) -> str | None:
        """The gender a courtesy title gives ("" when it gives none), or None: no title."""
        word = token.lower_.rstrip(".")
        if word not in self.lexicon.honorifics:
            return None
        return self.lexicon.honorifics[word] or ""

    def _office(self, token: Token) -> str | None:
        """The office a title abbreviates ("Sen." a senator), or None."""
        return self.lexicon.title_roles.get(token.lower_.rstrip("."))

    def _title_word(self, token: Token) -> bool:
        """A courtesy title or a person's office before a name ("Dr.", "Councillor")."""
        return self._honorific(token) is not None or self.lexicon.is_person_noun(
            token.lemma_.lower())

    def _person_beside(self, span: Span, any_sense: bool = False) -> bool:
        """The name and a noun for a person stand in apposition ("her son, Dashiell";
        "Vance, a retired nurse"), whatever the tagger took the name for. A noun before the
        name is one for a person in a role, which a company is not called, unless
        `any_sense` (a name taken for a place: "her training partner, Kezia Mbeki", where
        no company is meant either)."""
        root = span.root
        beside = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            beside.append(root.head)
        # A body after the person noun is where the named one works ("Halvard Nygaard, a
        # political scientist at the University of Osterby"), unless the name comes after
        # it and may be that body's ("A spokeswoman for the company, Brightwater Marine").
        return any(self.lexicon.names_a_person(t.lemma_.lower()) if t.i > root.i or any_sense
                   else self.lexicon.is_person_noun(t.lemma_.lower())
                   and body_of(t, self.lexicon) is None for t in beside)

    def _body_beside(self, name: Span) -> str | None:
        """The type of body a noun set right beside a name says it is ("Kestrel Outdoor,
        the camping and hiking retailer": a company), or None. Right beside: the parser
        often hangs a description of something named after the name on the name
        ("Mujtaba Rahman of the Eurasia Group, a consulting company")."""
        if name.end + 1 >= len(name.doc) or name.doc[name.end].text != ",":
            return None
        beside = [c for c in name.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                  and c.left_edge.i == name.end + 1]
        return next((self.lexicon.types[t.lemma_.lower()] for t in beside
                     if self.lexicon.types.get(t.lemma_.lower())), None)

    def _beside_subject(self, name: _Name) -> bool:
        """"Daniel's parents, Grace and Samuel Okoro, attended": a name set beside the
        subject, alone or with another, says who the subject is."""
        token = self.doc.doc[name.start:name.end].root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass")

    def _looks_like_person(self, words: list[str]) -> bool:
        return len(words) in (2, 3) and words[0] in self.lexicon.forenames

    def _roles(self, span: Span) -> tuple[set[str], set[str]]:
        """Role nouns the article sets beside a name: before it ("Millbrook mayor Ines
        Varga", "Republican nominee Donald Trump") or in apposition ("Varga, the
        mayor"; "Millbrook Residents, a neighborhood group")."""
        doc = span.doc
        roles: set[str] = set()
        modifiers: set[str] = set()
        described = [t for t in span if t.lemma_.lower() in self._role_words]
        i = span.start - 1
        while i >= 0 and span.start - i <= 4 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") \
                and not doc[i].is_punct:
            described.append(doc[i])
            i -= 1
        root = span.root
        beside = [c for t in span for c in t.children
                  if c.dep_ == "appos" and not span.start <= c.i < span.end]
        if root.dep_ == "appos":
            beside.append(root.head)
            holder = root.head
            if holder.dep_ == "pobj" and holder.head.dep_ == "prep" \
                    and holder.head.head.pos_ == "NOUN":
                # "a spokeswoman for Varga, Dana Ruiz", "the mayor of Millbrook, Ines
                # Varga": the parser sets the name beside the nearest noun, the one the
                # role is held for; the role is the name's.
                beside.append(holder.head.head)
            if holder.pos_ in ("NUM", "PRON"):
                # "one of the family's attorneys, Justin Bamberg": the role is what the
                # name is one of.
                beside.extend(o for p in holder.children if p.dep_ == "prep"
                              for o in p.children if o.dep_ == "pobj")
        elif span.start >= 2 and doc[span.start - 1].text == "," \
                and doc[span.end:span.end + 1].text == "." \
                and (described_noun := doc[span.start - 2]).pos_ == "NOUN" \
                and described_noun.dep_ == "pobj" and definite(described_noun):
            # "according to the state forestry agency, Cal-Verde Fire Protection.": a name
            # closing the sentence after a comma, which the parser hung elsewhere, is set
            # beside the description before it.
            beside.append(described_noun)
        # "Dr. Leona Farrant, an endocrinologist at the university and the study's lead
        # author": a second apposition joined to the first is beside the name too.
        beside += [c for t in beside if t.pos_ == "NOUN" and t.dep_ == "appos"
                   for c in t.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        # Any noun for a person the article sets right beside the name is a role it gives
        # ("The developer, Arlo Kessing", "developer Arlo Kessing"); further off, only the
        # lexicon's role words are. A noun with no article or owner is no apposition
        # ("swept by Cruz 34 delegates to zero").
        beside_nouns = {t.i for t in beside if t.pos_ == "NOUN" and any(
            c.dep_ in ("det", "poss") for c in t.children)} | {
            span.start - 1 for t in doc[span.start - 1:span.start] if t.pos_ == "NOUN"}
        for token in beside:
            if token.pos_ == "NOUN":
                described.append(token)
                described.extend(c for c in token.children if c.dep_ in ("amod", "compound")
                                 or (c.dep_ == "poss" and c.pos_ == "PROPN"))
        for token in described:
            lemma = token.lemma_.lower()
            # A body's kind set right beside its name is what it is called too: "the
            # region's largest hospital, Halden General" is "the hospital".
            # So is a word that alone is no one in particular: "the critic Felix Amadi".
            if lemma in self._role_words or (token.i in beside_nouns and (
                    self.lexicon.is_occupation(lemma) or self.lexicon.is_unspecific_person(lemma)
                    or self.lexicon.is_organisation_word(lemma))):
                roles.add(lemma)
            elif token.pos_ in ("ADJ", "PROPN", "NOUN"):
                modifiers.add(token.lower_)
            roles.update(self._title_roles(token, sizes=(1, 2, 3, 4)))
        return roles, modifiers

    def title_role(self, last: Token) -> str | None:
        """The role a title ending in this word gives, if one ("chief financial officer":
        the CFO)."""
        return next(iter(sorted(self._title_roles(last))), None)

    def _title_roles(self, last: Token, sizes: tuple[int, ...] = (2, 3, 4)) -> set[str]:
        """The roles a title ending in this word gives ("chief financial officer": the CFO;
        "district attorney": the prosecutor). A title of one word gives its role to the one
        the article called so ("The defence barrister, Julian Ashcombe" is a lawyer), though
        "the barrister" is not any lawyer: a description reads titles of several words."""
        titles = self.lexicon.role_titles
        if last.lower_ not in self.lexicon.role_title_ends:
            return set()  # most words end no title: no spans made for them
        return {role for size in sizes if last.i + 1 >= size
                and (role := titles.get(last.doc[last.i + 1 - size:last.i + 1].text.lower()))}

    # --- clustering -----------------------------------------------------------------------

    def _cluster(self, names: list[_Name], mentions: list[EntityMention]) -> None:
        people: dict[tuple[str, str], Entity] = {}  # (forename, surname) of full names
        by_surname: dict[str, list[Entity]] = {}
        by_forename: dict[str, list[Entity]] = {}  # people named in full, in order
        # Organisations, places, groups by name; kept for names met later as sources.
        bodies = self._bodies = _Bodies(self._names_a_part)
        # "Lukas Brennecke" tagged as a place, "Brennecke" alone as a person (or as a body,
        # which one word rarely names apart from a person's): a forename and a word the
        # article uses alone as a name make a person.
        # So do "Agnes Thorpe" tagged as a nationality and "Thorpe" as a place.
        alone = {name.words[0] for name in names
                 if name.kind in ("person", "organisation", "place") and len(name.words) == 1}
        misread = [name for name in names if name.kind in ("place", "organisation", "group")
                   and len(name.words) in (2, 3) and name.words[0] in self.lexicon.forenames
                   and not definite(self.doc.doc[name.start:name.end].root)]
        if misread:
            # "Imani Okafor scored twice ... Okafor tied the game": a word the article makes
            # the subject of a sentence, untagged and never written in lower case, is a name
            # used alone all the same.
            in_names = {i for name in names for i in range(name.start, name.end)}
            alone |= {t.text for t in self.doc.tokens if t.pos_ == "PROPN" and not t.ent_type_
                      and t.dep_ in ("nsubj", "nsubjpass")
                      and t.lower_ not in self._lower_case_words and t.i not in in_names}
        for name in misread:
            if name.words[-1] in alone:
                name.kind = "person"
        for name in names:  # full names first, so a lone surname finds its person
            words = self._before_postnominals(name.words)
            if name.kind == "person" and len(words) >= 2:
                key = (words[0], words[-1])
                if key not in people:
                    people[key] = Entity(name.text, "person", forename=words[0],
                                         surname=words[-1])
                    by_surname.setdefault(words[-1], []).append(people[key])
                    by_forename.setdefault(words[0], []).append(people[key])
                entity = people[key]
                if len(name.text) > len(entity.name):
                    entity.name = name.text
        # One word the parser reads as a place or an organisation somewhere in the article
        # ("Millbrook", "Zentra") is that place or body wherever else it tags the word as a
        # person, unless a person bears it as a name: one word, one sense in one article.
        bodies_alone = {name.words[0]: name.kind for name in names
                        if name.kind == "organisation" and len(name.words) == 1}
        bodies_alone |= {name.words[0]: name.kind for name in names
                         if name.kind == "place" and len(name.words) == 1}
        counts: Counter[int] = Counter()
        for name in names:
            entity = self._entity_for(name, people, by_surname, by_forename, bodies, counts,
                                      bodies_alone)
            counts[id(entity)] += 1
            entity.mentions += 1
            if entity.kind == "person" and len(name.words) > 1 and (
                    name.subject or self._beside_subject(name)):
                self._named_in_full[id(entity)] = name.sentence
            entity.modifiers |= name.modifiers
            if name.sentence not in self._title_case_lines:
                # A headline's name may run on into its words ("Suspect Named By Police"):
                # what a body is called, and so its type, are read in the body.
                entity.words.update(word.lower() for word in name.words)
                entity.heads.add(_head_word(name.words))
                entity.roles |= name.roles
            elif entity.kind != "organisation":
                entity.roles |= name.roles
            if entity.kind == "person" and name.honorific:
                entity.gender = name.honorific
                self._titled.add(id(entity))
            elif entity.kind == "person" and entity.gender is None:
                # "Her son, Dashiell", "the chairwoman, Ines Varga": the noun says it.
                entity.gender = next((gender for role in sorted(name.roles) if (
                    gender := self.lexicon.person_genders.get(role))), None)
            if entity.kind == "organisation" and not entity.type \
                    and name.sentence not in self._title_case_lines:
                entity.type = self._type(name)
            mention = EntityMention(self.doc.doc[name.start].idx, self._end(name), entity,
                                    name.sentence, name.subject, name.quoted)
            mentions.append(mention)
            for i in range(name.start, name.end):
                self.by_token[i] = mention
        # Only an article that uses an acronym for a body needs the pass that spells it out.
        spelled = self._spelled_out() if any(
            m.entity.kind == "organisation" and self._acronym(m.entity.name)
            for m in mentions) else {}
        for mention in mentions:
            entity = mention.entity
            if entity.kind == "person" and entity.gender is None:
                # A person named by one word only that is a forename and no surname
                # ("Melanie said"; not "Baxter said") is named by the forename.
                entity.gender = self.lexicon.forenames.get(entity.forename) if \
                    entity.forename else self.lexicon.lone_forenames.get(entity.name)
            if entity.kind == "organisation" and self._acronym(entity.name):
                # "The Harbour Transit Authority released ... the HTA added": the body an
                # acronym stands for, spelled out in capitalised words the parser did not
                # call a name, before the acronym is first used.
                expansion = spelled.get(entity.name)
                if expansion is not None and expansion[0] < mention.start:
                    entity.name = expansion[1]

    def _spelled_out(self) -> dict[str, tuple[int, str]]:
        """Runs of capitalised words by their initials ("PBO" for "Parliamentary Budget
        Officer"), the first of each, in one pass over the document."""
        found: dict[str, tuple[int, str]] = {}
        run: list[Token] = []
        for token in [*self.doc.tokens, None]:
            if token is not None and token.is_alpha and (
                    (token.text[:1].isupper() and not token.is_upper)
                    or (run and token.lower_ in _CONNECTORS)):
                run.append(token)
                continue
            if not run:
                continue  # most words: no run of capitalised words ends here
            while run and run[-1].lower_ in _CONNECTORS:
                run.pop()
            while run and run[0].lower_ == "the":
                run.pop(0)
            words = _spelled(run)
            # Three words at least, and no one's name: "Ana Park" is not the "AP".
            if len(words) >= 3 and not any(t.ent_type_ == "PERSON" for t in run):
                initials = _initials([w.lower() for w in words]).upper()
                start, end = run[0].idx, run[-1].idx + len(run[-1])
                found.setdefault(initials, (start, self.doc.reading(start, end)))
            run = []
        return found

    def _surnames_untagged(self, named: list[EntityMention]) -> list[EntityMention]:
        """The surname of a person named in full, met again where the parser tagged no
        name ("Dutch is aware that ..."): a mention of that person all the same. Of two
        people with that surname, the one named in full before it (the other is no one the
        reader knows yet); a surname both were named with before is left alone."""
        people = _FirstNamed()  # people named in full, by surname
        by_forename = _FirstNamed()  # and by forename: "Marisol laughs", untagged
        for mention in named:
            entity = mention.entity
            if entity.kind == "person" and entity.forename and entity.surname:
                people.add(entity.surname, mention.start, entity)
                by_forename.add(entity.forename, mention.start, entity)
        found = []
        surnames = people.words
        forenames = by_forename.words - surnames
        # Only such a word can be a mention: asked first, it spares nearly every token the
        # other tests.
        names = forenames | surnames
        for sentence in self.doc.sentences:
            for token in sentence.tokens:
                if token.text not in names or token.i in self.by_token \
                        or self.is_excluded(token.idx) \
                        or not token.text[:1].isupper() or in_hyphenated(token):
                    continue
                if token.text in forenames and token.pos_ == "PROPN" and not token.ent_type_:
                    known = by_forename.entities(token.text, before=token.idx)
                    if len(known) == 1:
                        found.append(self._word_mention(token, known[0], sentence.index))
                    continue
                if token.text not in surnames:
                    continue
                before = self.doc.doc[token.i - 1] if token.i else None
                if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() \
                        and before.i not in self.by_token \
                        and not self._title_word(before):
                    continue  # "Ottoline Varga", untagged: someone else of that surname
                known = people.entities(token.text)
                if len(known) > 1:
                    known = people.entities(token.text, before=token.idx)
                if len(known) != 1:
                    continue
                found.append(self._word_mention(token, known[0], sentence.index))
        return found

    def _acronym(self, word: str) -> bool:
        return word.isupper() and word.isalpha() and len(word) > 1 \
            and word.lower() not in self.lexicon.postnominals

    def _before_postnominals(self, words: list[str]) -> list[str]:
        """A name's words without the letters after it ("Julian Ashcombe KC")."""
        return [w for w in words if w.lower().rstrip(".") not in self.lexicon.postnominals]

    def _word_mention(self, token: Token, entity: Entity, sentence: int) -> EntityMention:
        """A mention of the entity by one word where the tagger saw no name ("Salo"),
        counted and kept by the token."""
        mention = EntityMention(token.idx, token.idx + len(token), entity, sentence,
                                token.dep_ in ("nsubj", "nsubjpass"),
                                self.doc.quotes.at(token.idx) is not None)
        entity.mentions += 1
        self.by_token[token.i] = mention
        return mention

    def _pairs(self) -> list[EntityMention]:
        """People named together ("Piet Marren and Ana Holt said"): a group that
        "they" may stand for, named by its members; each pair is also kept by the head of
        its first name (`together_at`), where a source phrase starts."""
        groups: dict[tuple[int, ...], Entity] = {}
        found = []
        doc = self.doc.doc
        for i, mention in sorted(self.by_token.items()):
            token = doc[i]
            kind = mention.entity.kind
            if kind not in ("person", "organisation") or token.dep_ == "compound":
                continue
            members = [mention]
            for other in token.conjuncts:  # "and Councillor Ben Ruiz": the name in the phrase
                named = next((self.by_token[t.i] for t in other.subtree if t.i in self.by_token),
                             None)
                if other.i > i and named is not None and named.entity.kind == kind:
                    members.append(named)
            entities = list({id(m.entity): m.entity for m in members}.values())
            if len(entities) < 2 or token.dep_ == "conj":
                continue
            key = tuple(id(e) for e in entities)
            if key not in groups:
                names = [e.name for e in entities]
                groups[key] = Entity(", ".join(names[:-1]) + " and " + names[-1], "group",
                                     members=tuple(entities))
            found.append(EntityMention(mention.start, members[-1].end, groups[key],
                                       mention.sentence, mention.subject, mention.quoted))
            self._together_at[i] = found[-1]
        return found

    def _end(self, name: _Name) -> int:
        last = self.doc.doc[name.end - 1]
        return last.idx + len(last)

    def _entity_for(self, name: _Name, people: dict[tuple[str, str], Entity],
                    by_surname: dict[str, list[Entity]], by_forename: dict[str, list[Entity]],
                    bodies: _Bodies, counts: Counter[int], bodies_alone: dict[str, str]
                    ) -> Entity:
        words = self._before_postnominals(name.words) or name.words
        if name.kind in ("organisation", "place", "group") and len(words) <= 3 \
                and (words[-1] in by_surname or (len(words) == 1 and words[0] in by_forename
                                                 and name.kind == "organisation")) \
                and all(w[:1].isupper() for w in words) \
                and not any(self.lexicon.is_organisation_word(w.lower()) for w in words):
            # "Ashgrove" tagged as an organisation, named in full before; "Samira Haddou"
            # beside "Karim Haddou": a person's surname makes a person, as the forename of
            # one named in full does a body's name ("Camila says", after "Camila Baptiste";
            # a place may be called as people are: "Alberta").
            name.kind = "person"
        if name.kind == "person":
            if len(words) >= 2:
                key = (words[0], words[-1])
                if key not in people:  # a name read as a person only now (above)
                    people[key] = Entity(name.text, "person", forename=words[0],
                                         surname=words[-1])
                    by_surname[words[-1]].append(people[key])
                    by_forename.setdefault(words[0], []).append(people[key])
                return people[key]
            word = words[0]
            candidates = by_surname.get(word, [])
            if name.honorific:
                candidates = [e for e in candidates if (
                    e.gender or self.lexicon.forenames.get(e.forename)) in (None, name.honorific)]
            if name.roles and len(candidates) > 1:
                # "Marsh, the chief executive": of two Marshes, the one given that role.
                candidates = [e for e in candidates if e.roles & name.roles] or candidates
            if not candidates:  # a forename alone ("Hillary") or a surname never given whole
                candidates = by_forename.get(word, [])
            if not candidates:  # the article's own misspelling ("McAlister" for "McAllister")
                candidates = [e for surname, people in by_surname.items()
                              if _one_letter_apart(word, surname) for e in people]
            met = [e for e in candidates if counts[id(e)]]
            # "Their mother, Delphine Marsh, has sided ... Mrs. Marsh said": with a title,
            # the one of them named in full as the subject just before, whoever the article
            # speaks of most.
            just_named = [e for e in met if e.forename in self.lexicon.forenames
                          and 0 <= name.sentence - self._named_in_full.get(id(e), -9) <= 1]
            if name.honorific and len(just_named) == 1 and len(met) > 1:
                return just_named[0]
            if met:
                # The person the article speaks of most so far. On a tie the surname alone
                # does not say which: it stays a name of its own, not a guess.
                ranked = sorted(met, key=lambda e: counts[id(e)], reverse=True)
                if len(ranked) == 1 or counts[id(ranked[0])] > counts[id(ranked[1])]:
                    return ranked[0]
                return self._shared_surnames.setdefault(
                    word, Entity(name.text, "person", surname=word))
            if candidates:
                # A surname before any of its full names (a headline): the first named in full.
                return candidates[0]
            body = None if name.honorific else bodies.short_form(word.lower(), "organisation")
            if body is not None:
                return body  # "Brightwater said", tagged a person, after "Brightwater Marine"
            if word not in bodies_alone or name.honorific:
                entity = Entity(name.text, "person", surname=word,
                                lone=not (name.honorific or name.roles))
                by_surname.setdefault(word, []).append(entity)
                return entity
            name.kind = bodies_alone[word]
        key = " ".join(words).lower()
        entity = bodies.get(key) or bodies.short_form(key, name.kind)
        if entity is None:
            personal = len(words) <= 2 and all(w[:1].isupper() and not w.isupper() for w in words)
            entity = Entity(name.text, name.kind, certain=name.kind != "organisation"
                            or not personal or bool(self._type(name)))
        elif len(name.text) > len(entity.name):
            entity.name = name.text
        bodies[key] = entity
        return entity

    def _names_a_part(self, rest: list[str]) -> bool:
        """The words after a name's beginning name a part of the body or something else
        ("Senate | Judiciary Committee", "Harvard | Medical School", "Bank | of America"),
        unless they only say what a company is or does ("Brightwater | Marine", "Ford |
        Motor Company", "Halvorsen | Freight") or, one word, what kind of body the name is
        ("Kingsmere General | Hospital", "Harvard | University"): "Kingsmere General" said
        alone is the hospital."""
        if len(rest) == 1 and rest[0].rstrip(".") in self.lexicon.name_words:
            return False
        return rest[0] in _CONNECTORS or any(
            self.lexicon.is_organisation_word(word) and "company" not in (
                self.lexicon.name_word_type(word), self.lexicon.types.get(word))
            for word in rest)

    def _type(self, name: _Name) -> str:
        """An organisation's type from its name ("Halvorsen Freight": company) or from the
        description beside it ("a neighborhood group")."""
        types = self.lexicon.types
        for role in sorted(name.roles):
            if types.get(role):
                return types[role]
        for word in reversed(name.words):
            found = self.lexicon.name_word_type(word) or types.get(word.lower())
            if found:
                return found
        return ""

    # --- gender from the article's own pronouns -------------------------------------------

    def _vote_genders(self) -> None:
        """Count, for each person, the he/she that follow them in a sentence where they are
        the only person named so far; with enough votes, the article's usage wins over the
        forename table. Fills `_pronoun_genders` on the way."""
        votes: dict[int, Counter[str]] = {}
        people: dict[int, Entity] = {}
        by_sentence: dict[int, list[EntityMention]] = {}
        in_passing: dict[int, list[EntityMention]] = {}
        for mention in self.mentions:
            # A name that is the subject of its clause is the likely "he" or "she" after it;
            # a name that is only a modifier is not: in "a female Trump supporter ... she",
            # the woman is.
            if not _may_be_person(mention.entity) or mention.quoted:
                continue
            if mention.subject:
                by_sentence.setdefault(mention.sentence, []).append(mention)
            elif self._argument(mention):
                in_passing.setdefault(mention.sentence, []).append(mention)
        pronouns = self.lexicon.pronouns
        others: dict[int, set[str]] = {}  # sentence -> genders of someone not its subject
        led_by: dict[int, set[str]] = {}  # sentence -> genders of its "he" or "she" subjects
        for sentence in self.doc.sentences:
            named = by_sentence.get(sentence.index, [])
            passing = in_passing.get(sentence.index, [])
            subjects: list[Pronoun] = []  # the pronoun subjects met so far in the sentence
            subject_votes: dict[str, Entity] = {}  # whom each of their genders voted for
            for token in sentence.tokens:
                pronoun = pronouns.get(token.lower_)
                if pronoun is None:
                    continue
                subject_before = pronoun in subjects
                if token.dep_ in ("nsubj", "nsubjpass"):
                    subjects.append(pronoun)
                    if pronoun.gender and token.pos_ == "PRON":
                        led_by.setdefault(sentence.index, set()).add(pronoun.gender)
                if token.pos_ != "PRON" or self.doc.quotes.at(token.idx) is not None:
                    continue
                if pronoun.gender is None and pronoun.animate != "nonperson":
                    continue
                vote = pronoun.gender or "it"
                if pronoun.gender:
                    self._pronoun_genders.setdefault(sentence.index, set()).add(pronoun.gender)
                if any(t.dep_ == "relcl" and t.head.pos_ == "NOUN" and any(
                        c.tag_ in ("WP", "WP$") for c in t.children) for t in token.ancestors):
                    continue  # "Ines said to the nominee, who began his speech": his, not hers
                if token.dep_ not in ("nsubj", "nsubjpass") \
                        and any(p.gender == pronoun.gender for p in subjects):
                    # "She said Kyle Ferrante had never apologised to her family": "her"
                    # goes on with the "She" before it, not the man named between.
                    if vote in subject_votes:
                        votes.setdefault(id(subject_votes[vote]), Counter())[vote] += 1
                    continue
                before = {id(m.entity): m.entity for m in named if m.end <= token.idx}
                if not before and not subject_before:
                    # "For Ines Roa, the ruling is what she hoped for"; not "She graduated
                    # from Oldbridge High School and worked at her father's yard", whose "she"
                    # the "her" goes on with.
                    before = {id(m.entity): m.entity for m in passing if m.end <= token.idx}
                if not before:  # "Ruiz spoke first. She said ...": the one named just before,
                    # over the sentences of a quotation of theirs ("“...,” Fisk said. “...”
                    # He said ..."); not when that sentence has someone else of the gender in
                    # view ("Sandoval called her ... She told the crowd")
                    last = self._narrated_before(sentence)
                    # Not past a "she" who was that sentence's subject ("She said Kyle
                    # Ferrante had never apologised. Her lawyer ...").
                    if vote not in others.get(last, ()) and vote not in led_by.get(last, ()):
                        before = {id(m.entity): m.entity for m in by_sentence.get(last, [])}
                if len(before) == 1:
                    entity = next(iter(before.values()))
                    if self._object_of_own_clause(token, entity, named):
                        others.setdefault(sentence.index, set()).add(vote)
                        continue
                    votes.setdefault(id(entity), Counter())[vote] += 1
                    people[id(entity)] = entity
                    if token.dep_ in ("nsubj", "nsubjpass"):
                        subject_votes[vote] = entity
        for key, counter in votes.items():
            entity = people[key]
            # An organisation the article calls "it" more often than "he" or "she" ("Zentra
            # posted ... to its feed") is not made a person by the odd "he" after it.
            things = counter.pop("it", 0)
            if not counter or (entity.kind != "person" and (
                    things > sum(counter.values()) or entity.certain)):
                continue  # nor a body whose name says it is one ("Oldbridge High School")
            (gender, count), = counter.most_common(1)
            unanimous = count == sum(counter.values())
            # A courtesy title outweighs every vote; enough votes outweigh the forename table.
            if unanimous and key not in self._titled and (
                    entity.gender is None or count >= _VOTES_TRUSTED):
                entity.gender = gender
                entity.kind = "person"  # the article calls it "he" or "she"

    @staticmethod
    def _object_of_own_clause(pronoun: Token, entity: Entity, named: list[EntityMention]
                              ) -> bool:
        """"Victor Sandoval called her ...": an object pronoun is never the subject of its
        own clause, so it says nothing of that person's gender."""
        if pronoun.tag_ != "PRP" or pronoun.dep_ not in ("dobj", "dative", "pobj"):
            return False
        clause = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        return any(m.entity is entity and subject.left_edge.idx <= m.start
                   < subject.right_edge.idx + len(subject.right_edge)
                   for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")
                   for m in named)

    def _narrated_before(self, sentence: Sentence) -> int:
        """The index of the last sentence before this one that is not all quotation."""
        index = sentence.index - 1
        while index > 0:
            before = self.doc.sentences[index]
            quote = self.doc.quotes.at(before.start) or self.doc.quotes.at(before.start + 1)
            if quote is None or quote.end < before.end - 1:
                break
            index -= 1
        return index

    def _settle_shared_surnames(self) -> None:
        """A surname that two people share, used alone ("Vance rejected that."), is the one of
        them whose gender the article's own "he" or "she" after it gives, when the other is
        known to be of the other gender (Harriet and Owen Vance); else it stays a name of
        its own."""
        settled: dict[int, Entity] = {}
        gendered = {word for word, shared in self._shared_surnames.items() if shared.gender}
        if not gendered:
            return
        named: dict[str, dict[int, Entity]] = {}  # the people named in full, by surname
        for mention in self.mentions:
            entity = mention.entity
            if entity.kind == "person" and entity.forename and entity.surname in gendered:
                named.setdefault(entity.surname, {})[id(entity)] = entity
        for word in gendered:
            shared = self._shared_surnames[word]
            people = named.get(word, {})
            genders = [(e, e.gender or self.lexicon.forenames.get(e.forename))
                       for e in people.values()]
            matching = [e for e, gender in genders if gender == shared.gender]
            if len(matching) == 1 and all(gender is not None for _, gender in genders):
                settled[id(shared)] = matching[0]
        if not settled:
            return
        self.mentions = _Mentions([replace(m, entity=settled.get(id(m.entity), m.entity))
                                   for m in self.mentions])
        for i, mention in self.by_token.items():
            if id(mention.entity) in settled:
                self.by_token[i] = replace(mention, entity=settled[id(mention.entity)])

    def _argument(self, mention: EntityMention) -> bool:
        """The name is a noun phrase of its own (an object, the name after "for"), not a
        modifier of another noun ("Trump supporter") or a possessor ("Trump's plan")."""
        root = self._root(mention)
        return root is not None and root.dep_ not in ("compound", "poss", "amod", "nmod")

    def _root(self, mention: EntityMention) -> Token | None:
        """The word of the parse that heads a mention."""
        return self.doc.head_at(mention.start, mention.end)

    # --- resolution -----------------------------------------------------------------------

    def apart(self, later: int, earlier: int) -> int:
        """How many sentences with words lie from `earlier` to `later`."""
        return self._rank[later] - self._rank[earlier]

    def _sentence_start(self, index: int) -> int:
        """Where a sentence starts; 0 before the first, the text's end after the last."""
        sentences = self.doc.sentences
        if index <= 0 or not sentences:
            return 0
        return sentences[index].start if index < len(sentences) else len(self.doc.clean)

    def mentions_since(self, sentence: int, offset: int) -> list[EntityMention]:
        """The mentions from the start of a sentence up to an offset."""
        return self.mentions.between(self._sentence_start(sentence), offset)

    def named_after(self, sentence: int, reach: int, fits: Callable[[Entity], bool],
                    reporter: Callable[[Token], bool] | None = None,
                    role: str | None = None) -> Entity | None:
        """The first entity that `fits`, named as the subject of a main clause (or beside
        it) in the `reach` sentences with words after this one: who the story goes on to be
        about, not someone named inside what was said. With `reporter`, also the subject of
        what a main clause's subject that is a `reporter` reports ("Kestrel Ferries will
        raise fares, the company said"): a body speaking of itself. With `role`, the one a
        description of that role stands for: a person introduced with a description of
        another ("Neill Brady, the head of the drivers' union") is someone else, and the
        one described stays unnamed."""
        later = self.mentions.between(self._sentence_start(sentence + 1),
                                      self._sentence_start(sentence + 1 + 2 * reach))
        passed: set[int] = set()  # holding another office: not the one described
        for mention in later:
            if mention.quoted or not mention.subject or not fits(mention.entity) \
                    or self.apart(mention.sentence, sentence) > reach \
                    or id(mention.entity) in passed:
                continue
            root = self._root(mention)
            if root is not None and role is not None \
                    and self._described_otherwise(root, role, mention.entity):
                return None
            if root is not None and role is not None \
                    and self._holds_another_office(root, role, mention.entity):
                passed.add(id(mention.entity))  # "Judge Harriet Lam" is no town treasurer
                continue
            if root is not None and root.dep_ == "appos":
                root = root.head  # "The owner of the team, Richard Voss, asked"
            if root is not None and root.head.dep_ == "ROOT":
                return mention.entity
            if reporter is not None and root is not None and root.head.dep_ == "ccomp" \
                    and root.head.head.dep_ == "ROOT" and any(
                        reporter(c) for c in root.head.head.children if c.dep_ == "nsubj"):
                return mention.entity
        return None

    @staticmethod
    def _described_otherwise(root: Token, role: str, entity: Entity) -> bool:
        """The name is set beside a description whose noun is not `role`, and the article
        gives the person that role nowhere else: "Neill Brady, the head of the drivers'
        union" after "a city auditor", "Its president, Rosa Delgado" after a headline's
        "owner says"."""
        beside = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            beside.append(root.head)
        return bool(beside) and role not in entity.roles and not any(
            noun.lemma_.lower() == role for noun in beside)

    def _holds_another_office(self, root: Token, role: str, entity: Entity) -> bool:
        """The name comes after an office written out ("Judge Harriet Lam"), the description
        is of another ("a former town treasurer", "a local shop owner"), and the article
        gives the person that one nowhere. Only offices the lexicon knows as a person's own
        post: a general word ("a lawmaker", "an official") or a title's abbreviation
        ("Rep.") may be the same post in other words."""
        kinds = self.lexicon.source_kinds
        own_post = kinds.get(role) == "person" or (
            role not in kinds and self.lexicon.is_person_noun(role))  # "a local shop owner"
        if not own_post or role in entity.roles:
            return False
        return any(c.dep_ == "compound" and c.i < root.i and c.text[-1:] != "."
                   and kinds.get(c.lemma_.lower()) == "person" and c.lemma_.lower() != role
                   for c in root.children)

    def named_in(self, start: int, end: int, after: int) -> set[int]:
        """The entities (by id) named between two offsets inside a quotation, or after
        `after` by their names (not by a pronoun or a description that stands for them) as
        a part of the clause: not as whose something is ("Trump's microphone", "Carson
        supporters"), which a writer's paraphrase of someone names even when it is theirs."""
        return {id(m.entity) for m in self.mentions.between(start, end)
                if m.quoted or (m.start > after
                                and (head := self.doc.head_at(m.start, m.end)) is not None
                                and head.pos_ == "PROPN"
                                and head.dep_ not in ("poss", "compound"))}

    def at(self, token: Token) -> Entity | None:
        mention = self.by_token.get(token.i)
        return mention.entity if mention else None

    def untitled_name(self, phrase: Span) -> list[Token]:
        """The proper words of a source the parser tagged no name in, after the titles
        before them ("Board Chair Victor Almeida" is Victor Almeida)."""
        words = [t for t in phrase if t.pos_ == "PROPN"]
        self._take_titles(words, person=True)
        return words

    def body_shortened(self, words: str) -> Entity | None:
        """The organisation the article named in full that these words shorten."""
        return self._bodies.short_form(words.lower(), "organisation")

    def add_source(self, head: Token, phrase: Span, sentence: int, transcript: bool = False
                   ) -> Entity:
        """A proper name the parser did not tag, met as a source ("Bell said"): a person,
        the same one as a full name it ends ("Marcus Bell"), and a mention from now on.
        `head` is the name's last word when the phrase around it holds no other. A
        `transcript`'s speaker label is a name whatever the tagger made of its words."""
        words = [t for t in phrase if t.pos_ == "PROPN" or transcript
                 or (inner_hyphen(t) and phrase.start < t.i < phrase.end - 1)] or [head]
        titles, honorific = self._take_titles(words, person=True)  # "Mayor Ines Calloway"
        text = self.doc.reading(words[0].idx, words[-1].idx + len(words[-1]))
        spelled = _name_words(words)
        if transcript and all(t.is_upper for t in words):
            # "HAROLD BECK:" is Harold Beck, the "Beck" named elsewhere.
            spelled = [word.title() for word in spelled]
            text = " ".join(spelled)
        forename = spelled[0] if len(spelled) > 1 else ""
        roles = self._roles(self.doc.doc[words[0].i:words[-1].i + 1])[0]
        entity = self.person_named(spelled[-1], roles)
        if entity is not None and forename and entity.forename not in ("", forename):
            entity = None  # "Nell Farrow" is not the "Ann Farrow" named before
        if entity is None and len(spelled) == 1 and not (honorific or transcript):
            # "Peabody said" after "Peabody Energy": the body, by the first word of its name.
            entity = self._bodies.short_form(spelled[0].lower(), "organisation")
        if entity is None:
            # An acronym is no part of a person's name: "Burnaby RCMP warns" is a body. (A
            # name all in capitals, a transcript's "HOLLOWAY:", is still a name.)
            acronym = any(self._acronym(t.text) for t in words) and not all(
                t.is_upper for t in words)
            entity = Entity(text, "organisation" if acronym else "person",
                            surname=spelled[-1], forename=forename,
                            lone=len(spelled) == 1 and not transcript)
        elif forename and not entity.forename:
            # "Farrow" named alone elsewhere, "Nell Farrow" here: one person, the full name.
            entity.forename, entity.name = forename, text
        entity.roles.update(roles, titles)
        entity.lone = entity.lone and not (forename or honorific or titles or roles)
        if honorific:
            entity.gender = honorific
        if entity.gender is None:
            entity.gender = self.lexicon.forenames.get(entity.forename)
        entity.mentions += 1
        mention = EntityMention(words[0].idx, words[-1].idx + len(words[-1]), entity, sentence,
                                True, False)
        self._add(mention)
        for token in words:
            self.by_token[token.i] = mention
        if forename and entity.kind == "person" and entity.mentions == 1 and all(
                other is entity for other in self._people.entities(entity.surname)):
            self._surname_later(entity, words[-1])
        return entity

    def _surname_later(self, entity: Entity, named: Token) -> None:
        """"Ingrid Salo, who leads ..., said", a name the tagger missed: "Salo was not
        convinced" after it is a mention of her too, as after a tagged name (see
        `_surnames_untagged`), when no one else has that surname; not the end of another
        full name ("Nell Salo")."""
        doc = self.doc.doc
        for index in self._capitalised.get(entity.surname, ()):
            token = doc[index]
            before = doc[index - 1]
            if index <= named.i or index in self.by_token or self.is_excluded(token.idx) or (
                    before.pos_ == "PROPN" and before.text[:1].isupper()):
                continue
            self._add(self._word_mention(token, entity, self.doc.sentence_index(token.idx)))

    @cached_property
    def _capitalised(self) -> dict[str, list[int]]:
        """Where each capitalised word stands, by token index; read only for a draft whose
        sources include a name the tagger missed."""
        found: dict[str, list[int]] = {}
        for token in self.doc.tokens:
            if token.text[:1].isupper() and not in_hyphenated(token):
                found.setdefault(token.text, []).append(token.i)
        return found

    def add_mention(self, entity: Entity, token: Token, sentence: int) -> None:
        """A pronoun source resolved to an entity keeps the entity salient, as a name would."""
        mention = EntityMention(token.idx, token.idx + len(token), entity, sentence, True, False)
        self._add(mention)

    def _index_person(self, mention: EntityMention) -> None:
        entity = mention.entity
        for word in {entity.surname, entity.forename} - {""}:
            self._people.add(word, mention.start, entity)

    def member_of(self, group: str, offset: int) -> Entity | None:
        """The one person the article has set a group's word beside before `offset`
        ("Democrat Sean Hartley"), whom "the Democrat" then stands for; None when it has set
        it beside more than one."""
        people = self._members.entities(group, before=offset)
        return people[0] if len(people) == 1 else None

    def named_with(self, noun: str, offset: int) -> Entity | None:
        """The body named last before `offset` with this word in its name ("the regulator":
        the Harbour Transport Regulator), or the person last given this role ("the
        spokeswoman": "Dana Ruiz, a spokeswoman for the senator"), if any; not a person when
        someone of the role was brought in since without a name."""
        mention = next(self._described_by(noun).before(offset), None)
        if mention is None or (mention.entity.kind == "person"
                               and self._unnamed_since(noun, mention.end, offset)):
            return None
        if mention.entity.kind == "person" and self.lexicon.is_occupation(noun) and any(
                m.entity is not mention.entity and m.entity.kind == "person" and not m.quoted
                for m in self.mentions.between(mention.end, offset)):
            # An office has one holder however many are named since; an occupation is
            # shared: after "actress Lena Ortiz", "“Harbour Lights” star Ana Ruiz ... the
            # actress" is the star, whom the article never called so.
            return None
        return mention.entity

    def given_role(self, noun: str, modifiers: set[str], offset: int) -> Entity | None:
        """The person last mentioned before `offset` whom the article gave this role in these
        words ("The defence barrister, Julian Ashcombe, ..." and later "The defence barrister
        said"): a role repeated with the words that specify it is that person's, whoever was
        named since. A bare noun may be anyone's of the trade ("the actress")."""
        if not modifiers:
            return None
        return next((m.entity for m in self._described_by(noun).before(offset)
                     if m.entity.kind == "person" and modifiers <= m.entity.modifiers), None)

    def _latest_described(self, noun: str, offset: int) -> Entity | None:
        """The entity last mentioned before `offset` of those the noun may stand for."""
        mention = next(self._described_by(noun).before(offset), None)
        return mention.entity if mention is not None else None

    def together_at(self, token: Token) -> EntityMention | None:
        """The people or bodies named together from this name on ("Tom Briggs and Ana Ruiz
        said"): both speak."""
        return self._together_at.get(token.i)

    def named_together(self, noun: str, offset: int) -> Entity | None:
        """The people or bodies last named together before `offset` ("Gareth Lowe and
        Priya Raman, the two candidates"), one of whom has the role or the type the noun
        names: whom "both candidates" or "the two companies" stand for."""
        last = next(self._named_together.before(offset), None)
        wanted = self.lexicon.types.get(noun)
        if last is None or not any(noun in member.roles or (wanted and member.type == wanted)
                                   for member in last.entity.members):
            return None
        return last.entity

    def sharing(self, word: str) -> list[Entity]:
        """The people named in full whose surname `word` is, when more than one is."""
        found = [e for e in self._people.entities(word) if e.kind == "person" and e.forename
                 and e.surname == word]
        return found if len(found) > 1 else []

    def by_age(self, people: list[Entity], oldest: bool) -> Entity | None:
        """Of people the article gives an age each ("Ottilie Brannagh, 74, ... Cormac
        Brannagh, 46,"), the oldest or the youngest; None when an age is missing or two
        are the same."""
        ages = [self._age(person) for person in people]
        if any(age is None for age in ages) or len(set(ages)) < len(ages):
            return None
        pick = max if oldest else min
        return pick(zip(ages, people, strict=True), key=lambda pair: pair[0])[1]

    def _age(self, person: Entity) -> int | None:
        """The age set after the person's name between commas ("Cormac Brannagh, 46,")."""
        doc = self.doc.doc
        for mention in self.mentions:
            if mention.entity is not person:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            after = doc[span.end:span.end + 3] if span is not None else []
            if len(after) == 3 and after[0].text == "," and after[1].text.isdecimal() \
                    and after[2].text in (",", ".") and 0 < int(after[1].text) < 120:
                return int(after[1].text)
        return None

    def person_named(self, word: str, roles: Set[str] = frozenset()) -> Entity | None:
        """A person the document names in full whose surname (or forename) this is: of
        several, the one given any of `roles`, else the one named most."""
        found = [entity for entity in self._people.entities(word) if entity.kind == "person"]
        found = [e for e in found if e.roles & roles] or found
        return max(found, key=lambda e: e.mentions) if found else None

    def antecedent(self, pronoun: Pronoun, offset: int, sentence: int,
                   speaker: tuple[Entity, int] | None,
                   spoken_of: frozenset[int] = frozenset()) -> Entity | None:
        """The entity a pronoun stands for: the most salient one that agrees with it in
        gender, number and animacy; None when nothing agrees.

        Salience, first to last: the subject of the pronoun's own sentence; the speaker of
        the sentence before (a pronoun subject continues a quoted speaker); the subjects of
        the sentences before; the last speaker while no one else has been named since; any
        name in the sentences before, nearest first. Among the first few that agree, one
        whose gender is known to match wins over one whose gender is unknown.

        `spoken_of`: the entities (by id) the pronoun cannot stand for, such as the ones a
        statement whose source it is names.
        """
        # Only the last few sentences are read: a window, never the whole document so far.
        window = self.mentions.between(self._sentence_start(sentence - _SENTENCES_BACK), offset)
        recent = [m for m in window if not m.quoted and sentence - m.sentence <= _SENTENCES_BACK]
        candidates = [m.entity for m in reversed(recent) if m.subject and m.sentence == sentence]
        introduced = self._introduced(pronoun, sentence, offset, recent)
        if introduced is not None:
            candidates.append(introduced)
        if speaker is not None and self.apart(sentence, speaker[1]) <= 1:
            candidates.append(speaker[0])
        candidates += [m.entity for m in sorted((m for m in reversed(recent) if m.subject),
                                                key=self._subject_rank)]
        if speaker is not None and self.apart(
                sentence, self._chain_end(speaker, pronoun, sentence)) <= _SPEAKER_REACH:
            since = self.mentions.between(self._sentence_start(speaker[1] + 1), offset)
            # Someone else named since takes the pronoun's place, as below: a subject that
            # agrees, or any name whose gender is known to match.
            if not any(m.sentence > speaker[1] and not m.quoted and m.entity is not speaker[0]
                       and agrees(pronoun, m.entity) and id(m.entity) not in spoken_of
                       and (m.subject or pronoun.gender is None
                            or m.entity.gender == pronoun.gender)
                       for m in since):
                candidates.append(speaker[0])
        # A name that is neither a subject nor a speaker stands for "he" or "she" only when
        # its gender is known to match: an unknown one there is a guess.
        candidates += [m.entity for m in reversed(recent)
                       if pronoun.gender is None or m.entity.gender == pronoun.gender]
        in_view = self._in_view(pronoun, sentence)
        if in_view is not None:
            candidates.append(in_view)
        fits = [e for e in candidates if agrees(pronoun, e) and id(e) not in spoken_of]
        if not fits:
            return None
        # The speaker of the sentence before, whose gender is unknown, goes on speaking
        # ("Okafor said Maria Lopez's plan was vague. “...,” she said."): someone of known
        # gender named in passing does not take the pronoun from them.
        continuing = speaker is not None and self.apart(sentence, speaker[1]) <= 1 \
            and fits[0] is speaker[0] and speaker[0].kind == "person" and speaker[0].certain
        if pronoun.gender is not None and not continuing:
            known = [e for e in fits if e.gender == pronoun.gender]
            if known and (known[0] in fits[:3] or fits[0].gender is None):
                return known[0]
        return fits[0]

    def _subject_rank(self, mention: EntityMention) -> tuple[int, bool]:
        """Of the subjects, later sentences first; in one sentence, the subject of its main
        clause before one of a clause hung on it ("Okafor tied the game after Vasko stopped
        Lindqvist": a "she" next goes on about Okafor). Sorting is stable: otherwise the
        last first."""
        head = self.doc.head_at(mention.start, mention.end)
        if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
            return -mention.sentence, False
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return -mention.sentence, verb.dep_ in _HUNG_CLAUSES

    def _introduced(self, pronoun: Pronoun, sentence: int, offset: int,
                    recent: list[EntityMention]) -> Entity | None:
        """The one person the sentence before names, when this sentence opens with a
        quotation tagged by the pronoun: the story introduces a voice and lets it speak
        ("... helped Delphine Okoro, a nurse. “It changed my week,” she says."), whoever
        spoke before. Not when a "he" or "she" there may be someone else."""
        if pronoun.gender is None or pronoun.plural:
            return None
        start = self._sentence_start(sentence)
        opening = self.doc.quotes.at(start) or self.doc.quotes.at(start + 1)
        if opening is None or opening.start > start + 1 or opening.end > offset:
            return None
        before = {id(m.entity): m.entity for m in recent if self.apart(sentence, m.sentence) == 1
                  and m.entity.kind == "person"}
        if len(before) != 1:
            return None
        (entity,) = before.values()
        index = next(m.sentence for m in recent if m.entity is entity)
        if pronoun.gender in self._pronoun_genders.get(index, ()):
            return None
        return entity if agrees(pronoun, entity) else None

    def _in_view(self, pronoun: Pronoun, sentence: int) -> Entity | None:
        """The last person of the pronoun's gender named before, when every sentence since
        is within reach of one with a "he" or "she" of that gender ("Nell Farrow runs a
        kennel. She bought a van ... Her plan is to grow ... she says."); None when a
        person of unknown gender is a subject on the way."""
        if pronoun.gender is None or pronoun.plural:
            return None
        start = max(0, sentence - _CHAIN_LIMIT)
        people: dict[int, list[EntityMention]] = {}
        for mention in self.mentions.between(self._sentence_start(start),
                                             self._sentence_start(sentence)):
            if not mention.quoted and mention.entity.kind == "person":
                people.setdefault(mention.sentence, []).append(mention)
        link = sentence
        for index in range(sentence - 1, start - 1, -1):
            if self.apart(link, index) > _SPEAKER_REACH:
                return None
            named = people.get(index, [])
            match = [m.entity for m in named if m.entity.gender == pronoun.gender]
            if match:
                return match[-1]
            if any(m.subject and m.entity.gender is None for m in named):
                return None
            if pronoun.gender in self._pronoun_genders.get(index, ()):
                link = index
        return None

    def _chain_end(self, speaker: tuple[Entity, int], pronoun: Pronoun, sentence: int) -> int:
        """The last sentence before `sentence` that keeps the speaker in view: one naming
        them, or one with a "he" or "she" of their gender, each within reach of the one
        before ("“...,” Okoro says. He grew up ... He failed ... he says.")."""
        entity, last = speaker
        if pronoun.gender is None:
            return last
        stop = min(sentence, last + _CHAIN_LIMIT)
        named = {m.sentence for m in self.mentions.between(self._sentence_start(last + 1),
                                                              self._sentence_start(stop))
                 if m.entity is entity}
        for index in range(last + 1, stop):
            if self.apart(index, last) > _SPEAKER_REACH:
                break
            if index in named or pronoun.gender in self._pronoun_genders.get(index, ()):
                last = index
        return last

    def described(self, noun: str, modifiers: set[str], offset: int) -> Entity | None:
        """The entity a definite description stands for: only one the article has given
        that role or type ("the mayor", "the newspaper"), the most recent such before the
        description; never merely the last one named."""
        kind = self.lexicon.source_kinds.get(noun)
        if kind == "people":  # "the couple": the last people named together
            return self._latest_described(noun, offset)
        wanted = self.lexicon.types.get(noun, "")
        untyped: Entity | None = None
        untyped_near = False
        fitting: dict[int, Entity] = {}  # how well a typed body fits: the latest of each
        sentence = self.doc.sentence_index(offset)
        for seen, mention in enumerate(self._described_by(noun).before(offset)):
            entity = mention.entity
            # "The regulator" may be a person given that role or a body called so.
            person = kind == "person" or (kind in PERSON_ROLE_KINDS and entity.kind == "person")
            if (untyped is not None or fitting) and seen > _TYPED_REACH:
                break
            if entity.unnamed and self.apart(sentence, mention.sentence) > _SPEAKER_REACH:
                continue  # "the campaign" a few items on in a live blog may be another's
            if not person and not entity.type and noun not in entity.roles:
                # An organisation of no known type stands for "the group" only once it has
                # spoken in the story, and only when no body known to be a group is named
                # before it: "the union" is the union, not the service that spoke since.
                if entity.spoke and untyped is None and entity.described_as <= {wanted}:
                    untyped = entity
                    untyped_near = self.apart(sentence, mention.sentence) <= 1
                continue
            if person and noun not in self.lexicon.any_rank \
                    and not self.same_rank(entity, modifiers):
                continue  # "the president" is not the vice-president, nor the other way
            if untyped_near and not entity.called(noun):
                # "... according to the Centers for Disease Control. Most do not know it,
                # the agency says": a hospital named further back is only of the same broad
                # type, the body that has just spoken of no known type; either may be meant,
                # and a guess is no answer.
                return None
            if not person:
                # "... the National Weather Service warned. The district has asked for help":
                # a body only of the described type is the answer unless one the article
                # calls so (the Coast Range Fire Protection District) is named before it, and
                # the modifiers of the description in its name count for more ("the budget
                # office" is the Congressional Budget Office, "the machinists union" the
                # International Association of Machinists).
                fit = 2 * bool(modifiers & entity.words) + entity.called(noun)
                if fit == 3 or (fit == 1 and not modifiers):
                    return entity
                if fit or wanted != "institution" or (
                        noun in self.lexicon.generic_bodies and not modifiers):
                    # A public body's noun says what it does: "the court" is no police
                    # force, "the government" no court, whatever type they share; and so
                    # do the words before a generic one: "the transit agency" is no council.
                    fitting.setdefault(fit, entity)
                continue
            if self._unnamed_since(noun, mention.end, offset):
                # "Tom Reyes, a county official, ... Another official said ... The official
                # added": the one brought in since without a name, whom no name resolves.
                return None
            if not modifiers or not entity.modifiers or share_a_word(modifiers,
                                                                       entity.modifiers):
                return entity
        if fitting:
            return fitting[max(fitting)]
        if untyped is not None:
            untyped.described_as.add(wanted)
        return untyped

    @cached_property
    def _unnamed_people(self) -> dict[str, list[int]]:
        """Where the article brings in someone by a role and no name, as the subject of a
        clause ("A senior official, who spoke on condition of anonymity, said", "another
        official said"): the offsets, in order, by the role noun. Not a role set beside a
        name ("Tom Reyes, a county official")."""
        found: dict[str, list[int]] = {}
        for token in self.doc.tokens:
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN" \
                    and token.lemma_.lower() in self._role_words and indefinite(token) \
                    and not any(c.dep_ == "appos" for c in token.children):
                found.setdefault(token.lemma_.lower(), []).append(token.idx)
        return found

    def _unnamed_since(self, noun: str, start: int, end: int) -> bool:
        """Someone of that role was brought in without a name between the offsets."""
        offsets = self._unnamed_people.get(noun, [])
        i = bisect_left(offsets, start)
        return i < len(offsets) and offsets[i] < end

    def same_rank(self, entity: Entity, modifiers: set[str]) -> bool:
        """A description of a person holds the rank the person's role was given, and in its
        time: "the deputy mayor" is not Mayor Tom Briggs, nor "the mayor" Deputy Mayor
        Irene Vasquez or former Mayor Ana Pike."""
        def rank(words: set[str]) -> set[str]:
            return {m for m in words if self.lexicon.is_rank(m) or self.lexicon.is_past(m)}
        return rank(entity.modifiers) == rank(modifiers)

    def _described_by(self, noun: str) -> _Mentions:
        """The mentions of the entities a description may stand for, gathered the first
        time the description is met and kept as mentions are added."""
        found = self._descriptions.get(noun)
        if found is None:
            found = _Mentions([m for m in self.mentions if self._fits(noun, m.entity)])
            self._descriptions[noun] = found
        return found

    def _fits(self, noun: str, entity: Entity) -> bool:
        """The article gave the entity that role ("the mayor") or type ("the newspaper"), or
        named it so ("the university": Dunmore University)."""
        kind = self.lexicon.source_kinds.get(noun)
        if kind == "person" or (kind in PERSON_ROLE_KINDS and entity.kind == "person"):
            return entity.kind == "person" and noun in entity.roles
        if kind == "people":
            return bool(entity.members)
        if (self.lexicon.is_occupation(noun) or self.lexicon.is_unspecific_person(noun)) \
                and noun in entity.roles:
            return True
        wanted = self.lexicon.types.get(noun, "")
        if entity.unnamed:
            return noun in entity.roles
        return entity.kind == "organisation" and bool(
            entity.called(noun) or (wanted and entity.type == wanted)
            or (not entity.type and wanted in ("group", "institution", "company")))

    def _add(self, mention: EntityMention) -> None:
        self.mentions.add(mention)
        self._index_person(mention)
        for noun, described in self._descriptions.items():
            if self._fits(noun, mention.entity):
                described.add(mention)


def body_of(noun: Token, lexicon: CueLexicon) -> Token | None:
    """The body a person noun is for ("a spokeswoman for the company", "lawyers for the
    group"): a name set beside the person noun may be that body's, however the parser hung
    it ("A spokeswoman for the company, Brightwater Marine, said")."""
    return next((o for prep in noun.children if prep.dep_ == "prep"
                 and prep.lower_ in ("for", "of", "at") for o in prep.children
                 if o.dep_ == "pobj" and lexicon.source_kinds.get(o.lemma_.lower()) in (
                     "organisation", "institution")), None)


def _third_person(verb: str) -> str:
    """"say" -> "says", "deny" -> "denies", "reach" -> "reaches"."""
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


def _title_case(sentence: list[Token]) -> bool:
    """A headline's capitalisation: nearly every word of four letters or more capitalised,
    past the first and besides the names of people, places and dates ("Drivers at Ana
    Ruiz's farm walked out on Monday" is not one). What the tagger calls an organisation
    counts: in a headline it often runs on over the words ("Suspect Named By Police")."""
    words = [t for t in sentence[1:] if t.is_alpha and len(t) >= 4
             and t.ent_type_ in ("", "ORG")]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) > 0.8 * len(words)


def _may_be_person(entity: Entity) -> bool:
    return entity.kind == "person" or not entity.certain


def agrees(pronoun: Pronoun, entity: Entity) -> bool:
    if entity.they:
        return pronoun.plural and pronoun.animate != "nonperson"
    if pronoun.animate == "person" and entity.kind != "person" and (
            entity.certain or not entity.spoke):
        return False
    if pronoun.animate == "nonperson" and entity.kind not in ("organisation", "place") and not (
            entity.lone and entity.spoke and entity.gender is None):
        return False
    if pronoun.gender is not None and entity.gender not in (None, pronoun.gender):
        return False
    if pronoun.plural:
        # "they" stands for a group or an organisation, never one person or a place.
        return entity.kind in ("group", "organisation")
    return not entity.plural


def _datelines(doc: ParsedDocument) -> list[tuple[int, int]]:
    """Datelines ("WASHINGTON (AFP) —", "DUNMORE, March 3 (Harbour Wire) —") at a paragraph's
    start, and bylines ("By Ana Ruiz"), as character ranges in order."""
    ranges = []
    previous_paragraph = None
    for sentence in doc.sentences:
        first_of_paragraph = sentence.paragraph != previous_paragraph
        previous_paragraph = sentence.paragraph
        if not first_of_paragraph:
            continue
        words = [t for t in sentence.tokens if not t.is_space]
        if len(words) >= 2 and words[0].lower_ == "by" and words[1].pos_ == "PROPN" and \
                len(words) <= 8:
            ranges.append((sentence.start, sentence.end))
            continue
        for i, token in enumerate(words[:12]):
            if token.text in _DASHES:
                head = words[:i]
                place = any(t.ent_type_ == "GPE" or (t.is_upper and len(t) > 1) for t in head)
                plain = all(t.pos_ in ("PROPN", "NUM", "PUNCT") or t.is_punct
                            or t.is_upper for t in head)
                # "Councillor Omar Haddad — a former teacher": a person, not a place
                # (the tagger's PERSON on a capitalised place, "BRIDGEPORT", is no evidence,
                # nor on the province or state after one: "DUNMORE, Ont.").
                person = bool(head) and not _capitalised_place(head[0]) and any(
                    t.ent_type_ == "PERSON" and not t.is_upper for t in head)
                # "14:45 —" or "Sept. 3, 9:10 p.m. —": a live blog's time stamp, as a
                # dateline is a place's.
                stamp = bool(head) and all(t.ent_type_ in ("TIME", "DATE") or t.is_punct
                                           or _CLOCK.match(t.text) for t in head)
                if head and ((place and plain and not person) or stamp):
                    ranges.append((sentence.start, token.idx + len(token)))
                break
    return ranges


def _couple_partner(tokens: list[Token], forenames: dict[str, str]) -> Token | None:
    """The surname after "and" that a lone forename shares: "Ken" in "Ken and Maria
    Duarte" (the parser joins the two names, the second with a forename of its own). Both
    first words are forenames: "Obama and Clinton" are two surnames."""
    if len(tokens) != 1 or tokens[0].text not in forenames:
        return None
    first = tokens[0]
    doc = first.doc
    if first.i + 1 >= len(doc) or doc[first.i + 1].lower_ != "and":
        return None
    return next((c for c in first.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                 and any(g.dep_ == "compound" and g.i == c.i - 1 and g.text in forenames
                         for g in c.children)), None)


def _aged(name: Span) -> bool:
    """The name has an age set beside it between commas: "Marta Jelinek, 71, said"."""
    return any(c.dep_ in ("appos", "npadvmod", "amod") and c.text.isdecimal()
               and 0 < int(c.text) < 120 and c.doc[c.i - 1].text == ","
               for c in name.root.children)


_NAME_JOINTS = frozenset({"of", "on", "for", "in", "at", "to"})  # not "and": "Securities and"


def _head_word(words: list[str]) -> str:
    """What a name says its bearer is: its last word before a preposition ("of", "on",
    "for": "Commission on Presidential Debates"), else its last word that is no
    number ("Firefighters Local 118"), in lower case."""
    joint = next((i for i, w in enumerate(words) if i and w in _NAME_JOINTS), len(words))
    return next((w.lower() for w in reversed(words[:joint]) if not w.isdigit()),
                words[-1].lower())


def _untagged_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.dep_ == "compound" and not token.ent_type_ \
        and token.is_alpha and token.text[:1].isupper()


def _capitalised_place(token: Token) -> bool:
    """A word in capitals as a dateline opens with its place ("DUNMORE", "ST. JOHN'S")."""
    return token.is_upper and token.is_alpha and len(token) > 1


def _description_word(token: Token) -> bool:
    """A lowercase noun the tagger took into a name ("spokesperson Wen Lio"): a role."""
    return token.pos_ == "NOUN" and token.text[:1].islower()


def _one_letter_apart(word: str, other: str) -> bool:
    """Two long names that differ by one letter left out, added or changed."""
    word, other = word.lower(), other.lower()
    if min(len(word), len(other)) < 6 or abs(len(word) - len(other)) > 1 or word == other:
        return False
    if len(word) > len(other):
        word, other = other, word
    i = next((k for k, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
             len(word))
    return word[i + (len(word) == len(other)):] == other[i + 1:]


def share_a_word(these: Set[str], those: Set[str]) -> bool:
    """A word in common, a people's word counting as its country's ("the Corvanian
    minister" after "Corvania's trade minister"): one word begins with all of the other
    but its last letter, five letters at least."""
    return bool(these & those) or any(
        (len(b) >= 6 and a.startswith(b[:-1])) or (len(a) >= 6 and b.startswith(a[:-1]))
        for a in these for b in those)


def _spelled(tokens: Iterable[Token]) -> list[str]:
    """The words as spelled: "O’Neill", one word, where the parse holds the fill an
    entity's padding left inside it."""
    return [t.text.replace(ENTITY_FILL, "") for t in tokens]


def _after_comma(entity: Span) -> Span:
    """"Speaking at a rally in Eastmoor, Hartwell said": the tagger may run a place and the
    name after a comma into one entity; when the words before the comma hang outside it,
    the name is the words after."""
    commas = [t.i for t in entity if t.text == ","]
    if not commas or commas[-1] + 1 >= entity.end:
        return entity
    doc = entity.doc
    first, rest = doc[entity.start:commas[-1]], doc[commas[-1] + 1:entity.end]
    if len(first) == 0 or not (entity.start <= first.root.head.i < entity.end):
        return rest
    return entity


def _name_words(tokens: list[Token]) -> list[str]:
    """The words of a name as spelled, a hyphenated one whole: "Marisol Quintero-Baptiste"
    is a forename and a surname, which "Quintero-Baptiste said" names again. Not a particle
    in lower case ("al-Awlaki"), which the article drops ("Awlaki said")."""
    words: list[str] = []
    for before, token, text in zip([None, *tokens], tokens, _spelled(tokens), strict=False):
        if words and before is not None and not before.whitespace_ \
                and (token.text == "-" or before.text == "-") and words[-1][:1].isupper() \
                and (token.text == "-" or text[:1].isupper()):
            words[-1] += text
        else:
            words.append(text)
    return words
