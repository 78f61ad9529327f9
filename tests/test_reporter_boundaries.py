"""Reporters only draw the `Report`: they import no analysis and read no threshold."""

from __future__ import annotations

import ast
from pathlib import Path

import audit.reporters

REPORTERS = Path(audit.reporters.__file__).parent
# What a reporter may import from the package: the report model, the rule catalogue (codes,
# names and what each rule is about), atomic file writing, and the other reporters.
ALLOWED = ("audit.report", "audit.rules", "audit.output", "audit.reporters")


def imported_modules(path: Path) -> list[str]:
    modules = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.append(node.module)
            if node.module == "audit":  # "from audit import balance"
                modules += [f"audit.{alias.name}" for alias in node.names]
    return modules


def test_reporters_import_no_analysis_module() -> None:
    files = sorted(REPORTERS.glob("*.py"))
    assert len(files) > 10
    for path in files:
        for module in imported_modules(path):
            if module == "audit" or module.startswith("audit."):
                assert module.startswith(ALLOWED), f"{path.name} imports {module}"


def test_the_check_catches_an_analysis_import(tmp_path: Path) -> None:
    reporter = tmp_path / "sneaky.py"
    reporter.write_text("from audit import balance\nimport audit.pipeline\n"
                        "from audit.attribution.speakers import x\n")
    assert [m for m in imported_modules(reporter) if not m.startswith(ALLOWED)] == [
        "audit", "audit.balance", "audit.pipeline", "audit.attribution.speakers"]


def test_reporters_read_no_setting_but_to_print_them() -> None:
    """`report.config` is read in one place: the appendix line that prints the settings."""
    readers = []
    for path in sorted(REPORTERS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef):
                for node in ast.walk(function):
                    if isinstance(node, ast.Attribute) and node.attr == "config":
                        readers.append(f"{path.name}:{function.name}")
    assert sorted(set(readers)) == ["editorial.py:settings_line"]
