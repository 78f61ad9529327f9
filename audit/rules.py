"""The rule registry: each rule's code, name, default level, what it flags, an example,
the check that finds it and how precise it was measured to be (part of the report contract).

A check is a function `check(results: Results) -> list[Finding]` in the module that holds
the analysis, named here as "module:function" and imported only when a run needs it, so
that `audit rules` and the settings stay fast. One check may report several rules (the
wording check reports loaded-wording, contentious-label, editorializing and scare-quotes).

Default levels are calibrated: a rule is `warning` (it fails CI) only when its measured
precision on professionally edited copy is at least `WARNING_PRECISION`; otherwise it is
`info` (reported, never failing) until it earns `warning`. `bench/real_copy.py` prints the
figures recorded in `measured`; update them from its output when a rule changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.report import Finding
    from audit.results import Results

WARNING_PRECISION = 0.8
LABELS = "labels dev (../shared/data/labels)"
JUDGED = "judged sample of PolNeAR dev findings (bench/judged.jsonl)"


@dataclass(frozen=True)
class Measure:
    """One measurement of a rule's precision: `correct` of `flagged` findings were right."""

    correct: int
    flagged: int
    data: str

    @property
    def precision(self) -> float:
        return self.correct / self.flagged

    def __str__(self) -> str:
        return f"{self.precision:.2f} ({self.correct} of {self.flagged}, {self.data})"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: str
    summary: str
    example: str
    check: str | None  # "module:function"; None for a rule the pipeline reports itself
    measured: tuple[Measure, ...] = ()
    not_measured: str = ""  # why there is no measurement, when there is none
    suggestion: str | None = None  # the fix offered when the check gives none of its own
    # What the rule is about, for the editors' summaries: sourcing, wording, balance,
    # hedging, structure or housekeeping.
    topic: str = ""
    # "draft" for a finding about the whole draft (anchored at its first sentence by
    # convention), "text" for one about the words it spans.
    scope: str = "text"

    @property
    def precision(self) -> float | None:
        """The lowest measured precision: a rule earns `warning` on all its evidence."""
        return min((m.precision for m in self.measured), default=None)


_FIGURES = "audit.figures:check"
_SOURCES = "audit.attribution_rules:check"
_BALANCE = "audit.balance:check"
_WORDING = "audit.wording:check"
_BALANCE_UNMEASURED = ("fires only with a newsroom's parties file; its inputs are measured "
                       "by bench/attribution.py")

