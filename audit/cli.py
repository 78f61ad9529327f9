"""The `audit` command: `audit run PATH...` and `audit rules [CODE]`.

Exit codes: 0 nothing at or above the failing level, 1 findings at or above it,
2 a usage or configuration error, or an input that could not be read, 3 an internal error
(the tool failed: a bug to report), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from audit import __version__
from audit.report import INTERNAL, LEVELS, NEEDS_ATTENTION, DocumentReport, Report
from audit.reporters.documents import chart_path
from audit.settings import FORMATS
from audit.summary import GROUPINGS, SummaryBuilder

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="audit", description="Source-attribution and bias audit for news drafts.")
    parser.add_argument("--version", action="version", version=f"audit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="audit drafts", description=(
        "Audit drafts (.txt, .md, .markdown, .html, .htm; folders are walked; '-' reads "
        "standard input)."))
    run.add_argument("paths", nargs="+", metavar="PATH")
    run.add_argument("--format", choices=FORMATS, help="output format (default: text)")
    run.add_argument("--output", "-o", metavar="FILE",
                     help="write the report to FILE, replacing it atomically")
    run.add_argument("--parties", metavar="FILE", help="YAML file of party names and aliases")
    run.add_argument("--config", metavar="FILE", type=Path,
                     help="settings file (default: the nearest audit.toml or pyproject.toml)")
    run.add_argument("--select", metavar="RULES", type=_rule_list,
                     help="comma-separated rule codes or names to check (default: ALL)")
    run.add_argument("--ignore", metavar="RULES", type=_rule_list,
                     help="comma-separated rule codes or names to skip")
    run.add_argument("--fail-on", choices=(*LEVELS, "never"),
                     help="exit 1 when a finding is at or above this level (default: warning)")
    run.add_argument("--min-level", choices=LEVELS, help="leave out findings below this level")
    run.add_argument("--exit-zero", action="store_true",
                     help="exit 0 even when there are findings")
    run.add_argument("--jobs", "-j", type=int, metavar="N",
                     help="worker processes for many drafts (default: all cores)")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="audit on the workers of a Dask cluster (tcp://host:8786), or on "
                          "N local worker processes (local:N); needs audit[dask]")
    run.add_argument("--ship-text", action="store_true",
                     help="with --scheduler: read the drafts here and send their text to "
                          "the workers (default: workers read the paths themselves)")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    run.add_argument("--verbose", "-v", action="store_true",
                     help="print the traceback of an internal error")
    run.add_argument("--by", choices=GROUPINGS,
                     help="group the corpus balance by the drafts' metadata")
    run.add_argument("--manifest", metavar="FILE",
                     help="CSV or JSONL with path, title, author, date, publisher per draft")
    run.add_argument("--pdf", metavar="FILE", help="also write the editors' PDF report")
    run.add_argument("--html", metavar="FILE", help="also write the editors' HTML report")
    run.add_argument("--chart", metavar="FILE", type=chart_path,
                     help="also write the balance chart (.png or .svg)")
    run.add_argument("--resume", metavar="FILE",
                     help="with --format jsonl: skip drafts already in FILE and append to it "
                          "(the closing summary and the exit code cover all of FILE)")

    rules = commands.add_parser("rules", help="list the rules, or explain one")
    rules.add_argument("rule", nargs="?", metavar="CODE", help="a rule code or name")
    return parser


def _rule_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "rules":
            return _rules(args.rule)
        return _run(args)
    except KeyboardInterrupt:
        print("audit: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of standard output went away (`| head`): nothing more to say to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:
        verbose = getattr(args, "verbose", False)
        what = " ".join(str(error).split())
        _error(f"internal error: {type(error).__name__}" + (f": {what}" if what else "")
               + ("" if verbose else " (--verbose shows where)"))
        if verbose:
            import traceback

            traceback.print_exc()
        return EXIT_INTERNAL


def _error(message: str) -> None:
    print(f"audit: error: {message}", file=sys.stderr)


def _warning(message: str) -> None:
    print(f"audit: warning: {message}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from audit.lexicon import LexiconError
    from audit.loading import DRAFT_SUFFIXES, LoadError, find_drafts, load_manifest
    from audit.parties import PartiesError
    from audit.pipeline import Context
    from audit.settings import ConfigError, load_settings

    overrides: dict[str, Any] = {
        "format": args.format, "parties": args.parties, "select": args.select,
        "ignore": args.ignore, "fail-on": args.fail_on, "min-level": args.min_level,
        "scheduler": args.scheduler,
    }
    try:
        settings = load_settings(args.config, overrides)
        # Loading the model and the lexicons makes a million objects that live as long as
        # the run: no collection finds garbage among them, and none need walk them again
        # (forked workers then share their pages instead of copying each one it touches).
        gc.disable()
        try:
            context = Context.from_settings(settings)
        finally:
            gc.freeze()
            gc.enable()
        manifest = load_manifest(args.manifest) if args.manifest else None
    except (ConfigError, PartiesError, LexiconError) as error:
        _error(str(error))
        return EXIT_ERROR
    except LoadError as error:
        _error(error.message)
        return EXIT_ERROR
    if settings.format == "jsonl" and (args.pdf or args.html or args.chart):
        _error("--pdf, --html and --chart need every document: not with --format jsonl")
        return EXIT_ERROR
    if args.resume and settings.format != "jsonl":
        _error("--resume needs --format jsonl")
        return EXIT_ERROR
    if args.jobs is not None and args.jobs < 1:
        _error("--jobs must be at least 1")
        return EXIT_ERROR
    if args.ship_text and not settings.scheduler:
        _error("--ship-text needs --scheduler")
        return EXIT_ERROR
    paths = list(find_drafts(args.paths, settings.exclude, _warning))
    if not paths:
        _error(f"no drafts in {', '.join(args.paths)} (drafts end in "
               f"{', '.join(DRAFT_SUFFIXES)})")
        return EXIT_ERROR
    clash = _clobbered(args, paths, settings)
    if clash:
        _error(clash)
        return EXIT_ERROR
    if not settings.scheduler:
        return _audit(args, settings, context, manifest, paths)
    from audit.cluster import ClusterError, connect

    try:
        with connect(settings.scheduler) as client:
            return _audit(args, settings, context, manifest, paths, client)
    except ClusterError as error:
        _error(str(error))
        return EXIT_ERROR


def _audit(args: argparse.Namespace, settings: Any, context: Any,
           manifest: dict[str, dict[str, str]] | None, paths: list[str],
           client: Any = None) -> int:
    """Audit the drafts, here or on a Dask cluster's `client`, and write every output."""
    from audit.reporters.documents import target, write_editor_reports
    from audit.reporters.json_report import NotAReport

    report = Report(__version__, settings.to_dict())
    summary = SummaryBuilder(args.by)
    errors: Counter[str] = Counter()  # document error kinds
    try:
        if settings.format == "jsonl":
            _write_jsonl(args, paths, context, manifest, report, summary, errors, client)
        else:
            documents = _documents(args, paths, context, manifest, summary, errors, client)
            if args.pdf or args.html or args.chart:  # the editors' reports need them all
                report.documents = list(documents)
                documents = iter(report.documents)
            _write(args, settings.format, report, documents, summary)
    except OSError as error:
        written = error.filename or args.output or args.resume or "standard output"
        _error(f"{written}: cannot write the report: {error.strerror}")
        return EXIT_ERROR
    except (NotAReport, UnicodeDecodeError) as error:
        _error(f"{args.resume}: cannot resume: {error}")
        return EXIT_ERROR
    report.summary = summary.summary
    try:
        write_editor_reports(report, pdf=args.pdf, html=args.html, chart=args.chart)
    except OSError as error:
        _error(f"{error.filename}: cannot write the report: {error.strerror}")
        return EXIT_ERROR
    for flag, typed in (("--chart", args.chart), ("--html", args.html), ("--pdf", args.pdf)):
        if typed and target(typed) != Path(typed):
            print(f"audit: {flag} {typed} written to {target(typed)}", file=sys.stderr)
    return exit_code(report, settings.fail_on, args.exit_zero, errors)


