"""Render the examples' HTML editors' reports in headless Chromium and check them.

    python bench/html_browser_check.py [--out DIR]

Needs Debian's Chromium (`apt-get install -y chromium`). For each example draft it writes
the HTML report, has Chromium print the DOM after layout and take a screenshot, and checks
that the rendered page holds the verdict and every party name. The browser runs with no
network features and a fresh profile, so a report that needed the network would show it.
Prints one pass/fail line per example and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from audit.pipeline import audit_paths
from audit.reporters.documents import write_editor_reports
from audit.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        sys.exit("chromium not found: apt-get install -y chromium")
    return subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def check(draft: Path, out: Path) -> list[str]:
    """Problems found with one example's report; empty when it passes."""
    parties = draft.with_name(draft.stem + ".parties.yaml")
    page = out / f"{draft.stem}.html"
    report = audit_paths([str(draft)], load_settings(None, {"parties": str(parties)}))
    write_editor_reports(report, html=str(page))  # what `audit run --html` writes
    document = report.documents[0]
    verdict = document.verdict
    problems = []
    with tempfile.TemporaryDirectory() as profile:
        dom = chromium("--dump-dom", page.as_uri(), profile=Path(profile)).stdout
    with tempfile.TemporaryDirectory() as profile:
        shot = out / f"{draft.stem}.png"
        chromium(f"--screenshot={shot}", "--window-size=1000,1600", page.as_uri(),
                 profile=Path(profile))
        if not shot.is_file() or shot.stat().st_size < 10_000:
            problems.append("no screenshot")
    text = html.unescape(dom)
    if verdict.summary not in text or verdict.heard not in text:
        problems.append("verdict missing from the rendered DOM")
    problems += [f"fix {fix.rule} at line {fix.line} missing" for fix in verdict.fixes[:7]
                 if f'href="#draft-1-finding-{fix.finding}"' not in dom]
    problems += [f"party {name!r} missing" for name in document.parties
                 if name != "unassigned" and name not in text]
    if text.count("<img") < 3:
        problems.append("charts missing")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "browser-check")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for draft in sorted(EXAMPLES.glob("*.md")):
        problems = check(draft, args.out)
        failed += bool(problems)
        print(f"{'pass' if not problems else 'FAIL'}  {draft.name}"
              + (": " + "; ".join(problems) if problems else ""))
    print(f"screenshots in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
