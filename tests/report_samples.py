"""`Report` objects built by hand for the editors' report tests: fictional, but shaped like
real output (offsets into the text, attributions with parties, hedges, loaded words)."""

from __future__ import annotations

from audit.document import TextSpan
from audit.report import (
    CUE_CLASSES,
    Attribution,
    DocumentReport,
    Finding,
    Hedge,
    Loaded,
    PartyBalance,
    Report,
    SentenceReport,
    Summary,
)

CONFIG = {"format": "text", "fail-on": "warning", "dominant-share": 0.6,
          "dominant-min-statements": 3, "unheard-min-mentions": 3, "loaded-score": 0.5,
          "parties": "ceasefire.parties.yaml", "ignore": [], "levels": {}}

HEADLINE = "Talks on Rafah crossing stall as aid trucks wait — “a deadline, not a promise”"
ARTICLE = [
    HEADLINE,
    "Negotiators met in Cairo on Sunday for a third round of talks on reopening the Rafah "
    "crossing, where more than 400 trucks have waited for nine days.",
    "“We are ready to sign tonight,” said Yossi Cohen (יוסי כהן), a spokesman for the Israeli "
    "defence ministry.",
    "Cohen claimed that the other side had walked away twice.",
    "Dr. Rania Haddad (رانيا حداد), who runs the Nasser hospital in Khan Younis, said the "
    "hospital had fuel for three days.",
    "A senior Egyptian official, who asked not to be named, said the talks would resume on "
    "Tuesday.",
    "The regime’s devastating blockade has clearly failed, and the fragile truce is "
    "reportedly close to collapse.",
    "Critics say the deal favours neither side.",
    "According to Cohen, the ministry is “fully committed” to the crossing’s reopening.",
    "Aid groups estimate that 1.1 million people depend on the crossing — nearly half "
    "of Gaza’s population.",
]


class Builder:
    """Collects sentences of a draft and hands out spans by the words they cover."""

    def __init__(self, sentences: list[str], path: str = "drafts/rafah.md") -> None:
        self.text = "\n\n".join(sentences)
        self.path = path
        self.sentences: list[SentenceReport] = []
        offset = 0
        for index, sentence in enumerate(sentences):
            self.sentences.append(SentenceReport(
                index=index, span=TextSpan(offset, offset + len(sentence), sentence),
                line=2 * index + 1, column=1, paragraph=index + 1, headline=index == 0))
            offset += len(sentence) + 2

    def span(self, index: int, words: str) -> TextSpan:
        sentence = self.sentences[index].span
        start = self.text.index(words, sentence.start)
        return TextSpan(start, start + len(words), words)

    def attribute(self, index: int, source: str, cue: str, speaker: str, party: str | None,
                  cue_class: str = "neutral", kind: str = "indirect",
                  content: str | None = None, anonymous: bool = False,
                  vague: bool = False) -> None:
        self.sentences[index].attributions.append(Attribution(
            source=self.span(index, source), cue=self.span(index, cue),
            content=self.span(index, content) if content else None, cue_lemma=cue.lower(),
            cue_class=cue_class, kind=kind, speaker=speaker, party=party,
            anonymous=anonymous, vague=vague))

    def finding(self, rule: str, name: str, index: int, words: str, message: str,
                suggestion: str | None = None, level: str = "warning") -> Finding:
        span = self.span(index, words)
        line = self.sentences[index].line
        column = span.start - self.sentences[index].span.start + 1
        return Finding(rule, name, level, span.start, span.end, line, column, line,
                       column + len(words), message, suggestion, words)


def balance(builder: Builder, names: list[str]) -> dict[str, PartyBalance]:
    """Balance counted from the sentences, as audit.balance does (kept simple here)."""
    parties = {name: PartyBalance() for name in names}
    for sentence in builder.sentences:
        for name in sentence.parties_mentioned:
            parties.setdefault(name, PartyBalance()).mentions += 1
        for attribution in sentence.attributions:
            party = parties.setdefault(attribution.party or "unassigned", PartyBalance())
            party.statements += 1
            party.cue_classes[attribution.cue_class] += 1
            if sentence.hedges:
                party.hedged += 1
            if attribution.speaker not in party.speakers:
                party.speakers.append(attribution.speaker)
    total = sum(p.statements for p in parties.values()) or 1
    for name, party in parties.items():
        party.share_of_voice = party.statements / total
        scores = [s.loaded_score for s in builder.sentences if name in s.parties_mentioned]
        party.loaded_exposure = sum(scores) / len(scores) if scores else 0.0
    return parties


