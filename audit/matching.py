"""Matching lexicon phrases against the tokens of a sentence.

A term is split by the same spaCy tokenizer as the drafts, so "so-called" and "Hamas-run"
match however spaCy splits them, and only whole tokens match ("disco" never matches in
"discovery"). Each word of a term matches its own spelling or, unless the entry says
`exact`, any word with the same lemma (claim, claims, claimed, claiming). Because the small
model's lemmatizer misses rare words ("lambasted" tagged as an adjective keeps its -ed),
the regular inflections of the term's word, and the -ly adverb of an adjective
(outrageous, outrageously), are matched by spelling as well.

The optional conditions of an entry are sense and context rules written as data in the
lexicon, so a newsroom can tune them without code. They read the spaCy parse of the
sentence, never a list of sentences:
- `pos`, `tag`: the coarse or fine part-of-speech tags the first word may have ("may" the
  modal verb, tag MD, and not the month, a proper noun; "might" the modal, not the noun);
- `dep`: the dependency labels the first word may have ("alleged" modifying a noun, amod,
  as in "the alleged bribe"; not "supposed" in "are supposed to");
- `not_a_name`: not capitalised inside a sentence ("may", not "Ada May");
- `not_after`: not right after one of these words ("many", but not "how many", "so many":
  a question or a degree, not a vague crowd);
- `before_number`: only right before a number ("some 200 people", "up to 40 buses");
- `followed_by`: only before one of these lemmas, past a negation ("may not have");
- `except_with`: not when the word governs, modifies or is closely followed by one of these
  lemmas ("claimed three lives", "a devastating earthquake");
- `passive`: a passive participle with no agent ("is believed to", "was said to", "is
  widely seen as"; not "was approved by the council");
- `modifies_passive`: the word modifies such a participle ("widely believed", "widely
  used"; not "fares vary widely", "widely available", "widely used by commuters");
- `complement`: the word governs a clause or a predicate ("appears to be", "seems
  unlikely", "suggests that"), or is a passive participle with an "as" phrase ("seen as a
  gift"); not "appeared in court", not "appeared as a guest";
- `unspecified`: a noun for people that names no one: no possessor, no proper name, no
  "the" pointing back to someone named ("critics say"; not "the mayor's critics", not
  "experts at Millbrook University");
- `object_of`: as a verb's object, only after one of these lemmas: a holder of a view is
  the one a verb of feeling acts on ("the plan worries experts"), not whom something was
  done to or for ("hired experts", "told analysts");
- `uncounted`: a noun no number counts ("his claims"; not "about 2,100 claims", filed
  paperwork counted, no assertion);
- `not_before_term`: not when the words modify a term of two or more lower-case words,
  which they only introduce ("the so-called carried interest loophole": AP's "generally
  called"), where a single word or a quoted one is doubted ("so-called experts").
At the same length, the entry with more conditions is tried first, so a sense rule
("some" before a number is an approximator) wins over the plain word ("some" is vague).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from audit.lexicon import load_entries
from audit.nlp import Words, term_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far past a word `except_with` looks: far enough for "cost more than 3,400 jobs".
_EXCEPT_WINDOW = 6
KNOWN_WORDS = 200_000  # the most words a word list remembers its answers for (also figures)
# Dependents that bind a word to its context: its subject and objects ("the storm devastated
# the coast") and its modifiers ("jobless claims").
_BOUND_DEPS = {"nsubj", "dobj", "obj", "attr", "pobj", "nsubjpass", "dative", "oprd", "amod",
               "compound"}
_VOWELS = set("aeiou")
# Dependents that make a verb's complement: a clause ("suggests that ..."), an infinitive
# ("appears to ..."), a predicate ("seems unlikely", "considered one of the best").
_COMPLEMENT_DEPS = {"ccomp", "xcomp", "acomp", "oprd", "attr"}
_NEGATIONS = {"not", "n't", "never"}
# Determiners that point back to people the text has named: "the experts", "these critics".
_POINTING = {"the", "this", "that", "these", "those"}


@dataclass(frozen=True)
class Entry:
    term: str
    category: str
    weight: float
    suggestion: str | None
    words: Words
    forms: tuple[frozenset[str], ...]  # spellings each token may take
    lemmas: bool  # match inflections by lemma
    pos: frozenset[str]  # allowed coarse tags of the first token; empty: any
    tags: frozenset[str]  # allowed fine-grained (Penn) tags of the first token; empty: any
    deps: frozenset[str]  # allowed dependency labels of the first token; empty: any
    not_a_name: bool
    not_after: frozenset[str]  # words that may not come right before the first token
    before_number: bool
    followed_by: frozenset[str]
    except_with: frozenset[str]
    passive: bool
    modifies_passive: bool
    complement: bool
    unspecified: bool
    object_of: frozenset[str]
    uncounted: bool
    not_before_term: bool

    @property
    def conditions(self) -> int:
        """How many context rules the entry carries: the more specific entry wins a tie."""
        return sum(map(bool, (self.pos, self.tags, self.deps, self.not_a_name,
                              self.not_after, self.before_number, self.followed_by,
                              self.except_with, self.passive, self.modifies_passive,
                              self.complement, self.unspecified, self.object_of,
                              self.uncounted, self.not_before_term)))


@dataclass(frozen=True)
class Match:
    entry: Entry
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


class Lexicon:
    """The compiled entries of one lexicon file, indexed by the first word."""

    def __init__(self, entries: list[dict[str, Any]], disabled: Sequence[str] = ()) -> None:
        self.entries: list[Entry] = []
        # Switched off by the newsroom: also kept out of any fallback beyond the entries.
        self.disabled = frozenset(term.lower() for term in disabled)
        self._by_first: dict[str, list[Entry]] = {}
        self._ordered: dict[tuple[int, int], tuple[Entry, ...]] = {}
        terms = [str(raw["term"]) for raw in entries]
        for raw, words in zip(entries, term_words(terms), strict=True):
            if not words:
                continue
            lemmas = not raw.get("exact", False)
            entry = Entry(
                term=str(raw["term"]),
                category=str(raw.get("category", "")),
                weight=float(raw.get("weight", 0.5)),
                suggestion=raw.get("suggestion"),
                words=words,
                forms=tuple(frozenset(_inflections(w) if lemmas else {w}) for w, _ in words),
                lemmas=lemmas,
                pos=frozenset(raw.get("pos", ())),
                tags=frozenset(raw.get("tag", ())),
                deps=frozenset(raw.get("dep", ())),
                not_a_name=bool(raw.get("not_a_name", False)),
                not_after=frozenset(str(w).lower() for w in raw.get("not_after", ())),
                before_number=bool(raw.get("before_number", False)),
                followed_by=frozenset(str(w).lower() for w in raw.get("followed_by", ())),
                except_with=frozenset(str(w).lower() for w in raw.get("except_with", ())),
                passive=bool(raw.get("passive", False)),
                modifies_passive=bool(raw.get("modifies_passive", False)),
                complement=bool(raw.get("complement", False)),
                unspecified=bool(raw.get("unspecified", False)),
                object_of=frozenset(str(w).lower() for w in raw.get("object_of", ())),
                uncounted=bool(raw.get("uncounted", False)),
                not_before_term=bool(raw.get("not_before_term", False)),
            )
            self.entries.append(entry)
            keys = {words[0][1], *entry.forms[0]} if entry.lemmas else entry.forms[0]
            for key in keys:
                self._by_first.setdefault(key, []).append(entry)
        # Longest first, so "the stakes are high" wins over a shorter entry at the same word;
        # then the most specific sense.
        for candidates in self._by_first.values():
            candidates.sort(key=_precedence)

    @classmethod
    def load(cls, name: str, folders: Sequence[str] = (), disabled: Sequence[str] = ()
             ) -> Lexicon:
        return cls(load_entries(name, list(folders), list(disabled)), disabled)

    def knows(self, token: Token) -> bool:
        """Whether a one-word entry lists this word, whatever its context rules decide."""
        return any(len(entry.words) == 1
                   for key in (token.lower_, token.lemma_.lower())
                   for entry in self._by_first.get(key, ()))

    def matches(self, tokens: Sequence[Token]) -> list[Match]:
        """Non-overlapping matches in a run of tokens, left to right, longest first."""
        words = [t for t in tokens if not t.is_space]
        found: list[Match] = []
        i = 0
        while i < len(words):
            token = words[i]
            # Most words start no entry: they cost one lookup of two numbers, not a call
            # (the spelling and lemma as spaCy's string ids, which spaCy keeps unique).
            candidates = self._ordered.get((token.orth, token.lemma))
            if candidates is None:
                candidates = self._candidates(token)
            match = self._match_at(words, i, candidates) if candidates else None
            if match is None:
                i += 1
            else:
                found.append(match)
                i += len(match.tokens)
        return found

    def _candidates(self, token: Token) -> tuple[Entry, ...]:
        """The entries a word (its spelling and lemma) may start, in the order they are
        tried; kept per word, since every sentence asks again for the same few thousand."""
        if len(self._ordered) >= KNOWN_WORDS:
            self._ordered.clear()  # a worker auditing for days keeps a bounded memory
        unique = {id(e): e for word in (token.lower_, token.lemma_.lower())
                  for e in self._by_first.get(word, ())}
        # Python's empty tuple is one object.
        found = self._ordered[token.orth, token.lemma] = tuple(sorted(unique.values(),
                                                                      key=_precedence))
        return found

    def _match_at(self, words: list[Token], i: int, candidates: tuple[Entry, ...]
                  ) -> Match | None:
        for entry in candidates:
            end = i + len(entry.words)
            if end > len(words):
                continue
            span = words[i:end]
            if all(_word_matches(t, w, forms, entry.lemmas)
                   for t, w, forms in zip(span, entry.words, entry.forms, strict=True)) \
                    and _context_ok(entry, words, i, end):
                return Match(entry, tuple(span))
        return None


def _precedence(entry: Entry) -> tuple[int, int]:
    return -len(entry.words), -entry.conditions


def _word_matches(token: Token, word: tuple[str, str], forms: frozenset[str],
                  lemmas: bool) -> bool:
    """By its spelling, or as an inflection by its lemma; a name only by its spelling:
    "Harrow Street" is no form of "harrowing", whose lemma it shares."""
    return token.lower_ in forms or (lemmas and token.lemma_.lower() == word[1]
                                     and token.pos_ != "PROPN")


def _inflections(word: str) -> set[str]:
    """Regular English inflections of a base form: slam, slams, slammed, slamming;
    outrageous, outrageously; crazy, crazily."""
    forms = {word}
    if not word.isalpha() or len(word) < 3:
        return forms
    stem = word[:-1] if word.endswith("e") else word
    if (len(word) <= 4 and word[-1] not in _VOWELS | {"w", "x", "y"}
            and word[-2] in _VOWELS and word[-3] not in _VOWELS):
        stem = word + word[-1]  # slam -> slamm-ed, gut -> gutt-ing
    forms.update({stem + "ed", stem + "ing", word + "s", word + "es"})
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.update({word[:-1] + "ied", word[:-1] + "ies", word[:-1] + "ily"})
    elif word.endswith("le"):
        forms.add(word[:-1] + "y")
    elif word.endswith("ic"):
        forms.add(word + "ally")
    else:
        forms.add(word + "ly")
    if word.endswith("e"):
        forms.add(word + "d")
    return forms


def _context_ok(entry: Entry, words: list[Token], i: int, end: int) -> bool:
    first = words[i]
    following = words[end] if end < len(words) else None
    if entry.pos and first.pos_ not in entry.pos:
        return False
    if entry.tags and first.tag_ not in entry.tags:
        return False
    if entry.deps and first.dep_ not in entry.deps:
        return False
    if entry.not_a_name and first.text.istitle() and not first.is_sent_start:
        return False
    if entry.not_after and i > 0 and (
            {words[i - 1].lower_, words[i - 1].lemma_.lower()} & entry.not_after):
        return False
    if entry.passive and not _agentless_passive(first):
        return False
    if entry.modifies_passive and (first.head.i == first.i
                                   or not _agentless_passive(first.head)):
        return False
    if entry.complement and not _has_complement(first):
        return False
    if entry.object_of and first.dep_ in ("dobj", "dative") \
            and first.head.lemma_.lower() not in entry.object_of:
        return False
    if entry.unspecified and not _unspecified(first):
        return False
    if entry.uncounted and any(c.dep_ == "nummod" for c in first.children):
        return False
    if entry.before_number and not _starts_number(words, end):
        return False
    if entry.not_before_term and _before_term(words[end - 1]):
        return False
    if following is not None and following.lower_ in _NEGATIONS and end + 1 < len(words):
        following = words[end + 1]  # "may not have", "is not thought to"
    if entry.followed_by and (following is None or not (
            {following.lower_, following.lemma_.lower()} & entry.followed_by)):
        return False
    return not (entry.except_with and _near_lemmas(words, i, end) & entry.except_with)


def _before_term(last: Token) -> bool:
    """The word modifies a noun that ends a run of two or more lower-case words after it, no
    quotation mark among them: "so-called carried interest", "so-called like-kind
    exchanges"; not "so-called experts", not 'so-called "reform"'."""
    noun = last.head
    if noun.i <= last.i:
        return False
    run = last.doc[last.i + 1:noun.i + 1]
    return all((t.is_alpha and t.is_lower) or t.text == "-" for t in run) \
        and sum(t.is_alpha for t in run) >= 2


