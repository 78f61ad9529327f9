from helpers import parse_text, sentence_texts


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("Gen. Lisa Moreno met Mr. Hale in Washington, D.C., on Jan. 5. "
            "The U.S. Senate voted at 4 p.m. The vote was 51-49.")
    assert sentence_texts(parse_text(text)) == [
        "Gen. Lisa Moreno met Mr. Hale in Washington, D.C., on Jan. 5.",
        "The U.S. Senate voted at 4 p.m.",
        "The vote was 51-49.",
    ]


def test_initialism_at_the_end_of_a_sentence_splits_before_an_opener() -> None:
    assert sentence_texts(parse_text("Aid arrived from the U.S. The mayor thanked them.")) == [
        "Aid arrived from the U.S.", "The mayor thanked them."]


def test_closing_quote_after_the_period_stays_with_its_sentence() -> None:
    text = "“We are done.” The union left. \"It is over.\" she said quietly."
    assert sentence_texts(parse_text(text)) == [
        "“We are done.”", "The union left.", "\"It is over.\" she said quietly."]


def test_numbers_do_not_split() -> None:
    text = "The toll rose to 3,410. Prices rose 4.5 percent in No. 3 district."
    assert sentence_texts(parse_text(text)) == [
        "The toll rose to 3,410.", "Prices rose 4.5 percent in No. 3 district."]


def test_no_is_an_abbreviation_only_before_a_number() -> None:
    text = "Council member Ida Rusk voted no. She said the levy came too soon. Rusk ranks No. 2."
    assert sentence_texts(parse_text(text)) == [
        "Council member Ida Rusk voted no.", "She said the levy came too soon.",
        "Rusk ranks No. 2."]


def test_a_quotation_over_several_sentences_splits_but_stays_one_quote() -> None:
    doc = parse_text("“We will strike. We will not stop. We mean it,” Molina said.")
    assert len(doc.sentences) == 3
    assert len(doc.quotes.quotes) == 1
    assert all(doc.quotes.at(s.start) for s in doc.sentences)


def test_headlines_and_paragraph_numbers() -> None:
    text = ("# Strike ends\n\nA deck line without a period\n\n"
            "First paragraph. Still first.\nSecond paragraph.\n\nThird paragraph.")
    doc = parse_text(text)
    assert [(doc.text[s.start:s.end], s.paragraph, s.headline) for s in doc.sentences] == [
        ("Strike ends", 1, True),
        ("A deck line without a period", 2, True),
        ("First paragraph.", 3, False),
        ("Still first.", 3, False),
        ("Second paragraph.", 4, False),
        ("Third paragraph.", 5, False),
    ]


def test_a_bold_line_of_several_sentences_is_several_sentences_set_apart() -> None:
    text = ("**The pilots say the pier is unsafe. Do you agree?**\n\n"
            "No. It passed its survey.")
    doc = parse_text(text)
    assert [(doc.text[s.start:s.end], s.paragraph, s.headline) for s in doc.sentences] == [
        ("The pilots say the pier is unsafe.", 1, True),
        ("Do you agree?", 1, True),
        ("No.", 2, False),
        ("It passed its survey.", 2, False),
    ]


def test_a_plain_text_that_opens_with_a_title_case_line_is_headed_by_it() -> None:
    # Whatever ends it; a sentence of prose, or a title-case line further on, is no
    # headline for its capitals.
    def headlines(text: str) -> list[str]:
        doc = parse_text(text)
        return [doc.text[s.start:s.end] for s in doc.sentences if s.headline]

    assert headlines("What the Council Could Do About the Harbour Depot.\n\nThe council "
                     "met on Monday.") == ["What the Council Could Do About the Harbour Depot."]
    assert headlines("The council voted to close the harbour depot on Monday.\n\nIt met "
                     "again.") == []
    assert headlines("The council met.\n\nWhat the Council Could Do About the Harbour "
                     "Depot.\n\nIt met again.") == []


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = "The council voted on\nTuesday to close the\nlibrary. Residents objected.\n"
    doc = parse_text(text)
    assert [s.paragraph for s in doc.sentences] == [1, 1]
    assert sentence_texts(doc)[0] == "The council voted on\nTuesday to close the\nlibrary."


