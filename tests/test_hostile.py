"""Hostile and unusual input: nothing lost, nothing overwritten, every error its own exit code."""

import json
from pathlib import Path

import pytest
from helpers import parse_text

from audit.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_INTERRUPTED
from audit.nlp import pipeline

PARAGRAPH = ("The harbour board met on {day} to weigh the ferry timetable. “We cannot run "
             "the night boat at a loss,” said Ines Calloway, the board's chair. Skippers said "
             "the cut would strand shift workers on the island.\n\n")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def story(paragraphs: int) -> str:
    return "".join(PARAGRAPH.format(day=DAYS[n % 7]) for n in range(paragraphs))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for n in range(9):
        (drafts / f"story-{n}.md").write_text(story(1 + n % 3))
    (drafts / "story-4.md").write_text(story(2) + "The Glasswing clause broke the audit.\n")
    return drafts


@pytest.fixture
def breaks_on_glasswing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault in one analysis, on one document: what a bug in the tool looks like."""
    from audit import pipeline as stages

    real = stages.find_hedges

    def find_hedges(doc, lexicon):  # type: ignore[no-untyped-def]
        if "Glasswing" in doc.text:
            raise ValueError("the analysis broke\non two lines")
        return real(doc, lexicon)

    monkeypatch.setattr(stages, "find_hedges", find_hedges)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_that_breaks_the_tool_loses_no_other(folder: Path, run_cli, jobs: str,
                                                        breaks_on_glasswing: None) -> None:
    code, out, err = run_cli("run", "--format", "json", "--jobs", jobs, str(folder))
    assert code == EXIT_INTERNAL
    documents = {Path(d["path"]).name: d for d in json.loads(out)["documents"]}
    assert len(documents) == 9
    broken = documents.pop("story-4.md")
    message = "internal error: ValueError: the analysis broke on two lines"
    assert broken["error"] == {"kind": "internal", "message": message}
    assert all(d["error"] is None and d["sentences"] for d in documents.values())
    assert err.splitlines() == [f"audit: error: {folder / 'story-4.md'}: {message}"]


def test_verbose_shows_where_the_tool_broke(folder: Path, run_cli, breaks_on_glasswing: None
                                           ) -> None:
    code, _, err = run_cli("run", "--verbose", "--jobs", "1", str(folder / "story-4.md"))
    assert code == EXIT_INTERNAL
    assert "Traceback (most recent call last)" in err and "in find_hedges" in err


def test_an_internal_error_outside_the_documents_is_one_line_and_exit_3(
        folder: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from audit import reporters

    def broken(report: object) -> str:
        raise KeyError("layout")

    monkeypatch.setitem(reporters.REPORTERS, "concise", broken)
    code, out, err = run_cli("run", "--format", "concise", str(folder / "story-0.md"))
    assert (code, out) == (EXIT_INTERNAL, "")
    assert err == "audit: error: internal error: KeyError: 'layout' (--verbose shows where)\n"
    code, _, err = run_cli("run", "-v", "--format", "concise", str(folder / "story-0.md"))
    assert code == EXIT_INTERNAL and "Traceback" in err and "in broken" in err


def test_ctrl_c_is_one_line_exit_130_and_no_report(folder: Path, tmp_path: Path, run_cli,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from audit import pipeline as stages

    real = stages.audit_document
    seen = []

    def interrupted(doc, context):  # type: ignore[no-untyped-def]
        seen.append(doc.path)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return real(doc, context)

    monkeypatch.setattr(stages, "audit_document", interrupted)
    for fmt in ("json", "jsonl", "sarif"):
        seen.clear()
        output = tmp_path / "out" / f"report.{fmt}"
        code, out, err = run_cli("run", "--format", fmt, "--jobs", "1", "-o", str(output),
                                 str(folder))
        assert (code, out, err) == (EXIT_INTERRUPTED, "", "audit: interrupted\n")
        assert list(output.parent.iterdir()) == []  # no report, no temporary file


def test_a_text_longer_than_the_parser_takes_is_parsed_in_pieces(
        tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy refuses a text over nlp.max_length (E088); the bound is lowered so that a
    30-paragraph draft exceeds it, as a 1,000,000-character draft exceeds the real one."""
    text = story(30)
    whole = parse_text(text)
    monkeypatch.setattr(pipeline(), "max_length", 1_000)
    pieces = parse_text(text)
    assert len(text) > 6 * 1_000
    assert pieces.doc.text == text
    assert [(s.start, s.end, s.paragraph) for s in pieces.sentences] == [
        (s.start, s.end, s.paragraph) for s in whole.sentences]
    for sentence in pieces.sentences:
        assert sentence.span.text == text[sentence.start:sentence.end]
        assert sentence.span.start_char == sentence.start
    # Each sentence is parsed whole: one root, and the same dependency labels as before.
    assert [[t.dep_ for t in s.tokens] for s in pieces.sentences] == [
        [t.dep_ for t in s.tokens] for s in whole.sentences]
    draft = tmp_path / "long.md"
    draft.write_text(text)
    other = tmp_path / "short.md"
    other.write_text(story(1))
    code, out, err = run_cli("run", "--format", "json", str(draft), str(other))
    assert err == "" and code in (EXIT_CLEAN, EXIT_FINDINGS)
    report = json.loads(out)
    assert [d["error"] for d in report["documents"]] == [None, None]
    assert len(report["documents"][0]["sentences"]) == 90


