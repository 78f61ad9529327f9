"""Attribution: who said what, found over the spaCy dependency parse.

A cue is a reporting verb from `lexicons/cues.yaml` (or a prepositional cue such as
"according to"); the source is read from the parse, never from a list: the subject of the
verb in any order ("X said", "said X"), the antecedent of "who" ("X, who ..., said"), the
"by" agent of a passive ("as outlined by X"), the object of "according to", the noun a
participle modifies ("statements claiming ..."). A quotation keeps its speaker over the
sentences and paragraphs it runs on, and a fully quoted sentence with no cue right after
an attributed quotation continues it.

Speakers are resolved from the named entities of the document: a pronoun or a description
("the group", "the envoy") takes the most recent compatible name, and a lone surname
joins the full name met earlier.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from audit.document import ParsedDocument, Sentence
from audit.lexicon import load_entries
from audit.parties import PartyMap
from audit.quotes import Quote
from audit.report import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependency labels of a verb's clausal complement: what makes "she added" a report.
_CLAUSE_DEPS = {"ccomp", "parataxis"}
_OBJECT_DEPS = {"dobj", "dative"}
_SUBJECT_DEPS = {"nsubj", "csubj"}
# Children that end a source noun phrase: a relative clause or an aside is not the name.
_PHRASE_CUT = {"relcl", "acl", "advcl", "parataxis", "punct", "cc", "conj", "appos"}
_RELATIVE = {"who", "that", "which", "whom"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "them", "it", "we"}
_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Prof"}
_KIND_LABELS = {
    "organisation": {"ORG", "NORP"},
    "institution": {"ORG", "GPE", "NORP"},
    "person": {"PERSON"},
}
_FACTUAL_MODALS = {"will", "'ll", "’ll"}  # "will announce" is a plan stated as news
_QUOTE_REACH = 40  # characters between a quotation and the cue that tags it
_QUOTED_SENTENCE = 0.8  # share of a sentence's words inside quotes to call it a quotation


@dataclass(frozen=True)
class Cue:
    term: str
    words: tuple[str, ...]
    cue_class: str
    speech: bool
    needs: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()


@dataclass
class CueLexicon:
    """The reporting cues and the source nouns, read once per run."""

    verbs: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    phrasal: dict[tuple[str, str], Cue] = field(default_factory=dict)  # (verb, particle)
    prepositional: dict[tuple[str, ...], Cue] = field(default_factory=dict)  # ("according", "to")
    source_kinds: dict[str, str] = field(default_factory=dict)  # noun lemma -> kind

    @classmethod
    def load(cls, extra_folders: Iterable[str] = (), disabled: Iterable[str] = ()
             ) -> CueLexicon:
        lexicon = cls()
        for entry in load_entries("cues.yaml", list(extra_folders), list(disabled)):
            lexicon.add(_cue(entry))
        for entry in load_entries("sources.yaml", list(extra_folders), list(disabled)):
            lexicon.source_kinds[str(entry["term"]).lower()] = str(entry["kind"])
        return lexicon

    def add(self, cue: Cue) -> None:
        if len(cue.words) == 1:
            self.verbs[cue.words[0]] = cue
        elif cue.words[0] == "according" or len(cue.words) > 2:
            self.prepositional[cue.words] = cue
        else:
            self.phrasal[(cue.words[0], cue.words[1])] = cue

    def is_speech(self, lemma: str) -> bool:
        cue = self.verbs.get(lemma) or self.prepositional.get(tuple(lemma.split()))
        if cue is None and " " in lemma:
            verb, particle = lemma.split(" ", 1)
            cue = self.phrasal.get((verb, particle))
        return bool(cue and cue.speech)


def _cue(entry: dict[str, Any]) -> Cue:
    term = str(entry["term"]).lower()
    return Cue(term, tuple(term.split()), str(entry.get("class", "neutral")),
               bool(entry.get("speech", True)), frozenset(entry.get("needs") or ()),
               frozenset(entry.get("not_objects") or ()))


@dataclass
class _Found:
    """An attribution found in one sentence, before its speaker is resolved."""

    source: tuple[int, int]  # token indices [start, end)
    head: Token  # head of the phrase that names the speaker (the antecedent of "who")
    cue: tuple[int, int]  # character offsets
    content: tuple[int, int] | None
    lemma: str
    cue_class: str
    kind: str
    vague: bool = False


@dataclass
class _Mention:
    offset: int
    name: str
    label: str
    subject: bool  # the subject of its clause or a source: the likely antecedent
    person_like: bool  # an antecedent for "he" and "she"


def find_attributions(doc: ParsedDocument, cues: CueLexicon, parties: PartyMap
                      ) -> list[list[Attribution]]:
    """The attributions of each sentence, in document order."""
    resolver = _Resolver(doc, cues, parties)
    result: list[list[Attribution]] = []
    for sentence in doc.sentences:
        found = _sentence_attributions(doc, sentence, cues)
        result.append([resolver.attribution(item) for item in found])
    _carry_quotations(doc, result)
    return result


# --- finding cues and sources in one sentence ---------------------------------------------

def _sentence_attributions(doc: ParsedDocument, sentence: Sentence, cues: CueLexicon
                           ) -> list[_Found]:
    quotes = doc.quotes.overlapping(sentence.start, sentence.end)
    found: list[_Found] = []
    labelled = _colon_label(sentence)
    if labelled is not None:
        found.append(labelled)
    for token in sentence.tokens:
        if _in_quote(token, quotes):
            continue  # a cue inside a quotation is the speaker's words, not the writer's
        item = (_prepositional(token, cues, sentence)
                or _verbal(token, cues, sentence, quotes)
                or _vague_report(token, cues, sentence))
        if item is not None and not any(f.cue == item.cue for f in found):
            found.append(item)
    return found


def _colon_label(sentence: Sentence) -> _Found | None:
    """"Whitfield: Budget Is Balanced", a transcript's "BELL: We voted.": a name and a colon
    opening the sentence introduce what the named source said."""
    words = [t for t in sentence.tokens if not t.is_space and not t.is_quote]
    names = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", words[:5]))
    if not names or len(words) <= len(names) + 2 or words[len(names)].text != ":":
        return None
    if any(t.ent_type_ in ("GPE", "DATE", "TIME") for t in names):
        return None  # a dateline ("DENVER:") or a time, not a speaker
    colon = words[len(names)]
    content = _trim(colon.doc, colon.idx + 1, sentence.tokens.end_char)
    return _Found((names[0].i, names[-1].i + 1), names[-1], (colon.idx, colon.idx + 1),
                  content, ":", "neutral", "indirect")


def _prepositional(token: Token, cues: CueLexicon, sentence: Sentence) -> _Found | None:
    """"according to X": the object of the last word is the source."""
    for words, cue in cues.prepositional.items():
        if token.lower_ != words[0]:
            continue
        run = [token]
        for word in words[1:]:
            following = run[-1].nbor(1) if run[-1].i + 1 < sentence.tokens.end else None
            if following is None or following.lower_ != word:
                break
            run.append(following)
        if len(run) != len(words):
            continue
        objects = [c for c in run[-1].children if c.dep_ == "pobj"]
        if not objects:
            continue
        source = _phrase(objects[0])
        outside = (token.i, source[1])
        content = _rest_of_sentence(sentence, outside)
        return _Found(source, objects[0], (run[0].idx, run[-1].idx + len(run[-1])), content,
                      cue.term, cue.cue_class, "according_to")
    return None


def _verbal(token: Token, cues: CueLexicon, sentence: Sentence,
            quotes: list[Quote]) -> _Found | None:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN",
                                                                 "VBG", "VB"):
        return None
    cue, cue_end = _verb_cue(token, cues)
    if cue is None or _so_called(token) or _unasserted(token):
        return None
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    if objects and all(o.lemma_.lower() in cue.not_objects for o in objects):
        return None
    source, vague = _verb_source(token, quotes)
    if source is None:
        return None
    content = _content(token, sentence, quotes)
    if not _satisfies(token, cue, sentence, quotes, cue_end):
        return None
    kind = _kind(content, quotes, token.doc.text)
    if kind != "indirect" and content is not None:
        content = _quoted_content(content, quotes) or content
    start = token.idx
    if source.lower_ in _RELATIVE and token.dep_ == "relcl":
        # "Kamin, who emphasized ...": the pronoun is the source, its antecedent the speaker.
        return _Found((source.i, source.i + 1), token.head, (start, cue_end), content,
                      cue.term, cue.cue_class, kind, vague)
    return _Found(_phrase(source), source, (start, cue_end), content, cue.term,
                  cue.cue_class, kind, vague)


def _verb_cue(token: Token, cues: CueLexicon) -> tuple[Cue | None, int]:
    """The cue a verb starts, and where its words end (after a particle or preposition)."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.i > token.i:
            phrasal = cues.phrasal.get((lemma, child.lower_))
            if phrasal is not None:
                return phrasal, child.idx + len(child)
    verb = cues.verbs.get(lemma)
    return verb, token.idx + len(token)


