"""Builds `lexicons/person_nouns.txt`, the nouns whose usual sense is a person.

    apt-get install wordnet-base && python bench/make_person_nouns.py > lexicons/person_nouns.txt

Reads Princeton WordNet 3.0 as Debian's wordnet-base installs it (/usr/share/wordnet). A
noun is listed when its most frequent sense (the first synset `index.noun` gives it) is in
the lexicographer file noun.person: "bookkeeper", "engineer", "voter". "Party" (first a
political group) and "head" (first a body part) are not. One word, lower case, letters and
hyphens only. The speaker analysis reads it for a noun `sources.yaml` gives no kind: an
unnamed "bookkeeper" is a person, as an unnamed "clerk" is.
"""

from __future__ import annotations

import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
PERSON = 18  # lexicographer file noun.person

LICENCE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for
# distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,
# DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright
# in this software, database and any associated documentation shall at all times remain
# with Princeton University and LICENSEE agrees to preserve same."""


def synsets() -> dict[str, tuple[int, set[str]]]:
    """The lexicographer file of each noun synset and its words as spelled, by offset."""
    found = {}
    for line in (WORDNET / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            fields = line.split(" ")
            count = int(fields[3], 16)
            found[fields[0]] = (int(fields[1]), set(fields[4:4 + 2 * count:2]))
    return found


def main() -> int:
    found = synsets()
    nouns = []
    for line in (WORDNET / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):
            continue  # the licence
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        first = fields[4 + pointers + 2]  # after the pointer symbols and the two counts
        number, spelled = found.get(first, (0, set()))
        # The index is in lower case: a name ("Teresa", "Lincoln") is spelled with a
        # capital in its synset, a common noun is not.
        if number == PERSON and lemma in spelled and lemma.replace("-", "").isalpha():
            nouns.append(lemma)
    print("# Nouns whose most frequent sense is a person, from Princeton WordNet 3.0 (the")
    print("# first synset of each noun in index.noun is in the lexicographer file")
    print("# noun.person). Made by bench/make_person_nouns.py. WordNet's licence, which")
    print("# allows shipping this derived list in an MIT project with its notice:")
    print(LICENCE)
    print("\n".join(sorted(nouns)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
