"""Attribution: who said what, found over the spaCy dependency parse, in stages.

1. `cues`: the reporting verbs, "according to", speaker labels and a person's clause
   ending in a colon before a quotation, in each sentence (`lexicons/cues.yaml`), each with
2. `sources`: the phrase it credits, read from the parse, never from a list: the subject of
   the verb in any order ("X said", "said X"), the antecedent of "who", the "by" agent of a
   passive, the object of "according to", the noun a participle modifies; and
3. `content`: the reported words, and whether they are quoted (direct, mixed, indirect).
4. `quotations`: a quotation keeps its speaker over the sentences and paragraphs it runs
   on, and a fully quoted sentence with no cue right after an attributed quotation
   continues it.
5. `speakers`: every source resolved to an entity of the document (`entities`: the
   mentions of each person and body clustered, with their roles, types and genders), by
   name, by agreement and salience for pronouns, by role for descriptions; and its party.

`model` holds what one stage hands to the next.
"""

from __future__ import annotations

from audit.attribution.cues import answer_set_apart, find_candidates, speaker_labels
from audit.attribution.lexicon import Cue, CueLexicon
from audit.attribution.model import Candidate
from audit.attribution.quotations import carry_quotations
from audit.attribution.speakers import Resolver, fold_own_thoughts, told_by_others
from audit.document import ParsedDocument
from audit.parties import PartyMap
from audit.report import Attribution

__all__ = ["Cue", "CueLexicon", "find_attributions"]


def find_attributions(doc: ParsedDocument, cues: CueLexicon, parties: PartyMap
                      ) -> list[list[Attribution]]:
    """The attributions of each sentence, in document order."""
    resolver = Resolver(doc, cues, parties)
    result: list[list[Attribution]] = []
    about: list[Attribution | None] = []  # the statement of whom each sentence is about
    labels = speaker_labels(doc, cues.forenames)
    turn: Candidate | None = None  # the labelled turn or answer the paragraph is in
    turn_paragraph = -1
    for sentence in doc.sentences:
        candidates = find_candidates(doc, sentence, cues, labels)
        label = next((c for c in candidates if c.answer or c.turn), None)
        if label is not None:
            turn, turn_paragraph = label, sentence.paragraph
        elif sentence.paragraph != turn_paragraph:
            turn = None
        if turn is not None:
            # A transcript's turn and an interview's answer are the speaker's words verbatim,
            # as a quotation is: "the charts say" there is theirs, not the writer's.
            candidates = [c for c in candidates if c is turn or c.cue[0] < turn.cue[0]]
        elif sentence.paragraph in labels.answers and any(t.is_alpha for t in sentence.tokens):
            # An answer after a question set apart: the same, sentence by sentence.
            candidates = [answer_set_apart(doc, sentence, labels.answers[sentence.paragraph])]
        found = [item for item in map(resolver.admit, candidates) if item is not None]
        result.append(told_by_others(fold_own_thoughts(resolver.attributions(found), cues),
                                     doc.text))
        about.append(resolver.statement_of_subject(sentence))
        resolver.observe(sentence)
    carry_quotations(doc, result, about, labels)
    return result
