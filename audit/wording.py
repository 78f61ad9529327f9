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
from audit.matching import Lexicon, Match
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
# Verbs that put a name in someone else's mouth: "what X calls a regime".
NAMING_VERBS = {"call", "label", "describe", "brand", "term", "dub", "designate", "deem",
                "classify", "characterize", "characterise", "refer", "consider", "denounce"}
# Words that credit a short quotation to someone, so it is a quote and not a scare quote:
# verbs of saying, and verbs of judging that take the quoted words as their object
# ("criticized the demands as "impractical"").
QUOTING_WORDS = NAMING_VERBS | {"say", "tell", "write", "claim", "add", "state", "according",
                                "word", "phrase", "use", "quote", "put", "criticize",
                                "criticise", "condemn", "dismiss", "reject", "praise", "hail",
                                "deride", "decry", "promise", "vow", "warn", "insist"}
NEGATIONS = {"not", "never", "no", "n't", "hardly", "nor"}
SCARE_MAX_WORDS = 3


@dataclass
class LoadedItem(Loaded):
    """A loaded item with the neutral alternative the lexicon offers, for findings."""

    suggestion: str | None = None


def find_loaded(doc: ParsedDocument, lexicon: Lexicon, factual: Lexicon,
                attributions: list[list[Attribution]] | None = None) -> list[list[LoadedItem]]:
    """The loaded items of each sentence. `factual` holds the negative words that state
    facts; `attributions` (per sentence) mark content that a source is credited with,
    where a label is the source's and not the writer's."""
    per_sentence = attributions or [[] for _ in doc.sentences]
    result = []
    for sentence, sentence_attributions in zip(doc.sentences, per_sentence, strict=True):
        contents = [(a.content.start, a.content.end) for a in sentence_attributions
                    if a.content is not None]
        items = []
        for match in lexicon.matches(sentence.tokens):
            if match.entry.category in NEGATABLE and _negated(match.tokens[0]):
                continue
            quote = doc.quotes.at(match.start)
            sources = quote is not None and not quote.single
            if match.entry.category == LABEL and not sources:
                sources = _named_by_someone(match) or any(
                    s <= match.start < e for s, e in contents)
            items.append(LoadedItem(doc.span(match.start, match.end), match.entry.category,
                                    match.entry.weight, sources, match.entry.suggestion))
        items.extend(_vader_items(doc, sentence, items, lexicon, factual))
        items.extend(_scare_quotes(doc, sentence, bool(sentence_attributions)))
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
                                         _message(item), item.suggestion))
    return findings


def _message(item: LoadedItem) -> str:
    text = item.span.text
    if item.category == LABEL:
        return f"'{text}' is a contentious label in the writer's voice; attribute it or describe."
    if item.category == EDITORIALIZING:
        return f"'{text}' is the writer's comment, not reporting."
    if item.category == SCARE:
        return f"Quotation marks around {text} cast doubt without saying who used the word."
    if item.category == DOUBT:
        return f"'{text}' casts doubt on what follows."
    return f"'{text}' is {item.category} wording in the writer's voice."


def _vader_items(doc: ParsedDocument, sentence: Sentence, found: list[LoadedItem],
                 lexicon: Lexicon, factual: Lexicon) -> list[LoadedItem]:
    """Strongly negative adjectives and adverbs that no lexicon entry covers and that the
    newsroom has not switched off in `disable-entries`."""
    valence = _vader()
    taken = {item.span.start for item in found}
    taken.update(m.start for m in factual.matches(sentence.tokens))
    items = []
    for token in sentence.tokens:
        if (token.pos_ not in VADER_POS or token.idx in taken or _negated(token)
                or {token.lower_, token.lemma_.lower()} & lexicon.disabled):
            continue
        value = valence.get(token.lower_, valence.get(token.lemma_.lower(), 0.0))
        if value > -VADER_FLOOR:
            continue
        quote = doc.quotes.at(token.idx)
        items.append(LoadedItem(doc.span(token.idx, token.idx + len(token.text)), "emotive",
                                min(1.0, VADER_WEIGHT * -value),
                                quote is not None and not quote.single))
    return items


def _negated(first: Token) -> bool:
    """'not devastating', 'were not brutal': a negation on the word, its head, or just
    before it."""
    if any(c.dep_ == "neg" for t in (first, first.head) for c in t.children):
        return True
    before = first.doc[max(first.sent.start, first.i - 2):first.i]
    return any(t.lower_ in NEGATIONS for t in before)


def _named_by_someone(match: Match) -> bool:
    """The label is the object of a naming verb: 'what the mayor calls a regime',
    'described as thugs'. A path through another preposition ('called for the regime to
    go') is not naming."""
    token = match.tokens[0]
    for ancestor in token.ancestors:
        if ancestor.pos_ == "ADP" and ancestor.lower_ != "as":
            return False
        if ancestor.lemma_.lower() in NAMING_VERBS and ancestor.i < token.i:
            return True
    return False


def _scare_quotes(doc: ParsedDocument, sentence: Sentence, attributed: bool
                  ) -> list[LoadedItem]:
    """A word or short label in quotation marks that nobody is credited with: 'offer'."""
    items = []
    for quote in doc.quotes.overlapping(sentence.start, sentence.end, single=True):
        if quote.start < sentence.start:
            continue  # opened in an earlier sentence
        if not quote.single and (attributed or quote.continues):
            continue
        if _short_label(doc, quote) and not _credited(doc, sentence, quote):
            items.append(LoadedItem(doc.span(quote.start, quote.end), SCARE, SCARE_WEIGHT,
                                    False, "Drop the quotation marks, or say who used the word."))
    return items


def _short_label(doc: ParsedDocument, quote: Quote) -> bool:
    start, end = quote.inner
    words = doc.clean[start:end].strip(" .,;:!?").split()
    if not words or len(words) > SCARE_MAX_WORDS:
        return False
    # A capitalised run is a title or a name ("Black Lives Matter"), not a scare quote.
    return len(words) == 1 or not all(w[:1].isupper() for w in words)


def _credited(doc: ParsedDocument, sentence: Sentence, quote: Quote) -> bool:
    """A quoting word shortly before the quotation ('he called it a "betrayal"'), or a
    quoting verb that governs the quoted words."""
    before = [t for t in sentence.tokens if t.idx < quote.start and not t.is_space][-4:]
    inside = [t for t in sentence.tokens if quote.start < t.idx < quote.end and not t.is_space]
    # Only a verb before the quotation: the quoted words are its object or complement.
    governors = [a for t in inside[:1] for a in t.ancestors if a.pos_ == "VERB" and a.i < t.i]
    return any(t.lemma_.lower() in QUOTING_WORDS or t.lower_ in QUOTING_WORDS
               for t in [*before, *governors])


@lru_cache(maxsize=1)
def _vader() -> dict[str, float]:
    """VADER's word valences (-4..4), read from the lexicon file inside the package."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().lexicon


def check(results: Results) -> list[Finding]:
    return wording_findings(results.doc, [s.loaded for s in results.sentences],  # type: ignore[misc]
                            [s.loaded_score for s in results.sentences], results.attributions,
                            results.settings.loaded_score)