def _unasserted(token: Token) -> bool:
    """"to say", "would tell", "did not comment": speech wanted, imagined or withheld, not
    speech that took place."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and (
        c.lower_ == "to" or (c.tag_ == "MD" and c.lower_ not in _FACTUAL_MODALS)))
        for c in token.children)


def _so_called(token: Token) -> bool:
    """"so-called" and "so called" name something; nobody is speaking."""
    before = [t.lower_ for t in token.doc[max(0, token.i - 2):token.i]]
    return bool(before) and (before[-1] == "so" or before == ["so", "-"])


def _verb_source(token: Token, quotes: list[Quote]) -> tuple[Token | None, bool]:
    """The head of the source phrase, and whether the passive left the source vague."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return (objects[0], False) if objects else (None, False)
    if passive:
        # "it is believed that ...": a claim credited to no one. "He is said to be" and
        # "she was told" report nobody's words.
        subject = next(c for c in token.children if c.dep_ in ("nsubjpass", "auxpass"))
        expletive = subject.dep_ == "nsubjpass" and subject.lower_ == "it"
        if expletive and any(c.dep_ in _CLAUSE_DEPS for c in token.children):
            return subject, True
        return None, False
    subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS and c.pos_ != "VERB"]
    if subjects and all(_in_quote(c, quotes) for c in subjects):
        # '"... We will win," Chief Jordan said.': the parser took a subject from inside the
        # quotation; the speaker is the noun next to the cue outside it.
        near = [c for c in token.children if not _in_quote(c, quotes)
                and c.pos_ in ("PROPN", "NOUN")
                and c.dep_ in ("npadvmod", "dep", "nsubj", "compound", "appos", "attr")]
        return (min(near, key=lambda c: abs(c.i - token.i)), False) if near else (None, False)
    if subjects:
        return subjects[0], False
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
        # "statements claiming ...": the participle reports what the noun says.
        has_content = any(c.dep_ in _CLAUSE_DEPS | {"dobj"} for c in token.children)
        return (token.head, False) if has_content else (None, False)
    if token.dep_ in ("conj", "xcomp", "advcl") and token.head.pos_ in ("VERB", "AUX"):
        # "She paused and said ...", "..., adding that ...": the subject of the verb before.
        if token.dep_ == "advcl" and token.tag_ != "VBG":
            return None, False
        return _verb_source(token.head, quotes) if token.head != token else (None, False)
    if token.dep_ == "ROOT":
        # A headline parse often leaves the subject as a compound: "Union Rejects Offer".
        left = [c for c in token.lefts if c.dep_ in ("compound", "npadvmod", "dep", "nmod")
                and c.pos_ in ("PROPN", "NOUN")]
        if left:
            return left[-1], False
    return None, False