def _clobbered(args: argparse.Namespace, paths: list[str], settings: Any) -> str | None:
    """Why the outputs asked for would overwrite an input, or each other, if they would."""
    from audit.loading import STDIN
    from audit.output import clobbered
    from audit.reporters.documents import target

    outputs = [(flag, path) for flag, path in (("--output", args.output),
                                               ("--resume", args.resume)) if path]
    outputs += [(flag, name if target(name) == Path(name) else str(target(name)))
                for flag, name in (("--pdf", args.pdf), ("--html", args.html),
                                   ("--chart", args.chart)) if name]
    inputs = [("a draft being audited", path) for path in paths if path != STDIN]
    inputs += [(what, path) for what, path in (
        ("the manifest", args.manifest), ("the parties file", settings.parties),
        ("the settings file", settings.config_file)) if path]
    inputs += [("a lexicon", str(path)) for folder in settings.lexicons
               for path in Path(folder).iterdir()]
    return clobbered(outputs, inputs)


def _documents(args: argparse.Namespace, paths: list[str], context: Any,
               manifest: dict[str, dict[str, str]] | None, summary: SummaryBuilder,
               errors: Counter[str], client: Any = None) -> Iterator[DocumentReport]:
    """Audited documents in order, counted into the summary and shown on a progress bar;
    each error is a line on standard error and counted by kind in `errors`. On a cluster
    (`client`) each chunk comes with its summary, merged into `summary`."""
    from tqdm import tqdm

    from audit.batch import audit_many, default_jobs

    show = not args.quiet and sys.stderr.isatty()
    if client is not None:
        from audit.cluster import audit_on_cluster

        chunks: Iterator[tuple[list[DocumentReport], SummaryBuilder | None]] = \
            audit_on_cluster(client, paths, context, manifest, args.by, args.ship_text)
    else:
        chunks = (([document], None) for document in
                  audit_many(paths, context, args.jobs or default_jobs(), manifest))
    words = 0
    with tqdm(total=len(paths), unit="doc", disable=not show, file=sys.stderr,
              dynamic_ncols=True, smoothing=0.1) as bar:
        for documents, chunk_summary in chunks:
            if chunk_summary is not None:
                summary.merge(chunk_summary)
            for document in documents:
                if document.error:
                    bar.clear()
                    errors[document.error.kind] += 1
                    _error(f"{document.path}: {document.error.message}")
                    if args.verbose and document.error.traceback:
                        print(document.error.traceback, end="", file=sys.stderr)
                if chunk_summary is None:
                    summary.add(document)
                words += document.words
                bar.update()
                bar.set_postfix_str(
                    f"{words / max(bar.format_dict['elapsed'], 1e-9):,.0f} words/s",
                    refresh=False)
                yield document


