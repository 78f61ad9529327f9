"""Writing a report file atomically: a reader sees the old file or the whole new one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_writer(path: str | Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A stream into a temporary file beside `path`, renamed over it on success and
    removed on failure, so no half-written report is ever left."""
    target = Path(path)
    temporary: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".part")
        # mkstemp makes the file private (0600); a report gets the mode any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        if binary:
            stream: IO[Any] = os.fdopen(handle, "wb")
        else:
            stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        with stream:
            yield stream
        os.replace(temporary, target)
    except BaseException as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError) and error.filename != str(target):
            # The temporary file is ours, not the user's: the error names the report.
            raise OSError(error.errno, error.strerror, str(target)) from error
        raise


def clobbered(outputs: list[tuple[str, str]], inputs: Iterable[tuple[str, str]]
              ) -> str | None:
    """Why writing the outputs would destroy an input or another output, if it would.

    Both are (what, path) pairs, such as ("--pdf", "reports/x.pdf") and ("the parties
    file", "parties.yaml"). A file is known by its device and inode, so a symbolic link, a
    hard link or another spelling of a path is the same file."""
    existing: dict[tuple[int, int], tuple[str, str]] = {}
    for flag, path in outputs:
        identity = _identity(path)
        if identity is not None:
            existing[identity] = (flag, path)
    if existing:
        for what, path in inputs:
            identity = _identity(path)
            if identity in existing:
                flag, output = existing[identity]
                return f"{output}: {flag} would overwrite {what}"
    seen: dict[Path, str] = {}
    for flag, path in outputs:
        resolved = Path(path).resolve()
        if resolved in seen:
            return f"{path}: {seen[resolved]} and {flag} name the same file"
        seen[resolved] = flag
    return None


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def write_atomically(path: str | Path, data: str | bytes) -> None:
    with atomic_writer(path, binary=isinstance(data, bytes)) as stream:
        stream.write(data)