def test_a_paragraph_longer_than_a_piece_is_cut_at_a_sentence_then_a_space() -> None:
    from audit.document import piece_bounds
    from audit.segmentation import Segment

    text = "One two. Three four five. Six" + " " * 3 + "x" * 20
    segments = [Segment(0, 8, 1, False), Segment(9, 25, 1, False), Segment(26, 52, 1, False)]
    bounds = piece_bounds(text, segments, 20)
    assert bounds == [(0, 9), (9, 26), (26, 32), (32, 52)]
    assert "".join(text[s:e] for s, e in bounds) == text
    assert piece_bounds("y" * 45, [Segment(0, 45, 1, False)], 20) == [(0, 20), (20, 40), (40, 45)]


def test_jsonl_output_replaces_the_file_and_only_resume_appends(folder: Path, tmp_path: Path,
                                                                 run_cli) -> None:
    output = tmp_path / "run.jsonl"
    for _ in range(2):
        run_cli("run", "--format", "jsonl", "-o", str(output), str(folder))
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert len(records) == 10 and "summary" in records[-1]
    assert list(tmp_path.glob(".run.jsonl.*")) == []


def test_resuming_a_complete_file_exits_as_its_reports_deserve(folder: Path, tmp_path: Path,
                                                               run_cli) -> None:
    output = tmp_path / "run.jsonl"
    (folder / "story-8.md").write_text(story(1) + "Clearly, the stakes are high.\n")
    first, _, _ = run_cli("run", "--format", "jsonl", "-o", str(output), str(folder))
    assert first == EXIT_FINDINGS
    whole = json.loads(output.read_text().splitlines()[-1])["summary"]
    code, _, err = run_cli("run", "--format", "jsonl", "--resume", str(output), str(folder))
    assert (code, err) == (EXIT_FINDINGS, "")
    lines = output.read_text().splitlines()
    assert len(lines) == 11  # nothing audited again: one more summary line
    last = json.loads(lines[-1])
    assert last["resumed_past"] == 9
    assert last["summary"] == whole
    assert run_cli("run", "--format", "jsonl", "--resume", str(output), "--fail-on", "error",
                   str(folder))[0] == EXIT_CLEAN


def test_resuming_a_file_that_is_not_a_report_is_a_usage_error(folder: Path, tmp_path: Path,
                                                               run_cli) -> None:
    other = tmp_path / "notes.jsonl"
    other.write_text('{"title": "budget notes"}\n')
    code, _, err = run_cli("run", "--format", "jsonl", "--resume", str(other), str(folder))
    assert code == EXIT_ERROR
    assert err == f"audit: error: {other}: cannot resume: line 1 is not a line of an audit " \
                  "report\n"
    assert other.read_text() == '{"title": "budget notes"}\n'


