import json
from pathlib import Path

DRAFT = """The council met on Tuesday night.

<!-- audit: disable AUD501 -->
The council met on Tuesday night.
<!-- audit: enable -->

The council met on Tuesday night.

<!-- audit: disable-next-line duplicate-passage -->
The council met on Tuesday night.

<!-- audit: disable-next-line AUD104 -->
Nothing here uses a loaded verb.

<!-- audit: disable AUD999 -->
"""


def test_suppression_comments(tmp_path: Path, run_cli) -> None:
    draft = tmp_path / "story.md"
    draft.write_text(DRAFT)
    _, out, _ = run_cli("run", "--format", "json", str(draft))
    findings = json.loads(out)["documents"][0]["findings"]
    duplicates = [f["line"] for f in findings if f["rule"] == "AUD501"]
    assert duplicates == [7]  # lines 4 and 10 are suppressed, line 7 is not
    unused = [(f["line"], f["level"]) for f in findings if f["name"] == "unused-suppression"]
    assert unused == [(12, "info"), (15, "info")]
    assert "'AUD999' is not a rule" in findings[-1]["message"]
