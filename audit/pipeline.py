"""From paths to a `Report`: load, parse, run each analysis, then each registered rule's check
over the results (`audit.rules`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from audit import __version__
from audit.attribution import CueLexicon, find_attributions
from audit.attribution.lexicon import CUES
from audit.balance import compute_balance
from audit.document import ParsedDocument, parse_many
from audit.duplicates import find_duplicates
from audit.figures import FIGURES, FigureLexicon
from audit.hedging import HEDGES, find_hedges
from audit.lexicon import load_entries
from audit.loading import Draft, LoadError, find_drafts, load_draft
from audit.matching import Lexicon
from audit.parties import PartyMap, load_parties
from audit.quotes import Quote
from audit.readability import measure
from audit.report import (
    INTERNAL,
    LEVELS,
    DocumentError,
    DocumentReport,
    Finding,
    Report,
    SentenceReport,
)
from audit.results import Results
from audit.rules import checks
from audit.settings import ConfigError, Settings, rule_level, rule_selected
from audit.summary import SummaryBuilder
from audit.suppression import apply_suppressions
from audit.verdict import document_verdict
from audit.voice import sentence_voice
from audit.wording import FACTUAL, LOADED, find_loaded, loaded_score, vader_words


@dataclass
class Context:
    """What the analyses need besides the document, loaded once per run."""

    settings: Settings
    parties: PartyMap
    hedges: Lexicon
    loaded: Lexicon
    factual: Lexicon
    cues: CueLexicon
    figures: FigureLexicon

    @classmethod
    def from_settings(cls, settings: Settings) -> Context:
        folders, disabled = settings.lexicons, settings.disable_entries
        _check_disabled(settings)
        # Cues are never disabled: that would drop attributions from the balance. A newsroom
        # reclassifies one instead, in a cues.yaml of its own lexicon folder.
        cues = CueLexicon.load(folders)
        return cls(settings, load_parties(settings.parties),
                   Lexicon.load(HEDGES, folders, disabled),
                   Lexicon.load(LOADED, folders, disabled),
                   Lexicon.load(FACTUAL, folders, disabled),
                   cues,
                   FigureLexicon.load(folders, disabled, frozenset(cues.nouns),
                                      frozenset(cues.types), cues.street_words))


def _check_disabled(settings: Settings) -> None:
    """Each `disable-entries` item must switch something off: an entry of a word list, or a
    word VADER rates. It never touches the reporting cues: a cue is reclassified instead."""
    if not settings.disable_entries:
        return
    origin = settings.config_file or "settings"
    known = {str(e["term"]).lower() for name in (HEDGES, LOADED, FACTUAL, FIGURES)
             for e in load_entries(name, settings.lexicons)}
    cues = {str(e["term"]).lower() for e in load_entries(CUES, settings.lexicons)}
    for term in settings.disable_entries:
        if term.lower() in known or term.lower() in vader_words():
            continue
        if term.lower() in cues:
            raise ConfigError(
                f"{origin}: 'disable-entries' names the reporting cue '{term}', and a cue is "
                "never disabled (its attributions would leave the balance); reclassify it in "
                f"a cues.yaml in your lexicon folder: entries: [{{term: {term.lower()}, "
                "class: neutral}]")
        raise ConfigError(f"{origin}: 'disable-entries' names '{term}', which is in no "
                          "lexicon (hedges, loaded, factual, figures) and no VADER word")


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
        span = doc.span(sentence.start, sentence.end)
        sentences.append(SentenceReport(
            sentence.index, span, line, column, sentence.paragraph, sentence.headline,
            parties_mentioned=context.parties.mentioned(doc.clean[sentence.start:sentence.end]),
            display=doc.display(span.start, span.end),
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
    hedges = find_hedges(doc, context.hedges)
    loaded = find_loaded(doc, context.loaded, context.factual, context.cues.quoting_words,
                         [report.attributions for report in sentences])
    for report, sentence, sentence_hedges, items in zip(sentences, doc.sentences, hedges, loaded,
                                                        strict=True):
        report.hedges, report.loaded = sentence_hedges, list(items)
        report.loaded_score = loaded_score(sentence, items)
    readability = measure(doc)
    result = DocumentReport(
        path=doc.path,
        metadata=doc.metadata,
        words=doc.words,
        readability=readability,
        sentences=sentences,
        parties=compute_balance(sentences, context.parties.names, quoted_words),
    )
    results = Results(doc, context.settings, context.figures, context.cues, sentences,
                      readability, result.parties)
    findings = [finding for check, _ in checks() for finding in check(results)]
    # A repeated passage is one finding; what is wrong inside it was reported the first time.
    findings = [f for f in findings if f.name == "duplicate-passage"
                or sentences[doc.sentence_index(f.start)].duplicate_of is None]
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
