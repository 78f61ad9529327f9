"""Builds `lexicons/forenames.tsv`, the forename table speaker resolution reads for gender.

    pip install faker==40.63.0 && python bench/make_forenames.py > lexicons/forenames.tsv

The names come from the person providers of Faker (MIT licence), whose English lists are
drawn from public name statistics. A name given as male in one locale and female in another
("Andrea") is left out: the table only answers when a forename is unambiguous, and speaker
resolution then relies on honorifics and the pronouns the article itself uses. The third
column marks a forename that is also a surname in those locales ("Baxter", "Warren"): named
alone, such a word says nothing of the person's gender.
"""

from __future__ import annotations

import importlib
import sys

LOCALES = ("en", "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_KE", "en_NG", "es_ES",
           "es_MX", "fr_FR", "fr_CA", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE")


def main() -> int:
    import faker

    genders: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        surnames.update(name.strip() for name in provider.last_names)
        for gender, names in (("m", provider.first_names_male),
                              ("f", provider.first_names_female)):
            for name in names:
                genders.setdefault(name.strip(), set()).add(gender)
    print(f"# Forenames and their gender, from the person providers of Faker {faker.VERSION}")
    print(f"# (locales {', '.join(LOCALES)}).")
    print("# Faker: Copyright (c) 2012 Daniele Faraglia; MIT licence, which allows shipping")
    print("# this derived table in an MIT project with this notice. Names listed for both")
    print("# genders in any locale are left out. Made by bench/make_forenames.py.")
    print("# name\tgender (m or f)\t'surname' when the name is also a surname")
    for name in sorted(genders):
        if len(genders[name]) == 1 and name.isalpha():
            also = "\tsurname" if name in surnames else ""
            print(f"{name}\t{next(iter(genders[name]))}{also}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
