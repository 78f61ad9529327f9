"""Fuzzing at length: tens of thousands of new drafts, with the hostile shapes mixed in.

    python bench/fuzz.py [--examples 20000] [--seed N]

Each draft comes from tests/fuzz_drafts.py (news-like prose in Markdown or HTML, markup,
entities, three line endings), with pieces of the shapes in bench/hostile.py (markup left
open, runs of marks, long words and lines, suppression comments) of up to 400
characters. Each is parsed once and audited twice, and must keep the properties that
tests/test_fuzz.py checks on 200: spans equal to the text at their offsets, findings on the
lines of their offsets, JSON and JSON Lines round trips, the same report from the same
parse. Prints the count, the time per example, and the first failure shrunk to its
smallest form.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests")]

from fuzz_drafts import audit_and_check, drafts  # noqa: E402
from hostile import SHAPES  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from audit.loading import Draft  # noqa: E402
from audit.pipeline import Context  # noqa: E402
from audit.settings import Settings  # noqa: E402

HOSTILE = st.builds(lambda name, size: SHAPES[name](size), st.sampled_from(sorted(SHAPES)),
                    st.integers(1, 400))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=None, help="for a run that can be repeated")
    args = parser.parse_args()
    context = Context.from_settings(Settings())
    count = 0

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(drafts(hostile=HOSTILE))
    def fuzz(draft: Draft) -> None:
        nonlocal count
        count += 1
        if count % 1000 == 0:
            print(f"{count} examples, {(time.perf_counter() - start) / count * 1000:.1f} ms "
                  "each", file=sys.stderr, flush=True)
        audit_and_check(draft, context)

    if args.seed is not None:
        fuzz = __import__("hypothesis").seed(args.seed)(fuzz)
    start = time.perf_counter()
    try:
        fuzz()
    except Exception as error:  # hypothesis has printed the shrunk example
        print(f"FAILED after {count} examples: {type(error).__name__}: {error}")
        return 1
    elapsed = time.perf_counter() - start
    print(f"{count} examples clean in {elapsed:.0f} s: {elapsed / count * 1000:.1f} ms each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
