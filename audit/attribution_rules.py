"""Findings from the attributions of each sentence: AUD102 to AUD104."""

from __future__ import annotations

from typing import TYPE_CHECKING

from audit.attribution.syntax import definite, grants_anonymity, negated
from audit.document import ParsedDocument, Sentence
from audit.findings import make_finding
from audit.report import Attribution, Finding

if TYPE_CHECKING:
    from audit.attribution import CueLexicon
    from audit.results import Results

_LOADED_CLASSES = {"doubt", "guilt"}
# How many sentences back "the people" may name again the "people familiar with the talks"
# of a headline and a lede.
_SAME_SOURCE_REACH = 4


def attribution_findings(doc: ParsedDocument, attributions: list[list[Attribution]],
                         lexicon: CueLexicon) -> list[Finding]:
    """Per-sentence findings; `attributions` is one list per sentence of `doc`."""
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    sources: set[tuple[int, int]] = set()
    explained = _explained_sources(doc, attributions, lexicon)
    for sentence, sentence_attributions in zip(doc.sentences, attributions, strict=True):
        for attribution in sentence_attributions:
            cue = (attribution.cue.start, attribution.cue.end)
            if cue in seen:
                continue  # a quotation carried over sentences is one attribution
            seen.add(cue)
            source = (attribution.source.start, attribution.source.end)
            # One source with two cues ("His aides say ... but noted ...") is one unnamed
            # source: reported once.
            repeated = source in sources
            sources.add(source)
            # A headline sums the story up ("Nurses cite new study"): who its sources are
            # is the body's to say, and judged there.
            findings.extend(_source_findings(
                doc, attribution, sentence.headline or repeated
                or _reported(attribution, sentence_attributions)
                or (attribution.anonymous and source in explained),
                _pleads(doc, attribution, lexicon)))
    return findings


def _explained_sources(doc: ParsedDocument, attributions: list[list[Attribution]],
                       lexicon: CueLexicon) -> set[tuple[int, int]]:
    """The anonymous sources whose anonymity the article explains: in their own sentence,
    in the next one when it brings in no unnamed source of its own ("Two diplomats said
    ... They spoke on condition of anonymity because ..."), or where it names them again
    by the same noun ("Two people familiar with the talks said ... The people, who spoke on
    condition of anonymity because the talks are private, said ..."), and the same noun with
    "the" soon after an explained source is that source again."""
    def unnamed(index: int) -> list[Attribution]:
        return [a for a in attributions[index] if a.anonymous] \
            if 0 <= index < len(attributions) else []

    explaining: dict[int, bool] = {}

    def explains(index: int) -> bool:
        if index not in explaining:
            explaining[index] = index < len(attributions) and _anonymity_explained(
                doc.sentences[index], attributions[index], lexicon)
        return explaining[index]

    explained: list[tuple[int, Attribution]] = []
    for index in range(len(attributions)):
        own = unnamed(index)
        if own and (explains(index) or (not unnamed(index + 1) and explains(index + 1))):
            explained.extend((index, a) for a in own)
    found = {(a.source.start, a.source.end) for _, a in explained}
    for index, attribution in explained:
        head = doc.head_at(attribution.source.start, attribution.source.end)
        if head is None:
            continue
        # Named again by the same noun: explained at the later mention, or at the first
        # and then taken up ("A provincial official, who was not authorized to speak
        # publicly, said ... “...,” the official said").
        near = [*range(max(0, index - _SAME_SOURCE_REACH), index)] if definite(head) else []
        near += range(index + 1, min(len(attributions), index + 1 + _SAME_SOURCE_REACH))
        for other_index in near:
            found.update((a.source.start, a.source.end) for a in unnamed(other_index)
                         if (other := doc.head_at(a.source.start, a.source.end)) is not None
                         and other.lemma_.lower() == head.lemma_.lower()
                         and (other_index < index or definite(other)))
    return found


def _anonymity_explained(sentence: Sentence, attributions: list[Attribution],
                         lexicon: CueLexicon) -> bool:
    """"... who spoke on condition of anonymity because they were not authorized to discuss
    it", "who asked not to be named to speak freely": the sentence says why a source is
    unnamed, which is what the anonymous-source finding asks the writer to do. Not in what
    a source says ("said the plan was not permitted")."""
    said = [(a.content.start, a.content.end) for a in attributions if a.content is not None]
    granted = False
    for token in sentence.tokens:
        if any(start <= token.idx < end for start, end in said):
            continue
        lemma = token.lemma_.lower()
        if token.tag_ == "VBN" and lemma in lexicon.reasons and negated(token, lexicon):
            return True  # "officials who were not authorized to speak publicly"
        if not granted:
            granted = grants_anonymity(token, lexicon)
        elif lemma in lexicon.reasons or (
                token.lower_ == "to" and token.i + 1 < len(token.doc)
                and token.nbor(1).pos_ == "VERB" and token.nbor(1).tag_ == "VB"):
            return True
    return False


def _reported(attribution: Attribution, others: list[Attribution]) -> bool:
    """An attribution inside what another source says ("Ortega has said about 30 tenants
    have asked to move"): the outer source vouches for it, so who the inner one is
    is that source's account, not the writer's sourcing. An outer source that is vague or
    unnamed itself is flagged for the whole account, once ("Leaders in the districts said
    the numbers confirmed ...")."""
    cue = attribution.cue
    return any(other.content is not None and other is not attribution
               and other.content.start <= cue.start and cue.end <= other.content.end
               for other in others)


def _pleads(doc: ParsedDocument, attribution: Attribution, lexicon: CueLexicon) -> bool:
    """"A lawsuit ... alleges that": a court paper that makes a party's case, for which
    "alleges" is the plain verb."""
    head = doc.head_at(attribution.source.start, attribution.source.end)
    return head is not None and head.lemma_.lower() in lexicon.pleadings


def _source_findings(doc: ParsedDocument, attribution: Attribution, answered: bool,
                     pleads: bool) -> list[Finding]:
    """`answered`: who the source is was reported already, or another source answers for it
    (the source is inside that source's words), or the article says why it is unnamed.
    `pleads`: the source is a court paper, whose verbs of allegation are its plain ones."""
    findings = []
    source, cue = attribution.source, attribution.cue
    start, end = min(source.start, cue.start), max(source.end, cue.end)
    if attribution.vague and not answered:
        findings.append(make_finding(
            doc, "vague-attribution", start, end,
            f'"{doc.reading(start, end)}" credits the claim to no one in particular.'))
    elif attribution.anonymous and not answered:
        findings.append(make_finding(
            doc, "anonymous-source", source.start, source.end,
            f'"{doc.reading(source.start, source.end)}" is an unnamed source.'))
    if attribution.cue_class in _LOADED_CLASSES and not (
            pleads and attribution.cue_class == "doubt"):
        what = "casts doubt on" if attribution.cue_class == "doubt" else "implies guilt in"
        findings.append(make_finding(
            doc, "loaded-reporting-verb", cue.start, cue.end,
            f'"{doc.reading(cue.start, cue.end)}" {what} what '
            f'{attribution.speaker or doc.reading(source.start, source.end)} said.',
            "said"))
    return findings


def check(results: Results) -> list[Finding]:
    return attribution_findings(results.doc, results.attributions, results.cues)
