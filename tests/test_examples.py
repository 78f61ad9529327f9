"""The expected analysis of the team's example drafts, written down.

Each example covers named, anonymous and vague sources; direct, indirect and mixed quotes;
"according to"; pronoun and "the group" speakers; a quotation over several paragraphs;
hedges; loaded words in the writer's voice and inside quotations; unattributed figures;
and a repeated paragraph.
"""

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLES

from audit.cli import main


def audit(name: str, folder: Path) -> dict[str, Any]:
    """The example's JSON report, with its party file."""
    out = folder / "report.json"
    main(["run", "--format", "json", "--output", str(out), "--parties",
          str(EXAMPLES / f"{name}.parties.yaml"), str(EXAMPLES / f"{name}.md")])
    return json.loads(out.read_text())["documents"][0]


def attributions(document: dict[str, Any]) -> dict[int, list[tuple]]:
    return {s["index"]: [(a["source"]["text"], a["cue"]["text"], a["kind"], a["speaker"],
                          a["party"]) for a in s["attributions"]]
            for s in document["sentences"] if s["attributions"]}


def items(document: dict[str, Any], key: str, *fields: str) -> list[tuple]:
    return [(s["index"], *(item[f] for f in fields)) for s in document["sentences"]
            for item in s[key]]


def findings(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["name"], f["text"]) for f in document["findings"]]


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return audit("council-budget", tmp_path_factory.mktemp("council"))


