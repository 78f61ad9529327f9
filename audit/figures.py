"""Figures in the writer's voice that need a source: the unattributed-statistic rule (AUD101).

Two questions, each a concept and not a word list (the words are in `lexicons/figures.yaml`):

- Is the figure a statistic? Dates, times, ordinals, ages, identifiers ("G-20", "Precinct
  519", "9/11", "5G"), numbers inside names and square-bracketed citations, quantities fixed
  by a rule, a levy or a fine ("a 15 percent threshold", "the corporate tax rate"), a plan's
  own target, a deal's terms, a market's or a posted price ("shares fell 6 percent", "a
  monthly pass will cost $310"), bounds that define a group ("$200 or less"), rhetoric ("100
  percent wrong"), tallies ("5-4", "4 to 1"), dimensions ("90 feet"), figures pointed back
  to ("that $115") or told of the writer's own life, and small bare counts or
  magnitudes in words a reporter makes by looking ("10 judges", "millions of dollars") are
  not.
- Is it sourced? An attribution covers the figures of its sentence (a figure inside
  indirect speech is in the sentence of its attribution) and of the rest of its paragraph;
  a quotation, a report or a remark holds the figures it governs ("a report that ...");
  a headline's figure is judged where the body gives it again, and a summary's (the lede's,
  a bullet's in a box of key facts) is credited by the body that credits it.
  Evidence a figure is reported from covers as much, and also the sentence after it and the
  following paragraphs that go on presenting figures with no source of their own (a poll's
  results): a clause whose subject is a poll, a study or records, a verb of finding with a
  subject ("records show", "scholars modeled"), or a frame ("in the latest poll, ...").
"""

from __future__ import annotations

import operator
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, pairwise, permutations
from typing import TYPE_CHECKING

from audit.attribution.syntax import after_lets, definite, indefinite, inner_hyphen
from audit.document import ParsedDocument, Sentence
from audit.findings import make_finding
from audit.lexicon import load_entries
from audit.matching import KNOWN_WORDS
from audit.report import Attribution, Finding

if TYPE_CHECKING:
    from spacy.tokens import Token

    from audit.results import Results

FIGURES = "figures.yaml"
_DASHES = {"—", "–", "--"}  # a pair of them sets an aside into a sentence
_EVIDENCE_CLASSES = ("evidence-noun", "evidence-verb", "accusation-verb", "presenting",
                     "owned-evidence")
# Entity types that make a number a quantity. Dates, times and ordinals say when and in which
# order things happened; a number inside any other entity is part of a name ("Apollo 11",
# "Precinct 519", "Title 42").
QUANTITIES = {"", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
# A bare count below this, not marked as an estimate, is a description a reporter makes by
# looking ("10 judges", "18 states"); from here on somebody had to count.
COUNT_FLOOR = 100
SUBJECTS = {"nsubj", "nsubjpass"}
# What a verb may present of its subject's: "the survey found that ...", "the study
# followed 2,000 children", "the poll is the first to ...".
_PRESENTED = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "advcl"}
_OPENING = 4  # sentences: a headline, a deck and the lede's first two
_SCORE_DASHES = ("-", "–")  # between the two sides of a score


@dataclass(frozen=True)
class FigureLexicon:
    """The classes of each word of `lexicons/figures.yaml` (see that file)."""

    # The words of each class, and as "speech-noun" the noun cues of `lexicons/cues.yaml`
    # ("his claim that ...", "a comment about ..."): what such a noun governs is somebody's
    # words; as "body-noun" the descriptions of bodies of `lexicons/sources.yaml` ("the
    # union", "the company"), and as "street" its words that end a street's name.
    words: dict[str, frozenset[str]]
    # (spelling id, lemma id) -> the classes of the word: most checks ask of every word of a
    # draft, and two ids are read faster than two strings are made; one answer serves every
    # class a check asks about.
    _known: dict[tuple[int, int], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, folders: list[str] = (), disabled: list[str] = (),
             speech_nouns: frozenset[str] = frozenset(),
             body_nouns: frozenset[str] = frozenset(),
             street_words: frozenset[str] = frozenset()) -> FigureLexicon:
        classes = {str(e["term"]).lower(): e.get("classes", ())
                   for e in load_entries(FIGURES, folders, disabled)}
        words: dict[str, set[str]] = defaultdict(set)
        for term, term_classes in classes.items():
            for word_class in term_classes:
                words[word_class].add(term)
        words["speech-noun"] = set(speech_nouns)
        words["body-noun"] = set(body_nouns)
        words["street"] = set(street_words)
        return cls({word_class: frozenset(found) for word_class, found in words.items()})

    def has(self, word: str, word_class: str) -> bool:
        return word in self.words.get(word_class, ())

    @cached_property
    def _classes_by_word(self) -> dict[str, frozenset[str]]:
        """Each word of the lists with the classes it is listed in."""
        classes: dict[str, set[str]] = defaultdict(set)
        for word_class, words in self.words.items():
            for word in words:
                classes[word].add(word_class)
        return {word: frozenset(found) for word, found in classes.items()}

    def classes(self, token: Token) -> frozenset[str]:
        """The classes the word or its lemma is of."""
        key = (token.orth, token.lemma)
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= KNOWN_WORDS:
                self._known.clear()  # a worker auditing for days keeps a bounded memory
            by_word = self._classes_by_word
            found = self._known[key] = by_word.get(token.lower_, frozenset()) | by_word.get(
                token.lemma_.lower(), frozenset())
        return found

    def is_a(self, token: Token, word_class: str) -> bool:
        """Whether the word or its lemma is of the class."""
        return word_class in self.classes(token)


def statistic_findings(doc: ParsedDocument, attributions: list[list[Attribution]],
                       lexicon: FigureLexicon) -> list[Finding]:
    """The first unsourced statistic of each sentence; `attributions` is one list per
    sentence. A source after the figure, in a later sentence, speaks about something else."""
    findings = []
    evidence = [_has_evidence(sentence, lexicon) for sentence in doc.sentences]
    # "Nearly 60 percent of voters say ...": people counted as they answered a poll source
    # nothing until the article has named a poll; the count is the figure that needs it.
    poll_named = [any(lexicon.is_a(t, "poll-noun") for t in s.tokens) for s in doc.sentences]
    polled = list(accumulate(poll_named, operator.or_))
    attributions = [[a for a in found if polled[index] or not _counted(doc, a)]
                    for index, found in enumerate(attributions)]
    opening = [t for s in doc.sentences[:_OPENING] for t in s.tokens]
    story = _Story(_market_day(opening, lexicon), _game_report(opening, lexicon),
                   _under_a_law(opening, lexicon))
    numbers = [next((t for t in s.tokens if _is_statistic(doc, t, lexicon, story)), None)
               for s in doc.sentences]
    supposes = [_supposes(sentence, lexicon) for sentence in doc.sentences]
    framed = [_opens_with_rule(sentence, lexicon)
              or (story.law and _states_a_rule(sentence, lexicon)) for sentence in doc.sentences]
    in_body, credited = _body_figures(doc, attributions, evidence)
    # Someone speaks who is no document, nor people counted as they answered a poll: a
    # person, whatever evidence their words name, or a body with none.
    speaks = [any(a.source_kind != "document" and not _counted(doc, a)
                  and (a.source_kind == "person" or not evidence[index]) for a in found)
              for index, found in enumerate(attributions)]
    in_body |= _roundings(in_body)
    carried = False
    topics: set[str] = set()  # what the carried evidence is about (see `_topic_words`)
    polls = False  # the carried evidence is a poll's
    for indices in ([s.index for s in paragraph] for paragraph in doc.paragraphs()):
        # Named evidence carries into the next paragraphs while they go on presenting
        # figures with no source of their own, or none but evidence again: a poll's
        # results, a survey's data box, "..., the poll found." A poll's results run on
        # about anything it asked; other evidence covers what it measured, the figures of
        # the things it spoke of ("deaths" after a report on traffic deaths), not the next
        # count the writer gives ("Visits fell 38 percent" after a study of repair costs).
        # It carries up to the first source that is no document: what follows that may be
        # the source's; what comes before it is not. Evidence in someone's words is theirs.
        carried = carried and any(numbers[i] is not None for i in indices)
        if not carried:
            topics, polls = set(), False
        sourced = False
        supposed = False
        for index in indices:
            carried = carried and not speaks[index]
            # Once one of its figures is the evidence's, the paragraph goes on with it.
            covered = carried and numbers[index] is not None and (
                polls or _about(numbers[index], topics))
            before = sourced or covered
            sourced = before or bool(attributions[index]) or evidence[index] or framed[index]
            supposed = supposed or supposes[index]
            # Evidence also covers the first sentence after it; a speaker's words are
            # covered in their own paragraph.
            if (index and evidence[index - 1]) or numbers[index] is None or supposed:
                continue
            number = numbers[index]
            # The writer's aside inside a reported clause ("vowed to evict all tenants —
            # 3,000 families — from the towers") is the writer's, not the speaker's.
            if before or (sourced and (evidence[index]
                                       or not _aside(doc, doc.sentences[index], number))):
                continue
            sentence = doc.sentences[index]
            if _worked_out(doc, number, [i for i in (index - 1, index)
                                         if i >= 0 and (attributions[i] or evidence[i])]):
                continue
            key = _figure_key(number)
            if (sentence.headline and key in in_body) or (
                    (sentence.paragraph == 1 or sentence.listed) and key in credited):
                # A headline's figure that the body gives again is judged there, where its
                # source (or the lack of one) is; a summary's figure (the lede's, a bullet's
                # in a box of key facts) that the body credits is credited.
                continue
            start, end = _quantity_span(number)
            findings.append(make_finding(
                doc, "unattributed-statistic", start, end,
                f'"{doc.reading(start, end)}" is a figure in the writer\'s voice with no source '
                "in its sentence or earlier in its paragraph."))
        found = [i for i in indices if evidence[i] and not speaks[i]]
        if found:
            polls = False  # new evidence: a poll's results run on only if it is a poll
        if carried or found:
            topics |= {w for i in indices for w in _topic_words(doc.sentences[i])}
            polls = polls or any(poll_named[i] for i in found)
        carried = carried or bool(found)
    return findings


