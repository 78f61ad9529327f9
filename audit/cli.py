"""The `audit` command: `audit run PATH...` and `audit rules [CODE]`.

Exit codes: 0 nothing at or above the failing level, 1 findings at or above it,
2 a usage or configuration error, or an input that could not be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from audit import __version__
from audit.report import LEVELS, Report
from audit.settings import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


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
    run.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
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

    rules = commands.add_parser("rules", help="list the rules, or explain one")
    rules.add_argument("rule", nargs="?", metavar="CODE", help="a rule code or name")
    return parser


def _rule_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "rules":
        return _rules(args.rule)
    return _run(args)


def _error(message: str) -> None:
    print(f"audit: error: {message}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from audit.lexicon import LexiconError
    from audit.parties import PartiesError
    from audit.pipeline import audit_paths
    from audit.reporters import REPORTERS
    from audit.settings import ConfigError, load_settings

    overrides: dict[str, Any] = {
        "format": args.format, "parties": args.parties, "select": args.select,
        "ignore": args.ignore, "fail-on": args.fail_on, "min-level": args.min_level,
    }
    try:
        settings = load_settings(args.config, overrides)
        report = audit_paths(args.paths, settings)
    except (ConfigError, PartiesError, LexiconError) as error:
        _error(str(error))
        return EXIT_ERROR
    for document in report.documents:
        if document.error:
            _error(f"{document.path}: {document.error.message}")
    rendered = REPORTERS[settings.format](report)
    if args.output:
        from audit.output import write_atomically

        try:
            write_atomically(args.output, rendered)
        except OSError as error:
            _error(f"{args.output}: cannot write the report: {error.strerror}")
            return EXIT_ERROR
    else:
        sys.stdout.write(rendered)
    return exit_code(report, settings.fail_on, args.exit_zero)


def exit_code(report: Report, fail_on: str, exit_zero: bool) -> int:
    if report.summary.errors:
        return EXIT_ERROR
    if exit_zero or fail_on == "never":
        return EXIT_CLEAN
    failing = LEVELS[LEVELS.index(fail_on):]
    return EXIT_FINDINGS if any(report.summary.findings[level] for level in failing) else (
        EXIT_CLEAN)


def _rules(code: str | None) -> int:
    from audit.rules import RULES, lookup

    if code is None:
        for rule in RULES:
            print(f"{rule.code}  {rule.name:<24} {rule.level:<8} {rule.summary}")
        return EXIT_CLEAN
    rule = lookup(code)
    if rule is None:
        _error(f"no rule '{code}' (see `audit rules`)")
        return EXIT_ERROR
    print(f"{rule.code} {rule.name} (default level: {rule.level})\n\n{rule.summary}\n\n"
          f"Example:\n    {rule.example}")
    return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
