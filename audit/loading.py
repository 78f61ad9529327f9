"""Reading drafts: files, folders and standard input to decoded text, or a reason why not.

The decoded text is the reference for every offset in the report, so nothing here
normalises line endings, quotes or whitespace.
"""

from __future__ import annotations

import codecs
import csv
import errno
import html
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

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


METADATA_KEYS = ("title", "author", "date", "publisher")


@dataclass(frozen=True)
class Draft:
    path: str  # as given on the command line, or found under a folder given there
    text: str
    markup: Markup
    metadata: dict[str, str] = field(default_factory=dict)  # title, author, date, publisher


def find_drafts(arguments: list[str], exclude: list[str] | None = None,
                warn: Callable[[str], None] | None = None) -> Iterator[str]:
    """Expand the command-line paths: folders are walked for draft files, in sorted order,
    following symbolic links to folders. A file reached twice, by the same path or another
    (a link, a folder and a file in it), comes once; `warn` hears of what is skipped."""
    seen: set[object] = set()
    for argument in arguments:
        path = Path(argument)
        if argument != STDIN and path.is_dir():
            candidates = [str(found) for found in sorted(_walk(path, warn or _ignore))
                          if found.suffix.lower() in DRAFT_SUFFIXES
                          and not any(found.match(pattern) for pattern in exclude or [])]
        else:
            candidates = [argument]
        for candidate in candidates:
            identity = _identity(candidate)
            if identity not in seen:
                seen.add(identity)
                yield candidate


def _ignore(message: str) -> None:
    pass


def _identity(path: str) -> object:
    """What makes two paths one file: its device and inode, or its name if it has none."""
    if path == STDIN:
        return path
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return os.path.abspath(path)
    return status.st_dev, status.st_ino


def _walk(folder: Path, warn: Callable[[str], None]) -> Iterator[Path]:
    """Every file under a folder; a link back to a folder being walked is a loop, skipped
    with a warning, and a folder reached again by another link is walked once."""
    visited: set[tuple[int, int]] = set()
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [(folder, frozenset())]
    while stack:
        directory, ancestors = stack.pop()
        try:
            status = directory.stat()
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError as error:
            warn(f"{directory}: cannot read the folder ({error.strerror}), skipped")
            continue
        identity = (status.st_dev, status.st_ino)
        if identity in ancestors:
            warn(f"{directory}: a symbolic link loop, skipped")
            continue
        if identity in visited:
            continue
        visited.add(identity)
        for entry in entries:
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:  # a link in a loop of links
                is_dir = is_file = False
            if is_dir:
                stack.append((Path(entry.path), ancestors | {identity}))
            elif is_file:
                yield Path(entry.path)
            elif entry.is_symlink():
                _dangling(Path(entry.path), warn)


def _dangling(link: Path, warn: Callable[[str], None]) -> None:
    """A link that leads nowhere: a loop of links is always said, a broken link to what
    would be a draft too."""
    try:
        link.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            warn(f"{link}: a symbolic link loop, skipped")
        elif link.suffix.lower() in DRAFT_SUFFIXES:
            warn(f"{link}: a broken symbolic link, skipped")


def markup_of(path: str, text: str) -> Markup:
    suffix = Path(path).suffix.lower()
    if suffix in DRAFT_SUFFIXES:
        return DRAFT_SUFFIXES[suffix]  # type: ignore[return-value]
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html", "<body", "<article", "<p>", "<div")):
        return "html"
    return "markdown"


def load_draft(path: str, max_bytes: int | None = None) -> Draft:
    """Read and decode one draft; raises LoadError with a one-line reason.

    A file over `max_bytes` is refused before it is read whole."""
    return draft_of(path, read_bytes(path, max_bytes), max_bytes)


def read_bytes(path: str, max_bytes: int | None = None) -> bytes:
    """A draft's bytes, read where the path is (a client that ships them to a worker)."""
    limit = -1 if max_bytes is None else max_bytes + 1
    if path == STDIN:
        data = sys.stdin.buffer.read(limit)
    else:
        try:
            if max_bytes is not None and Path(path).stat().st_size > max_bytes:
                raise LoadError("too-large", _too_large(Path(path).stat().st_size, max_bytes))
            with open(path, "rb") as handle:
                data = handle.read(limit)  # a file that grew since stat() stops here too
        except FileNotFoundError:
            raise LoadError("not-found", "no such file") from None
        except IsADirectoryError:
            raise LoadError("unreadable", "is a directory") from None
        except OSError as error:
            raise LoadError("unreadable", error.strerror or str(error)) from None
    return data


