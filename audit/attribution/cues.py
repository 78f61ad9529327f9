"""Cues: the reporting verbs, prepositions and labels of one sentence, each with its
source and content."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from audit.attribution.content import (
    content_span,
    quote_kind,
    quoted_content,
    quoted_predicate,
    rest_of_sentence,
)
from audit.attribution.lexicon import Cue, CueLexicon
from audit.attribution.model import Candidate, Labels, Scope
from audit.attribution.sources import verb_source
from audit.attribution.syntax import (
    CLAUSE_DEPS,
    OBJECT_DEPS,
    QUOTE_REACH,
    RELATIVE,
    after_lets,
    bare_plural,
    in_quote,
    misread_closing_tag,
    phrase_span,
    tag_start,
    trim,
)
from audit.document import ParsedDocument, Sentence
from audit.quotes import CREDIT_DASH, Quote

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_FACTUAL_MODALS = {"will", "'ll", "’ll"}  # "will announce" is a plan stated as news


_SENTENCE_ENDS = frozenset(".?!\"”’'")  # what a sentence of a transcript ends with
_TAG_WORDS = 8  # the most words a tag such as "Ortega, the union's lawyer, asked." has
_TAG_GAP = 1  # a tag the splitter cut from its quotation follows it this closely: "?” Ortega"
# A credit line's dash, after its quotation on the same line, the next, or after a blank
# line or two (an embedded post's "<p>...</p>&mdash; Name", a pull quote's "</p><p>— Name"
# inside its blockquote).
_CREDIT_DASH = re.compile(rf"[ \t\u00a0]*(?:\n[ \t\u00a0]*){{0,4}}({CREDIT_DASH})[ \t\u00a0]*")
# A sentence that opens with the dash follows its quotation this closely: blank lines and
# blanked markup (a blockquote's marker, closing and opening tags, an entity's padding)
# between them, which `_CREDIT_DASH` checks.
_CREDIT_GAP = 80
_POINTING_GAP = 8  # a sentence pointing back follows its quotation across a blank line or two
_LINE_REACH = 2_000  # characters of blanked markup an embedded post may open with
_CREDIT_NAME_WORDS = 4  # "― Carla Sanchez", "— Dr. Ana María Ortiz"
_POINTING = frozenset({"that", "this", "those", "these"})  # what points back at a quotation


_NO_LABELS = Labels()
_NOT_PEOPLE = frozenset({"ORG", "GPE", "FAC", "LOC"})  # entity types no "who" stands for


def find_candidates(doc: ParsedDocument, sentence: Sentence, cues: CueLexicon,
                    labels: Labels = _NO_LABELS) -> list[Candidate]:
    """`labels`: the transcript's labels the document uses more than once (see
    `speaker_labels`)."""
    quotes = doc.quotes.overlapping(sentence.start, sentence.end)
    scope = Scope(doc.clean, sentence, quotes, quotes + _tagged_before(doc, sentence, quotes))
    found: list[Candidate] = []
    labelled = _colon_label(doc, scope, labels)
    if labelled is not None:
        found.append(labelled)
    for token in sentence.tokens:
        cue_word = token.lower_ in cues.first_words or token.lemma_.lower() in cues.first_words
        if not (cue_word or _may_report_vaguely(token)):
            continue  # most words: neither a cue nor a verb of a vague report
        if in_quote(token, quotes):
            continue  # a cue inside a quotation is the speaker's words, not the writer's
        item = None
        if cue_word:
            item = (_prepositional(token, cues, scope) or _verbal(token, cues, scope)
                    or _nominal(token, cues, scope) or _verb_read_as_noun(token, cues, scope))
        item = item or _vague_report(token, cues, scope)
        if item is not None and not any(f.cue == item.cue for f in found) and not (
                labelled is not None and item.source[0] < labelled.source[1]
                and labelled.source[0] < item.source[1]):
            # "OSEI: Thank you.": the parser may make the label the subject of a cue in the
            # turn; the turn is one statement.
            found.append(item)
    if not found:
        introduced = _colon_quotation(scope, cues)
        if introduced is not None:
            found.append(introduced)
    found += _credit_lines(doc, sentence)
    pointed = _points_back(doc, sentence, cues)
    if pointed is not None:
        # What the verb says is the quotation before, not its object ("the plan").
        found = [item for item in found if item.cue != pointed.cue] + [pointed]
    for item in found:
        if item.kind == "according_to":
            item.content = _before_other_speakers(item, found, scope)
    return found


def _before_other_speakers(item: Candidate, found: list[Candidate], scope: Scope
                           ) -> tuple[int, int] | None:
    """"According to X, the target is met, but Lindqvist says it is not": the words after
    another speaker's clause are that speaker's, not X's."""
    if item.content is None:
        return None
    start, end = item.content
    doc = scope.sentence.span.doc
    for other in found:
        first = doc[other.source[0]]
        if other is item or not start < first.idx < end or first.idx < item.cue[1]:
            continue
        i = first.i
        while i > 0 and doc[i - 1].dep_ in ("cc", "punct") and doc[i - 1].idx > start:
            i -= 1  # ", but" belongs to neither speaker
        end = min(end, doc[i].idx)
    return trim(scope.text, start, end)


