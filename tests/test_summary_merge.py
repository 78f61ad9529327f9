"""Summaries of parts of a corpus merge into the summary of one pass, in any grouping."""

from __future__ import annotations

from itertools import combinations, pairwise

import pytest
from report_samples import HARBOUR, QUIET, RIVER, sample

from audit.report import DocumentError, DocumentReport
from audit.summary import SummaryBuilder
from audit.verdict import document_verdict


def corpus() -> list[DocumentReport]:
    """The team's drafts, each with its own parties, under two authors, and one unreadable
    file in the middle: parties and groups appear first in different parts."""
    documents = []
    for n, (name, author) in enumerate([(HARBOUR, "Ana Ruiz"), (RIVER, "Ben Okafor"),
                                        (QUIET, "Ana Ruiz"), (RIVER, "Ana Ruiz"),
                                        (HARBOUR, "")]):
        document = sample(name, f"drafts/{n}-{name}")
        document.metadata = {**document.metadata, "author": author}
        documents.append(document)
    unreadable = DocumentReport("drafts/broken.md", DocumentError("binary", "binary data"))
    unreadable.verdict = document_verdict(unreadable)
    documents.insert(2, unreadable)
    return documents


def summarised(documents: list[DocumentReport], by: str | None) -> SummaryBuilder:
    builder = SummaryBuilder(by)
    for document in documents:
        builder.add(document)
    return builder


def exact(builder: SummaryBuilder) -> tuple[object, ...]:
    """The summary as JSON writes it, and every float to the last bit."""
    summary = builder.summary
    balances = [summary.parties, *(group.parties for group in summary.groups.values())]
    return (summary.to_dict(), [[(name, b.share_of_voice, b.loaded_exposure)
                                 for name, b in parties.items()] for parties in balances])


@pytest.mark.parametrize("by", [None, "author"])
def test_merging_parts_in_any_grouping_gives_the_summary_of_one_pass(by: str | None) -> None:
    documents = corpus()
    one_pass = exact(summarised(documents, by))
    assert any(b.loaded_exposure for b in summarised(documents, by).summary.parties.values())
    cuts_tried = 0
    for count in range(1, 4):
        for cuts in combinations(range(1, len(documents)), count):
            bounds = [0, *cuts, len(documents)]
            parts = [summarised(documents[a:b], by) for a, b in pairwise(bounds)]
            # Left to right, one part after another.
            left = SummaryBuilder(by)
            for part in parts:
                left.merge(part)
            assert exact(left) == one_pass, cuts
            # Right to left: each part merged with everything after it, then the rest.
            right = parts[-1]
            for part in reversed(parts[:-1]):
                merged = SummaryBuilder(by)
                merged.merge(part)
                merged.merge(right)
                right = merged
            assert exact(right) == one_pass, cuts
            cuts_tried += 1
    assert cuts_tried == 5 + 10 + 10


def test_a_merge_leaves_the_part_as_it_was() -> None:
    documents = corpus()
    part = summarised(documents[3:], "author")
    before = exact(part)
    whole = summarised(documents[:3], "author")
    whole.merge(part)
    whole.merge(summarised(documents[:1], "author"))
    assert exact(part) == before


def test_summaries_by_different_groupings_do_not_merge() -> None:
    with pytest.raises(ValueError, match="by author into one by month"):
        SummaryBuilder("month").merge(SummaryBuilder("author"))
