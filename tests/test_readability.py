"""Readability figures: textstat's formulas over the draft's prose."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# setuptools 81 and later ship no pkg_resources, which textstat 0.7.4 imports: a finder that
# refuses it stands for such an install.
WITHOUT_PKG_RESOURCES = """
import sys
from importlib.abc import MetaPathFinder

class Refuse(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pkg_resources" or name.startswith("pkg_resources."):
            raise ModuleNotFoundError(name)
        return None

sys.meta_path.insert(0, Refuse())
from audit.document import parse
from audit.loading import Draft
from audit.readability import measure

doc = parse(Draft("t.md", "The ferry left at noon. It was late. The crew said sorry.", "markdown"))
figures = measure(doc)
print(figures["flesch_reading_ease"], figures["sentences"], "pkg_resources" in sys.modules)
"""


def test_readability_needs_no_pkg_resources(tmp_path: Path) -> None:
    # Run outside the checkout, so the process imports the installed package.
    done = subprocess.run([sys.executable, "-c", WITHOUT_PKG_RESOURCES], capture_output=True,
                          text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-500:]
    ease, sentences, leaked = done.stdout.split()
    assert float(ease) > 80 and sentences == "3" and leaked == "False"
