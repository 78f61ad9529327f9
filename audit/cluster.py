"""Auditing an archive on a Dask cluster: chunks of drafts read and audited on the workers.

The run's `Context` is sent to every worker once; the spaCy model loads once per worker
process (`audit.nlp.pipeline` is cached). Each task audits a chunk of drafts and summarises
it; the chunks come back in input order, a bounded number in flight, and their summaries
are merged on the client. Drafts are read where they are (a file system the workers share),
or read here and shipped with the task (`ship_text`). Dask retries a chunk whose worker
died, and the client submits again a chunk the scheduler cancelled instead, with the
context sent again in case it died with the worker; a chunk that fails for good becomes an
internal error on each of its drafts, so every draft is reported exactly once.

Dask is an optional extra: it is imported only when a scheduler is given.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING

from audit.batch import CHUNK
from audit.loading import STDIN, Draft, LoadError, draft_of, load_draft, read_bytes
from audit.pipeline import Context, audit_stream, internal_error
from audit.report import DocumentReport
from audit.summary import SummaryBuilder

if TYPE_CHECKING:
    from distributed import Client, Future

INSTALL = "pip install 'audit[dask]'"
LOCAL = "local:"  # local:N starts N worker processes on this machine
# Chunks in flight per worker: enough that a worker never waits for the client, few enough
# that results waiting for an earlier, slower chunk stay a handful.
IN_FLIGHT_PER_WORKER = 3
# A chunk the scheduler cancels when its worker dies is run again this many times at most:
# more losses than that is a cluster failing, which each draft then reports.
RESUBMITS = 2
# How long a scheduler with no workers yet is given for one to join.
WAIT_FOR_WORKERS = 60.0  # seconds

Chunk = tuple[list[DocumentReport], SummaryBuilder]
# A path's bytes, or the kind and message of why they could not be read.
Shipped = dict[str, bytes | tuple[str, str]]


class ClusterError(Exception):
    """The cluster cannot be used: a one-line reason for the user."""


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at `address`, or of a local cluster started for `local:N`."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(f"--scheduler needs Dask, which is not installed: {INSTALL}"
                           ) from None
    if address.startswith(LOCAL):
        count = address[len(LOCAL):]
        if not count.isdecimal() or int(count) < 1:
            raise ClusterError(f"scheduler '{address}': local:N needs a number of workers "
                               "of at least 1")
        # Processes, one thread each: spaCy's parse holds the interpreter's lock. Any free
        # port for the scheduler's web page: another cluster may hold Dask's usual 8787.
        with LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=":0",
                          silence_logs=logging.ERROR) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
        except TimeoutError:
            raise ClusterError(f"the Dask scheduler at {address} has no workers (waited "
                               f"{WAIT_FOR_WORKERS:g} s for one)") from None
        yield client


def audit_on_cluster(client: Client, paths: list[str], context: Context,
                     manifest: dict[str, dict[str, str]] | None = None, by: str | None = None,
                     ship_text: bool = False, chunk: int | None = None) -> Iterator[Chunk]:
    """The reports of `paths` in their order, chunk by chunk, each with its summary.

    Chunks hold `chunk` drafts, by default up to CHUNK: fewer when there are too few drafts
    to give every worker a chunk."""
    shared_context = [client.scatter(context, broadcast=True, hash=False)]
    workers = max(1, len(client.scheduler_info()["workers"]))
    size = chunk or max(1, min(CHUNK, -(-len(paths) // workers)))
    chunks = (paths[start:start + size] for start in range(0, len(paths), size))
    max_bytes = context.settings.max_bytes

    def submit(part: list[str], again: bool = False) -> Future:
        if again:
            # The scheduler cancels a chunk for "lost dependencies" when the workers that
            # held the context died: send it again rather than wait on the lost copy.
            shared_context[0] = client.scatter(context, broadcast=True, hash=False)
        # Standard input is only readable here, whatever the flag says.
        shipped = {path: _read(path, max_bytes) for path in part
                   if ship_text or path == STDIN}
        metadata = {path: manifest[path] for path in part if manifest and path in manifest}
        return client.submit(audit_chunk, part, shipped, shared_context[0], metadata, by,
                             pure=False)

    in_flight = deque((part, submit(part)) for part in islice(chunks, IN_FLIGHT_PER_WORKER
                                                              * workers))
    while in_flight:
        part, future = in_flight.popleft()
        following = next(chunks, None)
        if following is not None:
            in_flight.append((following, submit(following)))
        yield _result(part, future, submit, by)


def _result(part: list[str], future: Future, submit: Callable[[list[str], bool], Future],
            by: str | None) -> Chunk:
    """The chunk's reports. A chunk the scheduler cancelled instead of running it again
    when its worker died ("already forgotten", "lost dependencies") is submitted again, up
    to RESUBMITS times, so that each draft is still reported once, as audited."""
    attempts = RESUBMITS + 1
    while True:
        attempts -= 1
        try:
            result: Chunk = future.result()
        except CancelledError as error:
            future.release()
            if attempts:
                future = submit(part, True)
                continue
            return _failed(part, error, by)
        except Exception as error:  # retried by Dask and failed for good: say so per draft
            result = _failed(part, error, by)
        future.release()
        return result


def audit_chunk(paths: list[str], shipped: Shipped, context: Context,
                manifest: dict[str, dict[str, str]], by: str | None) -> Chunk:
    """On a worker: audit a chunk of drafts and summarise it."""
    load = partial(_load, shipped, context.settings.max_bytes) if shipped else None
    reports = list(audit_stream(paths, context, manifest, load))
    summary = SummaryBuilder(by)
    for report in reports:
        summary.add(report)
    return reports, summary


def _read(path: str, max_bytes: int) -> bytes | tuple[str, str]:
    try:
        return read_bytes(path, max_bytes)
    except LoadError as error:
        return error.kind, error.message


def _load(shipped: Shipped, max_bytes: int, path: str) -> Draft:
    data = shipped.get(path)
    if data is None:  # not shipped: on the file system the workers share
        return load_draft(path, max_bytes)
    if isinstance(data, tuple):
        raise LoadError(*data)
    return draft_of(path, data, max_bytes)


def _failed(paths: list[str], error: Exception, by: str | None) -> Chunk:
    reports = [internal_error(path, error) for path in paths]
    summary = SummaryBuilder(by)
    for report in reports:
        summary.add(report)
    return reports, summary
