"""The verdict: what an editor must fix, and who is heard, in plain words.

Computed once per document, after findings have been selected, levelled and suppressed,
from those findings and the balance; and once per corpus from the summary's counts. Every
output (the exit code, the terminal, markdown, HTML, PDF, the CI step summary) prints this
one verdict, so they cannot disagree.

Only findings make a draft need attention, and only a rule's decision makes a judgement:
"dominates" is said when a dominant-party finding survived, never from a threshold read
again here. The balance itself is stated as numbers whether or not a rule fired.
"""

from __future__ import annotations

from audit.report import (
    CLEAN,
    LEVELS,
    NEEDS_ATTENTION,
    UNASSIGNED,
    UNREADABLE,
    DocumentReport,
    Finding,
    Fix,
    PartyBalance,
    Summary,
    Verdict,
)
from audit.rules import BY_CODE

REPEATED = "AUD501"
DOMINANT, UNHEARD, FEW_HEARD = "AUD105", "AUD106", "AUD107"
UNSOURCED = {"AUD101": ("figure", "figures"), "AUD102": ("claim credited to no one",
                                                         "claims credited to no one")}
EXCERPT_WORDS = 12  # a fix quotes at most this many words of what it flags
NAMED_PARTIES = 6  # a balance sentence names this many parties, then counts the rest
NAMED_RULES = 6  # the corpus verdict names this many of the most frequent fixes
CITED_WORDS = 5  # the wording note quotes this many flagged phrases


def failing_level(fail_on: str) -> str:
    """The level from which a finding needs fixing; with `fail-on = never` the check
    never fails, but a warning still needs an editor."""
    return fail_on if fail_on in LEVELS else "warning"


def document_verdict(document: DocumentReport, fail_on: str = "warning") -> Verdict:
    if document.error:
        return Verdict(UNREADABLE, f"Could not be read: {document.error.message}")
    floor = LEVELS.index(failing_level(fail_on))
    fixes = _fixes(document, floor)
    return Verdict(NEEDS_ATTENTION if fixes else CLEAN,
                   _summary(document.findings, fixes, floor), _heard(document.parties, ""),
                   _balance_notes(document.parties, document.findings),
                   _finding_notes(document.findings, floor), fixes)


def corpus_verdict(summary: Summary) -> Verdict:
    """From counts only (statuses, fixes per rule, the merged balance), so that the
    summaries of parts of a corpus can be merged and judged again."""
    statuses = summary.statuses
    total = sum(statuses.values())
    attention, unreadable = statuses.get(NEEDS_ATTENTION, 0), statuses.get(UNREADABLE, 0)
    clean = statuses.get(CLEAN, 0)
    if unreadable:
        status = UNREADABLE
    elif attention:
        status = NEEDS_ATTENTION
    else:
        status = CLEAN
    readable = attention + clean
    if not total:
        text = "No drafts were audited."
    elif not readable:
        text = "No draft could be read."
    elif attention and clean:
        text = (f"{attention} of {_count(readable, 'draft')} "
                f"{'needs' if attention == 1 else 'need'} attention; {clean} "
                f"{'is' if clean == 1 else 'are'} clean.")
    elif readable == 1:
        text = f"The draft {'needs attention' if attention else 'is clean'}."
    else:
        text = f"All {readable} drafts {'need attention' if attention else 'are clean'}."
    if readable and unreadable:
        text += f" {_count(unreadable, 'draft')} could not be read."
    notes = []
    if summary.fixes:
        ranked = sorted(summary.fixes.items(), key=lambda item: (-item[1], item[0]))
        notes.append("Most frequent fixes: " + ", ".join(
            f"{BY_CODE[code].name if code in BY_CODE else code} ({code}) {count}"
            for code, count in ranked[:NAMED_RULES]) + ".")
    return Verdict(status, text, _heard(summary.parties, "across the drafts"),
                   _balance_notes(summary.parties, []), notes)


def _count(number: int, word: str, many: str | None = None) -> str:
    return f"{number} {word if number == 1 else (many or word + 's')}"


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _excerpt(text: str) -> str:
    words = text.split()
    if len(words) <= EXCERPT_WORDS:
        return " ".join(words)
    return " ".join(words[:EXCERPT_WORDS]) + " …"


def _fixes(document: DocumentReport, floor: int) -> list[Fix]:
    """Findings at or above the failing level, most important first: a passage pasted
    twice is deleted before anything inside it is polished, then by level, then top to
    bottom of the draft. Each quotes its words as a reader reads them."""
    findings = document.findings
    ranked = sorted(
        ((index, f) for index, f in enumerate(findings) if LEVELS.index(f.level) >= floor),
        key=lambda item: (item[1].rule != REPEATED, -LEVELS.index(item[1].level),
                          item[1].start, item[1].rule))
    fixes = []
    for index, finding in ranked:
        rule = BY_CODE.get(finding.rule)
        whole_draft = rule is not None and rule.scope == "draft"
        # A balance finding sits at a sentence where a party is mentioned; its message
        # says what is wrong, the sentence would not.
        quoted = not whole_draft and (rule is None or rule.topic != "balance")
        fixes.append(Fix(index, finding.rule, finding.name, finding.level,
                         None if whole_draft else finding.line,
                         _excerpt(document.as_read(finding.start, finding.end, finding.text))
                         if quoted else "", finding.message))
    return fixes


