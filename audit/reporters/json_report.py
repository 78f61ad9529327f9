"""The JSON report of `docs/report-contract.md`, and JSON Lines for archives.

`stream` writes the JSON object piece by piece as documents finish, so an archive's report
never has to be held in memory; the summary comes last, once every document has been seen.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from audit.report import DocumentReport, Report, Summary


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


def summary_line(report: Report, summary: Summary, skipped: int) -> str:
    """The closing JSON Lines record: the summary of the documents audited in this run."""
    return json.dumps({"schema": report.to_dict()["schema"], "summary": summary.to_dict(),
                       "resumed_past": skipped}, ensure_ascii=False) + "\n"


def completed_paths(text: str) -> tuple[set[str], int]:
    """Paths already written in a JSON Lines report, and where its last whole line ends.

    A run that was stopped may have left half a line; it is cut off when resuming.
    """
    done: set[str] = set()
    end = 0
    for raw in text.splitlines(keepends=True):
        if not raw.endswith("\n"):
            break
        try:
            record = json.loads(raw)
        except json.JSONDecodeError:
            break
        if isinstance(record, dict) and "path" in record:
            done.add(record["path"])
        end += len(raw.encode("utf-8"))
    return done, end
