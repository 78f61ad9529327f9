"""Reports for the reporter tests, made by the real analysis from drafts the team wrote.

The drafts are fictional stories in tests/data, each with its parties file:
- harbour-talks.md: Hebrew and Arabic names, a party mentioned and never heard, loaded
  wording, figures without a source, a vague and an anonymous source, a repeated sentence;
- river-talks.txt: one party with 7 of 13 statements (54%, under the dominant-party
  share), one heard once, loaded words that are no finding ("fragile", "teeters") beside
  one that is ("devastating"), the headline and two paragraphs pasted twice;
- quiet-truce.md: a clean draft whose only loaded word is "fragile".

Each draft is audited once per test session; tests get a fresh copy to change at will.
"""

from __future__ import annotations

import copy
import tempfile
from functools import cache
from pathlib import Path

from audit import __version__
from audit.pipeline import Context, audit_stream
from audit.report import DocumentReport, Report
from audit.settings import Settings
from audit.summary import SummaryBuilder

DATA = Path(__file__).resolve().parent / "data"
HARBOUR, RIVER, QUIET = "harbour-talks.md", "river-talks.txt", "quiet-truce.md"


def parties_file(draft: str) -> Path:
    return DATA / (Path(draft).stem + ".parties.yaml")


def settings_for(parties: Path | None, **values: object) -> Settings:
    settings = Settings(parties=str(parties) if parties else None)
    for key, value in values.items():
        setattr(settings, key, value)
    return settings


def audit_text(text: str, path: str = "drafts/story.md", parties: Path | None = None,
               **settings: object) -> DocumentReport:
    """A draft written by a test, read from a file and audited as `audit run` does;
    the report keeps `path`."""
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / Path(path).name
        file.write_text(text, encoding="utf-8")
        return audit_file(file, path, parties, **settings)


def audit_file(file: Path, path: str, parties: Path | None = None,
               **settings: object) -> DocumentReport:
    context = Context.from_settings(settings_for(parties, **settings))
    document = next(audit_stream([str(file)], context))
    document.path = path
    return document


# The reporter tests need warnings of every kind, so the drafts are audited as by a newsroom
# that raises the rules not yet calibrated to `warning` (see `audit rules`) to warning.
WARNING_LEVELS = {code: "warning" for code in ("AUD101", "AUD102", "AUD104", "AUD105", "AUD106",
                                                "AUD107", "AUD301", "AUD302", "AUD303")}


@cache
def _audited(name: str) -> DocumentReport:
    return audit_file(DATA / name, f"drafts/{name}", parties_file(name), levels=WARNING_LEVELS)


def sample(name: str, path: str | None = None) -> DocumentReport:
    """One of the team's drafts, audited with its parties file (a fresh copy)."""
    document = copy.deepcopy(_audited(name))
    if path is not None:
        document.path = path
    return document


def report_of(*documents: DocumentReport, settings: Settings | None = None,
              by: str | None = None) -> Report:
    """A report as `audit run` makes it: the summary built one document at a time."""
    builder = SummaryBuilder(by)
    for document in documents:
        builder.add(document)
    config = (settings or Settings()).to_dict()
    return Report(__version__, config, list(documents), builder.summary)


def harbour_report() -> Report:
    return report_of(sample(HARBOUR))


def river_report() -> Report:
    return report_of(sample(RIVER))


def quiet_report() -> Report:
    return report_of(sample(QUIET))