def _summary(findings: list[Finding], fixes: list[Fix], floor: int) -> str:
    level = LEVELS[floor]
    below = [f for f in findings if LEVELS.index(f.level) < floor]
    if not fixes:
        if floor == 0:
            return "Clean: no findings."
        text = f"Clean: no {level}s"
        if below:
            kinds = [_count(sum(f.level == lv for f in below), lv)
                     for lv in reversed(LEVELS[:floor]) if any(f.level == lv for f in below)]
            text += f"; {_names(kinds)} to consider"
        return text + "."
    kinds = [_count(sum(f.level == lv for f in fixes), lv)
             for lv in reversed(LEVELS[floor:]) if any(f.level == lv for f in fixes)]
    text = f"Needs attention: {_names(kinds)} to fix"
    repeated = sum(f.rule == REPEATED for f in fixes)
    if repeated:
        text += (", first the passage pasted twice" if repeated == 1
                 else f", first the {repeated} passages pasted twice")
    return text + "."


def _balance_notes(parties: dict[str, PartyBalance], findings: list[Finding]) -> list[str]:
    """What the balance rules decided (from their findings), and the parties heard once
    or mentioned and never heard."""
    sentences = []
    dominant = [f.party for f in findings if f.rule == DOMINANT and f.party]
    if dominant:
        sentences.append(f"{_names(dominant)} {'dominates' if len(dominant) == 1 else 'dominate'}"
                         " the attributed statements (dominant-party).")
    once = [name for name, p in parties.items() if name != UNASSIGNED and p.statements == 1]
    if once and sum(p.statements for p in parties.values()) > 1:
        sentences.append(f"{_names(once)} {'is' if len(once) == 1 else 'are'} heard only once"
                         + (" each." if len(once) > 1 else "."))
    flagged = {f.party for f in findings if f.rule == UNHEARD}
    unheard = [(name, p.mentions) for name, p in parties.items()
               if name != UNASSIGNED and not p.statements and p.mentions]
    if unheard:
        listed = [f"{name} ({_count(mentions, 'mention')}"
                  + ("; unheard-party)" if name in flagged else ")")
                  for name, mentions in unheard[:NAMED_PARTIES]]
        if len(unheard) > NAMED_PARTIES:
            listed.append(f"{len(unheard) - NAMED_PARTIES} more")
        sentences.append(f"Mentioned but never heard: {_names(listed)}.")
    few = next((f for f in findings if f.rule == FEW_HEARD), None)
    if few:
        sentences.append(few.message.rstrip(".") + " (few-parties-heard).")
    return sentences


def _heard(parties: dict[str, PartyBalance], where: str) -> str:
    """Who is heard, in numbers: "Union 4 of 10 attributed statements (40%), Company 3
    (30%); 3 unassigned." Named parties by statements, most first."""
    total = sum(p.statements for p in parties.values())
    suffix = f" {where}" if where else ""
    if not total:
        return f"No statement is attributed to anyone{suffix}."
    ranked = sorted(((name, p) for name, p in parties.items()
                     if name != UNASSIGNED and p.statements),
                    key=lambda item: -item[1].statements)
    parts = [f"{name} {p.statements} ({p.share_of_voice:.0%})"
             for name, p in ranked[:NAMED_PARTIES]]
    if parts:
        first_name, first = ranked[0]
        parts[0] = (f"{first_name} {first.statements} of "
                    f"{_count(total, 'attributed statement')} ({first.share_of_voice:.0%})")
    if len(ranked) > NAMED_PARTIES:
        rest = sum(p.statements for _, p in ranked[NAMED_PARTIES:])
        parts.append(f"{len(ranked) - NAMED_PARTIES} more parties with {rest}")
    unassigned = parties.get(UNASSIGNED)
    text = f"Heard{suffix}: " + ", ".join(parts)
    if unassigned and unassigned.statements:
        if parts:
            text += f"; {unassigned.statements} unassigned"
        else:
            text += (f"{_count(total, 'attributed statement')}, all from sources no party "
                     "claims")
    return text + "."


def _finding_notes(findings: list[Finding], floor: int) -> list[str]:
    """What the findings at the failing level amount to: sources missing, wording."""
    failing = [f for f in findings if LEVELS.index(f.level) >= floor]
    notes = []
    unsourced = [_count(sum(f.rule == code for f in failing), *labels)
                 for code, labels in UNSOURCED.items() if any(f.rule == code for f in failing)]
    if unsourced:
        notes.append(f"Without a source: {_names(unsourced)}.")
    wording = [f for f in failing if f.rule in BY_CODE and BY_CODE[f.rule].topic == "wording"]
    if wording:
        phrases: list[str] = []
        for finding in wording:
            # Scare quotes arrive with their own quotation marks; the note adds its own.
            phrase = " ".join(finding.text.split()).strip("\"'“”‘’")
            if phrase.lower() not in (p.lower() for p in phrases):
                phrases.append(phrase)
        cited = ", ".join(f"“{p}”" for p in phrases[:CITED_WORDS])
        more = len(phrases) - CITED_WORDS
        notes.append(f"Loaded wording in the writer's voice: {cited}"
                     + (f" and {more} more." if more > 0 else "."))
    return notes
