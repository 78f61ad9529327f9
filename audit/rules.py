"""The rule catalogue: stable codes, names, default levels (part of the report contract)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    level: str
    summary: str
    example: str
    # What the rule is about, for the editors' summaries: sourcing, wording, balance,
    # hedging, structure or housekeeping.
    topic: str
    # "draft" for a finding about the whole draft (anchored at its first sentence by
    # convention), "text" for one about the words it spans.
    scope: str = "text"


RULES: tuple[Rule, ...] = (
    Rule("AUD101", "unattributed-statistic", "warning",
         "A number or quantified claim in the writer's voice with no source in its sentence "
         "or paragraph.",
         "The strike has cost the plant $4 million a week.", topic="sourcing"),
    Rule("AUD102", "vague-attribution", "warning",
         "A claim credited to no one: \"reports indicate\", \"critics say\", \"it is believed\".",
         "Critics say the budget favours downtown.", topic="sourcing"),
    Rule("AUD103", "anonymous-source", "info",
         "An unnamed person or group as the source: \"a senior official\", \"sources\".",
         "A senior official said the talks had stalled.", topic="sourcing"),
    Rule("AUD104", "loaded-reporting-verb", "warning",
         "A doubt or guilt cue (claimed, insisted, admitted) where a neutral one would do.",
         "The mayor claimed the budget was balanced.", topic="wording"),
    Rule("AUD105", "dominant-party", "warning",
         "One party holds more than the configured share of the attributed statements.",
         "Eight of ten statements come from the company.", topic="balance", scope="draft"),
    Rule("AUD106", "unheard-party", "warning",
         "A party mentioned in several sentences but never given a statement.",
         "The union is named five times and never quoted.", topic="balance"),
    Rule("AUD107", "few-parties-heard", "warning",
         "Fewer parties have a statement than the configured minimum (min-parties-heard).",
         "A strike story that quotes only the company.", topic="balance", scope="draft"),
    Rule("AUD201", "writer-hedge", "info",
         "A distancing hedge (reportedly, allegedly) in the writer's voice with no attribution.",
         "The councillor reportedly took the money.", topic="hedging"),
    Rule("AUD301", "loaded-wording", "warning",
         "Emotive or intensifying wording in the writer's voice.",
         "The devastating cuts hit the library.", topic="wording"),
    Rule("AUD302", "contentious-label", "warning",
         "A label such as terrorist, regime, extremist in the writer's voice without in-text "
         "attribution.",
         "The regime announced new taxes.", topic="wording"),
    Rule("AUD303", "editorializing", "warning",
         "Clearly, of course, tragically, the stakes are high.",
         "Clearly, the council has failed.", topic="wording"),
    Rule("AUD304", "scare-quotes", "info",
         "Quotation marks around a single word or label used to cast doubt.",
         "The company's 'offer' was rejected.", topic="wording"),
    Rule("AUD501", "duplicate-passage", "warning",
         "A sentence or paragraph repeated verbatim or nearly so.",
         "The same paragraph appears twice in the draft.", topic="structure"),
    Rule("AUD502", "readability", "info",
         "Reading ease below the configured floor.",
         "A 60-word sentence of nested clauses.", topic="structure"),
    Rule("AUD900", "unused-suppression", "info",
         "An `audit: disable` comment that suppresses nothing, or names no rule.",
         "<!-- audit: disable AUD104 --> above a paragraph with no loaded reporting verb.",
         topic="housekeeping"),
)

BY_CODE = {rule.code: rule for rule in RULES}
BY_NAME = {rule.name: rule for rule in RULES}


def lookup(code_or_name: str) -> Rule | None:
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())