def _in_quote(token: Token, quotes: list[Quote]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)


def _satisfies(token: Token, cue: Cue, sentence: Sentence, quotes: list[Quote],
               cue_end: int) -> bool:
    if not cue.needs or token.dep_ == "parataxis":
        return True
    deps = {c.dep_ for c in token.children}
    preps = {c.lower_ for c in token.children if c.dep_ in ("prep", "prt", "agent")}
    if "agent" in deps and "object" in cue.needs:
        return True  # "as outlined by X": the passive subject is the object
    for need in cue.needs:
        if need == "clause" and (deps & _CLAUSE_DEPS or _colon_after(token, cue_end) or (
                not deps & _OBJECT_DEPS and _quote_near(token, quotes))):
            return True
        if need == "infinitive" and "xcomp" in deps:
            return True
        if need == "object" and deps & _OBJECT_DEPS:
            return True
        if need == "predicate" and "oprd" in deps and token.dep_ != "acl":
            return True
        if need.startswith("prep:") and need[5:] in preps:
            return True
    return False


def _colon_after(token: Token, cue_end: int) -> bool:
    doc = token.doc
    following = [t for t in doc[token.i + 1:token.i + 4] if t.idx >= cue_end]
    return bool(following) and following[0].text == ":"


def _quote_near(token: Token, quotes: list[Quote]) -> bool:
    start, end = token.idx, token.idx + len(token)
    for quote in quotes:
        if quote.start <= start < quote.end:
            continue
        if 0 <= start - quote.end <= _QUOTE_REACH or 0 <= quote.start - end <= _QUOTE_REACH:
            return True
    return False