def _write(args: argparse.Namespace, format_: str, report: Report,
           documents: Iterator[DocumentReport], summary: SummaryBuilder) -> None:
    from audit.output import atomic_writer
    from audit.reporters import REPORTERS
    from audit.reporters.json_report import stream

    if format_ == "json":
        # Streamed: an archive's report is written as it goes, never held whole.
        pieces = stream(report, documents, lambda: summary.summary)
    else:
        report.documents = list(documents)
        report.summary = summary.summary
        pieces = iter([REPORTERS[format_](report)])
    if args.output:
        with atomic_writer(args.output) as out:
            out.writelines(pieces)
    else:
        for piece in pieces:
            sys.stdout.write(piece)
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if format_ == "github" and step_summary:
        # The job's summary page shows the verdict and the tables beside the annotations.
        from audit.reporters.markdown_report import render as markdown

        with open(step_summary, "a", encoding="utf-8") as page:
            page.write(markdown(report))


def _write_jsonl(args: argparse.Namespace, paths: list[str], context: Any,
                 manifest: dict[str, dict[str, str]] | None, report: Report,
                 summary: SummaryBuilder, errors: Counter[str], client: Any = None) -> None:
    """One line per document as it finishes, so a long run can be read and resumed.

    `--output` replaces its file atomically, as every format does; `--resume` appends to
    its file, after the documents already there, which count in the closing summary."""
    from contextlib import nullcontext

    from audit.output import atomic_writer
    from audit.reporters.json_report import line, summary_line

    resumed_past = 0
    if args.resume:
        done = _resume(args.resume, summary, errors, context.settings.fail_on)
        resumed_past = len(done)
        paths = [p for p in paths if p not in done]
    with (open(args.resume, "a", encoding="utf-8") if args.resume
          else atomic_writer(args.output) if args.output else nullcontext(sys.stdout)) as out:
        for document in _documents(args, paths, context, manifest, summary, errors, client):
            out.write(line(document))
            out.flush()
        out.write(summary_line(report, summary.summary, resumed_past))


def _resume(path: str, summary: SummaryBuilder, errors: Counter[str], fail_on: str
            ) -> set[str]:
    """The paths already in a JSON Lines report, counted into the summary; half a line left
    by a stopped run is cut off. Their verdicts are judged again at this run's failing
    level, from the findings and balance the file holds."""
    from audit.reporters.json_report import read_lines
    from audit.verdict import document_verdict

    if not Path(path).exists():
        return set()
    done: set[str] = set()
    end = 0
    for document, line_end in read_lines(Path(path).read_text(encoding="utf-8")):
        end = line_end
        if document is None or document.path in done:
            continue
        done.add(document.path)
        document.verdict = document_verdict(document, fail_on)
        summary.add(document)
        if document.error:
            errors[document.error.kind] += 1
            _error(f"{document.path}: {document.error.message} (recorded in {path})")
    with open(path, "r+b") as existing:
        existing.truncate(end)
    return done


def exit_code(report: Report, fail_on: str, exit_zero: bool,
              errors: Counter[str] | None = None) -> int:
    """The tool's own failure first, then inputs it could not audit, then findings."""
    if errors and errors[INTERNAL]:
        return EXIT_INTERNAL
    if report.summary.errors:
        return EXIT_ERROR
    if exit_zero or fail_on == "never":
        return EXIT_CLEAN
    # The corpus verdict counted the findings at or above fail-on: the code agrees with it.
    return EXIT_FINDINGS if report.summary.verdict.status == NEEDS_ATTENTION else EXIT_CLEAN


def _rules(code: str | None) -> int:
    from audit.rules import RULES, lookup, precision_line

    if code is None:
        for rule in RULES:
            precision = "  -  " if rule.precision is None else f"{rule.precision:.2f}"
            print(f"{rule.code}  {rule.name:<24} {rule.level:<8} {precision}  {rule.summary}")
        print("\nprecision: the lowest measured on edited copy (`audit rules CODE` for the data);"
              " rules below 0.8 are info by default")
        return EXIT_CLEAN
    rule = lookup(code)
    if rule is None:
        _error(f"no rule '{code}' (see `audit rules`)")
        return EXIT_ERROR
    print(f"{rule.code} {rule.name} (default level: {rule.level})\n\n{rule.summary}\n\n"
          f"Example:\n    {rule.example}\n"
          + (f"\nSuggestion: {rule.suggestion}\n" if rule.suggestion else "")
          + f"\nMeasured: {precision_line(rule)}")
    return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
