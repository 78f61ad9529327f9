"""The JSON report of `docs/report-contract.md`, and JSON Lines for archives.

`stream` writes the JSON object piece by piece as documents finish, so an archive's report
never has to be held in memory; the summary comes last, once every document has been seen.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from audit.report import (
    SCHEMA,
    DocumentError,
    DocumentReport,
    Finding,
    PartyBalance,
    Report,
    Summary,
)


def render(report: Report) -> str:
    return "".join(stream(report, report.documents, lambda: report.summary))


def stream(report: Report, documents: Iterable[DocumentReport],
           summary: Callable[[], Summary]) -> Iterator[str]:
    """The same text as `json.dumps(report.to_dict(), indent=2)`, one document at a time."""
    head = report.to_dict()
    head.pop("documents")
    head.pop("summary")
    opening = json.dumps(head, ensure_ascii=False, indent=2)[:-2]  # drop the closing "\n}"
    yield opening + ',\n  "documents": ['
    count = 0
    for count, document in enumerate(documents, 1):
        body = json.dumps(document.to_dict(), ensure_ascii=False, indent=2)
        yield ("," if count > 1 else "") + "\n    " + body.replace("\n", "\n    ")
    closing = json.dumps(summary().to_dict(), ensure_ascii=False, indent=2)
    yield ("\n  " if count else "") + '],\n  "summary": ' + closing.replace("\n", "\n  ") + "\n}\n"


def line(document: DocumentReport) -> str:
    """One JSON Lines record: a whole document report on one line."""
    return json.dumps(document.to_dict(), ensure_ascii=False) + "\n"


def summary_line(report: Report, summary: Summary, resumed_past: int) -> str:
    """The closing JSON Lines record: the summary of every document in the file, and how
    many of them an earlier run had written."""
    return json.dumps({"schema": report.to_dict()["schema"], "summary": summary.to_dict(),
                       "resumed_past": resumed_past}, ensure_ascii=False) + "\n"


class NotAReport(ValueError):
    """A JSON Lines file that is not an audit report of this schema."""


def read_lines(text: str) -> Iterator[tuple[DocumentReport | None, int]]:
    """Each whole line of a JSON Lines report, as the document it records (enough of it for
    the summary: no sentences) or None for a summary line, with the byte offset where the
    line ends. A run that was stopped may have left half a line: reading stops there."""
    end = 0
    # Lines end at LF only: str.splitlines would also cut at U+2028, U+0085 and the like,
    # which the JSON of a document's text may hold as they are.
    for number, raw in enumerate(text.split("\n")[:-1], 1):
        raw += "\n"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError:
            break
        end += len(raw.encode("utf-8"))
        if not isinstance(record, dict) or ("path" not in record and "summary" not in record):
            raise NotAReport(f"line {number} is not a line of an audit report")
        yield (_document(record, number) if "path" in record else None), end


def _document(record: dict[str, Any], number: int) -> DocumentReport:
    try:
        error = record.get("error")
        return DocumentReport(
            path=str(record["path"]),
            error=DocumentError(error["kind"], error["message"]) if error else None,
            metadata=dict(record.get("metadata") or {}),
            words=int(record.get("words") or 0),
            parties={name: PartyBalance.from_dict(balance)
                     for name, balance in (record.get("parties") or {}).items()},
            findings=[Finding(**finding) for finding in record.get("findings") or []],
        )
    except (TypeError, KeyError, ValueError):
        raise NotAReport(f"line {number} is not a document of {SCHEMA}") from None
