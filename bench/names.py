"""The name test the speaker benchmarks share (defined in ../shared/data/README.md).

A predicted speaker names the reference when the reference's surname, or another of its
words longer than three letters, appears in the speaker as a whole word, ignoring case.
"""

from __future__ import annotations

import re


def names_same(reference: str, speaker: str | None) -> bool:
    if not speaker:
        return False
    words = re.findall(r"[\w'’.-]+", reference)
    if not words:
        return False
    wanted = {words[-1], *(w for w in words if len(w) > 3)}
    spoken = {w.lower().strip(".'’") for w in re.findall(r"[\w'’.-]+", speaker)}
    return any(w.lower().strip(".'’") in spoken for w in wanted)
