"""Source: the phrase a cue credits, read from the parse, never from a list."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from audit.attribution.syntax import (
    CLAUSE_DEPS,
    SUBJECT_DEPS,
    age,
    in_quote,
    misread_closing_tag,
)
from audit.quotes import Quote

_FINITE = ("VBD", "VBZ", "VBP")  # a verb in a tense, with a subject of its own
_ASIDE = 10  # the most tokens of an aside between a sentence's first word and its cue

if TYPE_CHECKING:
    from spacy.tokens import Token


def _named_in_clause_before(participle: Token) -> Token | None:
    """"The dispute began last year when Valdoria put a duty on steel, saying ...": a
    participle after a comma goes on the clause that ends at the comma when that clause's
    subject is a name and the main clause's a thing with no name."""
    comma = participle.doc[participle.i - 1]
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or comma.text != ",":
        return None
    main = [c for c in participle.head.children if c.dep_ == "nsubj"]
    if not main or main[0].pos_ != "NOUN" or main[0].ent_type_:
        return None
    clause = next((c for c in participle.head.children if c.dep_ == "advcl"
                   and c.right_edge.i + 1 == comma.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
        if clause is not None else None
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _whose_noun_before(verb: Token) -> Token | None:
    """"... at the Conciliation Service, whose chief conciliator, Anand Prakash, said
    ...": the parser, finding no verb for the relative clause, joined its verb to the main
    clause's; the noun "whose" owns, ending right before the comma, is the verb's subject."""
    comma = verb.doc[verb.i - 1]
    if verb.dep_ != "conj" or comma.text != "," or verb.i < 2:
        return None
    noun = verb.doc[verb.i - 2]
    while noun.dep_ == "appos" and noun.head.i < noun.i:  # up the names set beside it
        if noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.tag_ == "WP$"
                                       for c in noun.children):
            return noun
        noun = noun.head
    return None


def _shares_perfect(verb: Token) -> bool:
    """"The board had considered other offers but concluded ...": a past form that may be
    the participle, joined to a verb with "had" or "has" by a bare "and" or "but", shares
    that auxiliary, whatever tense the tagger gave it. After a comma (", and questioned")
    a new clause may be the reporter's."""
    conjunction = verb.doc[verb.i - 1]
    return verb.text.lower().endswith("ed") and conjunction.dep_ == "cc" \
        and verb.doc[conjunction.i - 1].text != "," and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.head.children)


