from helpers import parse_text


def quoted(text: str) -> list[str]:
    doc = parse_text(text)
    return [doc.text[q.start:q.end] for q in doc.quotes.quotes]


def test_straight_and_curly_double_quotes() -> None:
    assert quoted('He said "no deal" and “not now.”') == ['"no deal"', "“not now.”"]


def test_quote_continues_into_a_paragraph_that_opens_with_a_mark() -> None:
    doc = parse_text("“We will stay out,” she said. “As long as it takes.\n\n“And longer.”\n")
    pieces = doc.quotes.quotes
    assert len(pieces) == 3
    assert pieces[1].continues and not pieces[2].continues
    assert pieces[1].group == pieces[2].group != pieces[0].group


def test_an_unclosed_mark_is_no_quotation() -> None:
    assert quoted("The board is 6'2\" tall.\n\nNext paragraph here.") == []


def test_single_quotes_around_a_word_but_not_apostrophes() -> None:
    assert quoted("The company’s ‘final offer’ wasn’t final; the workers’ union said so.") == [
        "‘final offer’"]


def test_a_letter_left_out_between_apostrophes_is_no_quotation() -> None:
    assert quoted("The band played rock 'n' roll and the ‘old’ songs; fish ‘n’ chips after.") \
        == ["‘old’"]


def test_quoted_words_are_counted_without_marks() -> None:
    doc = parse_text("She called it “a betrayal of every kid.”")
    assert doc.quotes.quotes[0].words(doc.text) == 5


def test_two_apostrophes_as_quotation_marks() -> None:
    doc = parse_text("The plan was ''a gift to landlords,'' Ortega said. ''We will fight it.''\n\n"
                     "The mayor's aides weren't ''taking sides'' yet.")
    found = [doc.text[q.start:q.end] for q in doc.quotes.quotes]
    assert found == ["''a gift to landlords,''", "''We will fight it.''", "''taking sides''"]
    first = doc.quotes.quotes[0]
    assert doc.text[slice(*first.inner)] == "a gift to landlords,"
    assert first.words(doc.text) == 4


def test_two_curly_single_marks_close_a_quotation() -> None:
    doc = parse_text("“We sell only local comics,’’ says the owner. The workers’ union agreed.")
    found = [doc.text[q.start:q.end] for q in doc.quotes.quotes]
    assert found == ["“We sell only local comics,’’"]
    assert doc.text[slice(*doc.quotes.quotes[0].inner)] == "We sell only local comics,"


def test_two_apostrophe_quotes_continue_over_paragraphs() -> None:
    doc = parse_text("''We stay out,'' Molina said. ''As long as it takes.\n\n''And longer.''\n")
    pieces = doc.quotes.quotes
    assert len(pieces) == 3 and pieces[1].continues and pieces[1].group == pieces[2].group


def test_quotations_in_a_range() -> None:
    doc = parse_text("“One,” he said. Then ‘two’ and “three.” Four.")
    index = doc.quotes
    texts = [doc.text[q.start:q.end] for q in index.overlapping(0, len(doc.text))]
    assert texts == ["“One,”", "“three.”"]
    with_singles = [doc.text[q.start:q.end] for q in index.overlapping(0, len(doc.text), True)]
    assert with_singles == ["“One,”", "‘two’", "“three.”"]
    start = doc.text.index("Then")
    assert [doc.text[q.start:q.end] for q in index.overlapping(start, start + 4)] == []
    inside = doc.text.index("hree")
    assert [doc.text[q.start:q.end] for q in index.overlapping(inside, inside + 1)] == [
        "“three.”"]


def test_an_opening_mark_that_ends_its_paragraph_closes_the_quotation() -> None:
    assert quoted("She wrote: “Fares rose. Riders fell.“\n\n“We will see,” he said.") == [
        "“Fares rose. Riders fell.“", "“We will see,”"]
    # an opening mark that opens the next words is no closing one
    assert quoted("She wrote: “Fares rose. “Riders fell.”") == ["“Fares rose. “Riders fell.”"]


def test_a_blockquote_the_text_credits_is_a_quotation() -> None:
    # After a sentence ending in a colon, or with a credit line under it, a blockquote is
    # someone's words; the credit line is not part of them.
    assert quoted("The chair said in a statement:\n\n> We will not sign.\n") == [
        "We will not sign."]
    assert quoted("The chair posted within the hour.\n\n> We will not sign.\n"
                  "> — Lidia Marsh (@lmarsh)\n") == ["We will not sign."]


def test_the_paragraphs_of_a_credited_blockquote_are_one_quotation() -> None:
    doc = parse_text("The chair wrote:\n\n> We will not sign.\n>\n> Not this year.\n")
    pieces = doc.quotes.quotes
    assert [doc.text[q.start:q.end] for q in pieces] == ["We will not sign.", "Not this year."]
    assert pieces[0].continues and pieces[0].group == pieces[1].group


def test_a_blockquote_credited_to_no_one_is_no_quotation() -> None:
    # An editor's note set off as a blockquote is the newsroom's own text.
    assert quoted("The board meets on Monday.\n\n> Editor's note: This story was updated.\n"
                  ">\n> An earlier version misspelled a name.\n") == []