def test_a_draft_over_max_bytes_is_too_large_and_the_others_are_audited(
        folder: Path, tmp_path: Path, run_cli) -> None:
    config = tmp_path / "audit.toml"
    config.write_text("max-bytes = 2000\n")
    big = folder / "story-9.md"
    big.write_text(story(10))
    sparse = folder / "story-archive.md"  # three gigabytes that are never read
    with sparse.open("wb") as handle:
        handle.truncate(3 * 1024**3)
    code, out, err = run_cli("run", "--config", str(config), "--format", "json", str(folder))
    assert code == EXIT_ERROR
    documents = {Path(d["path"]).name: d for d in json.loads(out)["documents"]}
    assert len(documents) == 11
    assert documents["story-9.md"]["error"] == {
        "kind": "too-large", "message": f"too large: {big.stat().st_size:,} bytes is over "
                                        "max-bytes (2,000)"}
    assert documents["story-archive.md"]["error"]["kind"] == "too-large"
    assert sum(d["error"] is None for d in documents.values()) == 9
    assert len(err.splitlines()) == 2 and "story-archive.md: too large: 3,221,225,472" in err


def test_standard_input_over_max_bytes_is_too_large(tmp_path: Path, run_cli,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(story(10).encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    config = tmp_path / "audit.toml"
    config.write_text("max-bytes = 2000\n")
    code, _, err = run_cli("run", "--config", str(config), "-")
    assert code == EXIT_ERROR
    assert err == "audit: error: -: too large: the text is over max-bytes (2,000)\n"
    assert Stdin.buffer.tell() == 2001  # read no further than the bound


@pytest.mark.parametrize("flags", [
    ["-o", "{draft}"], ["-o", "./{draft}"], ["-o", "{link}"], ["--format", "jsonl", "-o",
                                                                "{draft}"],
    ["--format", "jsonl", "--resume", "{draft}"], ["--pdf", "./{draft}"],
    ["--html", "{cwd}/{draft}"], ["--chart", "./{svg}"], ["--html", "{parties}"],
])
def test_an_output_never_overwrites_an_input(tmp_path: Path, run_cli, flags: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    draft, svg, parties = Path("story.md"), Path("notes.svg"), Path("parties.yaml")
    draft.write_text(story(1))
    svg.write_text(story(1))  # a draft may be named anything when it is given by name
    parties.write_text("Harbour board: [the board, Ines Calloway]\n")
    Path("hard-link.md").hardlink_to(draft)
    names = {"draft": "story.md", "link": "hard-link.md", "svg": "notes.svg",
             "parties": "./parties.yaml", "cwd": str(tmp_path)}
    arguments = [flag.format(**names) for flag in flags]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    code, out, err = run_cli("run", "--parties", "parties.yaml", *arguments, "story.md",
                             "notes.svg")
    assert (code, out) == (EXIT_ERROR, "")
    what = "the parties file" if "parties" in flags[-1] else "a draft being audited"
    flag = {"-o": "--output"}.get(flags[-2], flags[-2])
    assert err == f"audit: error: {arguments[-1]}: {flag} would overwrite {what}\n"
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_two_outputs_to_one_file_are_refused(tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(story(1))
    report = tmp_path / "report.html"
    code, _, err = run_cli("run", "-o", str(report), "--html", str(report), str(draft))
    assert code == EXIT_ERROR
    assert err == f"audit: error: {report}: --output and --html name the same file\n"


def test_a_report_path_with_a_folder_is_honoured_and_a_bare_name_is_announced(
        tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story.md").write_text(story(1))
    code, _, err = run_cli("run", "--html", "./here.html", "story.md")
    assert Path("here.html").is_file() and not Path("reports").exists()
    assert (code, err) == (EXIT_CLEAN, "")
    code, _, err = run_cli("run", "--html", "there.html", "story.md")
    assert code == EXIT_CLEAN and Path("reports/there.html").is_file()
    assert err == "audit: --html there.html written to reports/there.html\n"


def test_a_write_error_names_the_report_not_a_temporary_file(tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(story(1))
    folder = tmp_path / "taken"  # a folder where the report should go
    folder.mkdir()
    for flags in (["-o", str(folder)], ["--html", str(folder)],
                  ["--format", "jsonl", "-o", str(folder)]):
        code, _, err = run_cli("run", *flags, str(draft))
        assert code == EXIT_ERROR
        assert err == f"audit: error: {folder}: cannot write the report: Is a directory\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["story.md", "taken"]


def time_each(function, argument: object) -> float:  # type: ignore[no-untyped-def]
    """The best of three timings of a call, each over enough calls to take 10 ms. CPU time
    of this process, so that other work on a shared machine does not count."""
    import time

    times = []
    for _ in range(3):
        calls, start = 0, time.process_time()
        while (elapsed := time.process_time() - start) < 0.01 or not calls:
            function(argument)
            calls += 1
        times.append(elapsed / calls)
    return min(times)


def time_per_byte(function, text: str) -> float:  # type: ignore[no-untyped-def]
    return time_each(function, text) / len(text)


@pytest.mark.parametrize(("stage", "head", "fragment"), [
    ("metadata", '<meta name="x" ', "a"),  # one long attribute name: 4 s at 25 KB before
    ("html", "", "<!-- x "), ("html", "", "<script> x "), ("html", "", "<h1> x "),
    ("markdown", "", "<!-- x "), ("markdown", "", "!["), ("segments", "", "."),
    ("suppressions", "", "<!-- audit: disable-next-line AUD101 -->\n"),
])
def test_malformed_markup_costs_about_the_same_per_byte_at_eight_times_the_size(
        stage: str, head: str, fragment: str) -> None:
    """Quadratic work costs eight times as much per byte at eight times the size; linear
    work the same, give or take the processor's caches (up to 3 times on a busy machine).
    The bound is half way."""
    from audit.document import ParsedDocument, _line_starts
    from audit.loading import html_metadata
    from audit.markup import mask
    from audit.quotes import QuoteIndex
    from audit.segmentation import segment
    from audit.suppression import find_suppressions

    def run(text: str) -> object:
        if stage == "metadata":
            return html_metadata(text + ">")
        if stage == "segments":
            return segment(text, [], [])
        if stage == "suppressions":
            clean = mask(text, "markdown").text
            doc = ParsedDocument("x.md", text, clean, [], QuoteIndex([]), None,  # type: ignore[arg-type]
                                 [], _line_starts(text))
            return find_suppressions(doc)
        return mask(text, stage)  # type: ignore[arg-type]

    small, large = (head + fragment * (size // len(fragment)) for size in (25_000, 200_000))
    ratio = time_per_byte(run, large) / time_per_byte(run, small)
    assert ratio < 4.0, f"{ratio:.2f} times the time per byte at eight times the size"


def test_cr_only_crlf_and_lf_files_give_the_same_findings_on_the_same_lines(
        tmp_path: Path, run_json) -> None:
    from helpers import EXAMPLES

    text = (EXAMPLES / "council-budget.md").read_text()
    assert "\r" not in text
    paths = []
    for name, ending in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        path = tmp_path / f"{name}.md"
        path.write_bytes(text.replace("\n", ending).encode())
        paths.append(str(path))
    documents = run_json("--parties", str(EXAMPLES / "council-budget.parties.yaml"),
                         *paths)["documents"]

    def positions(document: dict) -> tuple[list, list]:
        findings = [(f["rule"], f["start"], f["end"], f["line"], f["column"], f["end_line"],
                     f["end_column"]) for f in document["findings"]]
        sentences = [(s["start"], s["end"], s["line"], s["column"], s["paragraph"],
                      s["headline"]) for s in document["sentences"]]
        return findings, sentences

    lf, crlf, cr = (positions(d) for d in documents)
    assert len(lf[0]) >= 10 and max(f[3] for f in lf[0]) > 20
    assert cr == lf
    # CRLF keeps its two characters per line end, so offsets shift; lines and columns do not.
    assert [f[:1] + f[3:] for f in crlf[0]] == [f[:1] + f[3:] for f in lf[0]]


@pytest.mark.parametrize(("markup", "text", "expected"), [
    ("html", "<p>The flood was devastating&hellip; Officials said the levee held.</p>",
     ["The flood was devastating&hellip;", "Officials said the levee held."]),
    ("html", "<p>&ldquo;We are done.&rdquo; The union left the table.</p>",
     ["&ldquo;We are done.&rdquo;", "The union left the table."]),
    ("markdown", "Fares rose again&#46; Riders said the ferry was devastating&amp;.",
     ["Fares rose again&#46;", "Riders said the ferry was devastating&amp;."]),
])
def test_a_sentence_never_ends_inside_an_entity(markup: str, text: str,
                                                expected: list[str]) -> None:
    from audit.pipeline import Context, audit_document
    from audit.settings import Settings

    doc = parse_text(text, markup)
    report = audit_document(doc, Context.from_settings(Settings()))
    assert [s.span.text for s in report.sentences] == expected
    for sentence in report.sentences:
        assert text[sentence.span.start:sentence.span.end] == sentence.span.text


def test_a_run_that_finds_no_drafts_says_so_and_exits_2(tmp_path: Path, run_cli) -> None:
    (tmp_path / "notes.yaml").write_text("title: not a draft\n")
    code, out, err = run_cli("run", str(tmp_path))
    assert (code, out) == (EXIT_ERROR, "")
    assert err == (f"audit: error: no drafts in {tmp_path} (drafts end in .txt, .md, "
                   ".markdown, .html, .htm)\n")


def test_symbolic_link_loops_are_skipped_with_a_warning(tmp_path: Path, run_cli) -> None:
    drafts = tmp_path / "drafts"
    (drafts / "city").mkdir(parents=True)
    (drafts / "city" / "ferry.md").write_text(story(1))
    (drafts / "city" / "back-up").symlink_to("..")  # a folder link to its own ancestor
    (drafts / "one.md").symlink_to("two.md")  # two links that lead to each other
    (drafts / "two.md").symlink_to("one.md")
    code, out, err = run_cli("run", "--format", "json", str(drafts))
    assert code == EXIT_CLEAN
    assert [d["path"] for d in json.loads(out)["documents"]] == [
        str(drafts / "city" / "ferry.md")]
    assert sorted(err.splitlines()) == [
        f"audit: warning: {drafts / 'city' / 'back-up'}: a symbolic link loop, skipped",
        f"audit: warning: {drafts / 'one.md'}: a symbolic link loop, skipped",
        f"audit: warning: {drafts / 'two.md'}: a symbolic link loop, skipped"]


def test_a_draft_given_twice_is_audited_once(folder: Path, run_json) -> None:
    first = folder / "story-1.md"
    report = run_json(str(first), str(folder), f"{folder}/../{folder.name}/story-1.md",
                      str(first))
    paths = [d["path"] for d in report["documents"]]
    assert len(paths) == 9 == report["summary"]["documents"]
    assert paths[0] == str(first) and paths.count(str(first)) == 1


def test_a_jsonl_line_holding_a_unicode_line_separator_reads_back_whole() -> None:
    from audit.report import DocumentReport
    from audit.reporters.json_report import line, read_lines

    document = DocumentReport("ferry\u2028notes\x85.md", metadata={"title": "A\u2029B"})
    text = line(document) + line(document)[:10]  # and half a line left by a stopped run
    [(again, end)] = list(read_lines(text))
    assert again is not None and again.path == document.path
    assert end == len(line(document).encode())


def test_many_suppressions_cost_the_same_each() -> None:
    """Each finding used to be checked against every suppression: quadratic in a draft of
    many disable-next-line comments."""
    from audit.document import ParsedDocument, _line_starts
    from audit.markup import mask
    from audit.quotes import QuoteIndex
    from audit.report import Finding
    from audit.suppression import apply_suppressions

    def draft(lines: int) -> tuple[ParsedDocument, list[Finding]]:
        text = "<!-- audit: disable-next-line AUD101 -->\nThe fare rose to $5.\n" * lines
        doc = ParsedDocument("x.md", text, mask(text, "markdown").text, [], QuoteIndex([]),
                             None, [], _line_starts(text))  # type: ignore[arg-type]
        findings = [Finding("AUD101", "unattributed-statistic", "warning", 0, 1, 2 * n + 2, 1,
                            2 * n + 2, 2, "A figure.") for n in range(lines)]
        return doc, findings

    def run(drafted: tuple[ParsedDocument, list[Finding]]) -> list[Finding]:
        return apply_suppressions(*drafted)

    assert run(draft(3)) == []  # every finding suppressed, every suppression used
    ratio = (time_each(run, draft(8000)) / 8000) / (time_each(run, draft(1000)) / 1000)
    assert ratio < 3.0, f"{ratio:.2f} times the time per suppression at eight times as many"


def test_superscript_digits_where_numbers_are_read_break_nothing(tmp_path: Path,
                                                                 run_cli) -> None:
    # Python calls "²" a digit but no int() reads it: an age beside a name, a year, a
    # small count, a headline's rounding.
    draft = tmp_path / "superscripts.md"
    draft.write_text("# Flats at ²,000 euros\n\nMarta Jelinek, ², said the plan was late.\n\n"
                     "The ²²²² budget passed in ²²²².\n\nBetween ² and ³ judges sat.\n",
                     encoding="utf-8")
    code, out, err = run_cli("run", "--format", "json", str(draft))
    assert (code, err) == (EXIT_CLEAN, "")
    assert json.loads(out)["documents"][0]["error"] is None
