"""Speaker benchmark on the Gender Gap Tracker's evaluation set (Asr et al. 2021).

    python bench/speakers.py [--errors]

Reads `../shared/data/ggt`: `text/ID.txt` and `gold.jsonl`, where annotators marked every
quotation and resolved its speaker to a full name (`reference`). Scoring, as defined in the
data README: a gold quotation is found when an attribution's content span (or, with no
content span, its sentence) overlaps the quotation; of those, the attribution that overlaps
it most is the one scored; its speaker is right when it names the reference (`names.py`).
Speaker recall = right / all gold quotations.

The wrong ones are broken down by how the article refers to the speaker where it quotes
them (the annotators' `speaker_text`): a pronoun, a description ("the mayor"), a surname,
a full name, an organisation, or no words at all (a quotation that runs on), and apart
from those, the ones the tool left unresolved (speaker null).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from names import names_same

from audit.attribution import CueLexicon, find_attributions
from audit.document import parse_many
from audit.loading import Draft
from audit.parties import PartyMap

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ggt"
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "his", "them"}
ORGANISATION_WORDS = {"ministry", "department", "police", "agency", "company", "office",
                      "government", "service", "association", "union", "council", "board",
                      "commission", "party", "group", "bank", "news", "court", "city"}


def reference_kind(speaker_text: str, reference: str) -> str:
    words = speaker_text.split()
    if not words:
        return "running quote"
    if words[0].lower() in PRONOUNS and len(words) == 1:
        return "pronoun"
    if any(w.lower() in ORGANISATION_WORDS for w in reference.split()):
        return "organisation"
    if words[0].lower() in ("the", "a", "an", "this", "that") or words[0].islower():
        return "description"
    if len(words) == 1 or (len(words) == 2 and words[0].rstrip(".") in (
            "Mr", "Mrs", "Ms", "Dr", "Miss")):
        return "surname"
    return "full name"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true",
                        help="list each wrong speaker and each missed quotation")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    gold = [json.loads(line) for line in (DATA / "gold.jsonl").read_text().splitlines()]
    drafts = [Draft(f"{g['id']}.txt", (DATA / "text" / f"{g['id']}.txt").read_text(
        encoding="utf-8"), "text") for g in gold]
    cues = CueLexicon.load()
    total = found = right = 0
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    errors = []
    for article, doc in zip(gold, parse_many(drafts), strict=True):
        spans = []
        for sentence, attributions in zip(doc.sentences, find_attributions(
                doc, cues, PartyMap()), strict=True):
            for attribution in attributions:
                content = attribution.content
                start, end = (content.start, content.end) if content else (
                    sentence.start, sentence.end)
                spans.append((start, end, attribution))
        for quotation in article["quotations"]:
            total += 1
            q_start, q_end = quotation["quote"]
            kind = reference_kind(quotation["speaker_text"], quotation["reference"])
            overlaps = [(min(end, q_end) - max(start, q_start), attribution)
                        for start, end, attribution in spans if start < q_end and q_start < end]
            if not overlaps:
                missed[kind] += 1
                errors.append(f"{article['id']} [missed {kind}] gold {quotation['reference']!r} "
                              f"({quotation['speaker_text']!r}): "
                              f"{doc.text[max(0, q_start - 80):q_end][:200]!r}")
                continue
            found += 1
            attribution = max(overlaps, key=lambda pair: pair[0])[1]
            if names_same(quotation["reference"], attribution.speaker):
                right += 1
                continue
            why = "unresolved" if attribution.speaker is None else kind
            wrong[why] += 1
            errors.append(f"{article['id']} [{why}] gold {quotation['reference']!r} "
                          f"({quotation['speaker_text']!r}) got {attribution.speaker!r} "
                          f"from {attribution.source.text!r}: "
                          f"{doc.text[q_start:q_end][:80]!r}")
    print(f"GGT: {len(gold)} articles, {total} gold quotations")
    print(f"found                  {found / total:.3f}  ({found})")
    print(f"right speaker of found {right / found:.3f}  ({right})")
    print(f"speaker recall         {right / total:.3f}")
    print("wrong, by how the article names the speaker: "
          + ", ".join(f"{k} {n}" for k, n in wrong.most_common()))
    print("missed, by the same: " + ", ".join(f"{k} {n}" for k, n in missed.most_common()))
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