def _tagged_before(doc: ParsedDocument, sentence: Sentence, quotes: list[Quote]
                   ) -> list[Quote]:
    """The quotation that ends right where a short, unquoted sentence begins: the splitter
    ends a sentence after "?”" or "!”", so "“Where is the money?” Ortega asked." arrives
    as a quotation and its tag. The words of an apposition ("Ortega, a strategist at the
    bank, said") do not count against a tag."""
    before = None if quotes else _quotation_before(doc, sentence.start, _TAG_GAP)
    if before is None:
        return []
    aside: set[int] = set()
    for token in sentence.tokens:
        if token.dep_ == "appos":
            aside.update(range(token.left_edge.i, token.right_edge.i + 1))
    words = sum(1 for t in sentence.tokens if t.is_alpha and t.i not in aside)
    return [before] if words <= _TAG_WORDS else []


def _quotation_before(doc: ParsedDocument, offset: int, gap: int) -> Quote | None:
    """The quotation that ends right before an offset, with at most `gap` spaces between."""
    before = doc.quotes.ending_by(offset)
    if before is None or offset - before.end > gap or doc.clean[before.end:offset].strip():
        return None
    return before


def speaker_labels(doc: ParsedDocument, forenames: Mapping[str, str]) -> Labels:
    """The labels that open more than one sentence of the document, each ending as a
    sentence ends: the speakers of a transcript ("HOLLOWAY: Let's start.", or "Reyes: Not
    this year." where the article names a Reyes), where a kicker is used once or labels a
    headline ("WATCH: Police outline a scam"). Once a transcript has a speaker who spoke
    more than once, a person's name in capitals opens a turn however often it speaks (a
    resident's one question, "HAROLD BECK:"; "TRUMP:" in a clip the article names Donald
    Trump in), where a kicker in capitals ("ANALYSIS:") names no one. And the
    interviewer's labels (see `_asking`)."""
    people = {t.text for entity in doc.doc.ents if entity.label_ == "PERSON" for t in entity}
    opened = [(names, sentence) for sentence in doc.sentences
              if (names := _label_names(sentence))]
    seen = Counter(" ".join(t.text for t in names) for names, sentence in opened
                   if (all(t.is_upper for t in names) or names[-1].text in people)
                   and doc.clean[sentence.start:sentence.end].rstrip()[-1:] in _SENTENCE_ENDS)
    repeated = frozenset(label for label, count in seen.items() if count > 1)
    asks = _asking(doc, opened)
    answers = answers_set_apart(doc)
    if not repeated:
        return Labels(repeated, asks, answers)
    capitals = [label for label in seen if label.isupper()]
    named = {label for label in capitals if label.split()[-1].title() in people
             or (" " in label and label.split()[0].title() in forenames)}
    surnames = {label.split()[-1] for label in named | repeated}
    speakers = repeated | named | {label for label in capitals if label in surnames}
    return Labels(speakers - asks, asks, answers)


def answers_set_apart(doc: ParsedDocument) -> dict[int, Token]:
    """An interview laid out without answer labels: each question set apart (a bold line
    or a subhead, or a paragraph opened by "Q:") and ending in a question mark, or a prompt
    set apart so between two questions, its answer the plain paragraphs after it up to the
    next line set apart; after the last question, one paragraph, for what follows is the
    writer's again ("After the interview, ..."). Two such questions at least, most
    answers in the first person ("I read all 340 pages"): an explainer's subheads ("What
    happens next?") head the writer's prose. Returns each answer's paragraph with the
    mark that ends its prompt."""
    paragraphs = doc.paragraphs()
    prompts = [(i, mark, mark.text == "?") for i, paragraph in enumerate(paragraphs[1:], 1)
               if (mark := _prompt_set_apart(paragraph)) is not None]  # not the title
    asked = [i for i, _, question in prompts if question]
    if len(asked) < 2:
        return {}
    # A prompt that states rather than asks ("**Eleven percent is still £38 million.**")
    # is the interviewer's turn too, between the questions that show the layout.
    questions = [(i, mark) for i, mark, question in prompts
                 if question or asked[0] < i < asked[-1]]
    answers: dict[int, Token] = {}
    first_person = 0
    for (i, mark), following in itertools.zip_longest(questions, questions[1:]):
        end = following[0] if following else min(i + 2, len(paragraphs))
        answered = list(itertools.takewhile(
            lambda paragraph: not any(s.headline for s in paragraph), paragraphs[i + 1:end]))
        answers.update((paragraph[0].paragraph, mark) for paragraph in answered)
        first_person += bool(answered) and any(
            t.pos_ == "PRON" and "1" in t.morph.get("Person") and doc.quotes.at(t.idx) is None
            for sentence in answered[0] for t in sentence.tokens)
    return answers if first_person * 2 > len(questions) else {}


def answer_set_apart(doc: ParsedDocument, sentence: Sentence, question: Token) -> Candidate:
    """A sentence of an answer set apart: the interviewee's words, verbatim, credited by
    the question mark of the question it answers, since no word names who speaks."""
    mark = (question.idx, question.idx + 1)
    return Candidate((question.i, question.i + 1), question, mark,
                     trim(doc.clean, sentence.start, sentence.end), "?", "neutral", "direct",
                     answer=True)


def _prompt_set_apart(paragraph: list[Sentence]) -> Token | None:
    """The last word or mark of a paragraph set apart as an interviewer's prompt: a bold
    line or a subhead, or one opened by "Q:"; a question ends in its question mark."""
    if not (all(s.headline for s in paragraph)
            or [t.text for t in _label_names(paragraph[0])] == ["Q"]):
        return None
    last = paragraph[-1].tokens
    return next((t for t in reversed(last) if not (t.is_space or t.is_quote or t.is_punct)
                 or t.text in ("?", ".")), None)