def verb_source(token: Token, quotes: list[Quote]) -> tuple[Token | None, bool]:
    """The head of the source phrase, and whether the passive left the source vague."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    if token.is_sent_start and token.dep_ in ("compound", "nmod", "amod") \
            and token.head.pos_ == "PROPN" and token.head.i > token.i:
        # "Said Okafor: “...”": the tag put first, which the parser reads as part of a name.
        return token.head, False
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return (objects[0], False) if objects else (None, False)
    if passive:
        # "it is believed that ...": a claim credited to no one. "He is said to be" and
        # "she was told" report nobody's words.
        subject = next(c for c in token.children if c.dep_ in ("nsubjpass", "auxpass"))
        expletive = subject.dep_ == "nsubjpass" and subject.lower_ == "it"
        if expletive and any(c.dep_ in CLAUSE_DEPS for c in token.children):
            return subject, True
        return None, False
    participle = token.head
    if token.dep_ == "ccomp" and participle.dep_ == "acl" and participle.tag_ == "VBG" \
            and participle.head.dep_ == "ROOT" and participle.head.pos_ in ("NOUN", "PROPN"):
        # "The board ruling granting the permit said ...": with no main verb found, the
        # parser hung the cue on the participle; the noun it left as the root is the subject.
        return participle.head, False
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "VERB"]
    if subjects and all(in_quote(c, quotes) for c in subjects):
        # '"... We will win," Chief Holt said.': the parser took a subject from inside the
        # quotation; the speaker is the noun next to the cue outside it.
        near = [c for c in token.children if not in_quote(c, quotes)
                and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ not in ("DATE", "TIME")
                and c.dep_ in ("npadvmod", "dep", "nsubj", "compound", "appos", "attr")]
        if near:
            return min(near, key=lambda c: abs(c.i - token.i)), False
        return _name_before(token, quotes), False
    if subjects:
        return _speaking_subject(token, subjects, quotes), False
    inverted = _inverted_subject(token, quotes)
    if inverted is not None:
        return inverted, False
    closing = misread_closing_tag(token)
    if closing is not None:
        return closing, False
    interrupted = token.head
    if token.dep_ == "dep" and interrupted.tag_ in ("VBD", "VBN") and interrupted.i < token.i \
            and token.doc[token.i - 1].text == ",":
        # "Drummond, asked about the gap, said ...": the parser took the participle set
        # between commas for the main verb, and the cue for a loose word after it; the
        # subject before the first comma is the cue's.
        subject = next((c for c in interrupted.children if c.dep_ == "nsubj"
                        and c.i + 1 < interrupted.i and "," in (
                            c.right_edge.text, c.doc[c.right_edge.i + 1].text)),
                       None)
        if subject is not None:
            return subject, False
    if token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and token.head.dep_ == "ROOT" \
            and token.head.pos_ in ("NOUN", "PROPN") and (token.tag_ == "VBD" or any(
                c.dep_ in CLAUSE_DEPS for c in token.children)):
        # "Carver Paper, which is owned by Ostrander, announced in March that ...", "The
        # union's director, Faye Lindqvist, called on the board to ...": the parser left the
        # sentence no verb, the noun as its root and the cue as a modifier of it; the cue is
        # the main verb and the noun its subject. A past participle with no clause may
        # modify the noun indeed ("the statement issued Friday").
        return token.head, False
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
        # "statements claiming ...": the participle reports what the noun says.
        has_content = any(c.dep_ in CLAUSE_DEPS | {"dobj"} for c in token.children)
        return (token.head, False) if has_content else (None, False)
    reporting = token.head.head
    if token.head.dep_ == "ccomp" and reporting.pos_ == "VERB" and (
            (token.dep_ == "conj" and token.tag_ == reporting.tag_ and (
                token.head.tag_ != token.tag_ or token.head.lemma_ == "be")
             and not _shares_perfect(token))
            or (token.dep_ == "advcl" and token.tag_ == "VBG"
                and token.doc[token.i - 1].text == ",")):
        # "Holt said he would order a review and warned against ...", "Holt said the
        # plan had failed, arguing that ...": the parser hung the second cue on the
        # reported verb; in the reporting verb's tense, or as a participle after a comma, it
        # is the reporter's own. Not when it is said to the one the reported clause is about
        # ("Banks said he had been contacted by the board, warning him ..."): that clause's
        # own source (the board) speaks.
        if token.dep_ == "advcl" and _addresses_reported_subject(token):
            return verb_source(token.head, quotes)
        return verb_source(reporting, quotes)
    if token.dep_ == "conj" and in_quote(token.head, quotes) and not in_quote(token, quotes):
        # '“... We will achieve justice,” Police Chief Ana Holt said': the parser joined
        # the tag to the quoted verb; the speaker is the name before the tag.
        return _name_before(token, quotes), False
    if token.dep_ == "conj" and token.tag_ in _FINITE and token.head.tag_ in ("VB", "VBG") \
            and not any(c.dep_ == "aux" for c in token.head.children
                        if c.lower_ != "to"):
        # "positions that hospitals had chosen not to fill and overstated the gap": a
        # finite verb is not joined to an infinitive; it shares the subject of the nearest
        # verb above in its own tense, or of none.
        joined = next((a for a in token.head.ancestors if a.tag_ == token.tag_), None)
        return verb_source(joined, quotes) if joined is not None else (None, False)
    if token.dep_ in ("conj", "xcomp", "advcl") and token.head.pos_ in ("VERB", "AUX"):
        # "She paused and said ...", "..., adding that ...", "took to the radio to
        # accuse ...": the subject of the verb before.
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.dep_ == "advcl" and token.tag_ != "VBG" and not infinitive:
            return None, False
        # Not a relative pronoun: "positions that hospitals had chosen not to fill".
        hearer = [c for c in token.head.children if c.dep_ == "dobj"
                  and c.pos_ in ("NOUN", "PROPN", "PRON") and c.tag_ not in ("WDT", "WP")]
        if token.dep_ == "xcomp" and infinitive and hearer:
            return hearer[0], False  # "forced Reyes to admit": Reyes admits
        named = _named_in_clause_before(token) or _whose_noun_before(token)
        if named is not None:
            return named, False
        return verb_source(token.head, quotes) if token.head != token else (None, False)
    governor = reporting
    while governor.dep_ == "advmod" and governor.head.i != governor.i:
        governor = governor.head  # "aside from saying": the verb "aside" belongs to
    if (token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.dep_ == "prep"
            and governor.pos_ in ("VERB", "AUX") and governor != token.head):
        # "responded by saying ...", "refuses to name them, aside from saying ...": the
        # subject of the verb the preposition belongs to; "he was quoted as saying ...",
        # "After saying ..., she was taken to hospital": the one the passive describes.
        described = [c for c in governor.children if c.dep_ == "nsubjpass"]
        if described and described[0].lower_ != "it":
            return described[0], False
        return verb_source(governor, quotes)
    if token.dep_ == "ROOT":
        # A headline parse often leaves the subject as a compound: "Union Rejects Offer";
        # '“...,” the 58-year-old said' often parses with the age a modifier of the verb.
        left = [c for c in token.lefts if (c.dep_ in ("compound", "npadvmod", "dep", "nmod")
                                           and c.pos_ in ("PROPN", "NOUN")) or age(c)]
        if left:
            return left[-1], False
    if token.dep_ in ("ROOT", "ccomp"):
        # "renters advocate Omar Lindqvist told the Ledger", '“...,” Rep. Ann Holt (D-Md.)
        # said': the parser hung the name elsewhere; the name right before the cue, past a
        # bracket, is its subject; or the word the sentence opens with, before an aside.
        opener = token.doc[token.sent.start]
        if opener.i < token.i - 1 and _opening_word(opener, token):
            return opener, False
        return _name_before(token, quotes), False
    return None, False


def _addresses_reported_subject(participle: Token) -> bool:
    """The participle's object is the pronoun that is the subject of the clause it hangs on
    ("he had been contacted ..., warning him"): no one warns himself."""
    objects = [c.lemma_ for c in participle.children
               if c.dep_ in ("dobj", "dative") and c.pos_ == "PRON"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lemma_ in objects
               for c in participle.head.children)


def _speaking_subject(token: Token, subjects: list[Token], quotes: list[Quote]) -> Token:
    """Which of the subjects the parser gave a cue speaks."""
    # "“... Truly scrambling,” said Lena Brask": the one outside the quotation; "what it
    # says is a shortfall": not the "what" the parser may make a second subject.
    outside = [c for c in subjects if not in_quote(c, quotes)] or subjects
    outside = [c for c in outside if c.tag_ not in ("WP", "WDT")] or outside
    for title, name in pairwise(outside):
        if title.pos_ == "NOUN" and name.pos_ == "PROPN" \
                and title.right_edge.i + 1 == name.left_edge.i:
            # "The builder Harrow Pike said": the parser made the description before a
            # name a subject of its own; the name is who speaks.
            return name
    # "The north pier, as one engineer pointed out, rarely floods": the one next to the
    # cue; but a description set after a name ("Local 12, the union representing them,
    # said") is the name's apposition.
    before = [c for c in outside if c.i < token.i]
    after = [c for c in outside if c.i > token.i]
    if before and after and token.i and token.doc[token.i - 1].text == ",":
        # "The plan, said Lopez, is dead": a tag set between commas with its subject after
        # the verb; the subject before it is the reported clause's.
        return after[0]
    if len(before) < 2:
        return outside[0]
    name, nearest = before[-2], before[-1]
    apposed = name.pos_ == "PROPN" and nearest.pos_ == "NOUN" \
        and nearest.left_edge.i == name.right_edge.i + 2 \
        and token.doc[name.right_edge.i + 1].text == ","
    return name if apposed else nearest


_NAME_REACH = 8  # tokens back from a subjectless cue to the name it follows


def _name_before(token: Token, quotes: list[Quote]) -> Token | None:
    doc = token.doc
    depth = 0
    for i in range(token.i - 1, max(0, token.i - _NAME_REACH) - 1, -1):
        word = doc[i]
        if word.text == ")":
            depth += 1
        elif word.text == "(":
            depth = max(depth - 1, 0)
        elif depth == 0:
            if word.text == "," and i == token.i - 1:
                continue  # "Holt, a union steward, said": the comma closing an apposition
            # The tag may be wrong too ("May" read as a modal): a capitalised word
            # of a named person or body is enough, or the name a description is set beside.
            name = _apposed(word) or word
            if (_is_name(name) or _closing_tag_word(word, token) or _opening_word(word, token)) \
                    and not in_quote(name, quotes):
                return name
            return None
    return None


def _closing_tag_word(word: Token, cue: Token) -> bool:
    """'“...,” Tully told residents': one capitalised word between a closing quotation mark
    and the cue is the speaker's name, whatever the tagger took it for (an adverb, here)."""
    return word.i == cue.i - 1 and word.i > 0 and word.doc[word.i - 1].tag_ == "''" \
        and word.is_alpha and word.text[:1].isupper() and word.text != "I"


