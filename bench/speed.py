"""Speed and memory of `audit run` against spaCy alone, on the same texts.

    python bench/speed.py [--data ../shared/data] [--jobs N] [--split dev,train]
                          [--only batch|cold|memory|growth|dask] [--sizes 100,500,2000]
                          [--words 10000,...] [--lines 1000,...] [--budget SECONDS]
                          [--baseline CHECKOUT]

1. Batch: the whole `audit run --format json` process over PolNeAR dev+train texts against a
   bare `nlp.pipe` process over the same texts with the same model and components (every
   component of en_core_web_sm: the analyses read tags, lemmas, the parse and entities).
   Both are timed as whole processes, imports and model load included. The bare parse uses
   spaCy's own multiprocessing with the same number of processes as the audit.
2. Cold start: auditing one article against loading spaCy and parsing that article.
3. Memory: peak resident set size of a JSON Lines and a JSON audit of 100, 500 and 2,000
   documents (the corpus cycled), so growth with corpus size shows.
4. Growth (`--only growth`, not part of the default run): one generated news-style article
   (`articles.py`: attributions, quotations, pronoun speakers, figures, quotations running
   over paragraphs) at 10k to 160k words, and a file of '"Quote," said X.' lines at 1k to
   8k lines, each audited by its own `audit run --format json -j 1` process: time per
   1,000 words and peak memory at each size. Per-document work must be linear: time per
   1,000 words at the largest size within 1.5x of that at the smallest, memory about
   proportional to size. A size is skipped once a smaller one took over `--budget`.
   `--baseline` names a checkout of other code (e.g. `git worktree add /tmp/base main`):
   each size is then audited by it too, right before, so a before-and-after table is
   measured in one run under the same load.
5. Dask (needs audit[dask]): the whole `audit run --format jsonl` process over the PolNeAR
   train texts on a local Dask cluster of N worker processes (`--scheduler local:N`, the
   cluster's start included) against the same run on N forked processes (`--jobs N`):
   what the cluster costs on one machine, and the documents per second per worker that
   docs/scale.md plans from.

Targets: batch at most 1.10x the bare parse (one process and all cores), cold start at most
1.15x, memory flat, growth flat, Dask at most 1.15x the process pool.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article, quotation_lines  # noqa: E402

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


def timed(command: list[str], code: Path | None = None) -> tuple[float, int]:
    """Wall seconds and peak resident kilobytes of the largest process of a command;
    `code`: a checkout whose `audit` package the command runs instead of this one."""
    env = None if code is None else {**os.environ, "PYTHONPATH": str(code)}
    start = time.perf_counter()
    # `python -m` puts the working folder first on the path, before PYTHONPATH.
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], capture_output=True,
                            text=True, check=False, env=env, cwd=code)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):  # 1: the audit had findings
        sys.exit(f"failed: {' '.join(command[:6])}...\n{result.stderr[-2000:]}")
    return elapsed, int(result.stderr.strip().splitlines()[-1])


def batch(texts: list[Path], words: int, jobs: int, scratch: Path) -> None:
    """The audit against the bare parse with one process, then with `jobs` processes."""
    file_list = [str(p) for p in texts]
    for processes in sorted({1, jobs}):
        bare, bare_memory = timed([sys.executable, "-c", BARE_PARSE, str(processes),
                                   *file_list])
        audit, audit_memory = timed([*AUDIT, "run", "--format", "json", "--quiet", "--jobs",
                                     str(processes), "--output", str(scratch / "batch.json"),
                                     *file_list])
        print(f"\nbatch, {processes} process{'es' if processes > 1 else ''} "
              "(whole processes, same texts):")
        print(f"  bare nlp.pipe : {bare:7.1f} s  {words / bare:8,.0f} words/s  "
              f"peak {bare_memory / 1024:,.0f} MB")
        print(f"  audit run json: {audit:7.1f} s  {words / audit:8,.0f} words/s  "
              f"peak {audit_memory / 1024:,.0f} MB")
        print(f"  ratio audit/bare: {audit / bare:.2f}  (target <= 1.10)")


COLD_PAIRS = 7  # a start takes about a second, and one slow start is common


def cold_start(article: Path, scratch: Path) -> None:
    """Each audit start is timed right after a bare load-and-parse, so both see the same
    machine; the ratio is the median of the pairs' ratios."""
    output = str(scratch / "one.json")
    pairs = []
    for _ in range(COLD_PAIRS):
        bare = timed([sys.executable, "-c", BARE_PARSE, "1", str(article)])[0]
        one = timed([*AUDIT, "run", "--format", "json", "--quiet", "--output", output,
                     str(article)])[0]
        pairs.append((bare, one))
    print(f"\ncold start, one article (median of {COLD_PAIRS} interleaved pairs):")
    print(f"  spaCy load + parse: {statistics.median(b for b, _ in pairs):.2f} s")
    print(f"  audit run         : {statistics.median(o for _, o in pairs):.2f} s")
    print(f"  ratio: {statistics.median(o / b for b, o in pairs):.2f}  (target <= 1.15)")


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