def _asking(doc: ParsedDocument, opened: list[tuple[list[Token], Sentence]]
            ) -> frozenset[str]:
    """The labels of the publication interviewing: a body the article names ("She spoke
    with the Courier"; a person asking, a host or a reporter, is a speaker like any other,
    and "Q:" names no one already) whose turns (paragraphs) end in a question, two of them
    at least and more than half ("The union says morale is low." is a prompt), in a
    document where another label's turns never do. Its questions are the writer's side of
    the Q&A."""
    if len(opened) < 3:
        return frozenset()  # no two questions and an answer: most articles
    in_labels = {t.i for names, _ in opened for t in names}
    # Named as a body in the article's own sentences, not only in its labels (where the
    # tagger calls "HOLLOWAY" an organisation as often as not).
    bodies = {e[-1].text for e in doc.doc.ents if e.label_ == "ORG" and e.start not in in_labels
              and not e.text.isupper()} \
        - {t.text for e in doc.doc.ents if e.label_ == "PERSON" for t in e}
    last = {sentence.paragraph: sentence for sentence in doc.sentences}  # each paragraph's
    turns: dict[str, list[bool]] = {}
    for names, sentence in opened:
        end = last[sentence.paragraph]
        turns.setdefault(" ".join(t.text for t in names), []).append(
            doc.clean[end.start:end.end].rstrip(" \"'”’*_")[-1:] == "?")
    asking = {label for label, asked in turns.items()
              if label.split()[-1] in bodies  # "the Courier" the article names, not a host
              and sum(asked) > 1 and sum(asked) * 2 > len(asked)}
    answered = any(not any(asked) for label, asked in turns.items() if label not in asking)
    return frozenset(asking) if answered else frozenset()


def _label_names(sentence: Sentence) -> list[Token]:
    """The proper nouns before a colon that opens the sentence, if any (the tagger may
    take a capitalised name there, or a transcript's name in capitals, for a common noun,
    or for an adverb: "Achebe: They deserve one.")."""
    words = [t for t in sentence.tokens if not t.is_space and not t.is_quote]
    names = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" or (
        t.pos_ == "NOUN" and (t.is_title or (t.is_upper and len(t) > 1))) or (
        t.pos_ == "ADV" and t.is_alpha and t.is_title), words[:5]))
    if not names or len(words) <= len(names) + 2 or words[len(names)].text != ":":
        return []
    return names


def _colon_label(doc: ParsedDocument, scope: Scope, transcript: Labels
                  ) -> Candidate | None:
    """"Whitfield: Budget Is Balanced", a transcript's "BELL: We voted.": a name and a colon
    opening the sentence introduce what the named source said."""
    sentence = scope.sentence
    names = _label_names(sentence)
    if not names:
        return None
    if any(t.ent_type_ in ("GPE", "DATE", "TIME") for t in names):
        return None  # a dateline ("DENVER:") or a time, not a speaker
    labels = transcript.speakers
    # A name is short; four words or more in title case are a subhead ("Veto Power Impedes
    # Peace Efforts:"), whatever entity the tagger sees in them.
    label = " ".join(t.text for t in names)
    if label in transcript.asking:
        return None  # the interviewer's question, the writer's side of the Q&A
    # "Pence: Debate Guest Won't Come": a name the tagger missed in a title, which it finds
    # for a person or a body elsewhere ("Gov. Mike Pence").
    tagged = len(names) <= 3 and (
        any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in names)
        or names[-1].text in doc.name_ends)
    letters = label.replace("&", " ").split()
    # An interview's answers ("A:" after "Q:" questions, each more than once) are the words
    # of the one interviewed, verbatim; a question is the interviewer's, and "Q&A:" a kicker.
    answer = label == "A" and {"Q", "A"} <= labels
    # A word in capitals the tagger takes for a common noun names someone only as a
    # transcript's label: "ANALYSIS:", which it may also call an organisation, is a kicker.
    common = any(t.pos_ == "NOUN" and t.is_upper for t in names)
    if not answer and (all(len(word) == 1 for word in letters)
                       or ((not tagged or common) and label not in labels)):
        return None  # "Correction:", "WATCH:", a headline's kicker; "Q:" names no one
    colon = next(t for t in sentence.tokens if t.i > names[-1].i and t.text == ":")
    if not answer and label not in labels and _listing(
            [t for t in sentence.tokens if t.i > colon.i]):
        return None  # "Dunmore: Pettibone 2-for-3, 2 RBI": a listing, no words of anyone's
    content = trim(scope.text, colon.idx + 1, sentence.span.end_char)
    return Candidate((names[0].i, names[-1].i + 1), names[-1], (colon.idx, colon.idx + 1),
                     content, ":", "neutral",
                     # a transcript's turns and an interview's answers are verbatim
                     "direct" if answer or label in labels else "indirect", answer=answer,
                     turn=label in labels and not answer)


def _listing(tokens: list[Token]) -> bool:
    """"Pettibone 2-for-3, HR (11), 2 RBI", "1,769": figures with nothing but names and
    abbreviations beside them, a box score's or a tally's line rather than anyone's words."""
    return any(any(c.isdigit() for c in t.text) for t in tokens) and all(
        t.pos_ == "PROPN" or t.is_upper or not t.is_alpha for t in tokens)