def _topic_words(sentence: Sentence) -> set[str]:
    """The things a sentence speaks of: its nouns and names, by lemma."""
    return {t.lemma_.lower() for t in sentence.tokens
            if t.pos_ in ("NOUN", "PROPN") and t.is_alpha and not t.is_stop}


def _about(number: Token, topics: set[str]) -> bool:
    """The figure measures one of the `topics`: the subject of its clause ("Deaths of
    drivers fell to 19"), what a share of it counts ("a majority of statements"), or the
    noun the figure counts; a figure with none of them is given the benefit of the doubt."""
    measured = [_counted_word(number)]
    verb = _clause_verb(_governors(number))
    if verb is not None:
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
            # "The campaign's number of paid employees": whose it is, and what it counts.
            measured += [subject, *(c for c in subject.children
                                    if c.dep_ in ("poss", "compound", "nmod"))]
            measured += [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]
    words = {t.lemma_.lower() for t in measured
             if t.pos_ in ("NOUN", "PROPN") and t.is_alpha and not t.ent_type_}
    return not words or bool(words & topics)


def _counted(doc: ParsedDocument, attribution: Attribution) -> bool:
    """The source is a count of people ("60 percent of voters", "six in 10 residents")."""
    head = doc.head_at(attribution.source.start, attribution.source.end)
    return head is not None and (head.like_num or head.ent_type_ == "PERCENT"
                                 or head.lower_ in ("percent", "%") or _ratio_of(head))


def _ratio_of(noun: Token) -> bool:
    """"Seven in ten nurses", "two out of three renters": a share in words of the people
    the noun names (the parser hangs "seven in" on the number before the noun)."""
    return any(n.dep_ == "nummod" and any(
        q.dep_ == "quantmod" and q.lower_ in ("in", "out", "of") for q in n.children)
        for n in noun.children)


def _aside(doc: ParsedDocument, sentence: Sentence, token: Token) -> bool:
    """The token sits between a pair of dashes or inside brackets of its sentence, outside
    any quotation: a remark of the writer's set into the sentence."""
    if doc.quotes.at(token.idx) is not None:
        return False
    words = list(sentence.tokens)
    at = token.i - words[0].i
    before, after = words[:at], words[at + 1:]
    if any(w.text in _DASHES for w in after) and \
            sum(w.text in _DASHES for w in before) % 2 == 1:
        return True
    opened = next((w.text for w in reversed(before) if w.text in "()"), None)
    return opened == "(" and any(w.text == ")" for w in after)


def _figure_key(token: Token) -> tuple[str, str]:
    """A number with the word after it when that word is part of the figure ("24 percent",
    "1 billion"; not "$2.50 despite"): the same figure when a headline or a summary
    repeats it."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    unit = following.lower_ if following is not None and following.ent_iob_ == "I" else ""
    # A headline's "18%" is the body's "18 percent".
    return token.text.replace(",", ""), "percent" if unit == "%" else unit


_WORKED_SUMS = 8  # the most sums a percentage is worked out from, pair by pair


def _worked_out(doc: ParsedDocument, number: Token, sourced: list[int]) -> bool:
    """"The wage will rise to $15.25 an hour, up from $14.50, the department said. The
    75-cent increase, about 5.2 percent, ...": a percentage with decimals that is the
    change or the share between two sums of money a sourced sentence gives (this one or
    the one before), to its last decimal: arithmetic on figures with a source, not a new
    statistic. Whole percentages are left out: two sums match one of them by chance too
    often."""
    whole, _, decimals = number.text.partition(".")
    if number.ent_type_ != "PERCENT" or not (whole.isdecimal() and decimals.isdecimal()):
        return False
    percent = float(number.text)
    sums = [float(t.text.replace(",", "")) for i in sourced for t in doc.sentences[i].tokens
            if t.ent_type_ == "MONEY" and t.like_num
            and t.text.replace(",", "").replace(".", "", 1).isdecimal()]
    if len(sums) > _WORKED_SUMS:
        return False  # a table's worth of sums: any percentage would match some pair
    tolerance = 0.5 * 10 ** -len(decimals)
    return any(abs(worked - percent) <= tolerance
               for a, b in permutations(sums, 2) if a > 0 and b > 0
               for worked in ((b - a) / a * 100, a / b * 100))


def _roundings(figures: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """"3,400" for a body's "3,418": each whole figure of the body rounded to each power of
    ten below it, the same figure told shorter in a headline, kept when within a twentieth
    of it ("100" is no rounding of "140"). Made once, so a headline's figure is looked up."""
    rounded = set()
    for number, unit in figures:
        if not number.isdecimal():
            continue  # "²" is a digit to Python, and no number
        value = int(number)
        for zeros in range(1, len(number)):
            step = 10 ** zeros
            shorter = round(value / step) * step
            if shorter and abs(value - shorter) * 20 <= shorter:
                rounded.add((str(shorter), unit))
    return rounded


