"""The seed article's attribution expectations (../shared/data/seed/gold.json).

    python bench/seed_attribution.py

Checks every required attribution (source, cue and party, found in its sentence), that the
`no_attribution` sentences have none, the per-party statement counts within the tolerance,
and that "claimed ... lives" is not taken as a cue. Prints each check; exits 1 on a failure.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import yaml

from audit.document import parse
from audit.loading import Draft
from audit.pipeline import Context, audit_document
from audit.settings import Settings

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "seed"


def main() -> int:
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    text = (SEED / gold["document"]).read_text(encoding="utf-8")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as handle:
        yaml.safe_dump(gold["parties"], handle)
    report = audit_document(parse(Draft(gold["document"], text, "markdown")),
                            Context.from_settings(Settings(parties=handle.name)))
    Path(handle.name).unlink()
    failures = 0

    def check(ok: bool, what: str) -> None:
        nonlocal failures
        failures += not ok
        print(("ok    " if ok else "FAIL  ") + what)

    for item in gold["attributions"]:
        found = [a for s in report.sentences if item["sentence"] in s.span.text
                 for a in s.attributions if a.cue.text == item["cue"]]
        right = [a for a in found if item["source"] in a.source.text
                 and a.party == item["party"]]
        check(bool(right), f'{item["source"]!r} {item["cue"]!r} -> {item["party"]}'
              + ("" if right else f" (found {[(a.source.text, a.party) for a in found]})"))
    for sentence in gold["no_attribution"]:
        found = [a.cue.text for s in report.sentences if sentence in s.span.text
                 for a in s.attributions]
        check(not found, f"no attribution in {sentence[:50]!r}" + (f" {found}" if found else ""))
    claimed = [a for s in report.sentences for a in s.attributions
               if "claimed more than" in s.span.text and a.cue.text == "claimed"]
    check(not claimed, "'claimed ... lives' is not a cue")
    balance = gold["balance"]
    for party, expected in balance["statements_per_party"].items():
        got = report.parties[party].statements if party in report.parties else 0
        check(abs(got - expected) <= balance["tolerance"],
              f"{party}: {got} statements (gold {expected} +/- {balance['tolerance']})")
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