def _agentless_passive(verb: Token) -> bool:
    """A passive participle whose doer goes unsaid: "is believed", "was said", "it is
    thought that", and the reduced "the bridge, considered one of the oldest" (a past
    participle with no "have": the small model sometimes parses it as an active verb)."""
    if any(child.dep_ == "agent" for child in verb.children):
        return False
    return _passive_participle(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBD")


def _has_complement(word: Token) -> bool:
    """The word governs a clause or a predicate, or, as a passive participle, an "as"
    phrase ("seen as a gift", "is regarded as"). An active verb's "as" phrase is a role,
    not a judgement: "appeared as a guest"."""
    return any(child.dep_ in _COMPLEMENT_DEPS
               or (child.dep_ == "prep" and child.lower_ == "as" and _passive_participle(word))
               for child in word.children)


def _passive_participle(verb: Token) -> bool:
    """"is seen", "was described", "considered" without "have"; not "has appeared"."""
    if any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have"
                                          for c in verb.children)


def _unspecified(noun: Token) -> bool:
    """People left unnamed: no possessor, number, apposition or proper name bound to the
    noun, no determiner pointing back to named people, no named institution after it
    ("experts at Millbrook University")."""
    for child in noun.children:
        if child.dep_ in {"poss", "nummod", "appos"}:
            return False
        if child.dep_ == "det" and child.lower_ in _POINTING:
            return False
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return False
        if child.dep_ == "prep" and any(t.pos_ == "PROPN" for t in child.subtree):
            return False
    return True