def _body_figures(doc: ParsedDocument, attributions: list[list[Attribution]],
                  evidence: list[bool]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The figures (by `_figure_key`) outside headlines, and those of quotations and of
    sentences with a source, in one pass."""
    in_body, credited = set(), set()
    for index, sentence in enumerate(doc.sentences):
        sourced = bool(attributions[index]) or evidence[index]
        for token in sentence.tokens:
            if not (token.like_num and any(c.isdigit() for c in token.text)):
                continue
            if not sentence.headline:
                in_body.add(_figure_key(token))
            if sourced or doc.quotes.at(token.idx) is not None:
                credited.add(_figure_key(token))
    return in_body, credited


def _has_evidence(sentence: Sentence, lexicon: FigureLexicon) -> bool:
    """A poll, a study or records as a clause's subject or frame ("in the poll"), a verb
    of finding with a subject ("scholars modeled"), or a paper named as where something is
    set out ("outlined in the authority's plan")."""
    for token in sentence.tokens:
        if lexicon.classes(token).isdisjoint(_EVIDENCE_CLASSES):
            continue  # most words: one lookup instead of three
        if lexicon.is_a(token, "evidence-noun") and token.pos_ in ("NOUN", "PROPN") and (
                (token.dep_ in SUBJECTS and not _thing_found(token.head, lexicon)
                 and not _happens(token))
                or _frame(token)):
            return True
        if lexicon.is_a(token, "owned-evidence") and token.dep_ in SUBJECTS and any(
                c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
            return True  # "the association's affordability index stood at 71"
        if lexicon.is_a(token, "evidence-noun") and token.dep_ == "compound" \
                and token.head.pos_ == "NOUN" and lexicon.is_a(token.head, "evidence-verb"):
            return True  # "..., the data show.": the parser takes the verb for a noun
        # A verb of finding with a subject, or governing a clause ("documents show he
        # took ...", where the parser may take "show" for a noun).
        if lexicon.is_a(token, "evidence-verb") and any(
                c.dep_ == "ccomp" or (c.dep_ in SUBJECTS and token.pos_ == "VERB")
                for c in token.children) and not _thing_found(token, lexicon):
            return True
        # "The gap, outlined in the authority's financial plan, opens ...": whatever the
        # participle presents, the paper it names holds.
        if lexicon.is_a(token, "presenting") and token.tag_ == "VBN" and any(
                p.dep_ == "prep" and p.lower_ == "in" and any(
                    o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_
                    for o in p.children)
                for p in token.children):
            return True
        # An accusation by somebody ("prosecutors charged ..."), not of somebody ("they were
        # charged ..."), which names no accuser.
        if lexicon.is_a(token, "accusation-verb") and token.pos_ == "VERB" and any(
                c.dep_ == "nsubj" for c in token.children):
            return True
    return False


def _opens_with_rule(sentence: Sentence, lexicon: FigureLexicon) -> bool:
    """"Under the law, the wage rises to $14 in 2028. After that, it is adjusted ...,
    rounded to the nearest 5 cents": a sentence that opens framed by a law or a deal sets
    out its terms, and the rest of the paragraph goes on with them, as after a source."""
    first = next((t for t in sentence.tokens if t.is_alpha), None)
    return first is not None and first.dep_ == "prep" and first.head.dep_ == "ROOT" \
        and lexicon.is_a(first, "rule-frame") \
        and any(c.dep_ == "pobj" and _a_rule(c, lexicon) for c in first.children)


def _thing_found(verb: Token, lexicon: FigureLexicon) -> bool:
    """"A new bookkeeper found the scheme", "an audit found the scheme": a thing the story
    already knows of, found as a clue is, no finding of what the story goes on to count
    (as "found that ...", "found 40 errors" and "found no evidence" are)."""
    if not lexicon.is_a(verb, "discovery") \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and (definite(c) or any(p.dep_ == "poss" for p in c.children))
               and not any(t.like_num for t in c.subtree) for c in verb.children)


def _supposes(sentence: Sentence, lexicon: FigureLexicon) -> bool:
    """The writer supposes a case: "Let's say a semester costs ...", a command with no
    subject that opens the sentence ("Suppose a family earns ...", "Imagine you ..."), or a
    condition put to the reader on the main clause ("If you earn $40,000 ..., your credit
    would be $264"), the reader whose question a column answers too."""
    first = next((t for t in sentence.tokens if t.is_alpha), None)
    # "For our reader, if her expenses are $3,500, ...": the case is the reader's whoever
    # the clause names.
    for_reader = first is not None and first.lower_ == "for" and any(
        c.dep_ == "pobj" and lexicon.is_a(c, "reader") for c in first.children)
    for token in sentence.tokens:
        if token.dep_ == "advcl" and token.head.dep_ == "ROOT" \
                and any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children) \
                and any(c.dep_ in SUBJECTS and (for_reader or lexicon.is_a(c, "personal") or any(
                            p.dep_ == "poss" and lexicon.is_a(p, "reader")
                            for p in c.children))
                        for c in token.children) \
                and any(t.like_num for t in token.subtree):  # the case is in figures
            return True
        if token.pos_ != "VERB" or not lexicon.is_a(token, "supposition"):
            continue
        if after_lets(token):
            return True
        if token == first and token.dep_ == "ROOT" and token.tag_ == "VB" \
                and not any(c.dep_ in SUBJECTS for c in token.children):
            return True
    return _case_in_figures(sentence)


def _case_in_figures(sentence: Sentence) -> bool:
    """"A worker earning the minimum for 40 hours a week, 52 weeks a year, makes $17,680":
    anyone at all ("a worker"), described by figures, doing something in the present or
    would: a case the writer works out, as "Suppose a worker earns ..." is. Not someone in
    particular ("a worker at the plant made $17,680"), nor a case with no figures ("a
    typical family pays $1,200 more")."""
    root = next((t for t in sentence.tokens if t.dep_ == "ROOT"), None)
    if root is None or not (root.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lower_ in ("would", "could") for c in root.children)):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "NN" and any(
                   d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
               and any(d.dep_ in ("acl", "relcl") and any(t.like_num for t in d.subtree)
                       for d in c.children)
               for c in root.children)


def _happens(subject: Token) -> bool:
    """"The polls opened at 7 a.m.", "the survey ran for a week": a verb with nothing it
    presents (no object, clause or complement) tells what befell the thing, no finding of
    it. Not the passive of a paper's making ("the poll was conducted among 1,001
    adults"), which describes the paper, whose figures those are."""
    return subject.dep_ == "nsubj" and subject.head.pos_ == "VERB" and not any(
        c.dep_ in _PRESENTED for c in subject.head.children)


def _frame(token: Token) -> bool:
    """A preposition that frames the clause ("in the latest poll, Ortiz led") or names
    where figures come from ("data from the survey", "according to filings"); not the
    place or the end a verb goes to ("voters went to the polls", "punished at the polls",
    "looked at the data")."""
    preposition = token.head
    return token.dep_ == "pobj" and (
        (preposition.head.pos_ in ("VERB", "AUX") and preposition.lower_ not in ("to", "at"))
        or preposition.lower_ == "from" or preposition.head.lower_ == "according")


@dataclass(frozen=True)
class _Story:
    """What the story's opening says it reports, which makes some figures public record."""

    market_day: bool  # see `_market_day`
    game: bool  # see `_game_report`
    law: bool  # see `_under_a_law`


def _is_statistic(doc: ParsedDocument, token: Token, lexicon: FigureLexicon,
                  story: _Story) -> bool:
    """Whether the number is a statistic that needs a source."""
    classes = lexicon.classes(token)  # looked up once: this is asked of every token
    magnitude = "magnitude" in classes  # "Thousands" is tagged a noun
    if token.is_alpha and not (magnitude or token.like_num or "fraction" in classes):
        return False  # a word that is no number, as most are: asked of every token
    proportion = _proportion(token, lexicon)
    if not (magnitude or proportion) and (
            token.is_alpha or not (any(c.isdigit() for c in token.text)
                                   and (token.like_num or token.pos_ == "NUM"))):
        return False
    # The tagger may read "a third" as an ordinal.
    if token.ent_type_ not in QUANTITIES and not (proportion and token.ent_type_ == "ORDINAL"):
        return False
    if doc.quotes.at(token.idx) is not None or _reported(token, lexicon):
        return False  # a figure inside a quotation or a report has its source
    return not (_identifier(token, lexicon) or _in_brackets(doc, token)
                or _description(token, lexicon)
                or (not proportion and _small_count(token, lexicon))
                or _fixed(token, lexicon) or _rhetorical(token) or _bound(token, lexicon)
                or _mentioned_before(token, lexicon) or _personal(token, lexicon)
                or _market_price(token, lexicon)
                or (story.market_day and _market_move(token, lexicon))
                or (story.game and _box_score(token, lexicon))
                or _posted_price(token, lexicon)
                or _judged(token, lexicon) or _game_record(token, lexicon)
                or _forecast(token, lexicon)
                or _earlier_value(doc, token, lexicon, story))


