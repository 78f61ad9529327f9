"""Benchmark of hedging and loaded wording against human annotations.

Run from the project root:  .venv/bin/python bench/wording.py [--errors N] [--only KIND]

- BABE (`../shared/data/babe/dev.csv`): a sentence is predicted biased when it has a
  loaded item in the writer's voice. Prints accuracy, F1 of the biased class, macro-F1,
  ROC AUC of `loaded_score`, and word-level precision/recall/F1 of the writer's-voice
  loaded words against `biased_words`, overall and by loaded category. The words inside
  scare quotes are the quoted person's, not the writer's (the item faults the marks): the
  word figures leave them out, and a second line shows them counted.
- CoNLL-2010 Wikipedia (`../shared/data/weasel/train.csv`): a sentence is predicted
  uncertain when it has a hedge (other than an approximator or a frequency adverb, which
  make it less exact, not less certain) or a vague attribution. Prints P/R/F1, and for
  each hedge category the sentences it flags, their precision (share labelled uncertain)
  and their recall (share of the uncertain sentences it flags).
- The seed article (`../shared/data/seed/`): its required hedges and loaded words found,
  its must_not respected.
- Planted in real copy (`../shared/data/polnear/dev/text`): a sentence the team wrote (one
  per hedge category and loaded category, and controls with the loaded word inside an
  attributed quotation) is inserted as a paragraph into each dev article in turn; prints
  how many planted hedges and loaded words are found with their category, and how many
  controls are wrongly put in the writer's voice.

Each sentence runs through the whole pipeline (`audit_document`), so the figures are those
of the tool. `--errors N` prints the N most frequent missed and wrongly flagged BABE words,
to study which word classes matter (not to copy words into the lexicon).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support, roc_auc_score

from audit.document import parse_many
from audit.loading import Draft
from audit.pipeline import Context, audit_document
from audit.report import DocumentReport
from audit.settings import Settings

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
       "``": '"', "''": '"'}
PTB_TOKEN = re.compile("|".join(re.escape(token) for token in PTB))
WORD = re.compile(r"[\w'’-]+")
# Hedges that make a statement less exact, not less certain ("nearly 1,800", "often"), and
# "may"/"could" with no sign of the epistemic sense (often what is possible or allowed):
# the CoNLL-2010 uncertainty label is about certainty, so they are not counted there. The
# by-category lines show what each would add.
INEXACT = {"approximator", "frequency", "possibility"}
VAGUE = "vague source (attribution)"
SCARE = "scare-quotes"


def reports(texts: list[str], context: Context) -> Iterator[DocumentReport]:
    drafts = (Draft(f"s{i}.md", text, "markdown") for i, text in enumerate(texts))
    for doc in parse_many(drafts):
        yield audit_document(doc, context)


def writer_words(report: DocumentReport) -> tuple[bool, float, set[str], set[str]]:
    """Whether the sentence has a writer's-voice item, its highest score, its loaded words,
    and the words inside scare quotes. A scare-quote item faults the quotation marks: the
    words inside are someone else's, so they are kept apart from the writer's words."""
    items = [item for s in report.sentences for item in s.loaded if not item.in_quote]
    words = {w.lower() for item in items if item.category != SCARE
             for w in WORD.findall(item.span.text)}
    scare = {w.lower() for item in items if item.category == SCARE
             for w in WORD.findall(item.span.text)}
    score = max((s.loaded_score for s in report.sentences), default=0.0)
    return bool(items), score, words, scare


def writer_items(report: DocumentReport) -> list[tuple[str, set[str]]]:
    """Each writer's-voice loaded item as its category and its words."""
    return [(item.category, {w.lower() for w in WORD.findall(item.span.text)})
            for s in report.sentences for item in s.loaded if not item.in_quote]


