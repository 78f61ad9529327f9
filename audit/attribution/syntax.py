"""What the dependency parse says about a phrase: its extent, its entity, its framing."""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from audit.quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

    from audit.attribution.lexicon import CueLexicon


# Dependency labels of a verb's clausal complement: what makes "she added" a report.
CLAUSE_DEPS = {"ccomp", "parataxis"}


OBJECT_DEPS = {"dobj", "dative"}


SUBJECT_DEPS = {"nsubj", "csubj"}


# Children that end a source noun phrase: a relative clause or an aside is not the name.
_PHRASE_CUT = {"relcl", "acl", "advcl", "parataxis", "punct", "cc", "conj", "appos"}


RELATIVE = {"who", "that", "which", "whom"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an", "one", "another"}


_NAMED = {"PERSON", "ORG", "GPE", "NORP"}  # entity types that can name a source
_CALENDAR = {*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
             *calendar.day_abbr} - {""}
QUOTE_REACH = 40  # characters between a quotation and the cue that tags it


def in_quote(token: Token, quotes: list[Quote]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)


def _when(child: Token) -> bool:
    """"A jury on Thursday found": a phrase of time the parser hung on the source says
    when, not who."""
    return child.dep_ == "prep" and child.i > child.head.i and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children)


def phrase_span(head: Token) -> tuple[int, int]:
    """The whole noun phrase of a source head, without relative clauses and asides; a name
    in apposition stays ("the company's spokesman, Neil Sorensen")."""
    kept = {head.i}
    for child in head.children:
        if (child.dep_ not in _PHRASE_CUT or inner_hyphen(child)) and not _when(child):
            kept.update(t.i for t in child.subtree)
    # "a study by the law school's clinic, which found that ...": a relative clause on a word
    # deeper in the phrase is no more the name than one on its head.
    for token in [t for t in head.subtree if t.dep_ == "relcl" and t.i in kept]:
        kept.difference_update(t.i for t in token.subtree)
    apposition = named_apposition(head)
    if apposition is not None and apposition.i > head.i:
        kept.update(range(head.i, apposition.i + 1))
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    doc = head.doc
    # A quoted clause the parser hung on a word of the name ('“... get the ferry back,”
    # Harbour police Chief Omar Dunn said') is what was said, not who said it.
    for i in range(head.i - 1, start - 1, -1):
        if doc[i].tag_ == "''" and any(t.pos_ in ("VERB", "AUX") for t in doc[start:i]):
            start = i + 1
            break
    if head.tag_ == "NNS" and doc[start].lower_ in ("a", "an") and doc[start].head.i == head.i:
        # "in a move officials said would save money": "a" before a plural opens a noun
        # phrase of its own that ends before the plural, whatever the parser hung on it.
        start = head.i
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return start, end + 1


def inner_hyphen(token: Token) -> bool:
    """The hyphen inside one word or name ("Kell-Marrow"), not a dash between phrases."""
    return token.text == "-" and token.i > 0 and not token.whitespace_ \
        and not token.doc[token.i - 1].whitespace_


def in_hyphenated(token: Token) -> bool:
    """A word joined to another by an inner hyphen: "Ogun" in "Marsh-Ogun" is no word of
    its own, and no surname of anyone else's. After a particle of a name ("Al-Awlaki",
    "bin-Salem"), which articles drop or write in lower case, it is the surname still."""
    doc = token.doc
    particle = token.i > 1 and len(doc[token.i - 2]) <= 3
    return (token.i > 0 and inner_hyphen(doc[token.i - 1]) and not particle) or (
        token.i + 1 < len(doc) and inner_hyphen(doc[token.i + 1]))


def _misread_date(word: Token) -> bool:
    """"Its organiser, retired teacher June Aldous": a name the tagger read as a date for
    its forename, its last word no month, day or number."""
    return word.ent_type_ == "DATE" and word.is_alpha and word.text[:1].isupper() \
        and word.text not in _CALENDAR


def named_apposition(head: Token) -> Token | None:
    """The name set beside a description: "the finance director, Ruth Adeyemi"; or the
    name right after a title the parser made the head ("Hereditary Chief Tsekan")."""
    for child in head.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        if any(t.text == ":" for t in head.doc[min(head.i, child.i) + 1:max(head.i, child.i)]):
            continue  # "REYES: Mr. Osei, ...": a transcript's speaker addressing someone
        if any(c.dep_ in ("relcl", "acl") and head.i < c.i < child.i for c in head.children):
            # "the resident, who sold copies of Long Grass: The Return": a name after the
            # description's own clause belongs to that clause, whatever the parser hung it on.
            continue
        if head.pos_ != "PROPN" and (child.ent_type_ in _NAMED or _misread_date(child)):
            return child
        first = child.left_edge
        if child.ent_type_ != "PERSON" and first.ent_iob_ == "B" and first.ent_type_ == "PERSON" \
                and head.ent_type_ != "PERSON":
            # "The moderator, Hannah Ode of Harbour Radio": the parser may hang the
            # apposition on the last name of its phrase; the person it opens with is the one.
            last = first
            while last.i + 1 < child.i and head.doc[last.i + 1].ent_iob_ == "I":
                last = head.doc[last.i + 1]
            return last
        if child.ent_type_ == "PERSON" and head.ent_type_ != "PERSON":
            return child  # "One rural Democrat, Montana Sen. Joan Tallis, said"
        if head.pos_ == "PROPN" and child.i == head.i + 1 and child.ent_type_ in ("", "PERSON"):
            return child
    return None