def _content(token: Token, sentence: Sentence, quotes: list[Quote]) -> tuple[int, int] | None:
    """The reported words: the clause or object the cue governs, else a nearby quotation."""
    for deps in (_CLAUSE_DEPS, {"xcomp"}, _OBJECT_DEPS):
        parts = [c for c in token.children if c.dep_ in deps]
        if parts:
            if deps is _OBJECT_DEPS:
                # "criticized the plan as “unworkable”": what follows the object belongs to it.
                parts += [c for c in token.rights if c.dep_ in ("prep", "oprd", "acomp")
                          and c.i > parts[0].i]
            start = min(p.left_edge.idx for p in parts)
            last = max(p.right_edge for p in parts)
            return _trim(token.doc, start, last.idx + len(last))
    if token.dep_ == "parataxis" and token.head.i != token.i:
        head = token.head
        left = head.left_edge
        end = token.left_edge.idx if token.left_edge.i > head.i else head.right_edge.idx + len(
            head.right_edge)
        return _trim(token.doc, left.idx, end)
    for quote in quotes:
        inner = quote.inner
        if not quote.start <= token.idx < quote.end and (
            0 <= token.idx - quote.end <= _QUOTE_REACH
            or 0 <= quote.start - token.idx <= _QUOTE_REACH + 20
        ):
            return max(inner[0], sentence.start), min(inner[1], sentence.end)
    return None


def _trim(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """Strip spaces and the punctuation that frames a clause, keeping quotation marks."""
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in ",;:-—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-—"):
        end -= 1
    return (start, end) if start < end else None


def _kind(content: tuple[int, int] | None, quotes: list[Quote], text: str) -> str:
    """direct: the content is a quotation; mixed: the writer's words around a partial
    quotation ("called the cuts “a betrayal”"); indirect: no quotation."""
    if content is None:
        return "indirect"
    start, end = content
    inside = [(max(start, q.start), min(end, q.end)) for q in quotes
              if q.start < end and q.end > start]
    if not inside:
        return "indirect"
    outside = [i for i in range(start, end) if not any(s <= i < e for s, e in inside)]
    return "mixed" if any(text[i].isalnum() for i in outside) else "direct"


def _quoted_content(content: tuple[int, int], quotes: list[Quote]) -> tuple[int, int] | None:
    """For a direct quotation the content is the quoted words (marks included)."""
    start, end = content
    hits = [q for q in quotes if q.start < end and q.end > start]
    if not hits:
        return None
    return min(start, min(q.start for q in hits)), max(end, max(q.end for q in hits))