RULES: tuple[Rule, ...] = (
    Rule("AUD101", "unattributed-statistic", "warning",
         "A statistic in the writer's voice that no attribution, poll, study or record in "
         "its sentence or earlier in its paragraph covers.",
         "The strike has cost the plant $4 million a week.", _FIGURES,
         (Measure(9, 9, LABELS), Measure(32, 36, JUDGED)),
         suggestion="Say who counted it: \"..., according to ...\".",
         topic="sourcing"),
    Rule("AUD102", "vague-attribution", "info",
         "A claim credited to no one: \"reports indicate\", \"critics say\", \"it is believed\".",
         "Critics say the budget favours downtown.", _SOURCES,
         (Measure(5, 5, LABELS + ", a span labelled vague or anonymous"),
          Measure(17, 31, JUDGED)),
         suggestion="Name who says so, or state the claim as the writer's own with its evidence.",
         topic="sourcing"),
    Rule("AUD103", "anonymous-source", "info",
         "An unnamed person or group as the source: \"a senior official\", \"sources\"; "
         "not one the story says why it left unnamed.",
         "A senior official said the talks had stalled.", _SOURCES,
         (Measure(7, 7, LABELS + ", a span labelled vague or anonymous"),
          Measure(14, 14, JUDGED)),
         suggestion="Name the source, or say why anonymity was granted.",
         topic="sourcing"),
    Rule("AUD104", "loaded-reporting-verb", "info",
         "A doubt or guilt cue (claimed, insisted, admitted) where a neutral one would do.",
         "The mayor claimed the budget was balanced.", _SOURCES, (Measure(8, 17, JUDGED),),
         topic="wording"),
    Rule("AUD105", "dominant-party", "info",
         "One party holds more than the configured share of the attributed statements.",
         "Eight of ten statements come from the company.", _BALANCE,
         not_measured=_BALANCE_UNMEASURED,
         suggestion="Seek comment from the other parties to the story.",
         topic="balance", scope="draft"),
    Rule("AUD106", "unheard-party", "info",
         "A party mentioned in several sentences but never given a statement.",
         "The union is named five times and never quoted.", _BALANCE,
         not_measured=_BALANCE_UNMEASURED,
         topic="balance"),
    Rule("AUD107", "few-parties-heard", "info",
         "Fewer parties have a statement than the configured minimum (min-parties-heard).",
         "A strike story that quotes only the company.", _BALANCE,
         not_measured=_BALANCE_UNMEASURED,
         suggestion="Seek comment from the parties the story is about.",
         topic="balance", scope="draft"),
    Rule("AUD201", "writer-hedge", "info",
         "A distancing hedge (reportedly, allegedly) in the writer's voice with no attribution "
         "that covers it (\"a review reportedly found\": who reports it?).",
         "The councillor reportedly took the money.", "audit.hedging:check",
         (Measure(3, 8, JUDGED),),
         suggestion="Name who reports or alleges it, or state it plainly if verified.",
         topic="hedging"),
    Rule("AUD301", "loaded-wording", "info",
         "Emotive or intensifying wording in the writer's voice.",
         "The devastating cuts hit the library.", _WORDING, (Measure(10, 29, JUDGED),),
         topic="wording"),
    Rule("AUD302", "contentious-label", "info",
         "A label such as terrorist, regime, extremist in the writer's voice without in-text "
         "attribution.",
         "The regime announced new taxes.", _WORDING, (Measure(6, 19, JUDGED),),
         topic="wording"),
    Rule("AUD303", "editorializing", "info",
         "Clearly, of course, tragically, the stakes are high.",
         "Clearly, the council has failed.", _WORDING, (Measure(7, 15, JUDGED),),
         topic="wording"),
    Rule("AUD304", "scare-quotes", "info",
         "Quotation marks around a single word or label used to cast doubt.",
         "The company's 'offer' was rejected.", _WORDING, (Measure(2, 9, JUDGED),),
         topic="wording"),
    Rule("AUD501", "duplicate-passage", "warning",
         "A sentence or paragraph repeated verbatim or nearly so.",
         "The same paragraph appears twice in the draft.", "audit.duplicates:check",
         (Measure(4, 4, JUDGED),),
         suggestion="Delete the repetition or rewrite it.",
         topic="structure"),
    Rule("AUD502", "readability", "info",
         "Reading ease below the configured floor.",
         "A 60-word sentence of nested clauses.", "audit.readability:check",
         not_measured="a measurement against the configured floor, not a judgment of copy",
         suggestion="Split long sentences and prefer shorter words.",
         topic="structure"),
    Rule("AUD900", "unused-suppression", "info",
         "An `audit: disable` comment that suppresses nothing, or names no rule.",
         "<!-- audit: disable AUD104 --> above a paragraph with no loaded reporting verb.",
         None, not_measured="about the draft's own comments, not its copy",
         topic="housekeeping"),
)

BY_CODE = {rule.code: rule for rule in RULES}
BY_NAME = {rule.name: rule for rule in RULES}

Check = Callable[["Results"], "list[Finding]"]


def lookup(code_or_name: str) -> Rule | None:
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())


@lru_cache(maxsize=1)
def checks() -> tuple[tuple[Check, tuple[Rule, ...]], ...]:
    """Each registered check once, in rule order, with the rules it reports."""
    by_path: dict[str, list[Rule]] = {}
    for rule in RULES:
        if rule.check is not None:
            by_path.setdefault(rule.check, []).append(rule)
    found = []
    for path, rules in by_path.items():
        module, function = path.split(":")
        found.append((getattr(import_module(module), function), tuple(rules)))
    return tuple(found)


def precision_line(rule: Rule) -> str:
    """How precise the rule was measured to be, for `audit rules`."""
    if not rule.measured:
        return f"not measured: {rule.not_measured}"
    return "; ".join(f"precision {m}" for m in rule.measured)