def _colon_quotation(scope: Scope, cues: CueLexicon) -> Candidate | None:
    """"Okafor is more blunt: “We are failing them.”": a person's clause that ends in a
    colon introduces the quotation after it, which runs to the end of the sentence."""
    sentence = scope.sentence
    for token in sentence.tokens:
        if token.text != ":" or in_quote(token, scope.quotes):
            continue
        quote = next((q for q in scope.quotes if q.start >= token.idx + 1
                      and not scope.text[token.idx + 1:q.start].strip()), None)
        if quote is None or scope.text[quote.end:sentence.end].strip(" .\n\"'”’"):
            return None
        # The nearest clause before the colon with a subject ("I gave my reply:",
        # not the sentence around it); the parser often hangs it on the quotation's verb.
        verb = token.doc[token.i - 1]
        while not _subjects(verb) and verb.head.i < token.i and verb.head.i != verb.i:
            verb = verb.head
        subjects = _subjects(verb)
        if len(subjects) != 1 or verb.pos_ not in ("VERB", "AUX") or subjects[0].is_upper:
            return None  # "ANALYST'S VIEWPOINT:" is a kicker, no one speaking
        subject = subjects[0]
        # "Her husband, Piet Lind, is more blunt:": the name set beside the description.
        subject = next((c for c in subject.children if c.dep_ == "appos"
                        and c.pos_ == "PROPN"), subject)
        pronoun = cues.pronouns.get(subject.lower_)
        if subject.pos_ != "PROPN" and (pronoun is None or pronoun.gender is None):
            return None  # "The message is simple:", "I gave my reply:": no one named
        return Candidate(phrase_span(subject), subject, (token.idx, token.idx + 1),
                         (quote.start, quote.end), ":", "neutral", "direct")
    return None


def _credit_lines(doc: ParsedDocument, sentence: Sentence) -> list[Candidate]:
    """"“It saves nothing.” — Paul Ostrander, Millbrook": a quotation that opens its line,
    credited after a dash by a name that ends the line (with at most a description after a
    comma), as readers' reactions, epigraphs and pull quotes are; the dash is the cue."""
    found = []
    for quote in doc.quotes.overlapping(max(0, sentence.start - _CREDIT_GAP), sentence.end):
        credit = _CREDIT_DASH.match(doc.clean, quote.end)
        if credit is None or not sentence.start <= credit.start(1) < sentence.end:
            continue
        # The quotation opens its line of the masked text (where an HTML block ends a line
        # too); markup blanked before it may be long, but not longer than this.
        reach = max(0, quote.start - _LINE_REACH)
        line_start = doc.clean.rfind("\n", reach, quote.start) + 1
        if (line_start == 0 and reach > 0) or doc.clean[line_start:quote.start].strip():
            continue  # the quotation does not open its line
        line_end = doc.clean.find("\n", credit.end(), sentence.end)
        line_end = sentence.end if line_end < 0 else line_end
        words = [t for t in sentence.tokens if credit.end() <= t.idx < line_end
                 and not t.is_space]
        names = list(itertools.takewhile(
            lambda t: t.pos_ == "PROPN" and t.text[:1].isupper(), words))
        rest = words[len(names):]
        if not names or len(names) > _CREDIT_NAME_WORDS or (rest and rest[0].text not in ",.(") \
                or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in rest):
            continue  # "“a giveaway” — Ortega disagreed": the writer's sentence goes on
        found.append(Candidate((names[0].i, names[-1].i + 1), names[-1],
                               (credit.start(1), credit.end(1)), (quote.start, quote.end),
                               "—", "neutral", "direct"))
    return found


def _points_back(doc: ParsedDocument, sentence: Sentence, cues: CueLexicon
                 ) -> Candidate | None:
    """"“... I will be the first one at the gate.” That is how Harold Birch describes the
    plan.": a sentence right after a quotation that says, of "that" or "this", how or what
    someone named said, told or thinks, with a verb of the cue lexicon, credits the
    quotation to that person ("That's what Trump has done" credits no one)."""
    root = sentence.span.root
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in _POINTING
                                      for c in root.children):
        return None
    before = _quotation_before(doc, sentence.start, _POINTING_GAP)
    if before is None or before.single:
        return None
    for verb in (c for c in root.children if c.dep_ in ("ccomp", "attr", "acomp")):
        if not any(c.tag_ in ("WRB", "WP") for c in verb.children) \
                or verb.lemma_.lower() not in cues.verbs:
            continue  # "That is how ..." or "That is what ...", not "That is a fact"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"
                        and c.pos_ == "PROPN"), None)
        if subject is not None:
            return Candidate(phrase_span(subject), subject, (verb.idx, verb.idx + len(verb)),
                             (before.start, before.end), verb.lemma_.lower(), "neutral",
                             "direct")
    return None


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _prepositional(token: Token, cues: CueLexicon, scope: Scope) -> Candidate | None:
    """"according to X": the object of the last word is the source."""
    sentence = scope.sentence
    for words, cue in cues.prepositional.items():
        if token.lower_ != words[0]:
            continue
        run = [token]
        for word in words[1:]:
            following = run[-1].nbor(1) if run[-1].i + 1 < sentence.span.end else None
            if following is None or following.lower_ != word:
                break
            run.append(following)
        if len(run) != len(words):
            owned = _owned_form(token, words)
            if owned is None:
                continue
            # "in her words": the owner of "in the words of X" is its X.
            run, objects = [token, owned.head], [owned]
        else:
            objects = [c for c in run[-1].children if c.dep_ == "pobj"]
        if not objects:
            continue
        source = phrase_span(objects[0])
        # The words are outside the whole phrase, a relative clause on its object included:
        # "according to a survey by the authority, which found that ..., most pay cash".
        outside = (token.i, max(source[1], run[-1].right_edge.i + 1))
        clause = _reported_around(token, outside, cues)
        if clause is None:
            content = rest_of_sentence(scope, outside)
        elif any(not t.is_punct and t.dep_ != "mark" for t in clause if t.i < token.i):
            content = trim(scope.text, clause.start_char, token.idx)
        else:  # "reported that, according to an analysis, 85 of ...": what follows
            content = rest_of_sentence(scope, outside, clause)
        return Candidate(source, objects[0], (run[0].idx, run[-1].idx + len(run[-1])), content,
                      cue.term, cue.cue_class, "according_to")
    return None


