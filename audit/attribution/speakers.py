"""Speakers: canonical names and parties, from the names met so far in the document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from audit.attribution.lexicon import CueLexicon
from audit.attribution.model import Candidate, Mention
from audit.attribution.syntax import entity_of, named_apposition, phrase_span, strip_possessive
from audit.document import ParsedDocument
from audit.parties import PartyMap
from audit.report import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_PERSON_PRONOUNS = {"he", "she", "him", "her"}


_GROUP_PRONOUNS = {"they", "them", "it", "we"}


_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Prof"}


_KIND_LABELS = {
    "organisation": {"ORG", "NORP"},
    "institution": {"ORG", "GPE", "NORP"},
    "person": {"PERSON"},
}


class Resolver:
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
            parts = strip_possessive(entity).split()
            label = _label(entity, self.org_words)
            if (label == "PERSON" and len(parts) > 1) or (
                    label == "ORG" and len(parts) == 2 and all(t.pos_ == "PROPN" for t in entity)):
                self.full_names.setdefault(parts[-1], []).append(
                    (entity.start_char, " ".join(parts)))
        self.sources: list[Mention] = []

    def attribution(self, found: Candidate) -> Attribution:
        doc = self.doc
        tokens = doc.doc[found.source[0]:found.source[1]]
        source = doc.token_span(tokens)
        phrase = tokens if found.head.i in range(*found.source) else doc.doc[
            phrase_span(found.head)[0]:phrase_span(found.head)[1]]
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
            self.sources.append(Mention(tokens.start_char, speaker, label, True, person_like))
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
        entity = entity_of(named_apposition(head) or head)
        if entity is not None:
            name = strip_possessive(entity)
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

    def _recent(self, before: int, accept: Callable[[Mention], bool]) -> Mention | None:
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


def _mentions(doc: ParsedDocument, parties: PartyMap, org_words: set[str]) -> list[Mention]:
    """Named people, organisations and countries, and the party aliases, in order."""
    mentions = []
    for entity in doc.doc.ents:
        label = _label(entity, org_words)
        if label not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        subject = any(t.dep_ in ("nsubj", "nsubjpass") or
                      (t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"))
                      for t in entity)
        mentions.append(Mention(entity.start_char, strip_possessive(entity), label,
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
                mentions.append(Mention(start, alias, label, False, label == "PERSON"))
    mentions.sort(key=lambda m: m.offset)
    return mentions
