"""Repeated sentences: verbatim or nearly so (TF-IDF cosine similarity).

Exact repeats are found by hashing the normalised words. Near repeats are scored with the
TF-IDF cosine, but only for candidate pairs that share word trigrams and most of their
words: the index of trigrams keeps the work near-linear in the number of sentences.
The weights are scikit-learn's `TfidfVectorizer(sublinear_tf=True)` (smoothed IDF over the
document's sentences, 1 + log of a word's count, rows of unit length), computed for the
candidate sentences alone: importing scikit-learn cost a process more than all the other
analyses of a batch of articles, for a few dot products.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from math import log, sqrt
from typing import TYPE_CHECKING

from audit.document import ParsedDocument
from audit.findings import make_finding
from audit.report import Finding

if TYPE_CHECKING:
    from audit.results import Results

MIN_WORDS = 4  # "He said." twice is no repetition worth reporting
NEAR_DUPLICATE = 0.85  # cosine similarity from which two sentences say the same thing
SHARED_TRIGRAMS = 2  # trigrams two sentences must share to be compared at all
WORD_OVERLAP = 0.7  # and the share of the shorter one's words they must have in common
COMMON_TRIGRAM = 20  # a trigram in more sentences than this links no pair


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def find_duplicates(doc: ParsedDocument, threshold: float = NEAR_DUPLICATE) -> list[int | None]:
    """For each sentence, the index of the first earlier sentence it repeats, else None."""
    # A citation in square brackets is repeated by design ("[Remarks to the Grange, 4/18/13.]").
    words = [[] if _citation(doc.clean[s.start:s.end]) else _words(doc.clean[s.start:s.end])
             for s in doc.sentences]
    speech = [s.paragraph if _quoted(doc, s.start, s.end) else None for s in doc.sentences]
    listed = [s.listed for s in doc.sentences]

    def by_design(earlier: int, later: int) -> bool:
        """A speaker repeating a phrase is rhetoric, not the writer's repetition: two quoted
        sentences of one paragraph are never duplicates of each other. A bullet that sums
        up a sentence of the body (a box of key facts, key points before the story)
        repeats it on purpose."""
        return (speech[later] is not None and speech[earlier] == speech[later]) \
            or listed[earlier] != listed[later]

    duplicate_of: list[int | None] = [None] * len(words)
    first_seen: dict[tuple[str, ...], int] = {}
    for index, tokens in enumerate(words):
        if len(tokens) < MIN_WORDS:
            continue
        key = tuple(tokens)
        if key not in first_seen:
            first_seen[key] = index
        elif not by_design(first_seen[key], index):
            duplicate_of[index] = first_seen[key]
    candidates = _candidate_pairs(words, duplicate_of)
    if candidates:
        for earlier, later in sorted(_similar(words, candidates, threshold)):
            if duplicate_of[later] is None and not by_design(earlier, later):
                duplicate_of[later] = duplicate_of[earlier] if duplicate_of[earlier] is not None \
                    else earlier
    return duplicate_of


def _citation(text: str) -> bool:
    text = text.strip()
    return text.startswith("[") and text.rstrip(".").endswith("]")


def _quoted(doc: ParsedDocument, start: int, end: int) -> bool:
    """Whether the sentence's first word is inside a quotation (not a single-quoted word)."""
    first = re.search(r"\w", doc.clean[start:end])
    quote = doc.quotes.at(start + first.start()) if first else None
    return quote is not None and not quote.single


def _candidate_pairs(words: list[list[str]], duplicate_of: list[int | None]
                     ) -> set[tuple[int, int]]:
    """Pairs that share trigrams and most of their words: only these can reach the cosine
    threshold. Trigrams common to many sentences ("said in a") find no pairs."""
    by_trigram: dict[tuple[str, ...], list[int]] = defaultdict(list)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for index, tokens in enumerate(words):
        if len(tokens) < MIN_WORDS or duplicate_of[index] is not None:
            continue
        for trigram in set(zip(tokens, tokens[1:], tokens[2:], strict=False)):
            earlier_ones = by_trigram[trigram]
            if len(earlier_ones) <= COMMON_TRIGRAM:
                for earlier in earlier_ones:
                    shared[earlier, index] += 1
            earlier_ones.append(index)
    candidates = set()
    for (a, b), count in shared.items():
        if count < SHARED_TRIGRAMS:
            continue
        set_a, set_b = set(words[a]), set(words[b])
        if len(set_a & set_b) >= WORD_OVERLAP * min(len(set_a), len(set_b)):
            candidates.add((a, b))
    return candidates


def _similar(words: list[list[str]], pairs: set[tuple[int, int]], threshold: float
             ) -> list[tuple[int, int]]:
    """The pairs whose TF-IDF cosine reaches the threshold. The IDF is over the whole
    document, so words shared by the pair are weighted as the draft uses them."""
    sentences = len(words)
    frequency = Counter(word for tokens in words for word in set(tokens))
    vectors = {index: _tfidf(words[index], frequency, sentences)
               for index in {index for pair in pairs for index in pair}}
    similar = []
    for earlier, later in sorted(pairs):
        first, second = vectors[earlier], vectors[later]
        if sum(weight * second.get(word, 0.0) for word, weight in first.items()) >= threshold:
            similar.append((earlier, later))
    return similar


def _tfidf(tokens: list[str], frequency: Counter[str], sentences: int) -> dict[str, float]:
    """A sentence's TF-IDF vector of unit length, word by word."""
    weights = {word: (1 + log(count)) * (log((1 + sentences) / (1 + frequency[word])) + 1)
               for word, count in Counter(tokens).items()}
    length = sqrt(sum(weight * weight for weight in weights.values()))
    return {word: weight / length for word, weight in weights.items()}


def duplicate_findings(doc: ParsedDocument, duplicate_of: list[int | None]) -> list[Finding]:
    """One finding per repeated passage: consecutive sentences copying consecutive ones."""
    findings = []
    runs: list[list[int]] = []
    for index, original in enumerate(duplicate_of):
        if original is None:
            continue
        run = runs[-1] if runs else None
        if run and index == run[-1] + 1 and original == duplicate_of[run[-1]] + 1:
            run.append(index)
        else:
            runs.append([index])
    for run in runs:
        first, last = doc.sentences[run[0]], doc.sentences[run[-1]]
        original = doc.sentences[duplicate_of[run[0]]]
        what = "This sentence repeats" if len(run) == 1 else f"These {len(run)} sentences repeat"
        findings.append(make_finding(
            doc, "duplicate-passage", first.start, last.end,
            f"{what} line {doc.position(original.start)[0]}."))
    return findings


def check(results: Results) -> list[Finding]:
    return duplicate_findings(results.doc, [s.duplicate_of for s in results.sentences])
