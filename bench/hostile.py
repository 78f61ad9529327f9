"""Hostile shapes of text: markup left open, runs of marks, long lines, many small things.

Each shape makes a text of about `size` characters. `bench/growth.py` times the stages that
read raw text on each shape at two sizes; `bench/fuzz.py` mixes them into fuzzed drafts.
"""

from __future__ import annotations

from collections.abc import Callable


def repeat(fragment: str) -> Callable[[int], str]:
    return lambda size: fragment * max(1, size // len(fragment))


def framed(head: str, fill: str, tail: str) -> Callable[[int], str]:
    return lambda size: head + fill * max(1, (size - len(head) - len(tail)) // len(fill)) + tail


SHAPES: dict[str, Callable[[int], str]] = {
    # HTML left open or broken
    "unclosed <!--": repeat("<!-- x "),
    "unclosed <script>": repeat("<script> x "),
    "unclosed <style>": repeat("<style>x "),
    "unclosed <head>": repeat("<head>x "),
    "unclosed <h1>": repeat("<h1> x "),
    "tags without >": repeat("<a href=x "),
    "<meta with a long name": framed('<meta name="x" ', "a", ">"),
    "<meta with open quotes": repeat('<meta name="x" content="'),
    "<meta attributes without quotes": framed("<meta ", "a=b ", ">"),
    "entities without ;": repeat("&amp"),
    "numeric entities": repeat("&#8220;x&#8221; "),
    # Markdown left open
    "image openers": repeat("!["),
    "image destinations": repeat("![a](x"),
    "link openers": repeat("["),
    "link destinations": repeat("[a](x"),
    "nested parentheses": framed("[a](", "(", ")"),
    "autolink openers": repeat("<http:"),
    "backticks": repeat("`"),
    "fences": repeat("```\nx\n"),
    "heading with a long gap": framed("# Ferry ", " ", "#x"),
    "many headings": repeat("# Ferry cuts\n"),
    "emphasis marks": repeat("*"),
    "underscores": repeat("_a"),
    "bold lines": repeat("**a**\n"),
    "rule-like line": framed("", "- ", "x\n"),
    "front matter never closed": framed("---\n", "title: x\n", ""),
    # Sentences and quotes
    "a run of dots": repeat("."),
    "dots and spaces": repeat(". "),
    "abbreviations": repeat("Mr. "),
    "initials": repeat("U.S. x "),
    "straight quotes": repeat('"'),
    "curly quotes": repeat("“a "),
    "single quotes": repeat("'a "),
    "two apostrophes": repeat("''a "),
    "one long word": repeat("x"),
    "one long line of words": repeat("the harbour board said "),
    # Lines and comments
    "carriage returns": repeat("Fare. \r"),
    "blank lines": repeat("\n \n"),
    "suppressions": repeat("<!-- audit: disable-next-line AUD101 -->\n"),
    "suppressions left open": repeat("<!-- audit: disable AUD104 "),
}
