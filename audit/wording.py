"""Loaded wording: emotive words, labels, doubt markers, editorializing, scare quotes.

The categories and sources are documented in `lexicons/loaded.yaml`. What matters beyond
the word list is whose words they are. A word inside a quotation is the source's language:
it is reported with `in_quote: true`, never counts for the writer's score, and is never a
writer finding. A contentious label that the text explicitly attributes ("what the union
calls a lockout", "described by the mayor as thugs", or inside the content of an
attribution) is treated the same way: `in_quote` then means "the source's language".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from math import prod
from typing import TYPE_CHECKING

from audit.document import ParsedDocument, Sentence
from audit.findings import make_finding
from audit.lexicon import load_entries
from audit.matching import Lexicon
from audit.quotes import Quote
from audit.report import Attribution, Finding, Loaded

if TYPE_CHECKING:
    from spacy.tokens import Token

    from audit.results import Results

LOADED = "loaded.yaml"
FACTUAL = "factual.yaml"
# Strongly negative modifiers by VADER's valence (-4..4) count as emotive, with a weight
# that grows with the valence; see lexicons/factual.yaml for why and for the exceptions.
VADER_FLOOR = 1.5
VADER_POS = {"ADJ", "ADV"}
VADER_WEIGHT = 0.15  # per point of valence: -1.5 weighs 0.23, -3 weighs 0.45
# Endings of nouns: a word with one that the small model tags as an adjective ("systemic
# racism" read as two adjectives) is a tagging slip, not a judging modifier.
NOUN_ENDINGS = ("ism", "ity", "ness", "tion", "sion", "ment")
LABEL = "contentious-label"
DOUBT = "doubt"
EDITORIALIZING = "editorializing"
SCARE = "scare-quotes"
SCARE_WEIGHT = 0.4
# Categories whose words a negation takes back ("the cuts were not devastating").
NEGATABLE = {"emotive", "intensifier", "puffery"}
# Categories reported as loaded-wording only when the sentence as a whole is loaded
# enough (settings `loaded-score`); the others are specific enough to flag on their own.
SCORED = {"emotive", "intensifier", "puffery", "euphemism", "framing"}
RULE_OF = {LABEL: "contentious-label", EDITORIALIZING: "editorializing", SCARE: "scare-quotes"}
VOICE = "voice.yaml"  # words that credit wording to someone else; see that file
# Prepositions that introduce the grounds of a verdict: "blasted Y for hypocrisy", "accused
# the board of cronyism", "dismissed the plan as a giveaway".
GROUNDS = {"for", "of", "as"}
SCARE_MAX_WORDS = 3
_TITLE_WORD = 4  # AP capitalises the words of a composition title this long or longer


@dataclass
class LoadedItem(Loaded):
    """A loaded item with the neutral alternative the lexicon offers, for findings."""

    suggestion: str | None = None


def find_loaded(doc: ParsedDocument, lexicon: Lexicon, factual: Lexicon,
                quoting: frozenset[str],
                attributions: list[list[Attribution]] | None = None) -> list[list[LoadedItem]]:
    """The loaded items of each sentence. `factual` holds the negative words that state
    facts; `quoting`, the words that credit a quotation after them (the run's reporting
    cues, a newsroom's own included); `attributions` (per sentence) mark content that a
    source is credited with, where a label is the source's and not the writer's."""
    per_sentence = attributions or [[] for _ in doc.sentences]
    # Paragraphs where a named speaker is quoted: their quotations are that speaker's.
    named_paragraphs = {sentence.paragraph for sentence, found in zip(doc.sentences, per_sentence,
                                                                       strict=True)
                        if any(not (a.vague or a.anonymous) for a in found)}
    result = []
    for sentence, sentence_attributions in zip(doc.sentences, per_sentence, strict=True):
        contents = [(a.content.start, a.content.end) for a in sentence_attributions
                    if a.content is not None]
        items = []
        for match in lexicon.matches(sentence.tokens):
            if match.entry.category in NEGATABLE and _negated(match.tokens[0]):
                continue
            items.append(LoadedItem(doc.span(match.start, match.end), match.entry.category,
                                    match.entry.weight,
                                    _sources_words(doc, sentence, match.tokens[0], contents),
                                    match.entry.suggestion))
        items.extend(_vader_items(doc, sentence, items, lexicon, factual, contents))
        items.extend(_scare_quotes(doc, sentence, bool(sentence_attributions),
                                   sentence.paragraph in named_paragraphs, quoting))
        result.append(sorted(items, key=lambda item: item.span.start))
    return result


def loaded_score(sentence: Sentence, items: list[LoadedItem]) -> float:
    """Writer's-voice loadedness in 0-1: each item's weight, raised by its VADER intensity,
    combined as independent signals (1 - prod(1 - w)), then scaled by density so one mild
    word in a long sentence weighs less than several in a short one."""
    writer = [item for item in items if not item.in_quote]
    if not writer:
        return 0.0
    valence = _vader()
    weights = []
    for item in writer:
        intensity = max((abs(valence.get(w, 0.0)) / 4 for w in item.span.text.lower().split()),
                        default=0.0)
        weights.append(min(1.0, item.weight * (1 + 0.25 * intensity)))
    combined = 1 - prod(1 - w for w in weights)
    words = sum(1 for t in sentence.tokens if t.is_alpha) or 1
    density = min(1.0, 10 * len(writer) / words)
    return combined * (0.8 + 0.2 * density)


def wording_findings(doc: ParsedDocument, loaded: list[list[LoadedItem]], scores: list[float],
                     attributions: list[list[Attribution]], threshold: float) -> list[Finding]:
    """Writer's-voice findings. A doubt verb that is an attribution's cue is left to the
    attribution rule loaded-reporting-verb, which sees the speaker."""
    findings = []
    for items, score, sentence_attributions in zip(loaded, scores, attributions, strict=True):
        cues = [(a.cue.start, a.cue.end) for a in sentence_attributions]
        for item in items:
            if item.in_quote:
                continue
            category = item.category
            if category in SCORED and score < threshold:
                continue
            if category == DOUBT and any(s < item.span.end and item.span.start < e
                                         for s, e in cues):
                continue
            findings.append(make_finding(doc, RULE_OF.get(category, "loaded-wording"),
                                         item.span.start, item.span.end,
                                         _message(item, doc.reading(item.span.start,
                                                                    item.span.end)),
                                         item.suggestion))
    return findings


def _message(item: LoadedItem, text: str) -> str:
    """The message, quoting the words (`text`) as a reader reads them."""
    if item.category == LABEL:
        return f"'{text}' is a contentious label in the writer's voice; attribute it or describe."
    if item.category == EDITORIALIZING:
        return f"'{text}' is the writer's comment, not reporting."
    if item.category == SCARE:
        return f"Quotation marks around {text} cast doubt without saying who used the word."
    if item.category == DOUBT:
        return f"'{text}' casts doubt on what follows."
    return f"'{text}' is {item.category} wording in the writer's voice."


def _sources_words(doc: ParsedDocument, sentence: Sentence, first: Token,
                   contents: list[tuple[int, int]]) -> bool:
    """The word is a source's language, not the writer's: quoted (headlines quote with
    single quotation marks), named or judged by someone ("critics call it a mouthpiece",
    "blasted the mayor for hypocrisy"), or in the content of what a source is reported to
    have said (`contents`)."""
    quote = doc.quotes.at(first.idx)
    return (quote is not None and (not quote.single or sentence.headline)) \
        or _framed_by_someone(first) or any(s <= first.idx < e for s, e in contents)


def _vader_items(doc: ParsedDocument, sentence: Sentence, found: list[LoadedItem],
                 lexicon: Lexicon, factual: Lexicon, contents: list[tuple[int, int]]
                 ) -> list[LoadedItem]:
    """Strongly negative adjectives and adverbs that no lexicon entry covers and that the
    newsroom has not switched off in `disable-entries`. A word the lexicon lists is judged
    by its entry alone, so a context rule that excuses it ("a devastating earthquake") is
    not undone here. `contents`: what sources are reported to have said, as for the
    lexicon's words."""
    valence = _vader()
    taken: set[int] | None = None  # where a lexicon entry starts: matched when first needed
    items = []
    for token in sentence.tokens:
        if token.pos_ not in VADER_POS:
            continue
        # The valence first: few words are strongly negative, and the other tests walk
        # the parse or match a lexicon over the sentence.
        value = valence.get(token.lower_, valence.get(token.lemma_.lower(), 0.0))
        if value > -VADER_FLOOR:
            continue
        if taken is None:
            taken = {item.span.start for item in found}
            taken.update(m.start for m in factual.matches(sentence.tokens))
        if (token.idx in taken or lexicon.knows(token)
                or token.lower_.endswith(NOUN_ENDINGS) or _negated(token)
                or {token.lower_, token.lemma_.lower()} & lexicon.disabled):
            continue
        items.append(LoadedItem(doc.span(token.idx, token.idx + len(token.text)), "emotive",
                                min(1.0, VADER_WEIGHT * -value),
                                _sources_words(doc, sentence, token, contents)))
    return items


def _negated(first: Token) -> bool:
    """'not devastating', 'were not brutal': a negation on the word, its head, or just
    before it."""
    if any(c.dep_ == "neg" for t in (first, first.head) for c in t.children):
        return True
    before = first.doc[max(first.sent.start, first.i - 2):first.i]
    return any(_voice(t, "negation") for t in before)


def _framed_by_someone(token: Token) -> bool:
    """The word is what a naming verb names ("what the mayor calls a regime", "is portrayed
    as brutal") or the grounds of a verdict ("blasted Y for hypocrisy"). A path through
    another preposition ("called for the regime to go") is neither."""
    preposition = None
    for ancestor in token.ancestors:
        if ancestor.pos_ == "ADP":
            if preposition is not None or ancestor.lower_ not in GROUNDS:
                return False
            preposition = ancestor
            continue
        if ancestor.i < token.i and (_voice(ancestor, "naming") or (
                preposition is not None and _voice(ancestor, "judging"))):
            return True
    return False


def _scare_quotes(doc: ParsedDocument, sentence: Sentence, attributed: bool,
                  named_paragraph: bool, quoting: frozenset[str]) -> list[LoadedItem]:
    """A word or short label in quotation marks that nobody is credited with: 'offer'.
    Double quotation marks in a paragraph that quotes a named speaker, or in a headline
    that names a person or an organisation, are that speaker's words."""
    items = []
    # Read off the sentence's own tokens: a Span's entities are looked for over the whole
    # document's, which made a draft of many short title-like lines quadratic.
    headline_names = sentence.headline and any(
        t.ent_type_ in ("PERSON", "ORG") for t in sentence.tokens)
    for quote in doc.quotes.overlapping(sentence.start, sentence.end, single=True):
        if quote.start < sentence.start:
            continue  # opened in an earlier sentence
        if headline_names or (not quote.single and (attributed or quote.continues
                                                    or named_paragraph)):
            continue
        if _short_label(doc, sentence, quote) and not _in_name(sentence, quote) \
                and not _credited(doc, sentence, quote, quoting):
            items.append(LoadedItem(doc.span(quote.start, quote.end), SCARE, SCARE_WEIGHT,
                                    False, "Drop the quotation marks, or say who used the word."))
    return items


def _short_label(doc: ParsedDocument, sentence: Sentence, quote: Quote) -> bool:
    start, end = quote.inner
    text = doc.clean[start:end].strip(" .,;:")
    words = text.strip("!?").split()
    if not words or len(words) > SCARE_MAX_WORDS or text.endswith(("?", "!")):
        return False  # a question or an exclamation is someone's utterance, not a label
    # A capitalised run is a title or a name ("Black Lives Matter", "Face the Nation":
    # AP capitalises the words of four letters or more in a title), not a scare quote.
    # In the body, where capitals are not a headline's, so is one capitalised word or
    # a number's ("the documentary “13th”", "the show ''Politicking''") inside a sentence.
    titled = all(w[:1].isupper() or w[:1].isdigit() for i, w in enumerate(words)
                 if i == 0 or len(w) >= _TITLE_WORD)
    if len(words) == 1:
        return not (titled and not sentence.headline
                    and doc.clean[sentence.start:quote.start].strip())
    return not titled


def _in_name(sentence: Sentence, quote: Quote) -> bool:
    """A nickname set between the names of a person: Robert C. "Bobby" Scott. Not in a
    headline, whose capitals say nothing."""
    if sentence.headline:
        return False
    before = [t for t in sentence.tokens if t.idx < quote.start and not t.is_space]
    after = [t for t in sentence.tokens if t.idx >= quote.end and not t.is_space]
    return bool(before and after) and before[-1].text[:1].isupper() \
        and after[0].pos_ == "PROPN" and after[0].text[:1].isupper()


def _credited(doc: ParsedDocument, sentence: Sentence, quote: Quote,
              quoting: frozenset[str]) -> bool:
    """A quoting word shortly before the quotation ('he called it a "betrayal"'), or a
    quoting verb that governs the quoted words."""
    before = [t for t in sentence.tokens if t.idx < quote.start and not t.is_space][-4:]
    inside = [t for t in sentence.tokens if quote.start < t.idx < quote.end and not t.is_space]
    # Only a verb before the quotation: the quoted words are its object or complement.
    governors = [a for t in inside[:1] for a in t.ancestors if a.pos_ == "VERB" and a.i < t.i]
    return any(_voice(t, "naming") or _voice(t, "judging") or _voice(t, "quoting")
               or t.lemma_.lower() in quoting or t.lower_ in quoting
               for t in [*before, *governors])


def _voice(token: Token, word_class: str) -> bool:
    classes = _voice_classes()
    return word_class in {classes.get(token.lemma_.lower()), classes.get(token.lower_)}


@lru_cache(maxsize=1)
def _voice_classes() -> dict[str, str]:
    return {str(e["term"]).lower(): str(e["class"]) for e in load_entries(VOICE)}


def vader_words() -> frozenset[str]:
    return frozenset(_vader())


@lru_cache(maxsize=1)
def _vader() -> dict[str, float]:
    """VADER's word valences (-4..4), read from the lexicon file inside the package."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().lexicon


def check(results: Results) -> list[Finding]:
    return wording_findings(results.doc, [s.loaded for s in results.sentences],  # type: ignore[misc]
                            [s.loaded_score for s in results.sentences], results.attributions,
                            results.settings.loaded_score)
