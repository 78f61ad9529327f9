"""`audit run --scheduler`: the team's drafts audited on a two-worker Dask cluster.

One local cluster of two worker processes serves the whole module (it takes seconds to
start); the test that kills a worker runs last.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import EXAMPLES

from audit.cli import EXIT_ERROR
from audit.pipeline import Context, audit_stream
from audit.settings import Settings

distributed = pytest.importorskip("distributed")

NAMES = ("council-budget", "warehouse-strike")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local cluster: two worker processes, one thread each, on loopback
    (the only connections the tests allow)."""
    import _socket
    import socket

    refused = socket.socket.connect

    def loopback_only(sock: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            refused(sock, address)
        _socket.socket.connect(sock, address)

    socket.socket.connect = loopback_only  # type: ignore[method-assign]
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      host="127.0.0.1", dashboard_address=":0") as cluster:
            yield cluster.scheduler_address
    finally:
        socket.socket.connect = refused  # type: ignore[method-assign]


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples with a front-matter author each, and an unreadable file between them."""
    folder = tmp_path_factory.mktemp("drafts")
    for name, author in zip(NAMES, ("Ana Ruiz", "Ben Okafor"), strict=True):
        text = (EXAMPLES / f"{name}.md").read_text(encoding="utf-8")
        (folder / f"{name}.md").write_text(f"---\nauthor: {author}\n---\n{text}")
    (folder / "broken.md").write_bytes(b"\x00\x01binary")
    return folder


def paths(folder: Path) -> list[str]:
    # Two documents and an unreadable file: two chunks, one per worker.
    return [str(folder / "council-budget.md"), str(folder / "broken.md"),
            str(folder / "warehouse-strike.md")]


@pytest.mark.parametrize("name", NAMES)
def test_two_workers_give_the_json_of_one_process(name: str, scheduler: str, drafts: Path,
                                                  tmp_path: Path, run_cli) -> None:
    parties = str(EXAMPLES / f"{name}.parties.yaml")
    outputs = {}
    for where in (["--jobs", "1"], ["--scheduler", scheduler]):
        out = tmp_path / f"{where[0]}.json"
        code, _, err = run_cli("run", "--format", "json", "--by", "author", "--parties",
                               parties, "--output", str(out), *where, *paths(drafts))
        assert code == EXIT_ERROR  # the unreadable file
        assert err == f"audit: error: {drafts / 'broken.md'}: binary data (NUL bytes), " \
                      "not a text draft\n"
        outputs[where[0]] = out.read_text()
    assert outputs["--scheduler"] == outputs["--jobs"]
    report = json.loads(outputs["--scheduler"])
    assert [Path(d["path"]).name for d in report["documents"]] == [
        "council-budget.md", "broken.md", "warehouse-strike.md"]
    assert report["summary"]["documents"] == 3
    assert set(report["summary"]["groups"]) == {"Ana Ruiz", "Ben Okafor"}


def test_the_editors_html_report_is_the_one_made_in_one_process(
        scheduler: str, drafts: Path, tmp_path: Path, run_cli) -> None:
    parties = str(EXAMPLES / "council-budget.parties.yaml")
    pages = {}
    for where in (["--jobs", "1"], ["--scheduler", scheduler]):
        page = tmp_path / f"{where[0].strip('-')}.html"
        run_cli("run", "--quiet", "--parties", parties, "--html", str(page), "--by", "author",
                *where, *paths(drafts))
        pages[where[0]] = page.read_text()
    assert pages["--scheduler"] == pages["--jobs"]
    assert "Share of voice by author" in pages["--scheduler"]


def test_shipped_text_and_resume_write_the_jsonl_of_one_process(
        scheduler: str, drafts: Path, tmp_path: Path, run_cli) -> None:
    """The workers get the text from here and the manifest's metadata with it, a missing
    file is one error line and one document, and a stopped run resumed on the cluster ends
    as a run never stopped."""
    given = [*paths(drafts), str(drafts / "missing.md")]
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"path,publisher\n{given[2]},Harbour Wire\n")
    options = ["--format", "jsonl", "--by", "publisher", "--manifest", str(manifest),
               "--parties", str(EXAMPLES / "warehouse-strike.parties.yaml")]
    local, shipped = tmp_path / "local.jsonl", tmp_path / "shipped.jsonl"
    run_cli("run", *options, "--jobs", "1", "--output", str(local), *given)
    code, _, err = run_cli("run", *options, "--scheduler", scheduler, "--ship-text",
                           "--output", str(shipped), *given)
    assert code == EXIT_ERROR
    assert err.splitlines()[-1] == f"audit: error: {drafts / 'missing.md'}: no such file"
    assert shipped.read_text() == local.read_text()
    lines = shipped.read_text().splitlines(keepends=True)
    assert len(lines) == 5
    assert json.loads(lines[2])["metadata"]["publisher"] == "Harbour Wire"
    shipped.write_text("".join(lines[:2]) + lines[2][:30])
    run_cli("run", *options, "--scheduler", scheduler, "--resume", str(shipped), *given)
    resumed = shipped.read_text().splitlines()
    assert resumed[:4] == [line.rstrip("\n") for line in lines[:4]]
    closing = json.loads(resumed[-1])
    assert closing["resumed_past"] == 2
    assert closing["summary"] == json.loads(lines[-1])["summary"]


def test_without_dask_the_flag_says_how_to_install_it(
        drafts: Path, monkeypatch: pytest.MonkeyPatch, run_cli) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    code, out, err = run_cli("run", "--scheduler", "local:2", str(drafts))
    assert (code, out) == (EXIT_ERROR, "")
    assert err == ("audit: error: --scheduler needs Dask, which is not installed: "
                   "pip install 'audit[dask]'\n")


def test_the_scheduler_is_a_setting_too(drafts: Path, tmp_path: Path, run_cli) -> None:
    config = tmp_path / "audit.toml"
    config.write_text('scheduler = "local:none"\n')
    code, out, err = run_cli("run", "--config", str(config), str(drafts))
    assert (code, out) == (EXIT_ERROR, "")
    assert err == ("audit: error: scheduler 'local:none': local:N needs a number of workers "
                   "of at least 1\n")


# An in-process scheduler asks which address reaches the internet, and the tests refuse it.
@pytest.mark.filterwarnings("ignore:Couldn't detect a suitable IP address")
def test_a_scheduler_without_workers_is_an_error(drafts: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 run_cli) -> None:
    from audit import cluster

    monkeypatch.setattr(cluster, "WAIT_FOR_WORKERS", 0.5)
    with distributed.LocalCluster(n_workers=0, processes=False, protocol="inproc",
                                  dashboard_address=":0") as empty:
        code, out, err = run_cli("run", "--scheduler", empty.scheduler_address, str(drafts))
    assert (code, out) == (EXIT_ERROR, "")
    assert err == (f"audit: error: the Dask scheduler at {empty.scheduler_address} has no "
                   "workers (waited 0.5 s for one)\n")


def test_a_chunk_the_scheduler_cancelled_is_submitted_again(scheduler: str,
                                                            drafts: Path) -> None:
    """When a worker dies the scheduler may cancel a chunk ("already forgotten") instead of
    running it again: the client submits it again, and its drafts come back as audited."""
    from audit.cluster import _result, audit_chunk

    paths = [str(drafts / f"{name}.md") for name in NAMES]
    context = Context.from_settings(Settings())
    expected = [d.to_dict() for d in audit_stream(paths, context)]
    with distributed.Client(scheduler) as client:
        submitted = []

        def submit(part: list[str], again: bool = False) -> distributed.Future:
            submitted.append((part, again))
            return client.submit(audit_chunk, part, {}, context, {}, None, pure=False)

        cancelled = submit(paths)
        client.cancel(cancelled)
        reports, _ = _result(paths, cancelled, submit, None)
    assert [r.to_dict() for r in reports] == expected
    assert submitted == [(paths, False), (paths, True)]


def test_a_worker_killed_mid_chunk_loses_no_document(scheduler: str, drafts: Path,
                                                     tmp_path: Path) -> None:
    """Kill a worker process while it audits a chunk: Dask runs the chunk again on a
    worker that lives, and every document comes back once, in order, as audited here."""
    from audit.cluster import audit_on_cluster

    many = []
    for n in range(3):
        for name in NAMES:
            copy = tmp_path / f"{n}-{name}.md"
            shutil.copyfile(drafts / f"{name}.md", copy)
            many.append(str(copy))
    context = Context.from_settings(Settings(parties=str(EXAMPLES / "council-budget."
                                                                    "parties.yaml")))
    expected = [d.to_dict() for d in audit_stream(many, context)]
    with distributed.Client(scheduler) as client:
        before = client.run(os.getpid)
        killed: list[int] = []

        def kill_a_busy_worker() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                busy = [address for address, keys in client.processing().items() if keys]
                if busy:
                    time.sleep(0.3)  # into the chunk: the parse takes longer than this
                    os.kill(before[busy[0]], signal.SIGKILL)
                    killed.append(before[busy[0]])
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_a_busy_worker)
        killer.start()
        chunks = list(audit_on_cluster(client, many, context, chunk=2))
        killer.join()
        assert killed, "no worker was busy"
        client.wait_for_workers(2, timeout=60)
        assert killed[0] not in client.run(os.getpid).values()  # it died, and was replaced
    documents = [d.to_dict() for reports, _ in chunks for d in reports]
    assert [d["path"] for d in documents] == many
    assert documents == expected
    assert sum(summary.summary.documents for _, summary in chunks) == len(many)