def tag_start(cue: Token) -> int:
    """Where the tag a cue heads begins: at its subject when the subject comes first
    ("“...,” Michael Every, a strategist at the bank, said"), so a long apposition does not
    part a quotation from its tag."""
    doc = cue.doc
    starts = [phrase_span(c)[0] for c in cue.children if c.dep_ in SUBJECT_DEPS]
    # A subject the parser took from inside the quotation is no part of the tag.
    return min([cue.idx] + [doc[i].idx for i in starts
                            if not any(t.is_quote for t in doc[i:cue.i])])


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip spaces and the punctuation that frames a clause, keeping quotation marks."""
    while start < end and (text[start].isspace() or text[start] in ",;:-—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-—"):
        end -= 1
    return (start, end) if start < end else None


def bare_plural(head: Token) -> bool:
    """"Reports say", "studies show", "recent polls show": no article, no owner, no name, no
    adjective that names one ("Democratic polls"): nobody in particular."""
    return head.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "compound", "nummod") or (c.dep_ == "amod" and _names(c)) or (
            c.dep_ == "prep" and c.lower_ in ("from", "by", "of"))
        for c in head.children)


def _names(adjective: Token) -> bool:
    """"Democratic", "Gallup-style": an adjective that is a name or part of one (capitalised
    inside the sentence), unlike "recent" or "new"."""
    return adjective.pos_ == "PROPN" or bool(adjective.ent_type_) or (
        adjective.text[:1].isupper() and adjective.i > adjective.sent.start)


def after_lets(verb: Token) -> bool:
    """"Let's say ...", "let us suppose ...": the verb a writer or a speaker puts to the
    reader as a case to imagine, not something done."""
    let = verb.head
    return let.lemma_.lower() == "let" and let.i < verb.i and any(
        c.lower_ in ("'s", "’s", "us") for c in (*let.children, *verb.children))


def definite(head: Token) -> bool:
    """"The mayor", "this union": someone or something the reader is meant to know."""
    return any(t.dep_ == "det" and t.lower_ in _DEFINITE for t in head.children)


def age(head: Token) -> bool:
    """"The 58-year-old": a person described by age, whatever the parser and the tagger
    made of it (an adjective, a date)."""
    return head.lower_ == "old" and any(c.lemma_.lower() == "year" for c in head.children)


def indefinite(head: Token) -> bool:
    """"A reporter for the Ledger", "one judge", "a former Miss Universe": someone the
    phrase does not identify."""
    # The parser makes "one" a determiner or a number, as it reads the sentence.
    return any(t.dep_ in ("det", "nummod") and t.lower_ in _INDEFINITE for t in head.children)


def grants_anonymity(token: Token, lexicon: CueLexicon) -> bool:
    """"(on condition of) anonymity", "(asked not to be) named", "(declined to be)
    identified", "(asked that her) name (not be used)", "(his) name (was withheld)": a
    word by which the article leaves its source unnamed."""
    if token.lower_ in lexicon.anonymity:
        return True
    if token.lemma_.lower() not in lexicon.withheld_names:
        return False
    if token.pos_ == "NOUN":
        verb = token.head
        return token.dep_ == "nsubjpass" and (
            negated(verb, lexicon) or verb.lemma_.lower() in lexicon.withholding)
    return token.tag_ == "VBN" and negated(token, lexicon)


def negated(participle: Token, lexicon: CueLexicon) -> bool:
    """"not to be named", "wasn't authorized", "declined to be identified": a negation on
    the participle in the parse, or the participle is what a withholding verb governs."""
    return any(child.dep_ == "neg" for child in participle.children) or (
        participle.dep_ == "xcomp" and participle.head.lemma_.lower() in lexicon.withholding)


def misread_closing_tag(verb: Token) -> Token | None:
    """"Buses carried 212,000 trips, the authority reported on Wednesday.": the parser
    reads a closing tag with a day after it as a participle describing its noun ("the
    authority [that was] reported"), hung on the clause before the comma. Such a verb
    with nothing after it but when, ending the sentence, is the tag; the noun, its subject.
    Not "a man, the victim reported missing on Friday", whose participle has a predicate,
    nor "..., a plan announced earlier this year", something the clause is called."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.i >= verb.i \
            or indefinite(noun) \
            or noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i < 2 \
            or verb.doc[noun.left_edge.i - 1].text != "," \
            or verb.doc[verb.right_edge.i + 1:verb.right_edge.i + 2].text not in (".", ""):
        return None
    after = list(verb.children)
    when = bool(after) and all(
        (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
        or (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                                     for o in c.children))
        for c in after)
    return noun if when else None