def _reported_around(token: Token, outside: tuple[int, int], cues: CueLexicon
                     ) -> Span | None:
    """The clause a verb of saying reports when the cue phrase sits inside it, with words
    of it after the phrase: "Dunne said the load was 4.8, according to the records, and
    that ...". The phrase vouches for what it follows in that clause, in Dunne's words,
    not for his saying."""
    for clause in token.ancestors:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues.verbs:
            doc = token.doc
            if any(not t.is_punct for t in doc[outside[1]:clause.right_edge.i + 1]):
                return doc[clause.left_edge.i:clause.right_edge.i + 1]
            return None
    return None


def _owned_form(preposition: Token, words: tuple[str, ...]) -> Token | None:
    """The owner in the possessive form of a cue "in the N of X": "in her words", "in
    Ruiz's words" for "in the words of"."""
    if len(words) != 4 or words[1] != "the" or words[3] != "of":
        return None
    noun = next((c for c in preposition.children if c.dep_ == "pobj"
                 and c.lower_ == words[2]), None)
    if noun is None or any(c.dep_ != "poss" and c.lower_ != "own" for c in noun.children):
        return None  # "in Christie's blank stare and robotic words" is no one's saying
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _verbal(token: Token, cues: CueLexicon, scope: Scope) -> Candidate | None:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN",
                                                                 "VBG", "VB"):
        return None
    cue, cue_end = _verb_cue(token, cues)
    cleft = _cleft_content(token, scope)
    if cue is None or _so_called(token) or (
            cleft is None and _unasserted(token, cues, scope.quotes)) \
            or _of_aspect(token, cues, scope.quotes):
        return None
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS and c.tag_ != "WP"]
    # What is claimed in the passive: "shifts claimed by officers", "a refund was claimed".
    claimed = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else [
        c for c in token.children if c.dep_ == "nsubjpass"]
    if (objects or claimed) and all(o.lemma_.lower() in cue.not_objects
                                    for o in objects + claimed):
        return None
    if scope.sentence.headline and (_headline_passive(token) or _titled_with(token, scope)):
        return None
    source, vague = verb_source(token, scope.quotes)
    if source is None:
        source = _heard_speaking(token, cues)
    if source is None or _no_one(source, cues) or (
            not cue.speech and _first_or_second_person(source, cues)) or _put_to_the_hearer(
            source, scope):
        return None
    content = cleft or content_span(token, scope, cue.addressed, source)
    if cleft is None and not _satisfies(token, cue, scope.nearby, cue_end):
        return None
    if cleft is None and _names_words_unsaid(token, content):
        return None
    kind = quote_kind(content, scope.nearby, scope.text)
    if kind != "indirect" and content is not None:
        content = quoted_content(content, scope.nearby) or content
    start = token.idx
    cue_class = cue.demanding if cue.demanding and _demands(token, cue) else cue.cue_class
    if cue.contest and kind == "indirect" and _accepts_result(token, cue, objects):
        cue_class = "neutral"
    if source.lower_ in RELATIVE and token.dep_ == "relcl":
        # "Kamin, who emphasized ...": the pronoun is the source, its antecedent the speaker.
        return Candidate((source.i, source.i + 1), _antecedent(source, token.head),
                         (start, cue_end), content, cue.term, cue_class, kind, vague)
    phrase = phrase_span(source)
    if phrase[0] <= token.i < phrase[1]:
        phrase = (token.i + 1, phrase[1])  # "Said Okafor:": the tag is no part of the name
    return Candidate(phrase, source, (start, cue_end), content, cue.term, cue_class, kind,
                     vague)