def _vague_report(token: Token, cues: CueLexicon, sentence: Sentence) -> _Found | None:
    """"reports emerging that ...": a vague source noun whose verb carries a clause."""
    if token.pos_ != "VERB" or token.dep_ not in ("acl", "relcl", "ROOT"):
        return None
    if token.dep_ == "ROOT":
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        noun = subjects[0] if subjects else None
    else:
        noun = token.head
    if noun is None or cues.source_kinds.get(noun.lemma_.lower()) != "vague":
        return None
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if not clauses or noun.pos_ != "NOUN":
        return None
    right = clauses[0].right_edge
    content = _trim(token.doc, clauses[0].left_edge.idx, right.idx + len(right))
    return _Found(_phrase(noun), noun, (token.idx, token.idx + len(token)), content,
                  token.lemma_.lower(), "neutral", "indirect", True)


def _phrase(head: Token) -> tuple[int, int]:
    """The whole noun phrase of a source head, without relative clauses and asides; a name
    in apposition stays ("the company's spokesman, Neil Sorensen")."""
    kept = {head.i}
    for child in head.children:
        if child.dep_ not in _PHRASE_CUT:
            kept.update(t.i for t in child.subtree)
    apposition = _named_apposition(head)
    if apposition is not None and apposition.i > head.i:
        kept.update(range(head.i, apposition.i + 1))
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    doc = head.doc
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return start, end + 1


def _rest_of_sentence(sentence: Sentence, outside: tuple[int, int]) -> tuple[int, int] | None:
    """The larger part of a sentence on either side of a cue phrase."""
    tokens = sentence.tokens
    doc = tokens.doc
    before = _trim(doc, tokens.start_char, doc[outside[0]].idx)
    last = doc[outside[1] - 1]
    after = _trim(doc, last.idx + len(last), tokens.end_char)
    sizes = [(part[1] - part[0], part) for part in (before, after) if part]
    return max(sizes)[1] if sizes else None


# --- speakers ------------------------------------------------------------------------------

