"""Matching lexicon phrases against the tokens of a sentence.

A term is split by the same spaCy tokenizer as the drafts, so "so-called" and "Hamas-run"
match however spaCy splits them, and only whole tokens match ("disco" never matches in
"discovery"). Each word of a term matches its own spelling or, unless the entry says
`exact`, any word with the same lemma (claim, claims, claimed, claiming). Because the small
model's lemmatizer misses rare words ("lambasted" tagged as an adjective keeps its -ed),
the regular inflections of the term's word, and the -ly adverb of an adjective
(outrageous, outrageously), are matched by spelling as well. The optional
conditions of an entry (`pos`, `before_number`, `followed_by`, `except_with`) are context
rules written as data in the lexicon, so a newsroom can tune them without code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from audit.lexicon import load_entries
from audit.nlp import Words, term_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far past a word `except_with` looks: far enough for "claimed more than 48,520 lives".
_EXCEPT_WINDOW = 6
# Dependents that bind a word to its context: its objects and its modifiers ("jobless claims").
_BOUND_DEPS = {"dobj", "obj", "attr", "pobj", "nsubjpass", "dative", "oprd", "amod",
               "compound"}
_VOWELS = set("aeiou")


@dataclass(frozen=True)
class Entry:
    term: str
    category: str
    weight: float
    suggestion: str | None
    words: Words
    forms: tuple[frozenset[str], ...]  # spellings each token may take
    lemmas: bool  # match inflections by lemma
    pos: frozenset[str]  # allowed tags of the first token; empty: any
    before_number: bool
    followed_by: frozenset[str]
    except_with: frozenset[str]


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
                before_number=bool(raw.get("before_number", False)),
                followed_by=frozenset(str(w).lower() for w in raw.get("followed_by", ())),
                except_with=frozenset(str(w).lower() for w in raw.get("except_with", ())),
            )
            self.entries.append(entry)
            keys = {words[0][1], *entry.forms[0]} if entry.lemmas else entry.forms[0]
            for key in keys:
                self._by_first.setdefault(key, []).append(entry)
        # Longest first, so "the stakes are high" wins over a shorter entry at the same word.
        for candidates in self._by_first.values():
            candidates.sort(key=lambda e: -len(e.words))

    @classmethod
    def load(cls, name: str, folders: Sequence[str] = (), disabled: Sequence[str] = ()
             ) -> Lexicon:
        return cls(load_entries(name, list(folders), list(disabled)), disabled)

    def matches(self, tokens: Sequence[Token]) -> list[Match]:
        """Non-overlapping matches in a run of tokens, left to right, longest first."""
        words = [t for t in tokens if not t.is_space]
        found: list[Match] = []
        i = 0
        while i < len(words):
            match = self._match_at(words, i)
            if match is None:
                i += 1
            else:
                found.append(match)
                i += len(match.tokens)
        return found

    def _match_at(self, words: list[Token], i: int) -> Match | None:
        token = words[i]
        candidates = {id(e): e for key in (token.lower_, token.lemma_.lower())
                      for e in self._by_first.get(key, ())}
        for entry in sorted(candidates.values(), key=lambda e: -len(e.words)):
            end = i + len(entry.words)
            if end > len(words):
                continue
            span = words[i:end]
            if all(_word_matches(t, w, forms, entry.lemmas)
                   for t, w, forms in zip(span, entry.words, entry.forms, strict=True)) \
                    and _context_ok(entry, words, i, end):
                return Match(entry, tuple(span))
        return None


def _word_matches(token: Token, word: tuple[str, str], forms: frozenset[str],
                  lemmas: bool) -> bool:
    return token.lower_ in forms or (lemmas and token.lemma_.lower() == word[1])


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
    if entry.before_number and not _starts_number(words, end):
        return False
    if entry.followed_by and (following is None or not (
            {following.lower_, following.lemma_.lower()} & entry.followed_by)):
        return False
    return not (entry.except_with and _near_lemmas(words, i, end) & entry.except_with)


def _starts_number(words: list[Token], at: int) -> bool:
    """A number next: "24", "1,800", "$4 million", "two"."""
    if at < len(words) and words[at].is_currency:
        at += 1
    return at < len(words) and words[at].like_num


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
