"""Auditing many drafts: in this process for a few, across a process pool for an archive.

Workers each take a chunk of paths, parse them with `nlp.pipe` and return the finished
document reports; results come back in input order and nothing keeps the parsed
documents, so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator

from audit.nlp import pipeline
from audit.pipeline import Context, audit_stream
from audit.report import DocumentReport

CHUNK = 8  # documents per task: enough for nlp.pipe batching, small enough to balance load
MIN_PER_WORKER = 4  # below this many documents per worker, starting workers costs more
# A worker's memory climbs over its first hundred documents and then levels off, as bare
# spaCy's does; but spaCy's string store keeps every new word for good. A fresh worker,
# forked from a parent that already holds the model, costs milliseconds and keeps an
# archive of any size from growing it.
TASKS_PER_WORKER = 25

_worker: tuple[Context, dict[str, dict[str, str]] | None] | None = None


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def audit_many(paths: list[str], context: Context, jobs: int,
               manifest: dict[str, dict[str, str]] | None = None
               ) -> Iterator[DocumentReport]:
    if jobs <= 1 or len(paths) < MIN_PER_WORKER * jobs:
        yield from audit_stream(paths, context, manifest)
        return
    pipeline()  # loaded once before forking, so every worker starts with the model in memory
    chunks = [paths[i:i + CHUNK] for i in range(0, len(paths), CHUNK)]
    with multiprocessing.get_context("fork").Pool(jobs, _start_worker, (context, manifest),
                                                  maxtasksperchild=TASKS_PER_WORKER) as pool:
        for reports in pool.imap(_audit_chunk, chunks):
            yield from reports


def _start_worker(context: Context, manifest: dict[str, dict[str, str]] | None) -> None:
    global _worker
    # Ctrl-C reaches every process of the terminal's group: the parent alone answers it,
    # and closing the pool ends the workers without a traceback from each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = (context, manifest)


def _audit_chunk(paths: list[str]) -> list[DocumentReport]:
    assert _worker is not None, "the pool initialiser sets the worker's context"
    context, manifest = _worker
    return list(audit_stream(paths, context, manifest))