def _starts_number(words: list[Token], at: int) -> bool:
    """A number next: "24", "1,800", "$4 million", "two", or an indefinite article that
    counts one, opening a quantity ("a third", "a quarter", "a year", "a dozen"); not "a
    plan" or "a hero"."""
    if at < len(words) and words[at].is_currency:
        at += 1
    if at >= len(words):
        return False
    word = words[at]
    return word.like_num or (word.morph.get("Definite") == ["Ind"]
                             and word.morph.get("PronType") == ["Art"]
                             and word.ent_type_ in _QUANTITY_ENTITIES)


_QUANTITY_ENTITIES = frozenset({"CARDINAL", "DATE", "TIME", "QUANTITY", "MONEY", "PERCENT"})


def _near_lemmas(words: list[Token], i: int, end: int) -> set[str]:
    """Lemmas the matched words are bound to: the noun an adjective modifies, a verb's
    objects, and the next few words (parses of long noun phrases are unreliable)."""
    near: set[str] = set()
    for token in words[i:end]:
        near.add(token.head.lemma_.lower())
        near.update(c.lemma_.lower() for c in token.children if c.dep_ in _BOUND_DEPS)
    for token in words[end:end + _EXCEPT_WINDOW]:
        near.update((token.lemma_.lower(), token.lower_))
    return near
