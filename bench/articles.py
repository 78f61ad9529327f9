"""Generated news-style text of any length, for growth benchmarks: fictional people and
bodies, attributions in every order, direct and partial quotations, pronoun speakers,
descriptions, figures and quotations running over paragraphs.

    article(words, seed=13) -> str      # a Markdown article of about `words` words
    quotation_lines(lines) -> str       # '"Quote," said X.' lines, one paragraph
"""

from __future__ import annotations

import random

FORENAMES = ["Marta", "Doug", "Ruth", "Neil", "Ana", "Tomas", "Lena", "Ivo", "Carla",
             "Owen", "Priya", "Jonas", "Hester", "Milo", "Greta", "Felix"]
SURNAMES = ["Ortega", "Brandt", "Adeyemi", "Sorensen", "Ruiz", "Kamin", "Halvorsen",
            "Ashgrove", "Whitfield", "Okafor", "Lindqvist", "Marchetti", "Dorsey",
            "Vasquez", "Pelletier", "Achterberg"]
ROLES = ["mayor", "councillor", "finance director", "union organiser", "spokeswoman",
         "planning officer", "lawyer", "economist"]
BODIES = ["Harbour Freight Union", "Millbrook Residents Association", "Eastvale Council",
          "Northgate Transit Authority", "Bridgeport Chamber of Commerce",
          "Carrow Valley Water Board"]
VERBS = ["said", "told reporters", "argued", "warned", "insisted", "added", "claimed"]
TOPICS = ["the budget", "the ferry contract", "the new depot", "the rent freeze",
          "the bypass", "the school merger", "the water tariff", "the harbour dredging"]
CLAIMS = ["will cost far more than the council admits", "was approved without a proper vote",
          "has already saved the city money", "leaves the east side without a bus route",
          "puts hundreds of jobs at risk", "is the only plan that adds up",
          "was drafted in a hurry", "protects families on fixed incomes"]
QUOTES = ["We were never shown the figures", "This is a good day for the harbour",
          "Nobody asked the people who live here", "The numbers simply do not add up",
          "We will keep fighting until the vote", "It is a fair deal and a careful one",
          "I have read every page of it", "They promised a consultation and held none"]


def _person(rng: random.Random) -> tuple[str, str, str]:
    forename, surname = rng.choice(FORENAMES), rng.choice(SURNAMES)
    pronoun = "she" if forename in ("Marta", "Ruth", "Ana", "Lena", "Carla", "Priya",
                                    "Hester", "Greta") else "he"
    return forename, surname, pronoun


def _paragraph(rng: random.Random) -> str:
    forename, surname, pronoun = _person(rng)
    role, body, topic = rng.choice(ROLES), rng.choice(BODIES), rng.choice(TOPICS)
    claim, quote, verb = rng.choice(CLAIMS), rng.choice(QUOTES), rng.choice(VERBS)
    figure = f"{rng.randint(2, 95)}.{rng.randint(0, 9)} million"
    shapes = [
        f"{role.capitalize()} {forename} {surname} {verb} that {topic} {claim}. "
        f"“{quote},” {pronoun} said. {pronoun.capitalize()} added that the plan would cost "
        f"£{figure} over {rng.randint(2, 9)} years.",
        f"“{quote},” {surname} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}. "
        f"According to the {body}, {topic} {claim}.",
        f"The {body} said in a statement that {topic} {claim}, a figure of {figure} that "
        f"{forename} {surname}, its {role}, called "
        f"“{rng.choice(['reckless', 'sensible', 'a start'])}.”",
        f"{forename} {surname}, the {role}, {verb}: “{quote}. {rng.choice(QUOTES)}.” "
        f"{pronoun.capitalize()} said {topic} {claim}.",
        f"Asked about {topic}, {surname} {verb} the council {claim}. Critics disagree; "
        f"the {role} said {rng.randint(10, 90)} per cent of residents had objected.",
    ]
    return rng.choice(shapes)


def article(words: int, seed: int = 13) -> str:
    """About `words` words of Markdown; the same seed gives the same opening at any size."""
    rng = random.Random(seed)
    paragraphs = ["# Council weighs the harbour plan", ""]
    count = 0
    while count < words:
        if rng.random() < 0.15:
            # A quotation running over two paragraphs: the first is left open.
            forename, surname, _ = _person(rng)
            text = (f"{forename} {surname} said: “{rng.choice(QUOTES)}. {rng.choice(QUOTES)}.\n\n"
                    f"“{rng.choice(QUOTES)}. {rng.choice(QUOTES)}.”")
        else:
            text = _paragraph(rng)
        paragraphs += [text, ""]
        count += len(text.split())
    return "\n".join(paragraphs)


def quotation_lines(lines: int, seed: int = 13) -> str:
    """Lines of the form '"Quote," said X.', one after another: a single long paragraph,
    as a transcript or a pasted list of quotations gives."""
    rng = random.Random(seed)
    out = []
    for _ in range(lines):
        forename, surname, _ = _person(rng)
        out.append(f"\"{rng.choice(QUOTES)},\" said {forename} {surname}.")
    return "\n".join(out) + "\n"