class _Resolver:
    """Canonical speakers and parties, from the names met so far in the document."""

    def __init__(self, doc: ParsedDocument, cues: CueLexicon, parties: PartyMap) -> None:
        self.doc = doc
        self.cues = cues
        self.parties = parties
        self.org_words = {term for term, kind in cues.source_kinds.items()
                          if kind in ("organisation", "institution", "org_word")}
        self.mentions = _mentions(doc, parties, self.org_words)
        # Full names by surname, with where they appear. The small parser often calls a
        # person an ORG ("Marcus Bell"), so two-word ORG names without an organisation word
        # count too: they are only used to complete a lone surname.
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        for entity in doc.doc.ents:
            parts = _strip_possessive(entity).split()
            label = _label(entity, self.org_words)
            if (label == "PERSON" and len(parts) > 1) or (
                    label == "ORG" and len(parts) == 2 and all(t.pos_ == "PROPN" for t in entity)):
                self.full_names.setdefault(parts[-1], []).append(
                    (entity.start_char, " ".join(parts)))
        self.sources: list[_Mention] = []

    def attribution(self, found: _Found) -> Attribution:
        doc = self.doc
        tokens = doc.doc[found.source[0]:found.source[1]]
        source = doc.token_span(tokens)
        phrase = tokens if found.head.i in range(*found.source) else doc.doc[
            _phrase(found.head)[0]:_phrase(found.head)[1]]
        speaker, label = self._speaker(found.head, phrase)
        kind = self.cues.source_kinds.get(found.head.lemma_.lower(), "")
        named = any(t.pos_ == "PROPN" for t in phrase)
        vague = found.vague or (kind == "vague" and not named and label == "")
        anonymous = not vague and label == "" and (
            (kind == "anonymous" and not any(t.ent_type_ == "PERSON" for t in phrase))
            or (kind == "spokesperson" and not named
                and not any(t.dep_ == "poss" for t in phrase)))
        party = self.parties.party_of(source.text, speaker) if not vague else None
        if label:
            person_like = label == "PERSON" or (
                label == "ORG" and found.head.pos_ == "PROPN"
                and not any(t.lemma_.lower() in self.org_words for t in phrase))
            self.sources.append(_Mention(tokens.start_char, speaker, label, True, person_like))
        return Attribution(
            source=source,
            cue=doc.span(*found.cue),
            content=doc.span(*found.content) if found.content else None,
            cue_lemma=found.lemma,
            cue_class=found.cue_class,
            kind=found.kind,
            speaker=speaker,
            party=party,
            anonymous=anonymous,
            vague=vague,
        )

    def _speaker(self, head: Token, tokens: Span) -> tuple[str, str]:
        """The canonical name of a source phrase, and its entity label ('' when unnamed)."""
        word = head.lower_
        if head.pos_ == "PRON" and word in _PERSON_PRONOUNS | _GROUP_PRONOUNS - {"it"}:
            person = word in _PERSON_PRONOUNS
            found = self._recent(tokens.start_char, lambda m: m.person_like == person)
            return (found.name, found.label) if found else (head.text, "")
        entity = _entity_of(_named_apposition(head) or head)
        if entity is not None:
            name = _strip_possessive(entity)
            joined = self._joined(name, entity.start_char)
            label = "PERSON" if joined != name else _label(entity, self.org_words)
            return joined, label
        kind = self.cues.source_kinds.get(head.lemma_.lower())
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that")
                       for t in head.children)
        named = any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in tokens)
        if kind in _KIND_LABELS and definite and not named:
            labels = _KIND_LABELS[kind]
            found = self._recent(tokens.start_char, lambda m: m.person_like if kind == "person"
                                 else m.label in labels)
            if found is not None:
                return found.name, found.label
        if head.pos_ == "PROPN" and len(tokens) <= 2:
            joined = self._joined(tokens.text, tokens.start_char)
            if joined != tokens.text:
                return joined, "PERSON"
        words = [t for t in tokens if not (t.i == tokens.start and t.dep_ == "det")]
        text = self.doc.text[words[0].idx:words[-1].idx + len(words[-1])] if words else (
            tokens.text)
        return text, ""

    def _joined(self, name: str, offset: int) -> str:
        """A lone surname ("Witkoff", "Mr. Witkoff") as the full name met before it."""
        parts = name.split()
        if not parts or parts[-1] not in self.full_names or len(parts) > 2 or (
                len(parts) == 2 and parts[0].rstrip(".") not in _HONORIFICS):
            return name
        earlier = [full for start, full in self.full_names[parts[-1]] if start < offset]
        return earlier[-1] if earlier else self.full_names[parts[-1]][0][1]

    def _recent(self, before: int, accept: Callable[[_Mention], bool]) -> _Mention | None:
        """The most recent accepted mention before an offset; for a person, the last one
        who was a subject or a source, if one is near (a pronoun subject continues it)."""
        candidates = sorted((m for m in [*self.mentions, *self.sources]
                             if m.offset < before and accept(m)), key=lambda m: m.offset)
        if not candidates:
            return None
        latest = candidates[-1]
        if latest.person_like:
            subjects = [m for m in candidates[-4:] if m.subject]
            if subjects:
                latest = subjects[-1]
            return replace(latest, name=self._joined(latest.name, latest.offset))
        return latest


def _label(entity: Span, org_words: set[str]) -> str:
    """The entity's label, ORG when it holds an organisation word ("Halvorsen Freight")."""
    if any(t.lemma_.lower() in org_words for t in entity):
        return "ORG"
    return entity.label_


def _entity_of(head: Token) -> Span | None:
    """The named entity the head of a source phrase belongs to."""
    if not head.ent_type_ or head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    for entity in head.doc.ents:
        if entity.start <= head.i < entity.end:
            return entity
    return None