def _earlier_value(doc: ParsedDocument, token: Token, lexicon: FigureLexicon,
                   story: _Story) -> bool:
    """"a 30 percent discount, up from 20 percent", "a penalty of $500 a sailing, up to
    $20,000 a month": the value before, or the ceiling, of the figure just given, which is
    no statistic when that figure is none (a discount a rule sets had its old value set
    too)."""
    sentence = token.sent
    words = [t for t in doc.doc[max(sentence.start, token.i - 4):token.i] if t.is_alpha]
    if [t.lower_ for t in words[-2:]] not in (["up", "from"], ["down", "from"], ["up", "to"]):
        return False
    earlier = next((t for t in reversed(sentence[:words[-2].i - sentence.start])
                    if t.like_num and any(c.isdigit() for c in t.text)
                    and t.ent_type_ in QUANTITIES), None)
    return earlier is not None and not _is_statistic(doc, earlier, lexicon, story)


def _reported(token: Token, lexicon: FigureLexicon) -> bool:
    """A figure that a report, a poll or somebody's words hold: governed by an evidence or
    speech noun ("a report that nearly $1 billion ...", "his comment about 38 percent"), or
    in a clause governed by a verb whose subject or object is one ("features a report
    that ...", where the parser hangs the clause on the verb)."""
    def holds(word: Token) -> bool:
        return word.pos_ in ("NOUN", "PROPN") and (
            lexicon.is_a(word, "evidence-noun") or lexicon.is_a(word, "speech-noun"))

    child = token
    for head in _governors(token):
        # Held as content ("a report that ...", "a comment about ..."), not as the measure
        # the noun names ("an average of 4,800", "a tally of 300"), which nobody is credited
        # with.
        if holds(head) and not (child.dep_ == "prep" and child.lower_ == "of"):
            return True
        if child.dep_ in ("ccomp", "acl") and any(
                holds(c) for c in head.children if c.dep_ in ("dobj", *SUBJECTS)):
            return True
        child = head
    return False


def _bound(token: Token, lexicon: FigureLexicon) -> bool:
    """A figure that bounds a category ("donors who give $200 or less", "$1 million or
    more", "households using more than 8,000 gallons") defines a group; it measures
    nothing."""
    start, end = _quantity_tokens(token)
    doc = token.doc
    if end + 1 < len(doc) and doc[end].lower_ == "or" and lexicon.is_a(doc[end + 1], "bound"):
        return True
    counted = doc[end - 1]
    if not any(lexicon.is_a(t, "bound") for t in doc[max(start, token.sent.start):token.i]) \
            and not (counted.dep_ == "pobj" and lexicon.is_a(counted.head, "bound")):
        return False  # "more than 8,000 gallons", "earning under 80 percent of"
    # The clause, or a "with" phrase ("businesses with fewer than 10 employees"),
    # restricts a plural, with no comma setting it off.
    return any((head.dep_ in ("acl", "relcl") or (head.dep_ == "prep" and head.lower_ == "with"))
               and head.head.tag_ == "NNS" and not doc[head.left_edge.i - 1].is_punct
               for head in _within_clause(token, _governors(token), lexicon))


def _mentioned_before(token: Token, lexicon: FigureLexicon) -> bool:
    """A figure with a demonstrative ("where is that $115 to come from?", "one of those 529
    plans") points back to one already given, or to a thing by its number: no new claim."""
    start, end = _quantity_tokens(token)
    doc = token.doc
    before = doc[start - 1] if start > token.sent.start else None
    return (before is not None and before.tag_ == "DT" and lexicon.is_a(before, "demonstrative")
            ) or any(c.dep_ == "det" and lexicon.is_a(c, "demonstrative")
                     for c in doc[end - 1].children)


def _personal(token: Token, lexicon: FigureLexicon) -> bool:
    """A figure in a clause about the writer ("my father spent $30,000") or addressed to the
    reader ("you'd need $115 a month"): the writer's own account or a worked example, not a
    statistic someone else compiled."""
    for head in [token, *_governors(token)]:
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if subjects:  # the nearest clause with a subject is the figure's
            return any(_writers(subject, lexicon) for subject in subjects)
    return False


def _writers(subject: Token, lexicon: FigureLexicon) -> bool:
    """The writer or the reader, or what is theirs ("my father"); a "he" or "she" opening a
    sentence goes on about the subject of the sentence before ("My father spent $30,000
    ... He also bought 60 acres")."""
    if lexicon.is_a(subject, "personal") or any(
            c.dep_ == "poss" and lexicon.is_a(c, "personal") for c in subject.children):
        return True
    sentence = subject.sent
    if subject.pos_ != "PRON" or not lexicon.is_a(subject, "continuing") or sentence.start == 0:
        return False
    before = subject.doc[sentence.start - 1].sent
    return any(_writers(t, lexicon) for t in before.root.children
               if t.dep_ in SUBJECTS and t.pos_ != "PRON")


def _identifier(token: Token, lexicon: FigureLexicon) -> bool:
    """'9/11', '5G', 'F-16', 'Precinct 519', 'mile marker 112', '200 Front St.': the number
    names something; '7:12 left', '9:30 a.m.': a clock's time, or a ratio of two."""
    if "/" in token.text or ":" in token.text.strip(":"):
        return True
    letters = "".join(c for c in token.text.lower() if c.isalpha())
    if letters and any(c.isdigit() for c in token.text) and not lexicon.has(letters, "unit-suffix"):
        return True
    # A number after a proper noun it belongs to: "Precinct 519", "Route 66"; or right after
    # a common noun, which English puts before a number only to name one of its kind ("mile
    # markers 112 and 131", "page 14", "exit 23"), where a count comes first ("14 pages").
    if token.dep_ == "conj" and token.head.like_num and token.head.i < token.i:
        token = token.head
    head = token.head
    # "200 Front St.", "400 Ferrous Way": an address, its street word capitalised as a name
    # whatever the tagger calls it ("400 Ferrous Row", "Row" a noun).
    if head.i > token.i and token.dep_ == "nummod" \
            and (head.pos_ == "PROPN" or head.text[:1].isupper()) \
            and (lexicon.is_a(head, "street") or head.ent_type_ in ("FAC", "LOC")):
        return True
    return head.i < token.i and token.dep_ in ("nummod", "appos", "compound", "npadvmod") and (
        head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.i == token.i - 1))


def _in_brackets(doc: ParsedDocument, token: Token) -> bool:
    """Square brackets hold citations and editors' insertions: "[Remarks, 4/18/13.]"."""
    sentence = token.sent
    before = doc.clean[sentence.start_char:token.idx]
    after = doc.clean[token.idx:sentence.end_char]
    return before.rfind("[") > before.rfind("]") and "]" in after


def _description(token: Token, lexicon: FigureLexicon) -> bool:
    """A year, an age ("aged 45", "Smith, 45,"), a compound ("a 45-year-old"), a tally of record
    ("a 5-4 vote", "split 4 to 1", "won by 312 votes"), the size of a thing ("a bridge rising
    90 feet") or of a place in people ("a city of 2 million"), where a place is ("50 miles
    away")."""
    if len(token.text) == 4 and token.text.isdecimal() and 1000 <= int(token.text) <= 2100:
        return True  # a year the entity recogniser missed: "from 2001 to 2014"
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    if any(t.text in ("-", "–") for t in neighbours):
        return True
    if _tally(token) or _vote_tally(token, lexicon):
        return True
    counted = _counted_word(token)
    if lexicon.is_a(counted, "dimension") or lexicon.is_a(counted, "ballot"):
        return True
    if lexicon.is_a(counted, "distance") and counted.dep_ == "npadvmod" \
            and counted.head.pos_ == "ADV" and (counted.head.head.lemma_ == "be" or (
                counted.head.head.pos_ in ("NOUN", "PROPN"))):
        # "is 50 miles away", "a village 12 kilometres north of the harbour": where a place
        # is; "moved 40 miles inland" measures how far something went.
        return True
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" \
            and lexicon.is_a(counted.head.head, "place-noun"):
        return True  # "a city of 2 million people": what the place is
    # "aged 45", "ages 55 to 65"
    if any(head.lemma_ == "age" for head in (token.head, token.head.head)):
        return True
    return token.dep_ == "appos" and token.head.ent_type_ == "PERSON"


