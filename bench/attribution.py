"""Attribution benchmark on PolNeAR (Newell, Margolin, Ruths 2018).

    python bench/attribution.py [--split dev|train] [--limit N]

Reads `../shared/data/polnear/<split>` (relative to the project root): `text/NAME.txt` and
the brat stand-off annotation files `attributions/NAME_ANNOTATOR.ann`. An article with
several annotators' files is scored against each file.

Scoring, as defined in the data README: a predicted attribution matches a gold one when
their cue spans overlap (each gold at most once); its source is right when the two source
spans overlap. Precision is over all predicted attributions, recall over all gold ones.
The speech-cue subset is the gold attributions whose cue holds a verb of saying or writing
or "according to"; speech-source F1 combines source precision over all predictions with
source recall on that subset. Predictions are the distinct (cue, source) pairs of a
document: a quotation carried over several sentences is one attribution.

On dev it also scores the speakers against `../shared/data/labels/sources-dev.jsonl`: a
`resolvable` source (a pronoun or description of someone the article names) is resolved
when an attribution whose source overlaps it names `refers_to` (without its parenthesised
role) as its speaker, by the name test of `names.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from names import names_same

from audit.attribution import CueLexicon, find_attributions
from audit.document import parse_many
from audit.loading import Draft
from audit.parties import PartyMap
from audit.report import Attribution

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
LABELS = ROOT.parent / "shared" / "data" / "labels" / "sources-dev.jsonl"

# The verbs that define the speech-cue subset of the gold attributions (see the file).
SPEECH_LEMMAS = frozenset(
    yaml.safe_load((Path(__file__).with_name("speech_verbs.yaml")).read_text())["verbs"])

Span = list[tuple[int, int]]


@dataclass
class Gold:
    cue: Span
    source: Span | None
    speech: bool


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    gold_speech: int = 0
    cue_hits: int = 0
    source_hits: int = 0
    speech_cue_hits: int = 0
    speech_source_hits: int = 0
    files: int = 0
    misses: list[str] = field(default_factory=list)
    resolvable: int = 0
    resolved: int = 0
    unresolved: list[str] = field(default_factory=list)


def read_ann(path: Path, text: str, lemmas: dict[int, str]) -> list[Gold]:
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = [tuple(int(x) for x in piece.split())  # type: ignore[misc]
                               for piece in offsets.split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split())
            events.append(roles)
    golds = []
    for roles in events:
        if "Cue" not in roles or roles["Cue"] not in spans:
            continue
        cue = spans[roles["Cue"]]
        source = spans.get(roles.get("Source", ""))
        golds.append(Gold(cue, source, _is_speech(cue, text, lemmas)))
    return golds


def _is_speech(cue: Span, text: str, lemmas: dict[int, str]) -> bool:
    words = " ".join(text[s:e] for s, e in cue).lower()
    if re.search(r"\baccording to\b", words):
        return True
    return any(lemmas.get(offset) in SPEECH_LEMMAS
               for s, e in cue for offset in range(s, e))


def overlaps(a: Span, b: Span) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score(counts: Counts, predictions: list[tuple[Span, Span]], golds: list[Gold],
          text: str) -> None:
    counts.files += 1
    counts.predicted += len(predictions)
    counts.gold += len(golds)
    counts.gold_speech += sum(g.speech for g in golds)
    used: set[int] = set()
    for cue, source in predictions:
        candidates = [i for i, g in enumerate(golds) if i not in used and overlaps(cue, g.cue)]
        if not candidates:
            continue
        # Prefer the gold attribution whose source also overlaps.
        best = next((i for i in candidates
                     if golds[i].source and overlaps(source, golds[i].source)), candidates[0])
        used.add(best)
        gold = golds[best]
        right = bool(gold.source and overlaps(source, gold.source))
        counts.cue_hits += 1
        counts.source_hits += right
        counts.speech_cue_hits += gold.speech
        counts.speech_source_hits += right and gold.speech
    for i, gold in enumerate(golds):
        if gold.speech and i not in used and len(counts.misses) < 400:
            counts.misses.append(" / ".join(text[s:e] for s, e in gold.cue))


def score_resolution(counts: Counts, label: dict[str, Any], attributions: list[Attribution]
                     ) -> None:
    counts.resolvable += 1
    reference = re.sub(r"\s*\(.*?\)", "", str(label["refers_to"]))
    speakers = [a.speaker for a in attributions
                if a.source.start < label["end"] and label["start"] < a.source.end]
    if any(names_same(reference, speaker) for speaker in speakers):
        counts.resolved += 1
    else:
        counts.unresolved.append(f"{label['text']!r} -> {reference!r}: got {speakers}\n"
                                 f"    in: {str(label['sentence'])[:200]}")


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def subset(hits: int, subset_hits: int, c: Counts) -> tuple[float, float, float]:
    """Precision over all predictions, recall on the speech-cue subset."""
    p = prf(hits, c.predicted, c.gold)[0]
    r = subset_hits / c.gold_speech if c.gold_speech else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(split: str, limit: int | None) -> Counts:
    folder = DATA / split
    texts = sorted((folder / "text").glob("*.txt"))[:limit]
    annotations = sorted((folder / "attributions").glob("*.ann"))
    drafts = [Draft(str(p), p.read_text(encoding="utf-8"), "markdown") for p in texts]
    cues = CueLexicon.load()
    parties = PartyMap()
    counts = Counts()
    labels: dict[str, list[dict[str, object]]] = {}
    if split == "dev" and LABELS.is_file():
        for row in map(json.loads, LABELS.read_text(encoding="utf-8").splitlines()):
            if row["label"] == "resolvable":
                labels.setdefault(row["file"], []).append(row)
    for path, doc in zip(texts, parse_many(drafts), strict=True):
        lemmas = {t.idx + k: t.lemma_.lower() for t in doc.doc for k in range(len(t))}
        found = find_attributions(doc, cues, parties)
        for label in labels.get(path.name, []):
            score_resolution(counts, label, [a for sentence in found for a in sentence])
        predictions: list[tuple[Span, Span]] = []
        for attribution in (a for sentence in found for a in sentence):
            pair = ([(attribution.cue.start, attribution.cue.end)],
                    [(attribution.source.start, attribution.source.end)])
            if pair not in predictions:
                predictions.append(pair)
        for ann in annotations:
            if ann.stem.rsplit("_", 1)[0] == path.stem:
                score(counts, predictions, read_ann(ann, doc.text, lemmas), doc.text)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--misses", action="store_true",
                        help="list the speech cues that were not found")
    args = parser.parse_args(argv)
    if not (DATA / args.split).is_dir():
        print(f"no data at {DATA / args.split}", file=sys.stderr)
        return 2
    c = run(args.split, args.limit)
    print(f"PolNeAR {args.split}: {c.files} annotation files, {c.gold} gold attributions "
          f"({c.gold_speech} speech cues), {c.predicted} predicted")
    rows = [
        ("cue, all", prf(c.cue_hits, c.predicted, c.gold)),
        ("source, all", prf(c.source_hits, c.predicted, c.gold)),
        ("cue, speech subset", subset(c.cue_hits, c.speech_cue_hits, c)),
        ("source, speech subset", subset(c.source_hits, c.speech_source_hits, c)),
    ]
    print(f"{'':24} {'P':>6} {'R':>6} {'F1':>6}")
    for name, (p, r, f) in rows:
        print(f"{name:24} {p:6.3f} {r:6.3f} {f:6.3f}")
    print("(speech-subset precision is over all predictions: the README's speech-source F1)")
    if c.resolvable:
        print(f"labels dev: resolvable sources resolved to the right name {c.resolved} of "
              f"{c.resolvable} ({c.resolved / c.resolvable:.3f})")
    if args.misses:
        print("\nspeech cues missed:", "; ".join(c.misses))
        print("\nresolvable sources not resolved:\n" + "\n".join(c.unresolved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
