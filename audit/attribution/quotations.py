"""Quotations over several sentences: a running quote keeps its speaker."""

from __future__ import annotations

from dataclasses import replace

from audit.attribution.model import Labels
from audit.document import ParsedDocument, Sentence
from audit.quotes import Quote
from audit.report import Attribution

_QUOTED_SENTENCE = 0.8  # share of a sentence's words inside quotes to call it a quotation


def carry_quotations(doc: ParsedDocument, result: list[list[Attribution]],
                     about: list[Attribution | None], labels: Labels) -> None:
    """Give an uncued quoted sentence the speaker of its quotation, or of the statement in
    the sentence right before it (the newspaper convention for a running quote: "Ortega
    said the plan was flawed." then "“It will never work.”"), or else of the person that
    sentence is about, who has spoken before (`about`, by sentence: "Ortega moved to the
    coast in May." then "“It is quiet here.”"). A sentence with no words between them (a
    stray "." line) does not break the run. In a transcript, a speaker's `labels` open a
    turn that runs to the end of its paragraph."""
    by_group: dict[int, Attribution] = {}
    for attributions in result:
        for attribution in attributions:
            if attribution.kind in ("direct", "mixed") and attribution.content:
                content = attribution.content
                for quote in doc.quotes.overlapping(content.start, content.end):
                    by_group.setdefault(quote.group, attribution)
    previous: Attribution | None = None
    previous_paragraph = -1  # where `previous` spoke
    turn: tuple[int, Attribution] | None = None  # a transcript's labelled turn: paragraph
    for sentence, attributions, person in zip(doc.sentences, result, about, strict=True):
        quotes = doc.quotes.overlapping(sentence.start, sentence.end)
        _join_quotes(doc, sentence, attributions, quotes)
        label = next((a for a in attributions if _labels(doc, a, labels)), None)
        if label is not None:
            turn = (sentence.paragraph, label)
        elif turn is not None and turn[0] == sentence.paragraph and not attributions \
                and any(t.is_alpha for t in sentence.tokens):
            # "REYES: Not this year. We have no plans to raise them.": the whole turn is
            # the labelled speaker's.
            attributions.append(replace(turn[1], content=doc.span(sentence.start,
                                                                  sentence.end)))
            continue
        if not attributions and quotes:
            carried = next((by_group[q.group] for q in quotes if q.group in by_group), None)
            if carried is None and (_quoted_share(doc, sentence) >= _QUOTED_SENTENCE or (
                    previous_paragraph == sentence.paragraph
                    and _colon_introduced(doc, sentence, quotes))):
                # "“...,” Ellison said. And here was the big reveal: “...”": a quotation a
                # colon introduces is the paragraph's speaker's, as a quoted sentence is.
                carried = previous
            if carried is not None:
                start = max(sentence.start, min(q.start for q in quotes))
                end = min(sentence.end, max(q.end for q in quotes))
                attributions.append(_carry(doc, carried, start, end))
        if not any(t.is_alpha or t.like_num for t in sentence.tokens):
            continue
        if not attributions and not quotes and person is None and _asks(doc, sentence):
            # The writer's own question between quotations ("And if the strike drags on?
            # “I don't want to think about that.”") is put to the person being quoted.
            continue
        # "According to the report, ..." does not run on into the next quotation; "“...,”
        # according to Dr. Marr" does, as "said" would.
        named = [a for a in attributions if not a.vague and a.speaker
                 and (a.kind != "according_to" or a.source_kind == "person")
                 and a.source_kind != "document"]
        previous = named[-1] if named else person
        if named:
            previous_paragraph = sentence.paragraph


def _labels(doc: ParsedDocument, attribution: Attribution, labels: Labels) -> bool:
    """A transcript's speaker label: one of its speakers' `labels`, the colon right after it
    the cue ("FED TALK:" heading a newsletter's paragraph once is a kicker)."""
    return attribution.cue.text == ":" and attribution.source.text in labels.speakers and not \
        doc.text[attribution.source.end:attribution.cue.start].strip()


def _asks(doc: ParsedDocument, sentence: Sentence) -> bool:
    return doc.text[sentence.start:sentence.end].rstrip().endswith("?")


def _join_quotes(doc: ParsedDocument, sentence: Sentence, attributions: list[Attribution],
                 quotes: list[Quote]) -> None:
    """'“It held,” said Holt, and “it will hold.”': with one quoting tag in the sentence,
    every quotation of the sentence is that speaker's, and the content spans them all."""
    if len(attributions) != 1 or attributions[0].kind not in ("direct", "mixed"):
        return
    only = attributions[0]
    content = only.content
    if content is None or len(quotes) < 2:
        return
    start = max(sentence.start, min(q.start for q in quotes))
    end = min(sentence.end, max(q.end for q in quotes))
    if start < content.start or end > content.end:
        attributions[0] = replace(only, content=doc.span(min(start, content.start),
                                                         max(end, content.end)))


def _carry(doc: ParsedDocument, carried: Attribution, start: int, end: int) -> Attribution:
    return Attribution(carried.source, carried.cue, doc.span(start, end), carried.cue_lemma,
                       carried.cue_class, "direct", carried.speaker, carried.party,
                       carried.anonymous, carried.vague, carried.source_kind)


def _colon_introduced(doc: ParsedDocument, sentence: Sentence, quotes: list[Quote]) -> bool:
    """The sentence ends in a quotation that opens right after a colon, introduced by words
    that name no one ("And here was the big reveal:"), not by someone ("Jeb Bush told the
    paper:", "I had to change my answer:"), whose words it is then."""
    last = max(quotes, key=lambda q: q.start)
    before = doc.text[sentence.start:last.start].rstrip()
    return before.endswith(":") and not doc.text[last.end:sentence.end].strip(" .\n") \
        and not any(t.ent_type_ == "PERSON" or (t.pos_ == "PRON" and t.dep_ == "nsubj")
                    for t in sentence.tokens if t.idx < last.start)


def _quoted_share(doc: ParsedDocument, sentence: Sentence) -> float:
    words = [t for t in sentence.tokens if t.is_alpha or t.like_num]
    if not words:
        return 0.0
    return sum(1 for t in words if doc.quotes.at(t.idx) is not None) / len(words)
