"""Content: the reported words of a cue, and whether they are quoted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from audit.attribution.model import Scope
from audit.attribution.syntax import (
    CLAUSE_DEPS,
    OBJECT_DEPS,
    QUOTE_REACH,
    misread_closing_tag,
    tag_start,
    trim,
)
from audit.quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _quotation_after_hearer(token: Token, scope: Scope, addressed: bool
                            ) -> tuple[int, int] | None:
    """"asking her first officer, “Are we picking up ice?”": a person as the object of a
    verb with no clause, then a comma and a quotation that ends the sentence: the object
    is whom the words were for, the quotation what was said. Not "dismissed the story,
    “...”", a thing dismissed, whatever quotation follows."""
    if any(c.dep_ in CLAUSE_DEPS for c in token.children):
        return None
    hearer = next((c for c in token.children if c.dep_ in OBJECT_DEPS and c.i > token.i), None)
    if hearer is None or not (addressed or _a_person(hearer)):
        return None
    after = hearer.right_edge.idx + len(hearer.right_edge)
    quote = next((q for q in scope.quotes if q.start >= after), None)
    if quote is None or scope.text[after:quote.start].strip() != "," \
            or scope.text[quote.end:scope.sentence.end].strip(" .\n\"'”’"):
        return None
    return quote.start, quote.end


def _a_person(noun: Token) -> bool:
    """"her", "Ortega", "her first officer": a person by a personal pronoun, a name, or a
    noun someone's pronoun possesses."""
    if noun.pos_ == "PRON":  # a personal pronoun has a person; "it" is neuter
        return bool(noun.morph.get("Person")) and noun.morph.get("Gender") != ["Neut"]
    return noun.ent_type_ == "PERSON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" and c.morph.get("Gender") != ["Neut"]
        for c in noun.children)


