"""The rule registry: calibrated default levels, and checks that report their own rules."""

from __future__ import annotations

from helpers import parse_text

from audit.pipeline import Context, audit_document
from audit.rules import RULES, WARNING_PRECISION, checks

DRAFT = ("The harbour board reportedly lost $2.3 million last year. Critics say the levy is "
         "unfair. Mayor Lena Ortiz claimed the budget was balanced. Clearly, the disastrous "
         "regime at the harbour has failed.\n\n"
         "The harbour board reportedly lost $2.3 million last year. Critics say the levy is "
         "unfair. Mayor Lena Ortiz claimed the budget was balanced.")


def test_a_rule_warns_by_default_only_with_measured_precision() -> None:
    for rule in RULES:
        assert rule.measured or rule.not_measured, rule.code
        if rule.level == "warning":
            assert rule.precision is not None and rule.precision >= WARNING_PRECISION, rule.code


def test_each_check_reports_only_its_own_rules() -> None:
    from audit.results import Results
    from audit.settings import Settings

    context = Context.from_settings(Settings())
    doc = parse_text(DRAFT)
    report = audit_document(doc, context)
    results = Results(doc, context.settings, context.figures, context.cues, report.sentences,
                      report.readability, report.parties)
    reported = set()
    for check, rules in checks():
        names = {finding.name for finding in check(results)}
        assert names <= {rule.name for rule in rules}
        reported |= names
    assert {"unattributed-statistic", "vague-attribution", "loaded-reporting-verb",
            "writer-hedge", "editorializing", "duplicate-passage"} <= reported


def test_rules_lists_measured_precision_and_its_data(run_cli) -> None:
    _, out, _ = run_cli("rules")
    for rule in RULES:
        line = next(row for row in out.splitlines() if row.startswith(rule.code))
        shown = line.split()[3]
        assert shown == ("-" if rule.precision is None else f"{rule.precision:.2f}")
    for rule in RULES:
        _, out, _ = run_cli("rules", rule.code)
        for measure in rule.measured:
            assert f"precision {measure.precision:.2f} ({measure.correct} of " in out
            assert measure.data in out
        assert rule.not_measured in out


PLANTED = {
    "unattributed-statistic": "The harbour board lost $2.3 million last year.",
    "vague-attribution": "Critics say the levy will drive small shops out of the county.",
    "loaded-wording": "The council's disastrous, reckless budget gutted the library service.",
    "editorializing": "Clearly, the board has failed the town's children.",
    "writer-hedge": "The treasurer reportedly moved the funds to a private account.",
    "loaded-reporting-verb": "Councillor Rafael Dunmore insisted the vote had been fair.",
}
CONTROL = ("\u201cThis shameful, disastrous scheme is a betrayal of every family here,\u201d "
           "said Mayor Lena Ortiz.")


def test_each_planted_kind_is_reported_and_the_control_is_not_blamed() -> None:
    from audit.settings import Settings

    paragraphs = [*PLANTED.values(), CONTROL, "The ferry runs twice a day in the winter.",
                  PLANTED["editorializing"]]
    text = "\n\n".join(paragraphs)
    report = audit_document(parse_text(text), Context.from_settings(Settings()))
    for rule, paragraph in PLANTED.items():
        start = text.index(paragraph)
        assert any(f.name == rule and start <= f.start < start + len(paragraph)
                   for f in report.findings), rule
    start = text.index(CONTROL)
    assert not [f for f in report.findings if start <= f.start < start + len(CONTROL)]
    assert [f.name for f in report.findings if f.start >= text.rindex("Clearly")] == [
        "duplicate-passage"]
