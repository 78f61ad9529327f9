"""The `Report`: what an audit produces and every reporter reads.

The classes mirror `docs/report-contract.md` (schema "audit.report/1"); `to_dict` gives
the contract's JSON names. Reporters never look past this module.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from audit.document import TextSpan
from audit.reading import ENTITY_FILL as ENTITY_FILL  # the display fill, for reporters

SCHEMA = "audit.report/1"
LEVELS = ("info", "warning", "error")
CUE_CLASSES = ("neutral", "stance", "doubt", "endorsing", "guilt")
UNASSIGNED = "unassigned"  # the balance's key for sources no party claims
UNRESOLVED = "(unresolved)"  # the speaker heard through a pronoun that names no one
UNKNOWN_GROUP = "unknown"  # the summary group of drafts without the grouping metadata
# A verdict's status: nothing to fix at the failing level, something to fix, or no text.
CLEAN, NEEDS_ATTENTION, UNREADABLE = "clean", "needs-attention", "unreadable"
STATUSES = (CLEAN, NEEDS_ATTENTION, UNREADABLE)


@dataclass
class Attribution:
    source: TextSpan
    cue: TextSpan
    content: TextSpan | None
    cue_lemma: str
    cue_class: str
    kind: str  # direct | indirect | mixed | according_to
    speaker: str | None  # the entity's canonical name; None: a pronoun resolved to no one
    party: str | None = None
    anonymous: bool = False
    vague: bool = False
    source_kind: str = "unknown"  # person | organisation | place | group | document | unknown
    # Whose words tell of this one ("Bell said Whitfield had promised ..."): that speaker
    # (or source) when it is another's account, None when the writer's narration tells it.
    told_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict(),
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict() if self.content else None,
            "cue_lemma": self.cue_lemma,
            "cue_class": self.cue_class,
            "kind": self.kind,
            "speaker": self.speaker,
            "party": self.party,
            "anonymous": self.anonymous,
            "vague": self.vague,
            "source_kind": self.source_kind,
            "told_by": self.told_by,
        }


@dataclass
class Hedge:
    span: TextSpan
    category: str  # distancing | approximator | modal | estimate | vague-attribution ...

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "category": self.category}


@dataclass
class Loaded:
    span: TextSpan
    category: str
    weight: float  # 0-1
    in_quote: bool

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "category": self.category,
                "weight": round(self.weight, 3), "in_quote": self.in_quote}


@dataclass
class SentenceReport:
    index: int
    span: TextSpan
    line: int
    column: int
    paragraph: int
    headline: bool
    voice: str = "writer"  # writer | quoted | mixed
    duplicate_of: int | None = None
    attributions: list[Attribution] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    loaded: list[Loaded] = field(default_factory=list)
    loaded_score: float = 0.0
    parties_mentioned: list[str] = field(default_factory=list)
    # The sentence as a reader sees it: its text with the markup blanked and each entity
    # written as its character and ENTITY_FILL, the same length, so a span's offsets cut it
    # where they cut the text ("[the report](...)" reads "the report", "&ldquo;" "“").
    display: str = ""

    def read(self, start: int, end: int) -> str:
        """The words at these offsets (inside the sentence) as a reader reads them: its
        display without the entities' fill ("O’Neill", not "O&rsquo;Neill")."""
        offset = self.span.start
        return (self.display or self.span.text)[start - offset:end - offset] \
            .replace(ENTITY_FILL, "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.span.start,
            "end": self.span.end,
            "line": self.line,
            "column": self.column,
            "text": self.span.text,
            "display": self.display,
            "paragraph": self.paragraph,
            "headline": self.headline,
            "voice": self.voice,
            "duplicate_of": self.duplicate_of,
            "attributions": [a.to_dict() for a in self.attributions],
            "hedges": [h.to_dict() for h in self.hedges],
            "loaded": [item.to_dict() for item in self.loaded],
            "loaded_score": round(self.loaded_score, 3),
            "parties_mentioned": self.parties_mentioned,
        }


@dataclass
class PartyBalance:
    statements: int = 0
    share_of_voice: float = 0.0
    quoted_words: int = 0
    cue_classes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CUE_CLASSES, 0))
    hedged: int = 0
    mentions: int = 0
    loaded_exposure: float = 0.0
    # Statements per speaker, in the order first heard; speakers differing only in case
    # are one speaker, under the spelling first heard.
    speaker_statements: dict[str, int] = field(default_factory=dict)
    _speaker_keys: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def speakers(self) -> list[str]:
        """The names heard for this party."""
        return list(self.speaker_statements)

    def count_speaker(self, speaker: str, statements: int = 1) -> None:
        """Add statements to a speaker: "Reports" and "reports" are one speaker."""
        key = self._speaker_keys.setdefault(speaker.casefold(), speaker)
        self.speaker_statements[key] = self.speaker_statements.get(key, 0) + statements

    def to_dict(self) -> dict[str, Any]:
        return {
            "statements": self.statements,
            "share_of_voice": round(self.share_of_voice, 3),
            "quoted_words": self.quoted_words,
            "cue_classes": dict(self.cue_classes),
            "hedged": self.hedged,
            "mentions": self.mentions,
            "loaded_exposure": round(self.loaded_exposure, 3),
            "speakers": self.speakers,
            "speaker_statements": dict(self.speaker_statements),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartyBalance:
        """A balance read back from a report (resuming a JSON Lines archive)."""
        balance = cls(int(data["statements"]), float(data["share_of_voice"]),
                      int(data["quoted_words"]), dict(data["cue_classes"]), int(data["hedged"]),
                      int(data["mentions"]), float(data["loaded_exposure"]))
        for speaker, statements in (data.get("speaker_statements") or {}).items():
            balance.count_speaker(speaker, int(statements))
        return balance


@dataclass
class Finding:
    rule: str  # AUD101
    name: str  # unattributed-statistic
    level: str  # info | warning | error
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    suggestion: str | None = None
    text: str = ""  # the flagged words, for reporters that show them
    party: str | None = None  # the party a balance finding is about

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "name": self.name, "level": self.level,
            "start": self.start, "end": self.end, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "text": self.text, "message": self.message, "suggestion": self.suggestion,
            "party": self.party,
        }