def content_span(token: Token, scope: Scope, addressed: bool, source: Token | None = None
                 ) -> tuple[int, int] | None:
    """The reported words: the clause or object the cue governs, else a nearby quotation:
    in the sentence, or the one just before that a closing "?”" or "!”" split from its
    tag ("“Where is the money?” Ortega asked."). The object of a verb `addressed` to
    someone is its hearer: "“...,” Holt told reporters" reports the quotation. A clause
    holding the `source` is no part of what it says ('“...,” said Ana Ruiz, who co-wrote
    it', the parser hanging the name on "wrote")."""
    sentence = scope.sentence
    # "told the station's morning show on Tuesday that the crew ...", "said in a statement
    # that the province ...": the parser may hang the that-clause on the hearer or on the
    # medium; it is still what was said.
    hung_on = [o for o in token.children if o.dep_ in OBJECT_DEPS] if addressed else []
    hung_on += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                and p.i > token.i for o in p.children if o.dep_ == "pobj"]
    clauses = [c for o in hung_on for c in o.children if c.dep_ in ("acl", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if clauses and not any(c.dep_ in CLAUSE_DEPS for c in token.children):
        last = clauses[-1].right_edge
        return trim(scope.text, clauses[0].left_edge.idx, last.idx + len(last))
    quoted = _quotation_after_hearer(token, scope, addressed)
    if quoted is not None:
        return quoted
    for deps in (CLAUSE_DEPS, {"xcomp"}, set() if addressed else OBJECT_DEPS):
        parts = [c for c in token.children if c.dep_ in deps and not (
            source is not None and c.left_edge.i <= source.i <= c.right_edge.i)]
        # "Tenants call the repairs a band-aid; owner says work is on schedule": a clause a
        # semicolon parts from the cue is a statement of its own.
        parts = [p for p in parts if p.i > token.i or not any(
            t.text == ";" for t in token.doc[p.right_edge.i + 1:token.i])]
        if parts:
            if deps is OBJECT_DEPS:
                # "criticized the plan as “unworkable”": what follows the object belongs to it.
                parts += [c for c in token.rights if c.dep_ in ("prep", "oprd", "acomp")
                          and c.i > parts[0].i]
            start = min(p.left_edge.idx for p in parts)
            last = max(p.right_edge for p in parts)
            end = min([last.idx + len(last)]
                      + [cut for p in parts if (cut := _narration(p)) is not None])
            if deps is OBJECT_DEPS:
                predicate = quoted_predicate(token, scope.quotes)
                end = max(end, predicate.end) if predicate is not None else end
            return trim(scope.text, start, end)
    closing = misread_closing_tag(token)
    if closing is not None:
        # The clause before the comma that opens the tag's subject.
        return trim(scope.text, sentence.start, token.doc[closing.left_edge.i - 1].idx)
    if token.dep_ == "parataxis" and token.head.i != token.i:
        # "The drugs have few uses, he says, and are meant for the short term": the clause
        # the tag sits in, on both sides of the tag when it goes on after it.
        head = token.head
        left = head.left_edge
        last = head.right_edge
        if token.left_edge.i > head.i and last.i <= token.right_edge.i:
            end = token.left_edge.idx  # the tag closes the clause
        else:
            end = last.idx + len(last)
        return trim(scope.text, left.idx, end)
    stranded = _stranded_clause(token, sentence.end, addressed)
    if stranded is not None:
        return trim(scope.text, *stranded)
    start = tag_start(token)
    # A word in marks that describes the source ("The library's “consolidation” plan calls
    # for ...") is the writer's name for it, not what the source says.
    naming = [(c.idx, c.idx + len(c)) for c in source.children
              if c.dep_ in ("nmod", "compound", "amod") and c.i < source.i] \
        if source is not None else []
    for quote in scope.nearby:
        inner = quote.inner
        if quote.words(scope.text) <= _NAMING_WORDS \
                and scope.text[inner[1] - 1:inner[1]].isalnum() \
                and any(quote.start <= word_start < quote.end for word_start, _ in naming):
            continue  # a few words, no clause closed with its comma or stop
        if not quote.start <= token.idx < quote.end and (
            0 <= start - quote.end <= QUOTE_REACH
            or 0 <= quote.start - token.idx <= QUOTE_REACH + 20
        ):
            if quote.end <= sentence.start:
                return inner  # the quotation of the sentence before, which this tag ends
            return max(inner[0], sentence.start), min(inner[1], sentence.end)
    return None


_NAMING_WORDS = 3  # the most words of a name in marks before a noun ("“zero tolerance” policy")


def _stranded_clause(token: Token, sentence_end: int, addressed: bool
                     ) -> tuple[int, int] | None:
    """"said after the debate that Harrow had “cherry-picked” the survey", "told reporters
    after the hearing that she would ...": a "that" right after the cue and its own
    modifiers (and its hearer, for a verb `addressed` to someone) opens the reported
    clause, which the parser left hanging elsewhere (its "that" an object, its verb an
    adverbial, or for a telling a relative clause of the modifier's noun). Everything from
    there to the end of the sentence is what was said; not a "that" inside a modifier
    ("said on the day that the bill passed")."""
    doc = token.doc
    after = token.i + 1
    for child in token.rights:
        if (child.dep_ in ("prep", "npadvmod", "advmod")
                or (addressed and child.dep_ in OBJECT_DEPS)) and child.left_edge.i == after:
            # Telling someone is telling them something: a modifier of the telling ends
            # where a that-clause hung on its noun begins, which is what was told. ("Said on
            # the day that the bill passed" says when.)
            after = next((t.i for t in doc[after:child.right_edge.i + 1] if addressed
                          and t.lower_ == "that"
                          and t.dep_ == "mark" and t.head.dep_ in ("relcl", "acl")
                          and any(c.dep_ == "nsubj" for c in t.head.children)),
                         child.right_edge.i + 1)
    if after >= len(doc) or doc[after].lower_ != "that" or doc[after].idx >= sentence_end \
            or any(child.i == after for child in token.children):
        return None
    return doc[after].idx + len(doc[after]), sentence_end


def _narration(clause: Token) -> int | None:
    """Where the writer's narration takes over from a reported clause, if it does: at a
    clause joined to it with a subject of its own, in the reporting verb's tense and not the
    reported one's ("She said fathers would not be eligible, and when pressed, the mother of
    three replied ..."); not a verb that goes on with the reported subject ("said the driver
    was standing by his car and kept saying ...")."""
    reporting = clause.head
    joined = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and c.tag_ == reporting.tag_ != clause.tag_
              and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    if not joined:
        return None
    first = joined[0].left_edge
    while first.i > clause.i + 1 and first.nbor(-1).head == clause \
            and first.nbor(-1).dep_ in ("cc", "punct"):
        first = first.nbor(-1)  # ", and" is no one's words
    return first.idx


def quote_kind(content: tuple[int, int] | None, quotes: list[Quote], text: str) -> str:
    """direct: the content is a quotation; mixed: the writer's words around a partial
    quotation ("called the cuts “a betrayal”"); indirect: no quotation."""
    if content is None:
        return "indirect"
    start, end = content
    inside = [(max(start, q.start), min(end, q.end)) for q in quotes
              if q.start < end and q.end > start]
    if not inside:
        return "indirect"
    # The writer's words are the gaps between the quoted stretches, read a gap at a time
    # rather than a character at a time against every quotation.
    gaps = []
    at = start
    for quote_start, quote_end in sorted(inside):
        if quote_start > at:
            gaps.append((at, quote_start))
        at = max(at, quote_end)
    gaps.append((at, end))
    return "mixed" if any(char.isalnum() for gap_start, gap_end in gaps
                          for char in text[gap_start:gap_end]) else "direct"


def quoted_content(content: tuple[int, int], quotes: list[Quote]) -> tuple[int, int] | None:
    """For a direct quotation the content is the quoted words (marks included)."""
    start, end = content
    hits = [q for q in quotes if q.start < end and q.end > start]
    if not hits:
        return None
    return min(start, min(q.start for q in hits)), max(end, max(q.end for q in hits))


def rest_of_sentence(scope: Scope, outside: tuple[int, int],
                     within: Span | None = None) -> tuple[int, int] | None:
    """The larger part of a sentence (or of a clause of it) on either side of a cue
    phrase."""
    tokens = within if within is not None else scope.sentence.span
    doc = tokens.doc
    before = trim(scope.text, tokens.start_char, doc[outside[0]].idx)
    last = doc[outside[1] - 1]
    after = trim(scope.text, last.idx + len(last), tokens.end_char)
    sizes = [(part[1] - part[0], part) for part in (before, after) if part]
    return max(sizes)[1] if sizes else None


def quoted_predicate(token: Token, quotes: list[Quote]) -> Quote | None:
    """"called the budget “a crucial step”", "calls her “a capable mayor”": a quotation
    that opens inside or right after the verb's object and runs to its end or beyond is
    what the object was called, however the parser hangs its words. A quoted word inside
    the object ("the “reform” budget") is not."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if not objects:
        return None
    first, last = objects[0].left_edge, objects[-1].right_edge
    doc = token.doc
    after = doc[last.i + 1].idx if last.i + 1 < len(doc) else last.idx + len(last)
    return next((q for q in quotes if first.idx < q.start <= after
                 and q.end >= last.idx + len(last)), None)