def rafah_document(path: str = "drafts/rafah.md") -> DocumentReport:
    b = Builder(ARTICLE, path)
    s = b.sentences
    s[2].voice = "mixed"
    b.attribute(2, "Yossi Cohen (יוסי כהן)", "said", "Yossi Cohen", "Israel", kind="direct",
                content="“We are ready to sign tonight,”")
    b.attribute(3, "Cohen", "claimed", "Yossi Cohen", "Israel", cue_class="doubt")
    b.attribute(4, "Dr. Rania Haddad (رانيا حداد)", "said", "Rania Haddad", "Gaza health workers")
    b.attribute(5, "A senior Egyptian official", "said", "a senior Egyptian official",
                "Egypt", anonymous=True)
    b.attribute(7, "Critics", "say", "critics", None, vague=True)
    b.attribute(8, "According to Cohen", "According to", "Yossi Cohen", "Israel",
                kind="according_to")
    b.attribute(9, "Aid groups", "estimate", "aid groups", None, cue_class="stance")
    s[6].hedges.append(Hedge(b.span(6, "reportedly"), "distancing"))
    s[9].hedges.append(Hedge(b.span(9, "nearly"), "approximator"))
    s[6].loaded = [Loaded(b.span(6, "regime"), "contentious-label", 0.9, False),
                   Loaded(b.span(6, "devastating"), "intensifier", 0.8, False),
                   Loaded(b.span(6, "clearly"), "editorializing", 0.7, False)]
    s[8].loaded = [Loaded(b.span(8, "fully committed"), "intensifier", 0.4, True)]
    s[6].loaded_score = 0.85
    s[2].parties_mentioned = ["Israel"]
    s[3].parties_mentioned = ["Israel"]
    s[4].parties_mentioned = ["Gaza health workers"]
    s[5].parties_mentioned = ["Egypt"]
    s[6].parties_mentioned = ["Hamas", "Israel"]
    s[7].parties_mentioned = ["Hamas"]
    s[8].parties_mentioned = ["Israel"]
    s[1].parties_mentioned = ["Hamas", "Egypt"]
    findings = [
        b.finding("AUD101", "unattributed-statistic", 1, "more than 400 trucks",
                  "A figure in the writer's voice with no source.", "Say who counted them."),
        b.finding("AUD102", "vague-attribution", 7, "Critics say",
                  "A claim credited to no one.", "Name the critics or cut the claim."),
        b.finding("AUD103", "anonymous-source", 5, "A senior Egyptian official",
                  "An unnamed source.", "Say why the source is not named.", level="info"),
        b.finding("AUD104", "loaded-reporting-verb", 3, "claimed",
                  "“claimed” casts doubt on the speaker.", "Use “said”."),
        b.finding("AUD302", "contentious-label", 6, "regime",
                  "A contentious label in the writer's voice.", "Name the government."),
        b.finding("AUD301", "loaded-wording", 6, "devastating", "Emotive wording.",
                  "Describe the effect instead."),
        b.finding("AUD303", "editorializing", 6, "clearly", "The writer takes a view.", None),
        b.finding("AUD201", "writer-hedge", 6, "reportedly",
                  "A distancing hedge with no source.", "Say who reports it.", level="info"),
    ]
    unheard = b.finding("AUD106", "unheard-party", 7, "Critics say",
                        "Hamas is mentioned in 3 sentences but never heard.",
                        "Seek a statement from Hamas.")
    findings.append(unheard)
    parties = balance(b, ["Israel", "Hamas", "Egypt", "Gaza health workers"])
    return DocumentReport(path=path, words=sum(len(t.split()) for t in ARTICLE),
                          readability={"flesch_reading_ease": 48.3, "grade": 11.2,
                                       "sentences": len(ARTICLE), "words_per_sentence": 17.4},
                          sentences=s, parties=parties, findings=findings)


def report_of(*documents: DocumentReport) -> Report:
    summary = Summary(documents=len(documents))
    for document in documents:
        for finding in document.findings:
            summary.findings[finding.level] += 1
        for name, party in document.parties.items():
            merged = summary.parties.setdefault(name, PartyBalance())
            merged.statements += party.statements
            merged.mentions += party.mentions
            merged.hedged += party.hedged
            for cue in CUE_CLASSES:
                merged.cue_classes[cue] += party.cue_classes.get(cue, 0)
    total = sum(p.statements for p in summary.parties.values()) or 1
    for party in summary.parties.values():
        party.share_of_voice = party.statements / total
    return Report(version="0.1.0", config=dict(CONFIG), documents=list(documents),
                  summary=summary)


def rafah_report() -> Report:
    return report_of(rafah_document())


def silent_report() -> Report:
    """A draft with no attributions at all, no parties and no findings."""
    b = Builder(["Rain expected over the weekend",
                 "The weather service expects rain on Saturday.",
                 "Temperatures will fall to 9 degrees."], "drafts/weather.md")
    document = DocumentReport(path=b.path, words=14, readability={"flesch_reading_ease": 80.0},
                              sentences=b.sentences)
    return report_of(document)


def crowded_report(count: int = 20) -> Report:
    """Twenty parties, each heard once, several mentioned and never heard."""
    names = [f"Party {i + 1:02d} — Zürich Š{i}" for i in range(count)]
    lines = ["Twenty parties weigh in on the harbour plan"]
    lines += [f"Speaker {i + 1} of {name} said the plan was “workable”." for i, name in
              enumerate(names)]
    b = Builder(lines, "drafts/harbour.md")
    for i, name in enumerate(names):
        if i % 4 == 3:
            b.sentences[i + 1].parties_mentioned = [name]
            continue
        b.attribute(i + 1, f"Speaker {i + 1} of {name}", "said", f"Speaker {i + 1}", name,
                    cue_class=CUE_CLASSES[i % len(CUE_CLASSES)])
        b.sentences[i + 1].parties_mentioned = [name]
    document = DocumentReport(path=b.path, words=200, readability={"grade": 7.0},
                              sentences=b.sentences, parties=balance(b, names))
    return report_of(document)
