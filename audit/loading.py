"""Reading drafts: files, folders and standard input to decoded text, or a reason why not.

The decoded text is the reference for every offset in the report, so nothing here
normalises line endings, quotes or whitespace.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Markup = Literal["markdown", "html"]

DRAFT_SUFFIXES = {".txt": "markdown", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html"}
STDIN = "-"

# Control characters that never occur in a text draft; many of them mean a binary file.
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


class LoadError(Exception):
    """A draft that cannot be audited. `kind` is a stable word for the JSON report."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class Draft:
    path: str  # as given on the command line, or found under a folder given there
    text: str
    markup: Markup


def find_drafts(arguments: list[str], exclude: list[str] | None = None) -> Iterator[str]:
    """Expand the command-line paths: folders are walked for draft files, in sorted order."""
    for argument in arguments:
        path = Path(argument)
        if argument != STDIN and path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and found.suffix.lower() in DRAFT_SUFFIXES and not any(
                    found.match(pattern) for pattern in exclude or []
                ):
                    yield str(found)
        else:
            yield argument


def markup_of(path: str, text: str) -> Markup:
    suffix = Path(path).suffix.lower()
    if suffix in DRAFT_SUFFIXES:
        return DRAFT_SUFFIXES[suffix]  # type: ignore[return-value]
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html", "<body", "<article", "<p>", "<div")):
        return "html"
    return "markdown"


def load_draft(path: str) -> Draft:
    """Read and decode one draft; raises LoadError with a one-line reason."""
    if path == STDIN:
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise LoadError("not-found", "no such file") from None
        except IsADirectoryError:
            raise LoadError("unreadable", "is a directory") from None
        except OSError as error:
            raise LoadError("unreadable", error.strerror or str(error)) from None
    text = decode(data)
    if not text.strip():
        raise LoadError("empty", "the file has no text")
    return Draft(path=path, text=text, markup=markup_of(path, text))


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        raise LoadError("binary", "binary data (NUL bytes), not a text draft")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _strict(data, "cp1252")
    controls = sum(1 for char in text if char < " " and char not in _TEXT_CONTROLS)
    if controls > max(2, len(text) // 100):
        raise LoadError("binary", f"binary data ({controls} control characters), not a text draft")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            "undecodable",
            f"cannot decode as {encoding}: byte {data[error.start]:#04x} at offset {error.start}",
        ) from None
