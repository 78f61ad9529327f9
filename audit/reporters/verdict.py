"""The verdict in plain words: one paragraph that PDF, HTML and markdown all print.

It answers "is this draft balanced and sourced?": who dominates the attributed statements,
who is mentioned but never heard, how many claims lack a source, how loaded the writer's
voice is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from audit.parties import UNASSIGNED
from audit.report import DocumentReport, Finding, PartyBalance, Report, SentenceReport

# Rules whose findings are claims without a (named) source.
UNSOURCED_RULES = {"AUD101": ("unattributed figure", "unattributed figures"),
                   "AUD102": ("credited to no one", "credited to no one")}


@dataclass(frozen=True)
class Verdict:
    ok: bool  # balanced and sourced: nothing below needs the editor
    status: str
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def document_verdict(document: DocumentReport, config: dict[str, Any]) -> Verdict:
    if document.error:
        return Verdict(False, "Could not be read", (document.error.message,))
    return _verdict(document.parties, document.findings, document.sentences, config)


def corpus_verdict(report: Report) -> Verdict:
    readable = [d for d in report.documents if not d.error]
    return _verdict(report.summary.parties, [f for d in readable for f in d.findings],
                    [s for d in readable for s in d.sentences], report.config)


def _plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _capped(items: list[str], rest: str, limit: int = 5) -> list[str]:
    """A long list cut short: the verdict must stay a paragraph with twenty parties."""
    if len(items) <= limit + 1:
        return items
    return [*items[:limit], f"{len(items) - limit} {rest}"]


def _verdict(parties: dict[str, PartyBalance], findings: list[Finding],
             sentences: list[SentenceReport], config: dict[str, Any]) -> Verdict:
    balance, dominated = _balance(parties, config)
    unheard = [name for name, party in parties.items()
               if name != UNASSIGNED and party.mentions and not party.statements]
    if unheard:
        heard = _names(_capped([f"{name} ({_plural(parties[name].mentions, 'mention')})"
                                for name in unheard], "more"))
        unheard_text = f"Mentioned but never heard: {heard}."
    elif parties:
        unheard_text = "Every party mentioned is also heard."
    else:
        unheard_text = "No parties are configured, so no one can be missing."
    unsourced = [f for f in findings if f.rule in UNSOURCED_RULES]
    if unsourced:
        kinds = [_plural(sum(f.rule == rule for f in unsourced), *labels)
                 for rule, labels in UNSOURCED_RULES.items()
                 if any(f.rule == rule for f in unsourced)]
        sourcing = (f"{_plural(len(unsourced), 'claim lacks', 'claims lack')} a source "
                    f"({', '.join(kinds)}).")
    else:
        sourcing = "Every figure and claim checked has a source."
    loaded_text, loaded = _loaded(sentences, config)
    ok = not (dominated or unheard or unsourced or loaded)
    status = "Balanced and sourced" if ok else "Needs an editor's attention"
    return Verdict(ok, status, (balance, unheard_text, sourcing, loaded_text))


def _balance(parties: dict[str, PartyBalance], config: dict[str, Any]) -> tuple[str, bool]:
    total = sum(p.statements for p in parties.values())
    if not total:
        return "No statement in this draft is attributed to anyone.", False
    ranked = sorted(((name, p) for name, p in parties.items() if p.statements),
                    key=lambda item: -item[1].statements)
    name, top = ranked[0]
    share = top.statements / total
    threshold = float(config.get("dominant-share", 0.6))
    minimum = int(config.get("dominant-min-statements", 3))
    shares = _names(_capped([f"{'sources no party claims' if n == UNASSIGNED else n} "
                             f"{p.statements}" for n, p in ranked], "others"))
    of_total = f"{top.statements} of the {_plural(total, 'attributed statement')}"
    if name != UNASSIGNED and share > threshold and top.statements >= minimum:
        return f"{name} dominates with {of_total} ({share:.0%}); {shares}.", True
    if len(ranked) == 1:
        who = "sources no party claims" if name == UNASSIGNED else name
        return f"Only {who} is heard: {of_total}.", name != UNASSIGNED and total >= minimum
    return f"No party dominates the {_plural(total, 'attributed statement')}: {shares}.", False


def _loaded(sentences: list[SentenceReport], config: dict[str, Any]) -> tuple[str, bool]:
    threshold = float(config.get("loaded-score", 0.5))
    own = [s for s in sentences if s.voice != "quoted" and s.duplicate_of is None]
    flagged = [s for s in own
               if s.loaded_score >= threshold or any(not i.in_quote for i in s.loaded)]
    if not flagged:
        return "The writer's voice is neutral: no loaded wording outside quotations.", False
    words: list[str] = []
    for sentence in flagged:
        for item in sentence.loaded:
            # Scare quotes arrive with their quotation marks; the verdict adds its own.
            word = " ".join(item.span.text.split()).strip("\"'“”‘’")
            if not item.in_quote and word.lower() not in (w.lower() for w in words):
                words.append(word)
    examples = ", ".join(f"“{w}”" for w in words[:4])
    share = len(flagged) / len(own)
    degree = "heavily" if share >= 0.25 else "somewhat" if share >= 0.1 else "lightly"
    return (f"The writer's voice is {degree} loaded: {len(flagged)} of "
            f"{_plural(len(own), 'own sentence')} "
            f"{'carries' if len(flagged) == 1 else 'carry'} loaded wording"
            + (f" ({examples})." if examples else "."), True)