def _tally(token: Token) -> bool:
    """'split 4 to 1', 'voted 7 to 2': two bare small counts joined by "to" that count
    nothing named after them."""
    pair = _joined_by_to(token)
    return pair is not None and all(t.text.isdecimal() and int(t.text) < COUNT_FLOOR
                                    for t in pair)


def _vote_tally(token: Token, lexicon: FigureLexicon) -> bool:
    """"Measure C failed 12,770 to 14,901", "the council approved it 6 to 3": the count of
    a vote joined by "to", of any size, counting nothing named after it, taken by a verb
    of a vote's outcome or a body's decision: the result of record, as a court's 5-4 is."""
    pair = _joined_by_to(token)
    if pair is None or not all(t.like_num and t.ent_type_ in ("", "CARDINAL") for t in pair):
        return False
    verb = _clause_verb(_governors(pair[0]))
    return verb is not None and (lexicon.is_a(verb, "vote-outcome")
                                 or lexicon.is_a(verb, "decision-verb"))


def _joined_by_to(token: Token) -> tuple[Token, Token] | None:
    """The two words joined by "to" that the token is one of, with no noun named after
    them ("4 to 1", not "from 12 to 15 buses")."""
    doc = token.doc
    for first in (token.i, token.i - 2):
        if first < 0 or first + 2 >= len(doc) or doc[first + 1].lower_ != "to":
            continue
        after = doc[first + 3] if first + 3 < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            return doc[first], doc[first + 2]
    return None


def _value(token: Token) -> float | None:
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return None


def _proportion(token: Token, lexicon: FigureLexicon) -> bool:
    """A share of people or things written in words: "one in five households", "a third
    of such appeals", "half of all tenants"; as much a statistic as "20 percent"."""
    doc = token.doc
    # Both need two words after it. Not sliced past the end: spaCy gives an empty span there
    # a start by joining the text of the whole document.
    if token.i + 2 >= len(doc):
        return False
    after = doc[token.i + 1:token.i + 3]
    if token.like_num and token.ent_type_ != "ORDINAL" \
            and after[0].lower_ == "in" and after[1].like_num:
        return True  # not "the second in two years"
    return lexicon.is_a(token, "fraction") and after[0].lower_ == "of" \
        and any(t.tag_ in ("NNS", "NNPS") for t in after[0].subtree) \
        and not any(t.like_num for t in after[0].subtree)


def _small_count(token: Token, lexicon: FigureLexicon) -> bool:
    """'10 judges', '18 states', 'thousands of tons': a bare count below COUNT_FLOOR, or a
    magnitude in words, that nobody marked as an estimate and that is no ratio ("6 in 10").
    A reporter sees these; "nearly 40", "perhaps tens of thousands" were counted."""
    doc = token.doc
    value = _value(token)
    # A magnitude in words is as vague for money ("millions of dollars") as for people.
    words_only = ("QUANTITY", "MONEY") if value is None else ()
    if token.ent_type_ not in ("", "CARDINAL", *words_only):
        return False
    if value is None:  # a magnitude in words, unless it scales a number ("1.6 billion")
        if token.i > 0 and doc[token.i - 1].like_num:
            return False
    elif value >= COUNT_FLOOR or (token.i + 1 < len(doc)
                                  and lexicon.is_a(doc[token.i + 1], "magnitude")):
        return False
    magnitude = value is None
    for step in (-1, 1):
        between, other = token.i + step, token.i + 2 * step
        if 0 <= other < len(doc) and doc[between].pos_ == "ADP" and doc[other].like_num:
            return False
    reach = 4 if magnitude else 2  # "perhaps tens of thousands"
    modifiers = [*token.children, *doc[max(token.sent.start, token.i - reach):token.i]]
    # "handed over millions": a verb's particle is no approximator.
    return not any(lexicon.is_a(t, "approximator") and t.dep_ != "prt" for t in modifiers)


def _fixed(token: Token, lexicon: FigureLexicon) -> bool:
    """A quantity a rule fixes ("a 15 percent threshold", "270 electoral votes", "the law
    requires 60 votes") or a plan sets as its goal ("designed to cut fares to 20
    percent below 2019 levels")."""
    if _spelled_out_after_colon(token, lexicon):
        return True
    start, end = _quantity_tokens(token)
    counted = token.doc[end - 1]
    words = [*token.doc[start:end], *counted.children, counted.head]
    if counted.head.lower_ == "of" and counted.dep_ == "pobj":
        words.append(counted.head.head)  # "a loan of $2 million", "bail of $20,000"
    if any(lexicon.is_a(t, "rule-noun") or lexicon.is_a(t, "deal-noun") for t in words):
        return True
    governors = _governors(token)
    if _framed_by_deal(governors, lexicon):
        return True
    # The rate of a levy, set by law or by a plan: "the fuel tax rate, which, at 18
    # percent, ...", "a 22 percent rate" on the gains a plan taxes, "the state's 4 percent
    # sales tax".
    if any(lexicon.is_a(t, "rate-noun") and any(lexicon.is_a(c, "levy") for c in t.children)
           for t in [counted, *governors]) or (token.ent_type_ == "PERCENT"
                                               and counted.i > token.i
                                               and lexicon.is_a(counted, "levy")):
        return True
    if _named_as_set(token, lexicon):
        return True
    if _own_size(governors, lexicon) or _term_of(token, governors, lexicon) \
            or _decided(token, governors, lexicon) or _price_paid(token, governors, lexicon) \
            or _decided_in_own_clause(counted, lexicon):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and lexicon.is_a(c, "threshold")
           for c in counted.children):
        return True  # "the 1,237 delegates needed to win": what a rule asks for
    if any(_binds_to(goal, lexicon) for goal in governors):
        return True
    clause = _within_clause(token, governors, lexicon)
    return any(_sets(t, lexicon) for t in counted.children) or any(
        _sets(t, lexicon) for t in clause) or any(
        _proposes(verb, noun, lexicon) for verb, noun in pairwise(clause))


def _binds_to(goal: Token, lexicon: FigureLexicon) -> bool:
    """"commits the country to cutting emissions by 65 percent", "obliges Ostmark to cut
    ...", "binds signatories to cut ...": the goal after "to" that a law or a deal binds
    someone to (the parser may hang the infinitive on the one bound)."""
    if goal.dep_ == "prep" and goal.lower_ == "to":
        return lexicon.is_a(goal.head, "binding-verb")
    if goal.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in goal.children):
        return False
    bound = goal.head
    return lexicon.is_a(bound, "binding-verb") or (
        bound.dep_ == "dobj" and lexicon.is_a(bound.head, "binding-verb"))


def _spelled_out_after_colon(token: Token, lexicon: FigureLexicon) -> bool:
    """"The proposal includes a fare cap: riders would never pay more than $100 a month":
    what follows a colon after a rule or a deal spells out its terms."""
    sentence = token.sent
    colon = next((t for t in reversed(sentence[:token.i - sentence.start]) if t.text == ":"),
                 None)
    if colon is None or colon.i == sentence.start:
        return False
    noun = token.doc[colon.i - 1]
    return noun.pos_ == "NOUN" and (lexicon.is_a(noun, "rule-noun") or _a_rule(noun, lexicon))


def _named_as_set(token: Token, lexicon: FigureLexicon) -> bool:
    """"Teachers contribute 9 percent of their pay, a rate set in law": a phrase that ends
    the sentence after a comma, naming the figure as what a law or a deal fixed (its
    participle names the law), makes it a term, as "under state law" before it does;
    the parser hangs the phrase on the verb or on the last noun."""
    sentence = token.sent
    last = max((t.i for t in sentence if not (t.is_punct or t.is_space)), default=token.i)
    return any(
        c.dep_ in ("npadvmod", "appos") and c.pos_ == "NOUN" and c.right_edge.i == last
        and c.doc[c.left_edge.i - 1].text == "," and any(
            p.dep_ == "acl" and p.tag_ == "VBN" and any(
                _a_rule(o, lexicon) for prep in p.children if prep.dep_ in ("prep", "agent")
                for o in prep.children if o.dep_ == "pobj") for p in c.children)
        for c in sentence if c.i > token.i)


