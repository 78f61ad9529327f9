"""Growth of the stages that read raw text, on hostile shapes: time per byte at two sizes.

    python bench/growth.py [--size 200000] [--repeat 5] [--only SUBSTRING]

For every shape of `bench/hostile.py`, each stage (HTML metadata, front matter, masking as
Markdown and as HTML, sentence segmentation, quotations, suppression comments) runs on a
text of `size` characters and on one of twice that; the line gives the ratio of the time
per byte at the larger size to the time at the smaller. Linear work gives about 1,
quadratic work about 2. Target: every ratio within 1.5. Stages that take under 5 ms at
the larger size are too fast to time on a shared machine and are left out; a ratio over the
target is measured once more before it is printed. Below some 200,000 characters a stage's
data fits the processor's caches, which makes the smaller size cheaper per byte (up to 1.5
times) for reasons that have nothing to do with the algorithm: hence the default size.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile import SHAPES

from audit.document import ParsedDocument, _line_starts
from audit.loading import front_matter, html_metadata
from audit.markup import mask
from audit.quotes import QuoteIndex, find_quotes
from audit.segmentation import segment
from audit.suppression import find_suppressions

TARGET = 1.5


def stages() -> dict[str, Callable[[str], object]]:
    def segmented(markup: str) -> Callable[[str], object]:
        def run(text: str) -> object:
            masked = mask(text, markup)  # type: ignore[arg-type]
            return segment(masked.text, masked.headlines, masked.list_items)
        return run

    def quotes(text: str) -> object:
        masked = mask(text, "markdown")
        return find_quotes(masked.text, [(0, len(masked.text))])

    def suppressions(text: str) -> object:
        clean = mask(text, "markdown").text
        doc = ParsedDocument("x.md", text, clean, [], QuoteIndex([]), None,  # type: ignore[arg-type]
                             [], _line_starts(text))
        return find_suppressions(doc)

    return {"html metadata": html_metadata, "front matter": front_matter,
            "mask markdown": lambda t: mask(t, "markdown"), "mask html": lambda t: mask(t, "html"),
            "segment markdown": segmented("markdown"), "segment html": segmented("html"),
            "quotes": quotes, "suppressions": suppressions}


def best(function: Callable[[str], object], small: str, large: str, repeat: int
         ) -> tuple[float, float]:
    """The best time of each text, the two measured in turn so that a busy spell of a
    shared machine falls on both."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for text, found in ((small, times[0]), (large, times[1])):
            start = time.perf_counter()
            function(text)
            found.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--only", default="", help="shapes whose name holds this")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    worst = 0.0
    for shape, make in SHAPES.items():
        if args.only not in shape:
            continue
        small, large = make(args.size), make(2 * args.size)
        for stage, function in stages().items():
            a, b = best(function, small, large, args.repeat)
            if b < 5e-3:
                continue
            ratio = (b / len(large)) / (a / len(small))
            if ratio > TARGET:  # the machine is shared: measure once more before believing it
                again = best(function, small, large, 2 * args.repeat)
                a, b = min(a, again[0]), min(b, again[1])
                ratio = (b / len(large)) / (a / len(small))
            worst = max(worst, ratio)
            flag = "" if ratio <= TARGET else "  <-- over target"
            print(f"{shape:32} {stage:17} {len(small):>8} B {a * 1000:9.1f} ms  "
                  f"{len(large):>8} B {b * 1000:9.1f} ms  ratio {ratio:5.2f}{flag}", flush=True)
    print(f"worst ratio {worst:.2f} (target {TARGET})")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