def draft_of(path: str, data: bytes, max_bytes: int | None = None) -> Draft:
    """Decode a draft's bytes read by `read_bytes`, here or on another machine."""
    if max_bytes is not None and len(data) > max_bytes:
        raise LoadError("too-large", _too_large(None, max_bytes))
    text = decode(data)
    if not text.strip():
        raise LoadError("empty", "the file has no text")
    markup = markup_of(path, text)
    return Draft(path, text, markup, html_metadata(text) if markup == "html" else
                 front_matter(text))


def _too_large(size: int | None, max_bytes: int) -> str:
    what = f"{size:,} bytes" if size is not None else "the text"
    return f"too large: {what} is over max-bytes ({max_bytes:,})"


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# Linear over any text: a tag stops at the next '<', a name starts only where one can.
_META = re.compile(r"<meta\s[^<>]*>", re.I)
_ATTRIBUTE = re.compile(r"""(?<![a-zA-Z:_-])([a-zA-Z:_-]++)\s*+=\s*+(?:"([^"]*)"|'([^']*)')""")
# HTML <meta> names that newsroom systems and Open Graph use for each field.
_META_NAMES = {
    "author": "author", "article:author": "author", "byl": "author",
    "date": "date", "article:published_time": "date", "pubdate": "date",
    "dc.date": "date", "publisher": "publisher", "og:site_name": "publisher",
    "og:title": "title", "title": "title",
}


# Front matter holds a few short fields; a longer block is not parsed for them.
MAX_FRONT_MATTER = 64 * 1024


class _NoAliases(yaml.SafeLoader):
    """YAML without aliases: a few hundred bytes of nested aliases expand to gigabytes (a
    'billion laughs'), and front matter's title, author, date and publisher need none."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases are not allowed in front matter", self.peek_event().start_mark)
        return super().compose_node(parent, index)


def front_matter(text: str) -> dict[str, str]:
    """Title, author, date and publisher from YAML front matter, if the draft has it."""
    match = _FRONT_MATTER.match(text)
    if not match or len(match.group(1)) > MAX_FRONT_MATTER:
        return {}
    try:
        data = yaml.load(match.group(1), Loader=_NoAliases)  # a SafeLoader: no tags
    except (yaml.YAMLError, RecursionError):
        # Front matter is optional metadata; a broken or hostile block is just markup.
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: str(data[key]) for key in METADATA_KEYS if data.get(key) is not None}


def html_metadata(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _META.findall(text):
        attributes = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                      for m in _ATTRIBUTE.finditer(tag)}
        name = (attributes.get("name") or attributes.get("property") or "").lower()
        key = _META_NAMES.get(name)
        if key and attributes.get("content") and key not in found:
            found[key] = html.unescape(attributes["content"])
    return found


def load_manifest(path: str) -> dict[str, dict[str, str]]:
    """Metadata per draft path from a CSV (with a header) or JSONL manifest.

    Each row has `path` and any of title, author, date, publisher; a manifest row wins over
    the draft's own front matter. Paths are taken as written and also relative to the
    manifest's folder.
    """
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise LoadError("unreadable", f"{path}: cannot read the manifest: {error.strerror}") \
            from None
    if source.suffix.lower() in (".jsonl", ".ndjson"):
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise LoadError("invalid", f"{path}:{number}: not JSON: {error.msg}") \
                        from None
    else:
        rows = list(csv.DictReader(text.splitlines()))
    manifest: dict[str, dict[str, str]] = {}
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not row.get("path"):
            raise LoadError("invalid", f"{path}: row {number} has no 'path'")
        fields = {key: str(row[key]) for key in METADATA_KEYS if row.get(key)}
        manifest[str(row["path"])] = fields
        manifest[str(source.parent / str(row["path"]))] = fields
    return manifest


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