def _opening_word(word: Token, cue: Token) -> bool:
    """"Tolliver said he expected ...": the one capitalised word that opens the sentence
    right before a cue with no subject is its speaker, whatever the tagger took it for (an
    adverb, here), or before an aside set off by commas ("Vesely, 58, denied", "Ofcore, as
    the regulator is known, said"); no pronoun or article, nor a word before a command
    ("Now tell us")."""
    between = word.doc[word.i + 1:cue.i]
    aside = 2 < len(between) <= _ASIDE and between[0].text == between[-1].text == ","
    return (word.i == cue.i - 1 or aside) and word.is_sent_start and word.is_alpha \
        and cue.tag_ in ("VBD", "VBZ") \
        and word.text[:1].isupper() and word.pos_ not in ("PRON", "DET")


def _is_name(word: Token) -> bool:
    """A word of a person's or a body's name, tagged so or a proper noun the tagger left
    untagged ("Ana Ruiz")."""
    return (word.ent_type_ in ("PERSON", "ORG") or (word.pos_ == "PROPN" and not word.ent_type_)) \
        and word.text[:1].isupper()


def _inverted_subject(token: Token, quotes: list[Quote]) -> Token | None:
    """"“...,” points out Alma Ruiz": a tag right after the quotation, its subject put after
    the verb, which the parser reads as the verb's object."""
    doc = token.doc
    before = token.i - 1
    while before >= 0 and (doc[before].is_space or doc[before].text == ","):
        before -= 1
    if before < 0 or not any(doc[before].idx < q.end <= doc[before].idx + len(doc[before])
                             for q in quotes):
        return None  # the cue does not follow a closing quotation mark
    if not any(c.dep_ in CLAUSE_DEPS and in_quote(c, quotes) for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i
               and c.pos_ in ("PROPN", "NOUN")]
    if objects:
        return objects[0]
    # '“...,” said Jenna Ruiz, an economist who co-wrote the review': the parser hung the
    # name on a later verb; the name right after the tag is its subject all the same.
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    return doc[end - 1] if end > token.i + 1 else None


def _apposed(word: Token) -> Token | None:
    """The name a word's apposition belongs to: "Holt" for "steward" in "Holt, a union
    steward"."""
    while word.dep_ != "appos" and word.head.i != word.i and word.head.i > word.i:
        word = word.head
    if word.dep_ == "appos" and word.head.i < word.i and _is_name(word.head):
        return word.head
    return None