def babe(context: Context, errors: int) -> None:
    with (DATA / "babe" / "dev.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    gold = [row["label_bias"] == "Biased" for row in rows]
    predicted, scores = [], []
    hits = guessed = wanted = 0
    scare_hits = scare_guessed = 0
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    category_hits: Counter[str] = Counter()
    category_words: Counter[str] = Counter()
    for row, report in zip(rows, reports([r["text"] for r in rows], context), strict=True):
        flagged, score, words, scare = writer_words(report)
        predicted.append(flagged)
        scores.append(score)
        truth = {w.lower() for phrase in ast.literal_eval(row["biased_words"])
                 for w in WORD.findall(phrase)}
        hits += len(words & truth)
        guessed += len(words)
        wanted += len(truth)
        scare_hits += len((words | scare) & truth)
        scare_guessed += len(words | scare)
        missed.update(truth - words)
        wrong.update(words - truth)
        for category, item_words in writer_items(report):
            category_words[category] += len(item_words)
            category_hits[category] += len(item_words & truth)
    precision = hits / guessed if guessed else 0.0
    recall = hits / wanted if wanted else 0.0
    word_f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    print(f"BABE dev ({len(rows)} sentences)")
    print(f"  accuracy      {accuracy_score(gold, predicted):.3f}")
    print(f"  F1(biased)    {f1_score(gold, predicted):.3f}")
    print(f"  macro-F1      {f1_score(gold, predicted, average='macro'):.3f}")
    print(f"  ROC AUC score {roc_auc_score(gold, scores):.3f}")
    print(f"  words         P {precision:.3f}  R {recall:.3f}  F1 {word_f1:.3f}")
    scare_p, scare_r = scare_hits / scare_guessed, scare_hits / wanted
    print(f"  with the words in scare quotes  P {scare_p:.3f}  R {scare_r:.3f}"
          f"  F1 {2 * scare_p * scare_r / (scare_p + scare_r):.3f}")
    print("  writer's-voice words by category (a word of two items counts in both):")
    for category, count in category_words.most_common():
        print(f"    {category:18} {count:5} words  P {category_hits[category] / count:.3f}")
    if errors:
        print("  most missed:", ", ".join(f"{w} {n}" for w, n in missed.most_common(errors)))
        print("  most wrong: ", ", ".join(f"{w} {n}" for w, n in wrong.most_common(errors)))


def detokenise(text: str) -> str:
    """Undo Penn-Treebank tokenisation well enough for spaCy: brackets, quotes, spacing."""
    # A bracket or closing quote may be glued to the punctuation after it ("-RRB-.", "''.").
    joined = PTB_TOKEN.sub(lambda m: PTB[m.group()], " ".join(text.split()))
    joined = re.sub(r" ([,.;:!?%)\]}]+|'s|n't|'re|'ve|'ll|'d|'m)(?=\s|$)", r"\1", joined)
    joined = re.sub(r"([(\[{$]) ", r"\1", joined)
    return re.sub(r'" (.*?) "', r'"\1"', joined)


def weasel(context: Context) -> None:
    with (DATA / "weasel" / "train.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    gold = [row["label"].strip() == "1" for row in rows]
    predicted = []
    flagged_by: list[set[str]] = []
    for report in reports([detokenise(r["text"]) for r in rows], context):
        kinds = {h.category for s in report.sentences for h in s.hedges}
        if any(a.vague for s in report.sentences for a in s.attributions):
            kinds.add(VAGUE)
        flagged_by.append(kinds)
        predicted.append(bool(kinds - INEXACT))
    precision, recall, f1, _ = precision_recall_fscore_support(gold, predicted, average="binary")
    print(f"Weasel train ({len(rows)} sentences), has a hedge or vague attribution")
    print(f"  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    every = [bool(kinds - INEXACT) or "possibility" in kinds for kinds in flagged_by]
    precision, recall, f1, _ = precision_recall_fscore_support(gold, every, average="binary")
    print(f"  counting 'may'/'could' (possibility) too: P {precision:.3f}  R {recall:.3f}"
          f"  F1 {f1:.3f}")
    positives = sum(gold)
    print("  by category (sentences flagged, precision, recall; * not counted above):")
    for category in sorted({k for kinds in flagged_by for k in kinds}):
        truths = [truth for truth, kinds in zip(gold, flagged_by, strict=True)
                  if category in kinds]
        mark = "*" if category in INEXACT else " "
        print(f"   {mark}{category:20} {len(truths):5}  P {sum(truths) / len(truths):.3f}"
              f"  R {sum(truths) / positives:.3f}")


def seed(context: Context) -> None:
    gold = json.loads((DATA / "seed" / "gold.json").read_text(encoding="utf-8"))
    text = (DATA / "seed" / "gaza-ceasefire.txt").read_text(encoding="utf-8")
    report = next(reports([text], context))
    hedges = {h.span.text.lower() for s in report.sentences for h in s.hedges}
    loaded = {item.span.text.lower() for s in report.sentences for item in s.loaded}
    print("Seed article")
    for kind, found in (("hedges", hedges), ("loaded", loaded)):
        required = [t for t in gold[kind]["required"]]
        optional = [t for t in gold[kind]["optional"]]
        missing = [t for t in required if t.lower() not in found]
        got_optional = [t for t in optional if t.lower() in found]
        print(f"  {kind}: required {len(required) - len(missing)}/{len(required)}"
              f"{' missing ' + ', '.join(missing) if missing else ''};"
              f" optional {len(got_optional)}/{len(optional)}")
    for rule in gold["loaded"]["must_not"]:
        bad = [item for s in report.sentences if rule["sentence"] in s.span.text
               for item in s.loaded if item.span.text == rule["word"]]
        print(f"  must_not '{rule['word']}' in '{rule['sentence']}':",
              "VIOLATED" if bad else "respected")


# (kind, sentence, the word to find, its category): a hedge or a loaded word in the
# writer's voice, or a control whose loaded word is inside an attributed quotation. Written
# by the team for this benchmark; not taken from any data set.
PLANTS = [
    ("hedge", "The agency reportedly delayed the audit.", "reportedly", "distancing"),
    ("hedge", "The contractor allegedly billed the county twice.", "allegedly", "distancing"),
    ("hedge", "The committee might revisit the question next year.", "might", "modal"),
    ("hedge", "The audit may have missed the second invoice.", "may", "modal"),
    ("hedge", "Some 300 residents attended the hearing.", "Some", "approximator"),
    ("hedge", "The delay is thought to have cost the county millions.", "thought",
     "impersonal"),
    ("hedge", "It is widely believed that the deal will collapse.", "believed", "impersonal"),
    ("hedge", "Critics say the delay was avoidable.", "Critics say", "weasel"),
    ("hedge", "Many argue that the county moved too slowly.", "Many", "weasel"),
    ("hedge", "The figures appear to show a steady decline.", "appear", "evidential"),
    ("hedge", "The new survey suggests that turnout will fall.", "suggests", "evidential"),
    ("loaded", "The council's disgraceful plan drew a crowd to the hearing.", "disgraceful",
     "emotive"),
    ("loaded", "The commissioner slammed the auditors on Tuesday.", "slammed", "emotive"),
    ("loaded", "The so-called reform stalled in committee.", "so-called", "doubt"),
    ("loaded", "Clearly, the county has failed its residents.", "Clearly", "editorializing"),
    ("loaded", "The regime at the county office ended in March.", "regime",
     "contentious-label"),
    ("control", '"This plan is a disgraceful sham," the organizer said.', "disgraceful", ""),
    ("control", '"The regime in that office has to go," a resident told the hearing.',
     "regime", ""),
]


def planted(context: Context) -> None:
    articles = sorted((DATA / "polnear" / "dev" / "text").glob("*.txt"))
    texts, plants = [], []
    for number, path in enumerate(articles):
        plant = PLANTS[number % len(PLANTS)]
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        at = min(2, len(paragraphs))  # after the headline and the first paragraph
        texts.append("\n\n".join([*paragraphs[:at], plant[1], *paragraphs[at:]]))
        plants.append(plant)
    found: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    for (kind, sentence, word, category), report in zip(plants, reports(texts, context),
                                                        strict=True):
        where = [s for s in report.sentences if s.span.text.strip() == sentence]
        tried[kind] += 1
        if kind == "control":  # counts the controls blamed on the writer
            found[kind] += any(i.span.text == word and not i.in_quote
                               for s in where for i in s.loaded)
        else:
            found[kind] += any(i.span.text == word and i.category == category
                               for s in where for i in [*s.hedges, *s.loaded])
    print(f"Planted in PolNeAR dev ({len(articles)} articles, one sentence each)")
    for kind, label in (("hedge", "hedges found with their category"),
                        ("loaded", "loaded words found with their category"),
                        ("control", "controls blamed on the writer")):
        print(f"  {label:40} {found[kind]}/{tried[kind]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    parser.add_argument("--only", choices=("babe", "weasel", "seed", "planted"))
    args = parser.parse_args()
    context = Context.from_settings(Settings())
    if args.only in (None, "seed"):
        seed(context)
    if args.only in (None, "babe"):
        babe(context, args.errors)
    if args.only in (None, "weasel"):
        weasel(context)
    if args.only in (None, "planted"):
        planted(context)
    return 0


if __name__ == "__main__":
    sys.exit(main())
