"""Whose words: loaded words and quotation marks the writer is not to be blamed for."""

from __future__ import annotations

import pytest
from helpers import parse_text

from audit.pipeline import Context, audit_document
from audit.settings import Settings

WORDING_RULES = {"loaded-wording", "contentious-label", "editorializing", "scare-quotes"}


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_settings(Settings())


def writer_items(text: str, context: Context) -> list[str]:
    report = audit_document(parse_text(text), context)
    return [item.span.text for s in report.sentences for item in s.loaded if not item.in_quote]


def blamed(text: str, context: Context) -> list[str]:
    report = audit_document(parse_text(text), context)
    return [f.text for f in report.findings if f.name in WORDING_RULES]


@pytest.mark.parametrize(("text", "word"), [
    ("Critics call the Harbour Courier a mouthpiece.", "mouthpiece"),
    ("In the union's leaflets, Ortiz is portrayed as brutal.", "brutal"),
    ("Dunmore blasted Ortiz for hypocrisy over the ferry fares.", "hypocrisy"),
    ("Ortiz said the harbour plan was reckless.", "reckless"),
])
def test_someone_elses_framing_is_not_the_writers(text: str, word: str,
                                                  context: Context) -> None:
    assert word not in writer_items(text, context)


@pytest.mark.parametrize(("text", "word"), [
    ("The mouthpiece of the harbour board printed the fares.", "mouthpiece"),
    ("The brutal cuts hit the ferry crews.", "brutal"),
    ("Ortiz called for an end to the reckless spending.", "reckless"),
])
def test_the_writers_own_framing_is_still_theirs(text: str, word: str,
                                                 context: Context) -> None:
    assert word in writer_items(text, context)


def test_quotation_marks_in_a_paragraph_quoting_a_named_speaker_are_not_scare_quotes(
        context: Context) -> None:
    credited = ("Mayor Lena Ortiz spoke to the station on Monday. The harbour board, she "
                "said, takes the leak \u201cvery, very seriously.\u201d")
    assert blamed(credited, context) == []
    assert blamed("The harbour board takes the leak \u201cseriously.\u201d", context) == [
        "\u201cseriously.\u201d"]


def test_a_headline_quoting_a_named_person_is_not_a_scare_quote(context: Context) -> None:
    text = ("# Lena Ortiz on the Harbour Plan: \u2018Reckless\u2019\n\n"
            "Mayor Lena Ortiz said on Monday that the harbour plan was reckless.")
    assert blamed(text, context) == []
