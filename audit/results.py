"""What the analyses found in one document: the one input every rule's check reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.document import ParsedDocument
from audit.report import Attribution, PartyBalance, SentenceReport

if TYPE_CHECKING:
    from audit.attribution import CueLexicon
    from audit.figures import FigureLexicon
    from audit.settings import Settings


@dataclass
class Results:
    doc: ParsedDocument
    settings: Settings
    figures: FigureLexicon
    cues: CueLexicon
    sentences: list[SentenceReport]  # attributions, hedges, loaded items, repeats
    readability: dict[str, float] | None
    parties: dict[str, PartyBalance]

    @property
    def attributions(self) -> list[list[Attribution]]:
        return [sentence.attributions for sentence in self.sentences]