def _proposes(verb: Token, noun: Token, lexicon: FigureLexicon) -> bool:
    """"a proposal to move $3 million to crisis teams", "the union's push to raise $2
    million", "a target of cutting emissions by 65 percent": the infinitive, or the gerund
    after "of", of a noun of a goal is what it proposes, as with a verb. (`noun` is the
    word the verb hangs on: the noun, or its "of".)"""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and noun.lower_ == "of" \
            and verb.head.i == noun.i:
        return lexicon.is_a(noun.head, "goal-noun")
    return verb.dep_ == "acl" and verb.head.i == noun.i and lexicon.is_a(noun, "goal-noun") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _sets(word: Token, lexicon: FigureLexicon) -> bool:
    """A verb or adjective of a rule or a goal that sets the figure it governs."""
    return (lexicon.is_a(word, "goal-verb") or lexicon.is_a(word, "rule-verb")) \
        and word.pos_ in ("VERB", "ADJ")


def _within_clause(token: Token, governors: list[Token], lexicon: FigureLexicon
                   ) -> list[Token]:
    """The governors up to the first adverbial or coordinated clause with a subject of its
    own: in "offered to buy the land after prices rose 30 percent" the rise is a claim of
    its own, which the offer does not set. A relative clause stays inside ("the law
    requires a registration for charities that raise more than $25,000": the law sets
    the threshold), and so does a clause of purpose ("requires them to lower their rates
    so that the total does not rise by more than 3 percent": what the law requires)."""
    found = []
    for head in governors:
        found.append(head)
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in head.children) \
                and head.dep_ in ("advcl", "pcomp", "conj") and not any(
                    c.dep_ == "mark" and lexicon.is_a(c, "purpose") for c in head.children):
            break
    return found


def _own_size(governors: list[Token], lexicon: FigureLexicon) -> bool:
    """"The Harbour Nurses Association represents almost 9,000 nurses", "the union
    represents about 1,400 dockworkers": the size an organisation gives of itself, the
    object of a membership verb whose subject is the organisation's name or a description
    of one the story knows."""
    verb = _clause_verb(governors)
    return verb is not None and lexicon.is_a(verb, "membership") and any(
        c.dep_ in SUBJECTS and _a_body(
            verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c, lexicon)
        for c in verb.children)


def _term_of(token: Token, governors: list[Token], lexicon: FigureLexicon) -> bool:
    """"The law caps the credit at $900", "a contract that raises wages by 14 percent": a
    law or a deal as the subject of a verb that sets an amount states its terms, and a deal
    or a rule as the subject of "be" its amount in money ("the settlement is $3 million",
    "the minimum wage is $7.25"), not how it compares ("up 40 percent"). Not what it has
    done since ("the law has cut emissions 20 percent"), which someone measured."""
    verb = _clause_verb(governors)
    if verb is None:
        return False
    subjects = [verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c
                for c in verb.children if c.dep_ in SUBJECTS]
    if verb.lemma_ == "be" and token.ent_type_ == "MONEY" and any(
            lexicon.is_a(s, "deal-noun") or lexicon.is_a(s, "rule-noun") or any(
                c.dep_ in ("amod", "compound") and lexicon.is_a(c, "rule-noun")
                for c in s.children) for s in subjects):
        # "the parks budget would be flat at $7.9 million", "the minimum wage is $7.25":
        # the deal's or the rule's own amount
        return True
    if not lexicon.is_a(verb, "term-verb"):
        return False
    # "The request would have raised the bill by $21", "the plan will cut fares 10
    # percent": what a proposal would do, whatever the tense, is what it proposes.
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) \
            and any(lexicon.is_a(s, "goal-noun") for s in subjects):
        return True
    if verb.tag_ == "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return any(_a_rule(s, lexicon) for s in subjects)


def _decided(token: Token, governors: list[Token], lexicon: FigureLexicon) -> bool:
    """"The commission approved a 6.8 percent increase", "the central bank raised its rate
    to 4.5 percent", "the city set the limit at 20 miles per hour": an amount, a rate or a
    limit a body decides, in the active voice, is the body's act on record. A verb of
    setting gives it as the new level or the change ("to", "at", "by"), not as its object
    ("the campaign raised $90 million", a total somebody counts); a count of things
    ("cut 700 jobs") is no amount."""
    if token.ent_type_ not in ("PERCENT", "MONEY", "QUANTITY"):
        return False
    verb = _clause_verb(governors)
    if verb is None:
        return False
    if any(c.dep_ == "nsubj" and _a_charge(c, lexicon) for c in verb.children) and any(
            c.dep_ == "advcl" and _body_decides(c, lexicon) for c in verb.children):
        return True  # "rates will rise 12 percent after the board voted to approve ..."
    if any(lexicon.is_a(v, "vote-verb") and any(c.dep_ == "nsubj" and _a_body(c, lexicon)
                                               for c in v.children)
           for v in _clause_chain(governors)):
        return True  # "the board voted 4-1 to contribute $180 million": what it voted to do
    # "The board voted 4-1 to raise rates 12 percent": the infinitive's doer is the subject
    # of the verb it hangs on.
    doer = verb.head if verb.dep_ == "xcomp" else verb
    if verb.tag_ == "VBN" or not any(
            c.dep_ == "nsubj" and _a_body(c, lexicon) for c in doer.children):
        return False
    if lexicon.is_a(verb, "decision-verb"):
        return True
    # The change given by a preposition or bare ("raise rates 12 percent").
    return lexicon.is_a(verb, "term-verb") and any(
        (g.dep_ == "prep" and g.lower_ in ("to", "at", "by") and g.head.i == verb.i)
        or (g.dep_ == "npadvmod" and g.head.i == verb.i) for g in [token, *governors])


def _decided_in_own_clause(counted: Token, lexicon: FigureLexicon) -> bool:
    """"A $9 million project that the board approved", "a 6.8 percent increase approved by
    the commission": what the figure counts, said in its own clause to be a body's decision,
    is on record, as the object of "the board approved a $9 million project" is. Without
    "that", the parser may read the clause as an apposition with a participle ("a project
    the board approved")."""
    if counted.dep_ in ("compound", "amod", "nummod") and counted.head.pos_ == "NOUN":
        counted = counted.head  # "a 6.8 percent increase": the increase
    for clause in counted.children:
        if clause.dep_ == "relcl" and lexicon.is_a(clause, "decision-verb") and any(
                c.dep_ == "nsubj" and _a_body(c, lexicon) for c in clause.children):
            return True
        if clause.dep_ == "acl" and clause.tag_ == "VBN" \
                and lexicon.is_a(clause, "decision-verb") and any(
                    c.dep_ == "agent" and any(_a_body(o, lexicon) for o in c.children)
                    for c in clause.children):
            return True
        if clause.dep_ == "appos" and _a_body(clause, lexicon) and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and lexicon.is_a(c, "decision-verb")
                and not any(o.dep_ == "dobj" for o in c.children) for c in clause.children):
            return True
    return False


def _a_charge(noun: Token, lexicon: FigureLexicon) -> bool:
    """A rate or a charge a body sets: "water rates", "fares", "the parking fee"."""
    return lexicon.is_a(noun, "rate-noun") or lexicon.is_a(noun, "levy")


def _body_decides(verb: Token, lexicon: FigureLexicon) -> bool:
    """"After the water board voted to approve a rate increase", "because the council
    adopted a new levy": a body's decision, of its own or by a vote, in the active voice."""
    decision = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return lexicon.is_a(decision, "decision-verb") and any(
        c.dep_ == "nsubj" and _a_body(c, lexicon) for c in verb.children)


