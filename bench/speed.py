"""Speed and memory of `audit run` against spaCy alone, on the same texts.

    python bench/speed.py [--data ../shared/data] [--jobs N]
                          [--only batch|cold|memory|dask] [--sizes 100,500,2000]

1. Batch: the whole `audit run --format json` process over PolNeAR dev+train texts against a
   bare `nlp.pipe` process over the same texts with the same model and components (every
   component of en_core_web_sm: the analyses read tags, lemmas, the parse and entities).
   Both are timed as whole processes, imports and model load included. The bare parse uses
   spaCy's own multiprocessing with the same number of processes as the audit.
2. Cold start: auditing one article against loading spaCy and parsing that article.
3. Memory: peak resident set size of a JSON Lines and a JSON audit of 100, 500 and 2,000
   documents (the corpus cycled), so growth with corpus size shows.

4. Dask (needs audit[dask]): the whole `audit run --format jsonl` process over the PolNeAR
   train texts on a local Dask cluster of N worker processes (`--scheduler local:N`, the
   cluster's start included) against the same run on N forked processes (`--jobs N`):
   what the cluster costs on one machine, and the documents per second per worker that
   docs/scale.md plans from.

Targets: batch at most 1.3x the bare parse, cold start at most 1.5x, memory flat, Dask at
most 1.15x the process pool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDIT = [sys.executable, "-m", "audit"]

BARE_PARSE = """
import sys
from pathlib import Path
from audit.nlp import pipeline
nlp = pipeline()
texts = (Path(p).read_text(encoding="utf-8") for p in sys.argv[2:])
jobs = int(sys.argv[1])
for doc in nlp.pipe(texts, batch_size=32, n_process=jobs):
    pass
"""


def timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident kilobytes of the largest process of a command."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], capture_output=True,
                            text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):  # 1: the audit had findings
        sys.exit(f"failed: {' '.join(command[:6])}...\n{result.stderr[-2000:]}")
    return elapsed, int(result.stderr.strip().splitlines()[-1])


def batch(texts: list[Path], words: int, jobs: int, scratch: Path) -> None:
    file_list = [str(p) for p in texts]
    bare, bare_memory = timed([sys.executable, "-c", BARE_PARSE, str(jobs), *file_list])
    audit, audit_memory = timed([*AUDIT, "run", "--format", "json", "--quiet", "--jobs",
                                 str(jobs), "--output", str(scratch / "batch.json"),
                                 *file_list])
    print("\nbatch (whole processes, same texts):")
    print(f"  bare nlp.pipe : {bare:7.1f} s  {words / bare:8,.0f} words/s  "
          f"peak {bare_memory / 1024:,.0f} MB")
    print(f"  audit run json: {audit:7.1f} s  {words / audit:8,.0f} words/s  "
          f"peak {audit_memory / 1024:,.0f} MB")
    print(f"  ratio audit/bare: {audit / bare:.2f}  (target <= 1.3, aim 1.1)")


def cold_start(article: Path, scratch: Path) -> None:
    output = str(scratch / "one.json")
    one = [timed([*AUDIT, "run", "--format", "json", "--quiet", "--output", output,
                  str(article)])[0] for _ in range(3)]
    load_parse = [timed([sys.executable, "-c", BARE_PARSE, "1", str(article)])[0]
                  for _ in range(3)]
    print("\ncold start, one article (median of 3):")
    print(f"  spaCy load + parse: {statistics.median(load_parse):.2f} s")
    print(f"  audit run         : {statistics.median(one):.2f} s")
    print(f"  ratio: {statistics.median(one) / statistics.median(load_parse):.2f}  "
          "(target <= 1.5)")


def memory(texts: list[Path], sizes: list[int], jobs: int, scratch: Path) -> None:
    """Peak memory by corpus size. A worker's memory climbs over its first hundred or so
    documents (as bare spaCy's does) and then stays level: small corpora end before that."""
    print("\npeak memory (largest process) by corpus size:")
    for size in sizes:
        folder = scratch / f"corpus-{size}"
        folder.mkdir()
        for i in range(size):
            shutil.copyfile(texts[i % len(texts)], folder / f"{i:05d}.txt")
        for format_ in ("jsonl", "json"):
            target = scratch / f"out-{size}.{format_}"
            seconds, peak = timed([*AUDIT, "run", "--format", format_, "--quiet", "--jobs",
                                   str(jobs), "--output", str(target), str(folder)])
            print(f"  {size:5d} documents, {format_:5s}: {peak / 1024:6,.0f} MB  "
                  f"({seconds:.0f} s)")
            target.unlink()
        shutil.rmtree(folder)


def on_dask(texts: list[Path], words: int, jobs: int, scratch: Path) -> None:
    file_list = [str(p) for p in texts]
    runs = {}
    for label, where in (("--jobs", ["--jobs", str(jobs)]),
                         ("--scheduler", ["--scheduler", f"local:{jobs}"])):
        runs[label] = timed([*AUDIT, "run", "--format", "jsonl", "--quiet", *where,
                             "--output", str(scratch / "dask.jsonl"), *file_list])
    print(f"\ndask ({len(texts)} train articles, {words:,} words, whole processes):")
    for label, (seconds, peak) in runs.items():
        shown = f"{label} {jobs}" if label == "--jobs" else f"{label} local:{jobs}"
        print(f"  {shown:<20}: {seconds:7.1f} s  {len(texts) / seconds / jobs:6.2f} docs/s "
              f"per worker  {words / seconds:8,.0f} words/s  peak {peak / 1024:,.0f} MB")
    ratio = runs["--scheduler"][0] / runs["--jobs"][0]
    print(f"  ratio cluster/pool: {ratio:.2f}  (target <= 1.15)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--only", choices=("batch", "cold", "memory", "dask"),
                        help="run one part of the benchmark")
    parser.add_argument("--sizes", default="100,500,2000",
                        help="corpus sizes for the memory part (default: 100,500,2000)")
    args = parser.parse_args()
    texts = sorted((args.data / "polnear" / "dev" / "text").glob("*.txt")) + sorted(
        (args.data / "polnear" / "train" / "text").glob("*.txt"))
    if not texts:
        sys.exit(f"no PolNeAR texts under {args.data}")
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in texts)
    print(f"corpus: {len(texts)} PolNeAR articles, {words:,} words; {args.jobs} processes")
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        if args.only in (None, "batch"):
            batch(texts, words, args.jobs, scratch)
        if args.only in (None, "cold"):
            cold_start(texts[0], scratch)
        if args.only in (None, "memory"):
            memory(texts, [int(n) for n in args.sizes.split(",")], args.jobs, scratch)
        if args.only in (None, "dask"):
            train = sorted((args.data / "polnear" / "train" / "text").glob("*.txt"))
            on_dask(train, sum(len(p.read_text(encoding="utf-8").split()) for p in train),
                    args.jobs, scratch)


if __name__ == "__main__":
    main()
