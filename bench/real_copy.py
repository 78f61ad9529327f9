"""How the defaults behave on edited copy (PolNeAR dev), and how precise each rule is.

    python bench/real_copy.py                 # failing articles, warnings per 1,000 words,
                                              # precision and recall per rule
    python bench/real_copy.py --plant         # also: planted defects caught, controls blamed
    python bench/real_copy.py --sample RULE   # a fixed random sample of RULE's unjudged
                                              # findings, as JSON lines to judge

Runs the tool in-process at the default settings on `../shared/data/polnear/dev/text`.

Precision and recall come from two sources:
- `../shared/data/labels` (see its README for the scoring): `statistics-dev.jsonl` scores
  unattributed-statistic (a labelled sentence is flagged when a finding overlaps it; the
  positives are `needs-source`), `sources-dev.jsonl` scores the vague and anonymous source
  flags (a span is flagged when an overlapping attribution is vague or anonymous, or a
  vague-attribution or anonymous-source finding overlaps it).
- `bench/judged.jsonl` for the rules the labels do not cover: findings on dev articles,
  sampled with a fixed seed and judged by reading them (`verdict` is `agree` when an editor
  would want the edit, `disagree` otherwise, with a `reason`). A rule's precision is the
  share of `agree` among the judged findings the tool still produces; findings it no longer
  produces drop out, new unjudged ones are counted so the sample can be topped up.

`--plant` inserts team-written defects, one paragraph at a time, into dev articles and
counts how many are reported by the rule meant to catch them, at any level and at
`warning`; the control (loaded words inside an attributed quotation) counts how often the
writer is blamed for them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from audit.document import parse_many
from audit.loading import Draft, markup_of
from audit.pipeline import Context, audit_document
from audit.report import LEVELS, DocumentReport, Finding
from audit.rules import RULES
from audit.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
TEXTS = DATA / "polnear" / "dev" / "text"
LABELS = DATA / "labels"
JUDGED = ROOT / "bench" / "judged.jsonl"
SAMPLE_SEED = 11
SAMPLE_SIZE = 20
SOURCE_RULES = {"vague-attribution", "anonymous-source"}
WRITER_RULES = {"loaded-wording", "contentious-label", "editorializing", "scare-quotes"}


def audit_texts(items: Iterable[tuple[str, str]], context: Context) -> Iterator[DocumentReport]:
    drafts = (Draft(name, text, markup_of(name, text)) for name, text in items)
    for doc in parse_many(drafts):
        yield audit_document(doc, context)  # type: ignore[arg-type]


def dev_texts() -> list[tuple[str, str]]:
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(TEXTS.glob("*.txt"))]


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


def failing(finding: Finding, settings: Settings) -> bool:
    return LEVELS.index(finding.level) >= LEVELS.index(settings.fail_on)


def prf(hits: int, flagged: int, wanted: int) -> str:
    precision = hits / flagged if flagged else 0.0
    recall = hits / wanted if wanted else 0.0
    return f"P {precision:.2f} R {recall:.2f} ({hits} of {flagged} flagged, {wanted} wanted)"


def overview(reports: list[DocumentReport], settings: Settings) -> None:
    words = sum(r.words for r in reports)
    failed = sum(any(failing(f, settings) for f in r.findings) for r in reports)
    warnings: Counter[str] = Counter()
    infos: Counter[str] = Counter()
    for report in reports:
        for finding in report.findings:
            (warnings if failing(finding, settings) else infos)[finding.name] += 1
    print(f"PolNeAR dev at the defaults: {len(reports)} articles, {words} words")
    print(f"  failing articles      {failed} of {len(reports)} ({failed / len(reports):.0%})")
    print(f"  warnings per 1,000 words {1000 * sum(warnings.values()) / words:.2f}"
          f" ({sum(warnings.values())} warnings, {sum(infos.values())} info)")
    for rule in RULES:
        if warnings[rule.name] or infos[rule.name]:
            print(f"    {rule.code} {rule.name:24} warnings {warnings[rule.name]:4}"
                  f" ({1000 * warnings[rule.name] / words:.2f}/1,000 words)"
                  f"  info {infos[rule.name]:4}")


def labelled(reports: dict[str, DocumentReport]) -> None:
    print("Labels dev (../shared/data/labels)")
    statistics = read_jsonl(LABELS / "statistics-dev.jsonl")
    hits = flagged = 0
    for item in statistics:
        found = [f for f in reports[item["file"]].findings if f.name == "unattributed-statistic"
                 and overlaps(f, item["start"], item["end"])]
        flagged += bool(found)
        hits += bool(found) and item["label"] == "needs-source"
    wanted = sum(item["label"] == "needs-source" for item in statistics)
    print(f"  unattributed-statistic  {prf(hits, flagged, wanted)}")
    sources = read_jsonl(LABELS / "sources-dev.jsonl")
    hits = flagged = 0
    for item in sources:
        report = reports[item["file"]]
        start, end = item["start"], item["end"]
        by_attribution = any(a.vague or a.anonymous for s in report.sentences
                             for a in s.attributions
                             if a.source.start < end and start < a.source.end)
        by_finding = any(f.name in SOURCE_RULES and overlaps(f, start, end)
                         for f in report.findings)
        is_flagged = by_attribution or by_finding
        flagged += is_flagged
        hits += is_flagged and item["label"] in ("vague", "anonymous")
    wanted = sum(item["label"] in ("vague", "anonymous") for item in sources)
    print(f"  vague/anonymous sources {prf(hits, flagged, wanted)}")


def judged(reports: dict[str, DocumentReport]) -> None:
    print(f"Judged samples ({JUDGED.relative_to(ROOT)}): precision among judged findings "
          "still produced")
    judgments = defaultdict(list)
    for item in read_jsonl(JUDGED):
        judgments[item["rule"]].append(item)
    for rule in RULES:
        produced = [(name, f) for name, r in reports.items() for f in r.findings
                    if f.name == rule.name]
        if not judgments[rule.name] and not produced:
            continue
        agree = matched = 0
        for item in judgments[rule.name]:
            if any(name == item["file"] and overlaps(f, item["start"], item["end"])
                   for name, f in produced):
                matched += 1
                agree += item["verdict"] == "agree"
        unjudged = sum(not _is_judged(name, f, judgments[rule.name]) for name, f in produced)
        precision = f"P {agree / matched:.2f}" if matched else "P  -  "
        print(f"  {rule.code} {rule.name:24} {precision} ({agree} of {matched} judged still "
              f"found; {len(judgments[rule.name]) - matched} gone; {unjudged} unjudged "
              f"of {len(produced)})")


def _is_judged(name: str, finding: Finding, items: list[dict]) -> bool:
    return any(item["file"] == name and overlaps(finding, item["start"], item["end"])
               for item in items)


def sample(reports: dict[str, DocumentReport], rule: str, size: int) -> None:
    """Print unjudged findings of a rule, a fixed random sample, ready to be judged."""
    items = [item for item in read_jsonl(JUDGED) if item["rule"] == rule]
    produced = [(name, f) for name, r in sorted(reports.items()) for f in r.findings
                if f.name == rule and not _is_judged(name, f, items)]
    texts = dict(dev_texts())
    for name, finding in random.Random(SAMPLE_SEED).sample(produced, min(size, len(produced))):
        text = texts[name]
        context = text[max(0, finding.start - 200):finding.end + 200].replace("\n", " / ")
        print(json.dumps({"rule": rule, "file": name, "start": finding.start,
                          "end": finding.end, "text": finding.text, "verdict": "",
                          "reason": "", "message": finding.message, "context": context},
                         ensure_ascii=False))


# Planted defects: fictional phrasings written by the team, each a paragraph of its own.
# `mark` is the part a finding of one of `rules` must overlap.
@dataclass(frozen=True)
class Plant:
    kind: str
    paragraph: str
    mark: str
    rules: frozenset[str]
    control: bool = False


def _plants(kind: str, rules: set[str], pairs: list[tuple[str, str]], control: bool = False
            ) -> list[Plant]:
    return [Plant(kind, paragraph, mark, frozenset(rules), control) for paragraph, mark in pairs]


PLANTS: list[Plant] = [
    *_plants("figure without source", {"unattributed-statistic"}, [
        ("The county's jail population rose by 23 percent over the past year.", "23 percent"),
        ("Nearly 4,800 households in the valley now wait for public housing.", "4,800"),
        ("The ferry service lost $2.3 million in the last quarter.", "$2.3 million"),
    ]),
    *_plants("vague claim", {"vague-attribution"}, [
        ("Critics say the new levy will drive small shops out of the county.", "Critics say"),
        ("Some observers believe the harbour plan is doomed.", "Some observers believe"),
        ("Many people say the tender was rigged from the start.", "Many people say"),
    ]),
    *_plants("loaded word", {"loaded-wording", "contentious-label"}, [
        ("The council's disastrous, reckless budget gutted the library service.",
         "disastrous"),
        ("The shameful deal left the dockworkers with nothing.", "shameful"),
        ("The regime in the town hall announced new parking fees.", "regime"),
    ]),
    *_plants("editorial aside", {"editorializing"}, [
        ("Clearly, the board has failed the town's children.", "Clearly"),
        ("Of course, the developers knew exactly what they were doing.", "Of course"),
        ("Tragically, the bridge repairs were put off once again.", "Tragically"),
    ]),
    *_plants("distancing hedge", {"writer-hedge"}, [
        ("The treasurer reportedly moved the funds to a private account.", "reportedly"),
        ("The contractor allegedly billed the county for work never done.", "allegedly"),
        ("The inspector supposedly signed off on the wiring without a visit.", "supposedly"),
    ]),
    *_plants("loaded reporting verb", {"loaded-reporting-verb"}, [
        ("Mayor Lena Ortiz claimed the harbour budget was balanced.", "claimed"),
        ("Councillor Rafael Dunmore insisted the vote had been fair.", "insisted"),
        ("Dunmore admitted the contract had gone to his cousin's firm.", "admitted"),
    ]),
    *_plants("control: loaded words in an attributed quotation", WRITER_RULES, [
        ("\u201cThis shameful, disastrous scheme is a betrayal of every family here,\u201d "
         "said Mayor Lena Ortiz.", "This shameful, disastrous scheme is a betrayal"),
        ("Councillor Rafael Dunmore called the plan \u201ca reckless, outrageous giveaway "
         "to the regime's friends.\u201d", "a reckless, outrageous giveaway"),
        ("\u201cIt is a catastrophe. Clearly, these people are corrupt,\u201d said Ana "
         "Whitcombe, who leads the tenants' union.", "Clearly, these people are corrupt"),
    ], control=True),
]
REPEAT = "repeated paragraph"
ARTICLES_PER_PLANT = 4


def planted_texts(texts: list[tuple[str, str]]) -> Iterator[tuple[str, str, Plant | None,
                                                                   tuple[int, int]]]:
    """(name, text, plant, span of the mark) for each planted copy of a dev article."""
    chooser = random.Random(SAMPLE_SEED)
    for plant in [*PLANTS, None]:
        for name, text in chooser.sample(texts, ARTICLES_PER_PLANT * (3 if plant is None else 1)):
            paragraphs = text.split("\n\n")
            at = len(paragraphs) // 2
            if plant is None:
                # Repeat the longest of the paragraphs before the middle, later on.
                original = max(paragraphs[1:at] or paragraphs[:1], key=len)
                inserted, mark = original, original
            else:
                inserted, mark = plant.paragraph, plant.mark
            head = "\n\n".join(paragraphs[:at]) + "\n\n"
            start = len(head) + inserted.index(mark)
            yield (f"{name}#{plant.kind if plant else REPEAT}",
                   head + inserted + "\n\n" + "\n\n".join(paragraphs[at:]),
                   plant, (start, start + len(mark)))


def plant(context: Context) -> None:
    print(f"Planted defects (bench/real_copy.py PLANTS, {ARTICLES_PER_PLANT} dev articles per"
          " phrasing)")
    planted = list(planted_texts(dev_texts()))
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    rules_of = {p.kind: p.rules for p in PLANTS}
    rules_of[REPEAT] = frozenset({"duplicate-passage"})
    controls = {p.kind for p in PLANTS if p.control}
    reports = audit_texts(((name, text) for name, text, _, _ in planted), context)
    for (name, _, _, (start, end)), report in zip(planted, reports, strict=True):
        kind = name.split("#", 1)[1]
        found = [f for f in report.findings if f.name in rules_of[kind]
                 and overlaps(f, start, end)]
        counts = caught[kind]
        counts[0] += 1
        counts[1] += bool(found)
        counts[2] += any(failing(f, context.settings) for f in found)
    total = [0, 0, 0]
    for kind, (n, any_level, warning) in caught.items():
        verb = "blamed on the writer" if kind in controls else "caught"
        print(f"  {kind:50} {verb} {any_level:2} of {n} (as warning {warning})")
        if kind not in controls:
            total = [total[0] + n, total[1] + any_level, total[2] + warning]
    print(f"  defects caught {total[1]} of {total[0]} ({total[1] / total[0]:.0%}), as warning "
          f"{total[2]} ({total[2] / total[0]:.0%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plant", action="store_true", help="also plant defects")
    parser.add_argument("--sample", metavar="RULE", help="print unjudged findings to judge")
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE, help="sample size")
    args = parser.parse_args()
    context = Context.from_settings(Settings())
    texts = dev_texts()
    reports = {r.path: r for r in audit_texts(texts, context)}
    if args.sample:
        sample(reports, args.sample, args.size)
        return 0
    overview(list(reports.values()), context.settings)
    labelled(reports)
    judged(reports)
    if args.plant:
        plant(context)
    return 0


if __name__ == "__main__":
    sys.exit(main())