def growth(words: list[int], lines: list[int], budget: float, scratch: Path,
           baseline: Path | None = None) -> None:
    """Time per 1,000 words and peak memory of one document as it grows; with a baseline
    checkout, each size is audited by it too, right before, so both see the same load."""
    inputs = [("article", f"{n:,} words", article(n)) for n in words]
    inputs += [("quotation lines", f"{n:,} lines", quotation_lines(n)) for n in lines]
    print("\ngrowth, one document per process (audit run --format json -j 1):")
    print(f"  {'code':8} {'input':16} {'size':>14} {'words':>8} {'seconds':>8} "
          f"{'s/1k words':>10} {'peak MB':>8} {'MB/1k words':>11}")
    codes: list[tuple[str, Path | None]] = [("this", None)]
    if baseline is not None:
        codes.insert(0, ("baseline", baseline))
    over: set[tuple[str, str]] = set()
    first: dict[tuple[str, str], float] = {}
    for name, size, text in inputs:
        count = len(text.split())
        path = scratch / "growth.md"
        path.write_text(text, encoding="utf-8")
        for label, code in codes:
            if (label, name) in over:
                print(f"  {label:8} {name:16} {size:>14} {count:8,}  skipped: a smaller size "
                      f"took over {budget:.0f} s", flush=True)
                continue
            seconds, peak = timed([*AUDIT, "run", "--format", "json", "--quiet", "--jobs",
                                   "1", "--output", str(scratch / "growth.json"), str(path)],
                                  code)
            per = seconds / count * 1000
            first.setdefault((label, name), per)
            print(f"  {label:8} {name:16} {size:>14} {count:8,} {seconds:8.1f} {per:10.3f} "
                  f"{peak / 1024:8,.0f} {peak / 1024 / count * 1000:11.1f}  "
                  f"(x{per / first[label, name]:.2f} of the smallest)", flush=True)
            if seconds > budget:
                over.add((label, name))
    print("  target: time per 1,000 words at the largest size within 1.5x of the smallest")


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
    parser.add_argument("--only", choices=("batch", "cold", "memory", "growth", "dask"),
                        help="run one part of the benchmark (growth runs only when asked)")
    parser.add_argument("--sizes", default="100,500,2000",
                        help="corpus sizes for the memory part (default: 100,500,2000)")
    parser.add_argument("--words", default="10000,20000,40000,80000,160000",
                        help="article sizes for the growth part")
    parser.add_argument("--lines", default="1000,2000,4000,8000",
                        help="quotation-line file sizes for the growth part")
    parser.add_argument("--budget", type=float, default=600.0,
                        help="growth: skip the larger sizes of an input once one took longer")
    parser.add_argument("--baseline", type=Path,
                        help="growth: a checkout of other code (its folder holding `audit/`) "
                             "to audit each size with too, for a before-and-after table")
    parser.add_argument("--split", default="dev,train",
                        help="PolNeAR splits for batch, cold and memory (default: dev,train)")
    args = parser.parse_args()
    if args.only == "growth":
        with tempfile.TemporaryDirectory() as folder:
            growth([int(n) for n in args.words.split(",")],
                   [int(n) for n in args.lines.split(",")], args.budget, Path(folder),
                   args.baseline)
        return
    texts = [path for split in args.split.split(",")
             for path in sorted((args.data / "polnear" / split / "text").glob("*.txt"))]
    if not texts:
        sys.exit(f"no PolNeAR texts under {args.data}")
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in texts)
    print(f"corpus: {len(texts)} PolNeAR articles, {words:,} words; {args.jobs} processes")
    # As `pip install .` leaves the package (and as spaCy's own modules are): byte-compiled.
    # An editable checkout under PYTHONDONTWRITEBYTECODE would compile every module from
    # source at each start, which no installed copy does.
    compileall.compile_dir(ROOT / "audit", quiet=1)
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