INTERNAL = "internal"  # the error kind of a draft the tool itself failed on


@dataclass
class Fix:
    """One item of an editor's to-do list: a finding at or above the failing level."""

    finding: int  # its index in the document's findings
    rule: str
    name: str
    level: str
    line: int | None  # None: the finding is about the whole draft
    excerpt: str  # the flagged words, shortened to a phrase
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"finding": self.finding, "rule": self.rule, "name": self.name,
                "level": self.level, "line": self.line, "excerpt": self.excerpt,
                "message": self.message}


@dataclass
class Verdict:
    """What an editor reads first, computed once (audit/verdict.py) and printed by every
    output: the status, one sentence saying it, who is heard in plain numbers, what the
    balance rules decided, what the findings amount to, and the fixes most important
    first."""

    status: str = CLEAN  # clean | needs-attention | unreadable
    summary: str = ""
    heard: str = ""
    balance_notes: list[str] = field(default_factory=list)
    finding_notes: list[str] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)

    @property
    def sentences(self) -> list[str]:
        return [s for s in (self.summary, self.heard, *self.balance_notes,
                            *self.finding_notes) if s]

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "summary": self.summary, "heard": self.heard,
                "balance_notes": list(self.balance_notes),
                "finding_notes": list(self.finding_notes),
                "fixes": [fix.to_dict() for fix in self.fixes]}


@dataclass
class DocumentError:
    kind: str
    message: str
    # Where the tool failed, for `--verbose`; not part of the report.
    traceback: str | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass
class DocumentReport:
    path: str
    error: DocumentError | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # title, author, date, publisher
    words: int = 0
    readability: dict[str, float] | None = None
    sentences: list[SentenceReport] = field(default_factory=list)
    parties: dict[str, PartyBalance] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    verdict: Verdict = field(default_factory=Verdict)

    def as_read(self, start: int, end: int, typed: str) -> str:
        """The words at the offsets as a reader reads them, from the display of the
        sentence that holds them ("O’Neill", not "O&rsquo;Neill"); `typed`, the text as
        written, where no sentence holds them whole."""
        i = bisect_right(self._sentence_starts, start) - 1
        sentence = self.sentences[i] if i >= 0 else None
        if sentence is None or not sentence.display or end > sentence.span.end:
            return typed
        return sentence.read(start, end)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.span.start for sentence in self.sentences]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "error": self.error.to_dict() if self.error else None,
            "metadata": self.metadata,
            "words": self.words,
            "readability": self.readability,
            "sentences": [s.to_dict() for s in self.sentences],
            "parties": {name: balance.to_dict() for name, balance in self.parties.items()},
            "findings": [f.to_dict() for f in self.findings],
            "verdict": self.verdict.to_dict(),
        }


@dataclass
class Group:
    """The corpus balance of the documents sharing a month, publisher or author."""

    documents: int = 0
    parties: dict[str, PartyBalance] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents,
                "parties": {name: balance.to_dict() for name, balance in self.parties.items()}}


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    findings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    parties: dict[str, PartyBalance] = field(default_factory=dict)
    by: str | None = None  # month | publisher | author, when grouped
    groups: dict[str, Group] = field(default_factory=dict)
    # Counts, so that summaries of parts of a corpus add up: documents per verdict status
    # and fixes per rule code.
    statuses: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    fixes: dict[str, int] = field(default_factory=dict)
    verdict: Verdict = field(default_factory=Verdict)  # from the counts above

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "errors": self.errors,
            "findings": dict(self.findings),
            "parties": {name: balance.to_dict() for name, balance in self.parties.items()},
            "by": self.by,
            "groups": {key: group.to_dict() for key, group in self.groups.items()},
            "statuses": dict(self.statuses),
            "fixes": dict(self.fixes),
            "verdict": self.verdict.to_dict(),
        }


@dataclass
class Report:
    version: str
    config: dict[str, Any]
    documents: list[DocumentReport] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "tool": {"name": "audit", "version": self.version},
            "config": self.config,
            "documents": [d.to_dict() for d in self.documents],
            "summary": self.summary.to_dict(),
        }
