import codecs
from pathlib import Path

import pytest

from audit.loading import LoadError, decode, find_drafts, load_draft, markup_of

TEXT = "The mayor said “no” to the café’s request."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
])
def test_every_supported_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert decode(data) == TEXT


def test_line_endings_are_kept_as_written() -> None:
    assert decode(b"One.\r\nTwo.\r\n") == "One.\r\nTwo.\r\n"


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 9)) * 20, "binary"),
    (codecs.BOM_UTF8 + b"caf\xe9 \xff", "undecodable"),
    (b"Bad \x81 byte", "undecodable"),  # 0x81 is undefined in Windows-1252
])
def test_bad_bytes_are_refused_with_a_kind(data: bytes, kind: str) -> None:
    with pytest.raises(LoadError) as error:
        decode(data)
    assert error.value.kind == kind


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    for content in (b"", b"  \n\t\n"):
        path = tmp_path / "blank.md"
        path.write_bytes(content)
        with pytest.raises(LoadError) as error:
            load_draft(str(path))
        assert error.value.kind == "empty"


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as error:
        load_draft(str(tmp_path / "nope.md"))
    assert error.value.kind == "not-found"


def test_folders_are_walked_for_drafts_only(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.html", "d.htm", "e.markdown", "notes.yaml", "x.png"):
        (tmp_path / name).write_text("Text.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "f.md").write_text("Text.")
    found = [Path(p).name for p in find_drafts([str(tmp_path)])]
    assert found == ["a.txt", "b.md", "c.html", "d.htm", "e.markdown", "f.md"]
    assert [Path(p).name for p in find_drafts([str(tmp_path)], ["sub/*"])] == found[:-1]


def test_markup_follows_the_suffix_and_sniffs_standard_input() -> None:
    assert markup_of("story.htm", "plain") == "html"
    assert markup_of("story.txt", "<p>html-looking</p>") == "markdown"
    assert markup_of("-", "<!DOCTYPE html><p>Hi</p>") == "html"
    assert markup_of("-", "# Heading") == "markdown"


def billion_laughs(levels: int) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        previous, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + f"\ntitle: *{chr(ord('a') + levels - 1)}\n"


def test_front_matter_with_aliases_is_refused_not_expanded(tmp_path: Path) -> None:
    draft = tmp_path / "bomb.md"
    draft.write_text(f"---\n{billion_laughs(10)}author: Staff\n---\nThe council met.\n")
    assert len(draft.read_bytes()) < 1000  # nine levels of nine make 387 million strings
    loaded = load_draft(str(draft))
    assert loaded.metadata == {}
    assert loaded.text.endswith("The council met.\n")


def test_front_matter_that_nests_deeply_is_ignored() -> None:
    from audit.loading import front_matter

    assert front_matter("---\ntitle: " + "[" * 5000 + "\n---\nText.\n") == {}
    assert front_matter("---\ntitle: Ferry cuts\nauthor: Staff\n---\nText.\n") == {
        "title": "Ferry cuts", "author": "Staff"}
