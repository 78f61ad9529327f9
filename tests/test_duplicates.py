import json
import sys
from pathlib import Path

import pytest
from helpers import EXAMPLES, parse_text

from audit.duplicates import find_duplicates


def test_verbatim_and_reworded_repeats_but_not_similar_topics() -> None:
    doc = parse_text(
        "The council voted on Tuesday to close the Eastside library branch.\n\n"
        "The mayor spoke.\n\n"
        "On Tuesday the council voted to close the Eastside library branch.\n\n"
        "The union voted on Friday to reject the offer from the company.\n\n"
        "THE COUNCIL VOTED ON TUESDAY TO CLOSE THE EASTSIDE LIBRARY BRANCH!\n\n"
        "The mayor spoke.\n")
    assert find_duplicates(doc) == [None, None, 0, None, 0, None]  # "The mayor spoke" is short


def test_an_article_without_repetition_has_no_duplicate_finding(tmp_path: Path,
                                                                 run_json) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("The council met on Tuesday night to debate the budget.\n\n"
                     "The union met on Friday to debate the contract offer.\n")
    findings = run_json(str(draft))["documents"][0]["findings"]
    assert [f for f in findings if f["rule"] == "AUD501"] == []


def test_the_examples_repeated_paragraph_is_one_finding(run_json) -> None:
    report = run_json(str(EXAMPLES / "council-budget.md"))
    document = report["documents"][0]
    repeats = [f for f in document["findings"] if f["rule"] == "AUD501"]
    assert len(repeats) == 1
    text = (EXAMPLES / "council-budget.md").read_text()
    paragraph = text.split("\n\n")[-1].strip()
    assert repeats[0]["text"] == paragraph
    assert "2 sentences" in repeats[0]["message"]


def test_readability_floor(tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "dense.md"
    draft.write_text(
        "Notwithstanding considerable intergovernmental disagreement regarding "
        "appropriations methodology, the municipality's consolidated administrative "
        "reorganization nevertheless necessitated comprehensive reconsideration of "
        "discretionary expenditure prioritization. Short one.\n")
    _, out, _ = run_cli("run", "--format", "json", str(draft))
    findings = json.loads(out)["documents"][0]["findings"]
    readable = [f for f in findings if f["rule"] == "AUD502"]
    assert len(readable) == 1 and readable[0]["text"].startswith("Notwithstanding")
    config = tmp_path / "audit.toml"
    config.write_text("reading-ease-floor = -200\n")
    _, out, _ = run_cli("run", "--format", "json", "--config", str(config), str(draft))
    assert not [f for f in json.loads(out)["documents"][0]["findings"] if f["rule"] == "AUD502"]


def test_a_speaker_repeating_a_phrase_inside_one_quotation_is_no_duplicate() -> None:
    doc = parse_text("\u201cKeep the library open. Keep the library open. Keep the library "
                     "open for the children,\u201d Ana Whitcombe told the council.\n\n"
                     "Ortiz said the library would close in May.")
    assert find_duplicates(doc) == [None, None, None, None]


def test_repeated_citation_brackets_are_no_duplicate() -> None:
    doc = parse_text("The senator promised the farms help. [Remarks to the Harlow Grange, "
                     "4/18/13.]\n\nShe promised the mills help too. [Remarks to the Harlow "
                     "Grange, 4/18/13.]")
    assert find_duplicates(doc) == [None] * len(doc.sentences)


def test_a_quotation_repeated_in_another_paragraph_is_a_duplicate() -> None:
    doc = parse_text("\u201cThe ferry is the town's lifeline,\u201d Ortiz said.\n\n"
                     "Dunmore disagreed.\n\n\u201cThe ferry is the town's lifeline,\u201d Ortiz "
                     "said.")
    assert find_duplicates(doc) == [None, None, 0]


def test_a_bullet_summing_up_the_body_is_no_duplicate_but_a_repeated_bullet_is() -> None:
    doc = parse_text("The order bars any work on the site for 60 days.\n\nThe tenants "
                     "sued in March.\n\nKey facts:\n\n- The order bars work on the site for "
                     "60 days.\n- The tenants seek damages from the company.\n"
                     "- The tenants seek damages from the company.\n")
    assert find_duplicates(doc) == [None, None, None, None, None, 4]


def test_near_repeats_are_scored_without_importing_scikit_learn(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)  # any import of it fails
    doc = parse_text("The council voted on Tuesday to close the Eastside library branch.\n\n"
                     "On Tuesday the council voted to close the Eastside library branch.\n")
    assert find_duplicates(doc) == [None, 0]
