from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_exactly_the_test_command_the_readme_gives() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert "audit run examples/" in commands[0]
    assert commands[1].endswith("pytest")
    assert commands[1] in (ROOT / ".ci" / "run").read_text()


def test_reports_folder_holds_only_its_readme_in_git() -> None:
    ignore = (ROOT / ".gitignore").read_text().splitlines()
    assert "reports/*" in ignore and "!reports/README.md" in ignore
