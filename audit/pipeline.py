"""From paths to a `Report`: load, parse, run each analysis, collect findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from audit import __version__
from audit.attribution import CueLexicon, find_attributions
from audit.attribution_rules import attribution_findings
from audit.balance import balance_findings, compute_balance
from audit.document import ParsedDocument, parse_many
from audit.duplicates import duplicate_findings, find_duplicates
from audit.hedging import HEDGES, find_hedges, hedge_findings
from audit.loading import Draft, LoadError, find_drafts, load_draft
from audit.matching import Lexicon
from audit.parties import PartyMap, load_parties
from audit.quotes import Quote
from audit.readability import measure, readability_findings
from audit.report import (
    INTERNAL,
    LEVELS,
    DocumentError,
    DocumentReport,
    Finding,
    Report,
    SentenceReport,
)
from audit.settings import Settings, rule_level, rule_selected
from audit.summary import SummaryBuilder
from audit.suppression import apply_suppressions
from audit.verdict import document_verdict
from audit.voice import sentence_voice
from audit.wording import FACTUAL, LOADED, find_loaded, loaded_score, wording_findings


@dataclass
class Context:
    """What the analyses need besides the document, loaded once per run."""

    settings: Settings
    parties: PartyMap
    hedges: Lexicon
    loaded: Lexicon
    factual: Lexicon
    cues: CueLexicon

    @classmethod
    def from_settings(cls, settings: Settings) -> Context:
        folders, disabled = settings.lexicons, settings.disable_entries
        return cls(settings, load_parties(settings.parties),
                   Lexicon.load(HEDGES, folders, disabled),
                   Lexicon.load(LOADED, folders, disabled),
                   Lexicon.load(FACTUAL, folders, disabled),
                   CueLexicon.load(folders, disabled))


def audit_paths(paths: list[str], settings: Settings) -> Report:
    """Audit files and folders in this process and keep every document report."""
    context = Context.from_settings(settings)
    builder = SummaryBuilder()
    report = Report(__version__, settings.to_dict())
    for document in audit_stream(find_drafts(paths, settings.exclude), context):
        builder.add(document)
        report.documents.append(document)
    report.summary = builder.summary
    return report


def audit_stream(paths: Iterable[str], context: Context,
                 manifest: dict[str, dict[str, str]] | None = None,
                 load: Callable[[str], Draft] | None = None) -> Iterator[DocumentReport]:
    """Document reports in the order of `paths`, unreadable files included, one at a time.

    `manifest` gives metadata per path that wins over the draft's own front matter. A draft
    that breaks the tool gets an `internal` error in its report and the others go on.
    `load` reads a path (default: the file, here); it raises LoadError for an unreadable one.
    """
    def drafts() -> Iterator[Draft | DocumentReport]:
        for path in paths:
            try:
                draft = (load(path) if load is not None
                         else load_draft(path, context.settings.max_bytes))
            except LoadError as error:
                unreadable = DocumentReport(path, DocumentError(error.kind, error.message))
                unreadable.verdict = document_verdict(unreadable)
                yield unreadable
                continue
            except Exception as error:
                yield internal_error(path, error)
                continue
            if manifest and path in manifest:
                draft = replace(draft, metadata={**draft.metadata, **manifest[path]})
            yield draft

    for item in parse_many(drafts(), failed=lambda draft, error: internal_error(draft.path,
                                                                               error)):
        if isinstance(item, DocumentReport):
            yield item
            continue
        try:
            yield audit_document(item, context)
        except Exception as error:
            yield internal_error(item.path, error)


def internal_error(path: str, error: Exception) -> DocumentReport:
    """The report of a draft the tool failed on: one line, and the traceback kept aside."""
    import traceback

    what = " ".join(str(error).split())
    message = f"internal error: {type(error).__name__}" + (f": {what[:200]}" if what else "")
    return DocumentReport(path, DocumentError(INTERNAL, message, "".join(
        traceback.format_exception(error))))


def audit_document(doc: ParsedDocument, context: Context) -> DocumentReport:
    sentences = []
    for sentence in doc.sentences:
        line, column = doc.position(sentence.start)
        sentences.append(SentenceReport(
            sentence.index, doc.span(sentence.start, sentence.end), line, column,
            sentence.paragraph, sentence.headline,
            parties_mentioned=context.parties.mentioned(doc.clean[sentence.start:sentence.end]),
        ))
    for report, duplicate in zip(sentences, find_duplicates(doc), strict=True):
        report.duplicate_of = duplicate
    for report, found in zip(sentences, find_attributions(doc, context.cues, context.parties),
                             strict=True):
        report.attributions = found
    for report, sentence in zip(sentences, doc.sentences, strict=True):
        tag_ranges = [(span.start, span.end) for a in report.attributions
                      for span in (a.source, a.cue)]
        report.voice = sentence_voice(doc, sentence, tag_ranges)
    quoted_words = {s.index: sum(q.words(doc.clean) for q in _quotes_in(doc, s))
                    for s in sentences}
    attributions = [report.attributions for report in sentences]
    hedges = find_hedges(doc, context.hedges)
    loaded = find_loaded(doc, context.loaded, context.factual, attributions)
    for report, sentence, sentence_hedges, items in zip(sentences, doc.sentences, hedges, loaded,
                                                        strict=True):
        report.hedges, report.loaded = sentence_hedges, list(items)
        report.loaded_score = loaded_score(sentence, items)
    findings = attribution_findings(doc, attributions)
    findings += hedge_findings(doc, hedges, attributions)
    findings += wording_findings(doc, loaded, [r.loaded_score for r in sentences], attributions,
                                 context.settings.loaded_score)
    readability = measure(doc)
    findings += readability_findings(doc, readability, context.settings.reading_ease_floor)
    result = DocumentReport(
        path=doc.path,
        metadata=doc.metadata,
        words=doc.words,
        readability=readability,
        sentences=sentences,
        parties=compute_balance(sentences, context.parties.names, quoted_words),
    )
    findings += balance_findings(doc, result.parties, context.settings, sentences)
    # A repeated passage is one finding; what is wrong inside it was reported the first time.
    repeated = [(r.span.start, r.span.end) for r in sentences if r.duplicate_of is not None]
    findings = [f for f in findings if not any(s <= f.start < e for s, e in repeated)]
    findings += duplicate_findings(doc, [r.duplicate_of for r in sentences])
    result.findings = _filter(apply_suppressions(doc, findings), context.settings, doc.path)
    result.verdict = document_verdict(result, context.settings.fail_on)
    return result


def _quotes_in(doc: ParsedDocument, sentence: SentenceReport) -> list[Quote]:
    """The quotations that open in a sentence (one running on is counted where it opens)."""
    return [q for q in doc.quotes.overlapping(sentence.span.start, sentence.span.end)
            if q.start >= sentence.span.start]


def _filter(findings: list[Finding], settings: Settings, path: str) -> list[Finding]:
    kept = []
    floor = LEVELS.index(settings.min_level)
    for finding in findings:
        if not rule_selected(settings, finding.rule, finding.name, path):
            continue
        finding.level = rule_level(settings, finding.rule, finding.name, finding.level)
        if LEVELS.index(finding.level) >= floor:
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.rule))