def test_a_wrap_that_falls_at_sentence_ends_is_one_paragraph_in_a_wrapped_draft() -> None:
    # The draft is wrapped at 59 columns (its first paragraph breaks inside a sentence); the
    # second paragraph's lines end sentences only because each wrap fell at one.
    first = ("# Orchard vote\n\n"
             "The orchard has been in the family since 1921, and the vote\n"
             "on its sale comes in March.\n\n")
    wrapped = ("Her son laughed. \"She did,\" Cormac Brannagh said, smiling.\n"
               "\"She was better at it than I am. She knew every old tree.\n"
               "That is part of why this is hard.\"")
    doc = parse_text(first + wrapped)
    assert len({s.paragraph for s in doc.sentences}) == 3
    # Guards: lines with room for the next word after them are a paragraph each, as wire
    # copy and a list of short lines come; so are the same lines in a draft wrapped nowhere.
    short = "Her son laughed.\nThe vote comes in March.\nThe trees stay."
    assert len({s.paragraph for s in parse_text(first + short).sentences}) == 5
    assert len({s.paragraph for s in parse_text("# Orchard vote\n\n" + wrapped).sentences}) == 4


def test_sentences_get_their_own_parse_trees() -> None:
    doc = parse_text("Gen. Moreno spoke. The U.S. envoy listened.")
    for sentence in doc.sentences:
        roots = [t for t in sentence.tokens if t.dep_ == "ROOT"]
        assert len(roots) == 1


def test_a_sentence_may_open_with_two_apostrophes() -> None:
    text = "The group objected. ''It's anti-reform,'' its director said."
    assert sentence_texts(parse_text(text)) == [
        "The group objected.", "''It's anti-reform,'' its director said."]


def test_a_bracket_after_a_full_stop_opens_a_sentence() -> None:
    # A photo credit in brackets, spaced as some captions write it, starts the next one.
    text = "Purvis walks his dog. ( Ana Holt / Ledger ) Lena Moore, 70, says she is happy."
    assert sentence_texts(parse_text(text)) == [
        "Purvis walks his dog.", "( Ana Holt / Ledger ) Lena Moore, 70, says she is happy."]


def test_a_credit_line_and_a_byline_are_no_headlines() -> None:
    text = ("# Library branch to close\n\nBy Marta Quill\n\n"
            "The council voted on Tuesday.\n\n"
            "> “A library is the last public room where nobody asks you to buy anything.”\n>\n"
            "> — Rosalind Achebe, branch librarian\n\n"
            "Staff will move to other branches\n")
    doc = parse_text(text)
    headlines = [s.headline for s in doc.sentences]
    assert sentence_texts(doc)[0] == "Library branch to close" and headlines[0]
    assert headlines[1:] == [False, False, False, False, True]  # the last: a subhead


def test_each_bullet_is_a_paragraph_of_its_own() -> None:
    # A box of key facts: its bullets end at their lines, punctuated or not, and none is a
    # headline, so a source in one never runs on into the next.
    doc = parse_text("Key facts:\n\n- Branches affected: Eastgate and Millbrook\n"
                     "- Sunday visits: about 41,000, according to the annual report\n"
                     "- Savings: $600,000 a year, the board said\n")
    assert sentence_texts(doc)[1:] == [
        "Branches affected: Eastgate and Millbrook",
        "Sunday visits: about 41,000, according to the annual report",
        "Savings: $600,000 a year, the board said"]
    assert [(s.listed, s.headline) for s in doc.sentences[1:]] == [(True, False)] * 3
    assert len({s.paragraph for s in doc.sentences[1:]}) == 3


def test_a_quotation_after_an_initialism_opens_a_sentence() -> None:
    text = ("Her shift ends at 11:30 p.m. “What am I supposed to do?” she said. "
            "The bus left at 9 a.m. \"sharp,\" the driver said.")
    assert sentence_texts(parse_text(text)) == [
        "Her shift ends at 11:30 p.m.", "“What am I supposed to do?” she said.",
        "The bus left at 9 a.m. \"sharp,\" the driver said."]
