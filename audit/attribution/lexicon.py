"""The reporting cues and source nouns of `lexicons/cues.yaml` and `lexicons/sources.yaml`,
and the forenames of `lexicons/forenames.tsv`, read once per run."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from audit.lexicon import load_entries, shipped_text

if TYPE_CHECKING:
    from spacy.tokens import Token

CUES = "cues.yaml"


@dataclass(frozen=True)
class Cue:
    term: str
    words: tuple[str, ...]
    cue_class: str
    speech: bool
    needs: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    addressed: bool = False  # its object is whom the words are for ("told reporters")
    # The class when the verb demands rather than asserts ("insisted that the board
    # resign", "insisted on a recount"), and the preposition of its demand.
    demanding: str | None = None
    demand_preposition: str | None = None
    # The objects by which the verb concedes a contest, a result accepted ("conceded the
    # race"), and not a point owned up to.
    contest: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pronoun:
    """What a pronoun may stand for: None where it does not say."""

    gender: str | None  # m | f
    plural: bool
    animate: str | None  # person | nonperson
    resolve: bool  # "I" and "we" name the writer or a quoted speaker, no one named before


# The kinds of noun that name a person by a role: an office ("mayor"), a role that may go
# unnamed ("official", "strategist") and one that speaks for someone ("spokeswoman").
PERSON_ROLE_KINDS = ("person", "anonymous", "spokesperson")


@dataclass
class CueLexicon:
    """The reporting cues and the source nouns, read once per run."""

    verbs: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    phrasal: dict[tuple[str, str], Cue] = field(default_factory=dict)  # (verb, particle)
    prepositional: dict[tuple[str, ...], Cue] = field(default_factory=dict)  # ("according", "to")
    nouns: dict[str, Cue] = field(default_factory=dict)  # "claim" in "his claim that ..."
    aspectual: set[str] = field(default_factory=set)  # "continue" in "continued to say"
    perceiving: set[str] = field(default_factory=set)  # "hear" in "waited to hear her say"
    source_kinds: dict[str, str] = field(default_factory=dict)  # noun lemma -> kind
    # Words that make a name an organisation's, with the organisation's type.
    name_words: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)  # description noun -> type
    speaks_for: set[str] = field(default_factory=set)  # "spokesman", "lawyer", "campaign"
    collectives: set[str] = field(default_factory=set)  # "group", "couple", "handful"
    press: set[str] = field(default_factory=set)  # "reporter": asks the story's questions
    of_body: set[str] = field(default_factory=set)  # "official", "aide": posts in a body
    bare_bodies: set[str] = field(default_factory=set)  # "police said": no article needed
    generic_bodies: set[str] = field(default_factory=set)  # "agency": a body of any function
    authors: dict[str, str] = field(default_factory=dict)  # "ruling" -> "court"
    publishing: set[str] = field(default_factory=set)  # "release" in "released a report"
    commissioning: set[str] = field(default_factory=set)  # "commission": paid for, not written
    families: dict[str, str] = field(default_factory=dict)  # "complaint" -> "lawsuit"
    pleadings: set[str] = field(default_factory=set)  # "lawsuit": it alleges, plainly
    puts_out: dict[str, str] = field(default_factory=dict)  # "sue" -> "lawsuit"
    anonymity: set[str] = field(default_factory=set)  # "anonymity", "anonymously"
    withheld_names: set[str] = field(default_factory=set)  # "name", when not used or negated
    reasons: set[str] = field(default_factory=set)  # "because", "fear", "authorize"
    withholding: set[str] = field(default_factory=set)  # "decline" in "declined to be named"
    pronoun_sets: set[str] = field(default_factory=set)  # "they/them", said of a person
    person_genders: dict[str, str] = field(default_factory=dict)  # "husband" -> "m"
    honorifics: dict[str, str | None] = field(default_factory=dict)  # "mr" -> "m"
    title_roles: dict[str, str] = field(default_factory=dict)  # "sen" -> "senator"
    role_titles: dict[str, str] = field(default_factory=dict)  # "chief executive" -> "ceo"
    any_rank: set[str] = field(default_factory=set)  # "prosecutor": a deputy's role too
    seniority: dict[str, bool] = field(default_factory=dict)  # "elder" -> True (the older)
    postnominals: set[str] = field(default_factory=set)  # "jr", "kc": after a name, no part
    pronouns: dict[str, Pronoun] = field(default_factory=dict)
    forenames: dict[str, str] = field(default_factory=dict)  # "Ruth" -> "f"
    # The forenames that are no one's surname ("Ruth", not "Warren"): one named by such a
    # word alone is named by the forename.
    lone_forenames: dict[str, str] = field(default_factory=dict)
    # Nouns whose usual sense is a person ("bookkeeper"), for a noun the sources give no
    # kind; never read for names and titles, where "Victor" and "Patriot" are names.
    person_nouns: frozenset[str] = frozenset()

    @classmethod
    def load(cls, extra_folders: Iterable[str] = (), disabled: Iterable[str] = ()
             ) -> CueLexicon:
        lexicon = cls()
        for entry in load_entries(CUES, list(extra_folders), list(disabled),
                                  key=("term", "pos")):
            if entry.get("pos") == "noun":
                lexicon.nouns[str(entry["term"]).lower()] = _cue(entry)
            elif entry.get("pos") == "aspect":
                lexicon.aspectual.add(str(entry["term"]).lower())
            elif entry.get("pos") == "perception":
                lexicon.perceiving.add(str(entry["term"]).lower())
            else:
                lexicon.add(_cue(entry))
        for entry in load_entries("sources.yaml", list(extra_folders), list(disabled),
                                  key=("term", "kind")):
            lexicon.add_source(entry)
        lexicon.forenames, lexicon.lone_forenames = _forenames(shipped_text("forenames.tsv"))
        lexicon.person_nouns = frozenset(
            line for line in shipped_text("person_nouns.txt").splitlines()
            if line and not line.startswith("#"))
        return lexicon

    def add_source(self, entry: dict[str, Any]) -> None:
        term, kind = str(entry["term"]).lower(), str(entry["kind"])
        if entry.get("type"):
            (self.name_words if kind == "org_word" else self.types)[term] = str(entry["type"])
        if entry.get("speaks_for"):
            self.speaks_for.add(term)
        if entry.get("collective"):
            self.collectives.add(term)
        if entry.get("press"):
            self.press.add(term)
        if entry.get("of_body"):
            self.of_body.add(term)
        if entry.get("pleading"):
            self.pleadings.add(term)
        if entry.get("bare"):
            self.bare_bodies.add(term)
        if entry.get("generic"):
            self.generic_bodies.add(term)
        if entry.get("author"):
            self.authors[term] = str(entry["author"])
        if entry.get("family"):
            self.families[term] = str(entry["family"])
        if entry.get("puts_out"):
            self.puts_out[term] = str(entry["puts_out"])
        if kind == "person" and entry.get("gender"):
            self.person_genders[term] = str(entry["gender"])
        for title in entry.get("titles", ()):
            self.role_titles[str(title).lower()] = term
        if entry.get("any_rank"):
            self.any_rank.add(term)
        if kind == "honorific":
            self.honorifics[term] = entry.get("gender")
            if entry.get("role"):
                self.title_roles[term] = str(entry["role"])
        elif kind == "pronoun":
            self.pronouns[term] = Pronoun(entry.get("gender"), entry.get("number") == "plural",
                                          entry.get("animate"), bool(entry.get("resolve", True)))
        elif kind == "org_word":
            self.name_words.setdefault(term, "")
        elif kind == "publishing":
            self.publishing.add(term)
        elif kind == "commissioning":
            self.commissioning.add(term)
        elif kind == "anonymity":
            (self.withheld_names if entry.get("withheld") else self.anonymity).add(term)
        elif kind == "reason":
            self.reasons.add(term)
        elif kind == "withholding":
            self.withholding.add(term)
        elif kind == "pronoun_set":
            self.pronoun_sets.add(term)
        elif kind == "seniority":
            self.seniority[term] = bool(entry.get("older"))
        elif kind == "postnominal":
            self.postnominals.add(term)
        else:
            self.source_kinds[term] = kind

    @cached_property
    def declared_pronouns(self) -> re.Pattern[str] | None:
        """Any of the pronoun sets, as written ("they/them", "they / them"), or None."""
        if not self.pronoun_sets:
            return None
        return re.compile("|".join(r"\b" + re.escape(term).replace("/", r"\s*/\s*") + r"\b"
                                   for term in sorted(self.pronoun_sets)), re.IGNORECASE)

    def family(self, document: str) -> str:
        """The family of a document noun, or the noun itself when it has none."""
        return self.families.get(document, document)

    @cached_property
    def quoting_words(self) -> frozenset[str]:
        """The first word of each cue of speech ("say", "according"): a word that credits a
        short quotation after it too. A stance cue ("mocked the 'deal'") judges what it
        governs rather than quoting it."""
        cues = [*self.verbs.values(), *self.phrasal.values(), *self.prepositional.values(),
                *self.nouns.values()]
        return frozenset(cue.words[0] for cue in cues
                         if cue.speech and cue.cue_class != "stance")

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The word or lemma that opens each cue: a token that is none of them opens no cue,
        which spares most words of a draft the tests of each kind of cue."""
        return frozenset({words[0] for words in self.prepositional} | set(self.verbs)
                         | {verb for verb, _ in self.phrasal} | set(self.nouns))

    @cached_property
    def role_title_ends(self) -> frozenset[str]:
        """The last word of each title that gives a role ("officer", "attorney")."""
        return frozenset(title.split()[-1] for title in self.role_titles)

    @cached_property
    def street_words(self) -> frozenset[str]:
        """The words that end a street's name ("street", "St.")."""
        return frozenset(word for word, kind in self.source_kinds.items() if kind == "street")

    @cached_property
    def role_words(self) -> frozenset[str]:
        """The nouns for a person or a body in a role ("councillor", "ministry", "court",
        "spokeswoman", "official")."""
        return frozenset(word for word, kind in self.source_kinds.items()
                         if kind in (*PERSON_ROLE_KINDS, "organisation", "institution"))

    def names_a_person(self, lemma: str) -> bool:
        """A noun for a person in any sense: a role ("spokeswoman") or an occupation or a
        relation ("scientist", "sister")."""
        return self.is_person_noun(lemma) or lemma in self.person_nouns

    def is_occupation(self, lemma: str) -> bool:
        """A noun for a person (WordNet's) that the sources lexicon gives no kind: "the
        developer", "the bookkeeper". It stands for someone only as a role the article
        sets beside their name."""
        return lemma not in self.source_kinds and lemma in self.person_nouns

    def is_unspecific_person(self, lemma: str) -> bool:
        """"Critic", "analyst": a noun for a person that says no one in particular on its
        own, though set beside a name it is that person's role."""
        return self.source_kinds.get(lemma) == "vague" and lemma in self.person_nouns

    def is_people_word(self, word: str) -> bool:
        """"Parents", "Neighbours": a plural noun for people, no forename, which makes a
        name it stands in a group's."""
        lower = word.lower()
        return lower.endswith("s") and lower[:-1] in self.person_nouns \
            and word not in self.forenames

    def is_speech(self, term: str) -> bool:
        """Whether the cue `term` reports words rather than a thought or a finding; a cue no
        entry names (a speaker label's colon) reports words."""
        words = tuple(term.split())
        cue = (self.verbs.get(term) or self.nouns.get(term) or self.prepositional.get(words)
               or (self.phrasal.get((words[0], words[1])) if len(words) == 2 else None))
        return cue is None or cue.speech

    def is_organisation_word(self, lemma: str) -> bool:
        """A word that makes a name an organisation's ("Freight", "Ministry", "Post", and
        "Inc." with its full stop)."""
        lemma = lemma.rstrip(".")
        return lemma in self.name_words or self.source_kinds.get(lemma) in (
            "organisation", "institution")

    def is_person_noun(self, lemma: str) -> bool:
        """A noun for a person in a role: "councillor", "son", "spokeswoman"."""
        return self.source_kinds.get(lemma) in ("person", "spokesperson")

    def publishes(self, verb: Token) -> bool:
        """A verb by which its subject puts a document out: "released", "mailed", and
        "put out" with its particle."""
        lemma = verb.lemma_.lower()
        return lemma in self.publishing or any(
            f"{lemma} {c.lower_}" in self.publishing for c in verb.children if c.dep_ == "prt")

    def is_rank(self, word: str) -> bool:
        """A word that makes a role another office: "deputy", "vice"."""
        return self.source_kinds.get(word) == "rank"

    def is_past(self, word: str) -> bool:
        """A word that puts a role in the past: "former"."""
        return self.source_kinds.get(word) == "past"

    def is_tenure(self, word: str) -> bool:
        """A word that says since when a role is held: "new", "incoming"."""
        return self.source_kinds.get(word) == "tenure"

    def name_word_type(self, word: str) -> str | None:
        """The type a word gives the name it ends or stands in ("Freight", "Inc."): company,
        outlet, institution, group, or "" for none known; None for no such word."""
        return self.name_words.get(word.lower().rstrip("."))

    def add(self, cue: Cue) -> None:
        if len(cue.words) == 1:
            self.verbs[cue.words[0]] = cue
        elif cue.words[0] == "according" or len(cue.words) > 2:
            self.prepositional[cue.words] = cue
        else:
            self.phrasal[(cue.words[0], cue.words[1])] = cue


def _cue(entry: dict[str, Any]) -> Cue:
    term = str(entry["term"]).lower()
    return Cue(term, tuple(term.split()), str(entry.get("class", "neutral")),
               bool(entry.get("speech", True)), frozenset(entry.get("needs") or ()),
               frozenset(entry.get("not_objects") or ()), bool(entry.get("addressed", False)),
               entry.get("demanding"), entry.get("demand_preposition"),
               frozenset(entry.get("contest") or ()))


def _forenames(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """Every forename's gender, and that of the forenames that are not surnames too."""
    names, lone = {}, {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gender, *surname = line.split("\t")
            names[name] = gender
            if not surname:
                lone[name] = gender
    return names, lone