def _named_apposition(head: Token) -> Token | None:
    """The name set beside a description: "the finance director, Ruth Adeyemi"."""
    if head.pos_ == "PROPN":
        return None
    return next((c for c in head.children
                 if c.dep_ == "appos" and c.pos_ == "PROPN" and _entity_of(c) is not None), None)


def _strip_possessive(entity: Span) -> str:
    """The entity's words without "'s", with a number that names it ("Local 12")."""
    tokens = [t for t in entity if t.tag_ != "POS"]
    doc = entity.doc
    end = entity.end
    while end < len(doc) and doc[end].dep_ == "nummod" and entity.start <= doc[end].head.i < end:
        tokens.append(doc[end])
        end += 1
    return " ".join(t.text for t in tokens) if tokens else entity.text


def _mentions(doc: ParsedDocument, parties: PartyMap, org_words: set[str]) -> list[_Mention]:
    """Named people, organisations and countries, and the party aliases, in order."""
    mentions = []
    for entity in doc.doc.ents:
        label = _label(entity, org_words)
        if label not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        subject = any(t.dep_ in ("nsubj", "nsubjpass") or
                      (t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"))
                      for t in entity)
        mentions.append(_Mention(entity.start_char, _strip_possessive(entity), label,
                                 subject, label == "PERSON"))
    named = {m.offset for m in mentions}
    for sentence in doc.sentences:
        text = doc.clean[sentence.start:sentence.end]
        for offset, alias in parties.occurrences(text):
            start = sentence.start + offset
            if start not in named:
                # An alias the parser did not tag: an organisation unless it is a person's.
                span = doc.doc.char_span(start, start + len(alias), alignment_mode="expand")
                label = "PERSON" if span is not None and span[0].ent_type_ == "PERSON" else "ORG"
                if span is not None and any(t.lemma_.lower() in org_words for t in span):
                    label = "ORG"
                mentions.append(_Mention(start, alias, label, False, label == "PERSON"))
    mentions.sort(key=lambda m: m.offset)
    return mentions


# --- quotations over several sentences ----------------------------------------------------

def _carry_quotations(doc: ParsedDocument, result: list[list[Attribution]]) -> None:
    """Give an uncued quoted sentence the speaker of its quotation, or of the quotation in
    the sentence right before it (the newspaper convention for a running quote)."""
    by_group: dict[int, Attribution] = {}
    for attributions in result:
        for attribution in attributions:
            if attribution.kind in ("direct", "mixed") and attribution.content:
                content = attribution.content
                for quote in doc.quotes.overlapping(content.start, content.end):
                    by_group.setdefault(quote.group, attribution)
    previous: Attribution | None = None
    for sentence, attributions in zip(doc.sentences, result, strict=True):
        quotes = doc.quotes.overlapping(sentence.start, sentence.end)
        if not attributions and quotes:
            carried = next((by_group[q.group] for q in quotes if q.group in by_group), None)
            if carried is None and _quoted_share(doc, sentence) >= _QUOTED_SENTENCE:
                carried = previous
            if carried is not None:
                start = max(sentence.start, min(q.start for q in quotes))
                end = min(sentence.end, max(q.end for q in quotes))
                attributions.append(_carry(doc, carried, start, end))
        direct = [a for a in attributions if a.kind in ("direct", "mixed")]
        previous = direct[-1] if direct else None


def _carry(doc: ParsedDocument, carried: Attribution, start: int, end: int) -> Attribution:
    return Attribution(carried.source, carried.cue, doc.span(start, end), carried.cue_lemma,
                       carried.cue_class, "direct", carried.speaker, carried.party,
                       carried.anonymous, carried.vague)


def _quoted_share(doc: ParsedDocument, sentence: Sentence) -> float:
    words = [t for t in sentence.tokens if t.is_alpha or t.like_num]
    if not words:
        return 0.0
    return sum(1 for t in words if doc.quotes.at(t.idx) is not None) / len(words)

