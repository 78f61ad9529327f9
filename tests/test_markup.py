from audit.markup import mask


def test_markdown_markup_is_blanked_in_place() -> None:
    text = "# The *vote* is **in**\n\nSee [the report](http://example.org/r) and `code`.\n"
    masked = mask(text, "markdown")
    assert len(masked.text) == len(text)
    assert masked.text.split() == ["The", "vote", "is", "in", "See", "the", "report", "and", "."]
    start, end = masked.headlines[0]
    assert text[start:end] == "The *vote* is **in**"


def test_fenced_code_front_matter_comments_and_images_are_not_prose() -> None:
    text = ("---\nauthor: Staff\n---\nReal words.\n```\nprint('said')\n```\n"
            "<!-- audit: disable AUD104 -->\n![a chart](c.png)\n")
    masked = mask(text, "markdown")
    assert masked.text.split() == ["Real", "words."]
    assert masked.text.count("\n") == text.count("\n")


def test_snake_case_and_arithmetic_are_left_alone() -> None:
    text = "The file_name_here stays; 5 * 3 stays."
    assert mask(text, "markdown").text == text


def test_whole_line_bold_is_a_headline() -> None:
    text = "**Council splits on budget**\nThe council met."
    masked = mask(text, "markdown")
    assert [text[s:e] for s, e in masked.headlines] == ["Council splits on budget"]


def test_html_tags_and_entities_keep_offsets() -> None:
    text = "<html><head><title>T</title></head><body><h1>Strike&nbsp;ends</h1>" \
           "<p>Union &amp; company <b>agree</b>.</p><script>var said=1;</script></body></html>"
    masked = mask(text, "html")
    assert len(masked.text) == len(text)
    # The head is metadata: its title usually repeats the h1.
    assert masked.text.split() == ["Strike", "ends", "Union", "&", "company", "agree", "."]
    assert [text[s:e] for s, e in masked.headlines] == ["Strike&nbsp;ends"]


def test_block_tags_become_paragraph_breaks() -> None:
    masked = mask("<p>One.</p><p>Two.</p>", "html")
    assert "\n\n" in masked.text[masked.text.index("One"):masked.text.index("Two")]


def test_blockquotes_are_found_in_markdown_and_html_but_not_in_code() -> None:
    text = ("Intro line.\n\n> First quoted line.\n> Second quoted line.\n\n"
            "```\n> not a quotation\n```\n")
    masked = mask(text, "markdown")
    assert [text[s:e] for s, e in masked.blockquotes] == [
        "> First quoted line.\n> Second quoted line."]
    page = "<p>She wrote:</p><blockquote><p>We stay.</p></blockquote><!-- <blockquote>x -->"
    masked = mask(page, "html")
    assert [page[s:e] for s, e in masked.blockquotes] == ["<p>We stay.</p>"]


def test_list_items_are_found_in_markdown_and_html_but_not_in_code_or_rules() -> None:
    text = "Key facts:\n\n- 400 litres leaked.\n1. The beach reopens.\n\n```\n- code\n```\n- - -\n"
    assert [text[s:e] for s, e in mask(text, "markdown").list_items] == [
        "- 400 litres leaked.", "1. The beach reopens."]
    page = "<ul><li>400 litres</li><!-- <li>old</li> --></ul>"
    assert [page[s:e] for s, e in mask(page, "html").list_items] == ["400 litres"]


def test_a_blockquotes_cite_reads_as_a_dash_whatever_its_attributes_hold() -> None:
    text = '<blockquote><p>Words.</p><cite title="a&amp;b">Ana Ruiz</cite></blockquote>'
    masked = mask(text, "html")
    cite = text.index("<cite")
    assert masked.text[cite] == "—" and "&" not in masked.text
    # Entities in order and apart: the tag is one, with nothing read inside it.
    assert masked.entities == [(cite, text.index(">", cite) + 1)]