def _price_paid(token: Token, governors: list[Token], lexicon: FigureLexicon) -> bool:
    """"Fennick bought Tessellate for $640 million", "bought a seascape, paying 3.2 million
    pounds at an auction": the price of one purchase is the deal's term, on record as an
    announced deal is. Not a payment on its own ("the campaign paid $170,000 for office
    space", "spent $14 million on paving contracts"), which somebody totalled from records."""
    verb = _clause_verb(governors)
    # "3.2 million pounds" may be tagged a weight.
    if token.ent_type_ not in ("MONEY", "QUANTITY") or verb is None \
            or not lexicon.is_a(verb, "purchase-verb"):
        return False
    if lexicon.is_a(verb, "payment-verb"):
        # Paid as the way of a purchase the sentence reports.
        return verb.dep_ in ("advcl", "xcomp", "conj") \
            and lexicon.is_a(verb.head, "purchase-verb") \
            and not lexicon.is_a(verb.head, "payment-verb")
    return any(g.dep_ == "prep" and g.lower_ == "for" and g.head.i == verb.i
               for g in governors)  # the price a thing went for


def _a_rule(noun: Token, lexicon: FigureLexicon) -> bool:
    return lexicon.is_a(noun, "law-noun") or lexicon.is_a(noun, "deal-noun")


def _a_body(noun: Token, lexicon: FigureLexicon) -> bool:
    """An organisation's name, or a description of one the story knows ("the union"); a
    relative "which" stands for the noun it follows ("The Rivermont Education
    Association, which represents the district's 1,100 teachers")."""
    return noun.ent_type_ == "ORG" or (lexicon.is_a(noun, "body-noun") and definite(noun))


def _judged(token: Token, lexicon: FigureLexicon) -> bool:
    """"Sentenced to six years for stealing $1.3 million": a figure of the offence a court's
    judgment governs is the court's record."""
    return any(lexicon.is_a(t, "judgment-verb") and t.pos_ == "VERB"
               for t in _within_clause(token, _governors(token), lexicon))


def _game_record(token: Token, lexicon: FigureLexicon) -> bool:
    """"A crowd of 5,212", "a 3.88 ERA", "is batting .312", "44 runs batted in": what an
    official scorer keeps of a game or a season, the noun the figure counts (or the verb
    that describes that noun) or the verb that takes it."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in ("nummod", "dobj"):
        return False
    return lexicon.is_a(head, "game-record") or (token.dep_ == "nummod" and any(
        c.dep_ == "acl" and lexicon.is_a(c, "game-record") for c in head.children))


def _market_price(token: Token, lexicon: FigureLexicon) -> bool:
    """"The company's shares fell 6 percent": how a traded thing's price moved, the figure
    in the clause whose subject it is, or a price made on an exchange, is public record."""
    verb = _clause_verb(_governors(token))
    return verb is not None and any((c.dep_ in SUBJECTS and (
        lexicon.is_a(c, "market-noun") or _elided_market_noun(c, lexicon))) or (
        # "wheat closed at $5.82 a bushel on the Harlow Grain Exchange": a price made there
        c.dep_ == "prep" and c.lower_ == "on" and token.ent_type_ == "MONEY"
        and any(o.dep_ == "pobj" and lexicon.is_a(o, "exchange") for o in c.children))
        for c in verb.children)


def _market_day(opening: list[Token], lexicon: FigureLexicon) -> bool:
    """The story is of a market's day: its `opening` (the words of the headline and the
    sentences after it) names an exchange ("Stocks on the Caldor Exchange fell") or has
    stocks or shares moving."""
    return any((lexicon.is_a(t, "exchange") and t.pos_ == "PROPN")
               or (lexicon.is_a(t, "market-noun") and t.dep_ in SUBJECTS
                   and lexicon.is_a(t.head, "price-move"))
               for t in opening)


def _under_a_law(opening: list[Token], lexicon: FigureLexicon) -> bool:
    """The story tells of a law: its `opening` says something happens under one ("The
    minimum wage will rise ... under a law the governor signed")."""
    return any(t.dep_ == "pobj" and lexicon.is_a(t, "law-noun") and t.head.dep_ == "prep"
               and lexicon.is_a(t.head, "rule-frame") for t in opening)


def _states_a_rule(sentence: Sentence, lexicon: FigureLexicon) -> bool:
    """"Employers may pay tipped workers $5 an hour", "Workers under 18 may be paid a training
    wage of $9": a people at large (a bare plural) that may or must do something, in a
    story of a law, is told the law's terms; the rest of the paragraph goes on with them."""
    root = next((t for t in sentence.tokens if t.dep_ == "ROOT"), None)
    return root is not None and any(
        c.dep_ == "aux" and lexicon.is_a(c, "deontic") for c in root.children) and any(
        c.dep_ in SUBJECTS and c.tag_ == "NNS" and not any(
            d.dep_ in ("det", "poss", "nummod") for d in c.children) for c in root.children)


def _game_report(opening: list[Token], lexicon: FigureLexicon) -> bool:
    """The story reports a game: its `opening` gives a score ("held off Castleford 88-81")
    and a count of play ("scored 27 points")."""
    scored = any(first.like_num and dash.text in _SCORE_DASHES and second.like_num
                 and first.idx + len(first) == dash.idx and dash.idx + 1 == second.idx
                 and len(first) <= 3 and len(second) <= 3
                 for first, dash, second in zip(opening, opening[1:], opening[2:], strict=False))
    return scored and any(lexicon.is_a(t, "box-score") and any(
        c.dep_ == "nummod" and c.like_num for c in t.children) for t in opening)


def _box_score(token: Token, lexicon: FigureLexicon) -> bool:
    """In a game's story, a count of play the scorer keeps: "612 points", "made 9 of 16
    shots ... and 7 of 8", "held them to 11 of 31 shooting", "shot 52 percent"."""
    doc = token.doc
    numbers = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num:
        numbers.append(token.head.head)  # the "8" of "7 of 8": the attempts of the made
    # "made 8 of 13 shots and 6 of 7": what the first figure counts, the second does.
    numbers += [n.head for n in numbers if n.dep_ == "conj"]
    attempts = [o for n in numbers for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    # What is counted: the noun after the figure, or after "of" and the attempts ("9 of 16
    # shots", "11 of 31 shooting", however the parser hung the noun).
    nouns = [_counted_word(token), *numbers, *attempts,
             *(doc[o.i + 1] for o in attempts if o.like_num and o.i + 1 < len(doc))]
    if any(lexicon.is_a(noun, "box-score") for noun in nouns):
        return True
    # "shot 52 percent", "shot ... only 11 of 37": a share or a made-of-attempted of a verb
    # of play.
    verb = _clause_verb(_governors(token))
    return (token.ent_type_ == "PERCENT" or bool(attempts)) and verb is not None \
        and lexicon.is_a(verb, "box-score")


def _market_move(token: Token, lexicon: FigureLexicon) -> bool:
    """"Meridian Freight, which sank 14 percent", "the Caldor 100 index closed down 1.8
    percent", "the yield on the bond rose to 4.62 percent": in a story of the market's day,
    how a name, a body or a traded thing moved on the market is public record."""
    governors = _governors(token)
    counted = _counted_word(token)
    # How far it moved ("sank 14 percent") or the price it moved to or from ("to 22.15
    # crowns", "at 7,412.35"); not an amount a name gained or lost ("lost $40 million in
    # the quarter"), a result somebody reported, where a traded thing's is its price's
    # move ("crude gained 62 cents", "gold fell $6").
    by_amount = token.ent_type_ == "MONEY"
    in_phrase = counted.dep_ == "pobj" and counted.head.dep_ == "prep"
    if token.ent_type_ != "PERCENT" and not by_amount and not (
            in_phrase and counted.head.head.pos_ in ("VERB", "AUX")):
        return False
    verb = _clause_verb(governors)
    at_level = in_phrase and counted.head.lower_ == "at"
    if verb is None or not (lexicon.is_a(verb, "price-move") or any(
            c.dep_ in ("advmod", "prt", "acomp") and lexicon.is_a(c, "price-move")
            for c in verb.children) or (at_level and lexicon.is_a(verb, "price-level"))):
        return False
    # A clause with no subject of its own (a participle, a verb joined to another) is the
    # doing of the sentence's subject: "The index is down 2.3 percent after rising 11
    # percent".
    doer = verb if any(c.dep_ in SUBJECTS for c in verb.children) else verb.sent.root
    for subject in (c for c in doer.children if c.dep_ in SUBJECTS):
        if subject.tag_ == "WDT" and doer.dep_ == "relcl":
            subject = doer.head  # "Meridian Freight, which sank"
        if subject.pos_ == "PRON" and subject.sent.start > 0:
            # "Corvane shares had risen 9%. They are now down 5%": the pronoun is the
            # subject of the sentence before, what moved there.
            before = subject.doc[subject.sent.start - 1].sent.root
            subject = next((c for c in before.children if c.dep_ in SUBJECTS), subject)
        # A name is proper words, "the Harlow 50" as much as "Meridian Freight"; not a
        # possessor's ("Meridian's profit rose", a result somebody reported).
        members = (subject, *subject.conjuncts)
        traded = [lexicon.is_a(t, "traded") or lexicon.is_a(t, "market-noun") for t in members]
        if by_amount and not in_phrase:
            if all(traded):
                return True
            continue
        if any(is_traded or t.pos_ == "PROPN" or lexicon.is_a(t, "body-noun")
               or any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in t.children)
               for t, is_traded in zip(members, traded, strict=True)):
            return True
    return False


def _elided_market_noun(subject: Token, lexicon: FigureLexicon) -> bool:
    """"Quillbrook's shares rose 18 percent. Tarrow's fell 3 percent.": a possessive
    standing alone as the subject leaves out the noun of the sentence before's subject."""
    if not any(c.dep_ == "case" for c in subject.children) or subject.sent.start == 0:
        return False
    before = subject.doc[subject.sent.start - 1].sent
    return any(t.dep_ in SUBJECTS and t.head.dep_ == "ROOT" and lexicon.is_a(t, "market-noun")
               for t in before)


def _forecast(token: Token, lexicon: FigureLexicon) -> bool:
    """"It now expects earnings of $4.30 to $4.40 a share", "officials are expecting a
    turnout of more than 4 million": a figure in what a forecast verb governs is its
    subject's forecast."""
    return any(lexicon.is_a(g, "forecast-verb") and g.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in g.children) for g in _governors(token))