@pytest.fixture(scope="module")
def strike(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return audit("warehouse-strike", tmp_path_factory.mktemp("strike"))


def test_council_attributions(council: dict[str, Any]) -> None:
    mayor, critics, residents = "Mayor's office", "Council critics", "Residents' group"
    assert attributions(council) == {
        2: [("Whitfield", "said", "direct", "Dana Whitfield", mayor)],
        3: [("Whitfield", "said", "direct", "Dana Whitfield", mayor)],  # the quote goes on
        4: [("She", "added", "indirect", "Dana Whitfield", mayor)],
        5: [("Council member Marcus Ortega", "called", "mixed", "Marcus Ortega", critics)],
        6: [("Ortega", "claimed", "indirect", "Marcus Ortega", critics)],
        7: [("the city's finance director, Ruth Adeyemi", "According to", "according_to",
             "Ruth Adeyemi", "City staff")],
        11: [("The group", "said", "indirect", "Millbrook Residents for Fair Budgets",
              residents)],
        # A quotation over three paragraphs keeps its speaker.
        12: [("Ellen Cho", "said", "direct", "Ellen Cho", residents)],
        13: [("Ellen Cho", "said", "direct", "Ellen Cho", residents)],
        14: [("Ellen Cho", "said", "direct", "Ellen Cho", residents)],
        15: [("A senior city official", "said", "indirect", "senior city official", None)],
        16: [("Critics", "say", "indirect", "Critics", None)],
        17: [("Council President Priya Raman", "admitted", "indirect", "Priya Raman", critics)],
        18: [("she", "said", "direct", "Priya Raman", critics)],
        21: [("The group", "said", "indirect", "Millbrook Residents for Fair Budgets",
              residents)],
    }
    flags = {(s["index"], a["anonymous"], a["vague"]) for s in council["sentences"]
             for a in s["attributions"] if a["anonymous"] or a["vague"]}
    assert flags == {(15, True, False), (16, False, True)}


def test_council_voice_hedges_and_wording(council: dict[str, Any]) -> None:
    voices = [s["voice"] for s in council["sentences"]]
    assert voices[2:4] == ["mixed", "quoted"] and voices[13:15] == ["quoted", "quoted"]
    assert voices[8] == "writer"
    assert ("reportedly" in [h for _, h in items(council, "hedges", "text")])
    assert (16, "Critics say", "weasel") in items(council, "hedges", "text", "category")
    loaded = items(council, "loaded", "text", "in_quote")
    assert (5, "shameful", True) in loaded  # the source's word, not the writer's
    assert (8, "devastating", False) in loaded
    scores = {s["index"]: s["loaded_score"] for s in council["sentences"]}
    assert scores[5] == 0 and scores[8] > 0.5 and scores[19] > 0.5 and scores[1] == 0


def test_council_findings_and_balance(council: dict[str, Any]) -> None:
    assert findings(council) == [
        ("loaded-reporting-verb", "claimed"),
        ("loaded-wording", "devastating"),
        ("unattributed-statistic", "roughly 14,000 cardholders"),
        ("unattributed-statistic", "more than 2,000 signatures"),
        ("anonymous-source", "A senior city official"),
        ("vague-attribution", "Critics say"),
        ("loaded-reporting-verb", "admitted"),
        ("editorializing", "Clearly"),
        ("editorializing", "the stakes are high"),
        ("duplicate-passage", council["sentences"][20]["text"] + " "
         + council["sentences"][21]["text"]),
    ]
    parties = council["parties"]
    assert {name: p["statements"] for name, p in parties.items()} == {
        "Mayor's office": 2, "Council critics": 4, "Residents' group": 2, "City staff": 1,
        "unassigned": 1}
    assert parties["Council critics"]["cue_classes"]["doubt"] == 1
    assert parties["Council critics"]["cue_classes"]["guilt"] == 1
    assert parties["unassigned"]["speakers"] == ["senior city official"]
    assert parties["Mayor's office"]["hedged"] == 1  # "the mayor was reportedly considering"


def test_strike_attributions(strike: dict[str, Any]) -> None:
    assert attributions(strike) == {
        2: [("United Warehouse Workers Local 12", "said", "indirect",
             "United Warehouse Workers Local 12", "Union")],
        3: [("Teresa Molina", "said", "direct", "Teresa Molina", "Union")],
        4: [("Teresa Molina", "said", "direct", "Teresa Molina", "Union")],
        5: [("Halvorsen Freight", "insisted", "mixed", "Halvorsen Freight", "Company")],
        6: [("the company's spokesman, Neil Sorensen", "said", "indirect", "Neil Sorensen",
             "Company")],
        8: [("Workers on the picket line", "described", "indirect",
             "Workers on the picket line", None)],
        9: [("Molina", "dismissed", "mixed", "Teresa Molina", "Union")],
        10: [("She", "said", "indirect", "Teresa Molina", "Union")],
        12: [("Some analysts", "believe", "indirect", "analysts", None)],
        13: [("People familiar with the talks", "said", "indirect",
              "People familiar with the talks", None)],
        14: [("company filings", "According to", "according_to", "Halvorsen Freight",
              "Company")],
        16: [("Sorensen", "admitted", "indirect", "Neil Sorensen", "Company")],
    }


def test_strike_findings_and_balance(strike: dict[str, Any]) -> None:
    assert findings(strike) == [
        ("unattributed-statistic", "About 600 warehouse workers"),
        ("loaded-reporting-verb", "insisted"),
        ("writer-hedge", "reportedly"),
        ("unattributed-statistic", "$2 million"),
        ("anonymous-source", "Workers on the picket line"),
        ("scare-quotes", '"final offer"'),
        ("vague-attribution", "Some analysts believe"),
        ("anonymous-source", "People familiar with the talks"),
        ("contentious-label", "militant"),
        ("loaded-reporting-verb", "admitted"),
        ("unattributed-statistic", "An estimated 40 trucks"),
        ("duplicate-passage", strike["sentences"][18]["text"]),
    ]
    assert (9, "disgraceful", True) in items(strike, "loaded", "text", "in_quote")
    parties = strike["parties"]
    assert {name: p["statements"] for name, p in parties.items()} == {
        "Union": 4, "Company": 4, "unassigned": 2}
    assert parties["Union"]["cue_classes"]["stance"] == 1  # "dismissed"
    assert parties["Union"]["quoted_words"] > parties["Company"]["quoted_words"] > 0
    assert strike["metadata"]["publisher"] == "Riverside Courier"