def _verb_read_as_noun(token: Token, cues: CueLexicon, scope: Scope) -> Candidate | None:
    """"Financial disclosures filed with the state show that ...", "Emails obtained by the
    Ledger show that ...": after a participle's phrase the parser reads the verb as a noun
    ("the state show"), the last word of the phrase, with the that-clause hung on it, on
    the participle or on the noun the participle describes, which is the source. The parser
    may also keep the verb whole but call it a noun, with its subject and its that-clause
    ("Internal emails filed in Grell's lawsuit show that ...")."""
    cue = cues.verbs.get(token.lemma_.lower())
    if cue is None or token.pos_ != "NOUN":
        return None
    if token.dep_ == "ROOT":
        source = next((c for c in token.children if c.dep_ == "nsubj"), None)
        start = source.left_edge.i if source is not None else None
        end = token.i
        hung = [token]
    else:
        participle = token.head.head
        if token.dep_ != "pobj" or token.head.dep_ not in ("prep", "agent") \
                or participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") \
                or participle.head.pos_ not in ("NOUN", "PROPN"):
            return None
        source = participle.head
        start, end = source.left_edge.i, participle.i
        hung = [token, source, participle]
    if source is None:
        return None
    clause = next((c for word in hung for c in word.children
                   if c.dep_ in ("acl", "ccomp", "relcl") and c.i > token.i
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return None
    right = clause.right_edge
    content = trim(scope.text, clause.left_edge.idx, right.idx + len(right))
    return Candidate((start, end), source,
                     (token.idx, token.idx + len(token)), content, cue.term, cue.cue_class,
                     quote_kind(content, scope.nearby, scope.text))


def _accepts_result(verb: Token, cue: Cue, objects: list[Token]) -> bool:
    """"Conceded the race", "conceded in a phone call": a contest conceded, by its noun or
    with no words reported (no clause, no other object; a quotation is the caller's)."""
    if any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return False
    # A "that" the parser took for an object ("and that Sanders conceded") is none.
    return all(o.lemma_.lower() in cue.contest or o.pos_ == "SCONJ" for o in objects)


def _names_words_unsaid(verb: Token, content: tuple[int, int] | None) -> bool:
    """"What they said", a section's heading: a sentence that is only a "what" clause
    names what was said and reports none of it. Not "what he called “a brazen breach”",
    whose words are the predicate, nor "which she denied", whose "which" stands for
    words the sentence gives."""
    return content is not None and verb.dep_ == "ROOT" and any(
        c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i
        and (c.idx, c.idx + len(c)) == content for c in verb.children)


def _demands(verb: Token, cue: Cue) -> bool:
    """"Insisted on a recount", "insisted that the board resign": a demand, its clause in
    the mandative subjunctive (a bare verb with a subject and no auxiliary), not an
    assertion whose truth the verb puts in doubt ("insisted that the board had resigned")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == cue.demand_preposition:
            return True
        if child.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in child.children):
            continue
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (
                child.tag_ == "VB" or (child.tag_ == "VBP" and _singular(subject))):
            return True  # "that the board resign": the bare verb after a singular subject
    return False


def _singular(subject: Token) -> bool:
    """A subject in the third person singular, which a verb in the present would agree
    with by its -s."""
    return subject.tag_ in ("NN", "NNP") or (
        subject.morph.get("Person") == ["3"] and subject.morph.get("Number") == ["Sing"])


def _cleft_content(token: Token, scope: Scope) -> tuple[int, int] | None:
    """"What he would say is that fines rarely deter": a cue whose object is "what", the
    subject of "is", reports the clause after "is"; the modal there is no wish, as it is in
    "he would say"."""
    verb = token.head
    if token.dep_ != "csubj" or verb.lemma_ != "be" \
            or not any(c.tag_ == "WP" and c.lower_ == "what" for c in token.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "attr") and c.i > token.i),
                  None)
    if clause is None:
        return None
    return trim(scope.text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))


def _nominal(token: Token, cues: CueLexicon, scope: Scope) -> Candidate | None:
    """"his claim that ...", "the ministry's statement that ...", "a warning by the union
    that ...": a noun cue whose owner or "by" agent is the source and whose that-clause or
    quotation is the content. Without a content ("his claim was false") nothing is
    reported."""
    if token.pos_ != "NOUN":
        return None
    cue = cues.nouns.get(token.lemma_.lower())
    if cue is None:
        return None
    # The owner: "his claim", "the ministry's statement", or a noun before the cue that
    # names who made it ("media pronouncements that ...", "White House statement that ...").
    source = next((c for c in token.children if c.dep_ == "poss"), None) or next(
        (c for c in token.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")),
        None)
    if source is None:
        agent = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent else []
        source = objects[0] if objects else None
    # A that-clause; the parser sometimes calls it a relative clause, but a "that" that marks
    # it (rather than standing as its subject or object) makes it the noun's content.
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if source is None:
        return None
    if clause is not None:
        right = clause.right_edge
        content = trim(scope.text, clause.left_edge.idx, right.idx + len(right))
    else:
        # "Her message is simple: don't share prescriptions.": what follows the colon, when
        # the owner is the possessive ("the NeverTrump argument might be true: namely, ..."
        # goes on in the writer's words).
        colon = _colon_after_predicate(token, scope.sentence.span.end)
        if colon is None or source.dep_ != "poss":
            return None
        content = trim(scope.text, colon.idx + 1, scope.sentence.span.end_char)
    kind = quote_kind(content, scope.quotes, scope.text)
    return Candidate(phrase_span(source), source, (token.idx, token.idx + len(token)), content,
                     cue.term, cue.cue_class, kind)


def _colon_after_predicate(noun: Token, sentence_end: int) -> Token | None:
    """The colon that ends a noun's short copular clause ("Her message is simple:"), when
    nothing but the predicate comes between the verb and it; `sentence_end` is the token
    index where the sentence ends."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    after = [t for t in noun.doc[verb.i + 1:sentence_end] if not t.is_space]
    colon = next((t for t in after if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in after
                            if t.i < colon.i):
        return None
    return colon


def _verb_cue(token: Token, cues: CueLexicon) -> tuple[Cue | None, int]:
    """The cue a verb starts, and where its words end (after a particle or preposition)."""
    lemma = token.lemma_.lower()
    for child in _particles(token):
        phrasal = cues.phrasal.get((lemma, child.lower_))
        if phrasal is not None:
            return phrasal, child.idx + len(child)
    verb = cues.verbs.get(lemma)
    return verb, token.idx + len(token)


def _particles(verb: Token) -> list[Token]:
    """The particles and prepositions after a verb; and the word right after it when that
    word marks a clause of the verb instead ("calling for the council to act": the parser
    makes the "for" of "call for" the mark of the infinitive clause)."""
    found = [c for c in verb.children
             if c.dep_ in ("prt", "prep") and c.i > verb.i and not _of_time(c)]
    if verb.i + 1 < len(verb.doc):
        following = verb.doc[verb.i + 1]
        if following.dep_ == "mark" and following.head.head == verb:
            found.append(following)
    return found


def _headline_passive(token: Token) -> bool:
    """"Man charged with arson", "Mayor urged to resign": a headline's past participle after
    its subject, with no auxiliary, is a passive; the one charged or urged is no source. (In
    the body the tagger often calls a past tense so: "Trump called ...".)"""
    return token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
        and any(c.dep_ == "nsubj" for c in token.children)


def _titled_with(token: Token, scope: Scope) -> bool:
    """"The pier, explained", "Budget day, revisited": a verb that ends a headline after its
    subject and a comma says what the piece does with the subject; no one speaks."""
    return token.i > 0 and token.nbor(-1).text == "," and not any(
        t.is_alpha for t in token.doc[token.i + 1:scope.sentence.span.end])


def _of_time(preposition: Token) -> bool:
    """"called the chief executive on Wednesday", "wrote in 2014": a preposition whose
    object is a date or a time and nothing more says when, and is no part of a cue ("call
    on", "write in"). "to talk about the decades they spent there" talks of a time."""
    return any(c.dep_ == "pobj" and all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
               for c in preposition.children)


def _unasserted(token: Token, cues: CueLexicon, quotes: list[Quote]) -> bool:
    """"to say", "would tell", "did not comment", "without saying", "let's say", "if she
    says": speech wanted, imagined, supposed, asked about or withheld, not speech that took
    place. An infinitive after a verb of aspect ("continued to call for", "began to
    explain") took place all the same, and a "not" the parser hung on the cue from inside
    the quotation ("“Probably not,” Moore said") negates nothing. A modal takes a bare
    verb: one before a past tense ("“...,” May said") is a name mistagged."""
    aspect = (token.dep_ == "xcomp" and token.head.lemma_.lower() in cues.aspectual) or (
        token.dep_ == "advcl")  # an infinitive of purpose: "took to the radio to accuse"
    if after_lets(token) or (token.dep_ == "pcomp" and token.head.lower_ == "without"):
        return True  # "let's say you ...", "left without saying", "goes without saying"
    perceiving = token.head
    if token.dep_ in ("ccomp", "xcomp") and token.tag_ == "VB" and perceiving.i < token.i \
            and perceiving.lemma_.lower() in cues.perceiving \
            and perceiving.head.pos_ != "ADJ":
        # "Waited to hear a judge say": only wanted, as the hearing was; "was happy to hear
        # Clinton pledge" heard it all the same.
        return _unasserted(perceiving, cues, quotes)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children):
        # "asked if she believed ...", "if Holt asks him about it": a question or a
        # condition, not something believed or said.
        return True
    return any((c.dep_ == "neg" and not in_quote(c, quotes)) or (c.dep_ == "aux" and (
        (c.lower_ == "to" and not aspect)
        or (c.tag_ == "MD" and c.lower_ not in _FACTUAL_MODALS and token.tag_ != "VBD")))
        for c in token.children)


def _of_aspect(token: Token, cues: CueLexicon, quotes: list[Quote]) -> bool:
    """"will continue screening people", "continues to battle": a verb of aspect with a
    verb after it says an action goes on, not that anyone spoke ("“...,” she continued"
    does)."""
    return token.lemma_.lower() in cues.aspectual and any(
        (c.dep_ == "xcomp" or (c.dep_ == "ccomp" and c.tag_ == "VBG"))
        and not in_quote(c, quotes) for c in token.children)


def _no_one(source: Token, cues: CueLexicon) -> bool:
    """"Nobody asked me", "no official would say", "neither Cruz nor Christie mentioned
    it": a subject that denies anyone spoke, as "not" would, or asks whether anyone did
    ("Did anyone argue for ...?"); and a quantity, which says nothing ("twice the rate
    predicted a decade ago")."""
    return cues.source_kinds.get(source.lower_) == "no_one" or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in source.children
    ) or cues.source_kinds.get(source.lemma_.lower()) == "measure"


def _first_or_second_person(source: Token, cues: CueLexicon) -> bool:
    """"I think", "we believe", "do you expect": a thought of whoever is speaking (the
    writer, or the speaker of a transcript) or of the one addressed, which no one else
    reports. Someone's own words are attributed where they are said or quoted."""
    pronoun = cues.pronouns.get(source.lower_)
    return source.pos_ == "PRON" and pronoun is not None and not pronoun.resolve


def _antecedent(relative: Token, noun: Token) -> Token:
    """The one a relative clause is about. "Who" stands for a person: where the parser hung
    its clause on a body or a place ending the phrase before it ("a toxicologist at
    Corvale University who testified"), it is the noun that phrase describes."""
    described = noun.head.head
    if relative.tag_ == "WP" and noun.ent_type_ in _NOT_PEOPLE and noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep" and described.pos_ in ("NOUN", "PROPN") \
            and described.ent_type_ not in _NOT_PEOPLE:
        return described
    return noun


def _heard_speaking(token: Token, cues: CueLexicon) -> Token | None:
    """"Capt. Lena Rostova can be heard asking her first officer, “...?”", "was seen telling
    a guard": the one a recording or a witness caught speaking, the subject of the
    perceiving verb in the passive."""
    perceiving = token.head
    if token.dep_ not in ("xcomp", "ccomp") or perceiving.lemma_.lower() not in cues.perceiving:
        return None
    return next((c for c in perceiving.children if c.dep_ == "nsubjpass"), None)


def _put_to_the_hearer(source: Token, scope: Scope) -> bool:
    """"What do you say to her?", "Did you tell the board?": a question to the one
    addressed asks for words; no one has said them yet."""
    return "2" in source.morph.get("Person") and scope.text[
        scope.sentence.start:scope.sentence.end].rstrip(" \"'”’)").endswith("?")


def _so_called(token: Token) -> bool:
    """"so-called" and "so called" name something; nobody is speaking."""
    before = [t.lower_ for t in token.doc[max(0, token.i - 2):token.i]]
    return bool(before) and (before[-1] == "so" or before == ["so", "-"])


def _satisfies(token: Token, cue: Cue, quotes: list[Quote], cue_end: int) -> bool:
    if not cue.needs or token.dep_ == "parataxis" or misread_closing_tag(token) is not None:
        return True  # a tag closing the clause it reports
    deps = {c.dep_ for c in token.children}
    preps = {c.lower_ for c in token.children
             if c.dep_ in ("prep", "prt", "agent") and not _of_time(c)}
    if "agent" in deps and "object" in cue.needs:
        return True  # "as outlined by X": the passive subject is the object
    for need in cue.needs:
        if need == "clause" and (deps & CLAUSE_DEPS or _colon_after(token, cue_end) or (
                not deps & OBJECT_DEPS and _quote_near(token, quotes)) or any(
                c.dep_ == "xcomp" and c.tag_ == "VBG" for c in token.children)):
            return True  # a gerund reports a clause too: "users report facing ..."
        if need == "finding" and _object_clause(token):
            return True
        if need == "infinitive" and "xcomp" in deps:
            return True
        if need == "object" and deps & OBJECT_DEPS and not _to_come(token):
            return True
        if need == "predicate" and token.dep_ != "acl" and (
                "oprd" in deps or quoted_predicate(token, quotes) is not None
                or [c.dep_ for c in token.children].count("dobj") > 1
                or any(c.dep_ == "prep" and c.lower_ == "as" for o in token.children
                       if o.dep_ == "dobj" for c in o.children)):
            # The parser may take the predicate noun for a second object, and hang "as"
            # on the object ("labeled the negotiations as unsuccessful").
            return True
        if need.startswith("prep:") and need[5:] in preps:
            return True
    return False


def _to_come(token: Token) -> bool:
    """"The company will report full-year results on March 12": an object the verb will
    put out is a date on the calendar, nothing said yet (a clause or a quotation it will
    say is reported, as embargoed remarks are)."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in token.children)


def _object_clause(token: Token) -> bool:
    """"found little evidence that stadiums raise incomes": the object's that-clause is what
    was found (a complement, marked by "that", not a relative clause: "found a way that
    works"). Only for cues of finding: "mocking the fact that ..." does not report it."""
    return any(c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that"
                                       for m in c.children)
               for o in token.children if o.dep_ in OBJECT_DEPS for c in o.children)


def _colon_after(token: Token, cue_end: int) -> bool:
    doc = token.doc
    following = [t for t in doc[token.i + 1:token.i + 4] if t.idx >= cue_end]
    return bool(following) and following[0].text == ":"


def _quote_near(token: Token, quotes: list[Quote]) -> bool:
    start, end = tag_start(token), token.idx + len(token)
    for quote in quotes:
        if quote.start <= start < quote.end:
            continue
        if 0 <= start - quote.end <= QUOTE_REACH or 0 <= quote.start - end <= QUOTE_REACH:
            return True
    return False


def _may_report_vaguely(token: Token) -> bool:
    """The verb of a main clause or of one that modifies a noun: the only words
    `_vague_report` reads further."""
    return token.pos_ == "VERB" and token.dep_ in ("acl", "relcl", "ROOT")


def _vague_report(token: Token, cues: CueLexicon, scope: Scope) -> Candidate | None:
    """"reports emerging that ...": a vague source noun, or documents no one wrote ("reports",
    "studies"), whose verb carries a clause."""
    if not _may_report_vaguely(token):
        return None
    if token.dep_ == "ROOT":
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        noun = subjects[0] if subjects else None
    else:
        noun = token.head
    if noun is None:
        return None
    kind = cues.source_kinds.get(noun.lemma_.lower())
    if kind != "vague" and not (kind == "document" and bare_plural(noun)):
        return None
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if not clauses or noun.pos_ != "NOUN":
        return None
    right = clauses[0].right_edge
    content = trim(scope.text, clauses[0].left_edge.idx, right.idx + len(right))
    return Candidate(phrase_span(noun), noun, (token.idx, token.idx + len(token)), content,
                  token.lemma_.lower(), "neutral", "indirect", True)