def _posted_price(token: Token, lexicon: FigureLexicon) -> bool:
    """"A monthly pass will cost $310", "takes a return ticket to $46.50": the price of one
    thing sold at a posted price, or of such things at a price ("tickets start at $28"),
    the subject or object of the figure's clause. Not "the average fare", an average
    somebody computed, nor how much "fares rose", a change across prices somebody
    measured."""
    governors = _governors(token)
    verb = _clause_verb(governors)
    if verb is None or token.ent_type_ != "MONEY":
        return False
    # Things of a kind at a price ("tickets start at $28", "passes cost $90"), not a
    # change across them ("fares rose $2").
    priced = verb.lemma_ == "cost" or any(
        g.dep_ == "prep" and g.lower_ in ("at", "for") and g.head.i == verb.i for g in governors)
    # A price per unit ("$180 a night", "$45 each") of things of a kind, or of any one of
    # them ("a room goes for ..."), is a posted price whatever is sold; not what one
    # thing costs in a year ("the plan costs $40 million a year").
    per_unit = priced and _per_unit(token)
    return any(
        c.dep_ in (*SUBJECTS, "dobj") and not any(
            lexicon.is_a(m, "evidence-noun") for m in c.children) and (
            ((c.tag_ == "NN" or (priced and c.tag_ == "NNS")) and lexicon.is_a(c, "price-noun"))
            or (per_unit and c.pos_ == "NOUN" and (c.tag_ == "NNS" or indefinite(c))))
        for c in verb.children)


def _per_unit(number: Token) -> bool:
    """"$180 a night", "$45 each", "$12 per person": a price for each one of a unit."""
    start, end = _quantity_tokens(number)
    doc = number.doc
    return any(c.dep_ == "npadvmod" and (c.lower_ in ("each", "apiece") or any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children))
        for t in doc[start:end] for c in t.children) or (
        end < len(doc) and doc[end].lower_ == "per")


def _framed_by_deal(governors: list[Token], lexicon: FigureLexicon) -> bool:
    """"Under the agreement, the union spent $3 million on the mill", "under the new rules, a
    sponsor must earn at least 38,000 kronor", "added 120 beds under a winter plan": a
    prepositional phrase of the figure's clause that names a deal, a law or a plan as its
    frame makes the figure one of its terms; not one that says what was spent on ("spent
    $14 million on paving contracts", a total)."""
    return any(_a_rule(t, lexicon) or (t.pos_ == "NOUN" and lexicon.is_a(t, "goal-noun"))
               for verb in _clause_chain(governors) for c in verb.children
               if c.dep_ == "prep" and lexicon.is_a(c, "deal-frame") for t in c.subtree)


def _clause_chain(governors: list[Token]) -> list[Token]:
    """The verb of the figure's clause and those of the clauses it hangs on with no word
    that subordinates it ("must give ... and must pay", "will pay ... with bonds repaid
    from", "voted to adopt ..., approving"): what frames or decides them frames or decides
    the figure. Not past "although", "after" or "because", nor a reported clause."""
    verb = _clause_verb(governors)
    chain = []
    while verb is not None:
        chain.append(verb)
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "mark" for c in verb.children):
            break
        verb = verb.head
    return chain


def _clause_verb(governors: list[Token]) -> Token | None:
    """The verb of the clause a figure is in: the first verb among its governors."""
    return next((t for t in governors if t.pos_ in ("VERB", "AUX")), None)


def _governors(token: Token) -> list[Token]:
    """The heads above a token up to an apposition: in "vowed to evict all tenants — 3,000
    families", the figure describes the object and is no part of the pledge."""
    heads = []
    while token.dep_ != "appos" and token.head.i != token.i:
        token = token.head
        heads.append(token)
    return heads


def _rhetorical(token: Token) -> bool:
    """A percentage that grades an adjective or adverb: "100 percent wrong"."""
    if token.ent_type_ != "PERCENT":
        return False
    percent = _counted_word(token)
    return percent.head.tag_ in ("JJ", "RB") and percent.head.i > percent.i


def _quantity_tokens(number: Token) -> tuple[int, int]:
    """Token range of the number with its approximator and the noun it counts. The parser
    may hang what comes before the number on a word after it ("up to" on "million" in "up
    to 24 million dollars", the first "$" on "54" in "$48 to $54"): the range starts at
    the first such word."""
    start, last = number.left_edge.i, number
    while last.dep_ in ("nummod", "quantmod", "compound") and last.head.i > last.i:
        last = last.head
        start = min([start, *(c.left_edge.i for c in last.lefts if c.dep_ == "quantmod")])
    end = last.i + 1
    doc = number.doc
    while end + 1 < len(doc) and inner_hyphen(doc[end]) and doc[end + 1].is_alpha:
        end += 2  # "300 counter-protesters", however the parser split the word
    if last is number and end + 1 < len(doc) and doc[end].lower_ == "in" \
            and doc[end + 1].like_num and doc[end + 1].ent_type_ != "DATE":
        end = _quantity_tokens(doc[end + 1])[1]  # "one in five households"
    return start, end


def _counted_word(number: Token) -> Token:
    """The last word of the figure's quantity: the noun it counts ("14 percent", "612
    points"), or the number itself when it counts nothing named."""
    return number.doc[_quantity_tokens(number)[1] - 1]


def _quantity_span(number: Token) -> tuple[int, int]:
    """The number with its approximator and the noun it counts: "up to 24 living hostages"."""
    start_token, end_token = _quantity_tokens(number)
    doc = number.doc
    start, end = doc[start_token].idx, doc[end_token - 1].idx + len(doc[end_token - 1])
    if number.ent_type_:
        # The whole entity: "$4 million", "12 percent". Walked from the token's IOB tags:
        # spaCy builds every entity of the document again at each reading of `doc.ents`.
        first = number.i
        while doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        last = number.i
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
        start = min(start, doc[first].idx)
        end = max(end, doc[last].idx + len(doc[last]))
    return start, end


def check(results: Results) -> list[Finding]:
    return statistic_findings(results.doc, results.attributions, results.figures)
