"""Shared helpers: running the CLI in-process and parsing drafts written by the tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from audit.cli import main


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def run_json(run_cli: Callable[..., tuple[int, str, str]]) -> Callable[..., dict[str, Any]]:
    def run(*args: str) -> dict[str, Any]:
        _, out, _ = run_cli("run", "--format", "json", *args)
        return json.loads(out)

    return run


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests keep audit's start-up cache to themselves, not in the user's home."""
    import os

    os.environ["AUDIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True, scope="session")
def no_network() -> None:
    """Nothing is downloaded at run time: any connection a test makes is an error."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("audit must not use the network at run time")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
