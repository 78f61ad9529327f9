"""Settings: defaults, then the nearest `audit.toml` or `[tool.audit]`, then flags.

Keys are written in kebab case as in ruff's configuration. An unknown key or a value of the
wrong type is a `ConfigError` naming the file, the key and what was expected.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from audit.report import LEVELS
from audit.rules import RULES, lookup

FORMATS = ("text", "json", "jsonl", "concise", "github", "sarif", "junit", "gitlab",
           "markdown")


class ConfigError(Exception):
    pass


@dataclass
class Settings:
    format: str = "text"
    fail_on: str = "warning"  # exit 1 when a finding is at or above this level
    min_level: str = "info"  # findings below it are left out of the report
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    levels: dict[str, str] = field(default_factory=dict)  # rule code or name -> level
    parties: str | None = None  # YAML file of party aliases
    lexicons: list[str] = field(default_factory=list)  # extra lexicon folders
    disable_entries: list[str] = field(default_factory=list)  # lexicon entries switched off
    exclude: list[str] = field(default_factory=list)  # globs skipped when walking folders
    dominant_share: float = 0.6
    dominant_min_statements: int = 3
    unheard_min_mentions: int = 3
    min_parties_heard: int = 2  # checked when the parties file names at least this many
    loaded_score: float = 0.5
    reading_ease_floor: float = 30.0
    max_bytes: int = 20_000_000  # a larger draft is refused (too-large) before it is read
    # A Dask scheduler to audit on (tcp://host:8786), or local:N for N local workers.
    scheduler: str | None = None
    config_file: str | None = None  # where the file settings came from

    def to_dict(self) -> dict[str, Any]:
        """The settings a report was made with. Where it ran (the scheduler) is left out:
        it changes no finding, and the same drafts give the same report anywhere."""
        return {f.name.replace("_", "-"): getattr(self, f.name) for f in fields(self)
                if f.name != "scheduler"}


_KEYS = {f.name.replace("_", "-"): f for f in fields(Settings) if f.name != "config_file"}
_CHOICES = {"format": FORMATS, "fail-on": (*LEVELS, "never"), "min-level": LEVELS}
# The range of each numeric setting, both ends included (None: no end on that side).
_RANGES: dict[str, tuple[float | None, float | None]] = {
    "dominant-share": (0.0, 1.0),  # a share of the statements
    "dominant-min-statements": (1, None),
    "unheard-min-mentions": (1, None),
    "min-parties-heard": (0, None),  # 0 switches the check off
    "loaded-score": (0.0, 1.0),  # a sentence's loaded score is from 0 to 1
    # Flesch reading ease is at most 121.22 and has no lower end (-200: never flag).
    "reading-ease-floor": (None, 121.22),
    "max-bytes": (1, None),
}
_PATH_KEYS = {"parties", "lexicons"}


def find_config(start: Path) -> Path | None:
    """The nearest audit.toml, or pyproject.toml with a [tool.audit] table, upwards."""
    for folder in [start, *start.parents]:
        candidate = folder / "audit.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "audit" in _read_toml(candidate).get("tool", {}):
            return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read settings: {error}") from None


def load_settings(config: Path | None, overrides: dict[str, Any],
                  start: Path | None = None) -> Settings:
    """Merge defaults, a settings file (given, or the nearest one) and flag overrides."""
    settings = Settings()
    path = config if config is not None else find_config(start or Path.cwd())
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: no such settings file")
        table = _read_toml(path)
        if path.name == "pyproject.toml":
            table = table.get("tool", {}).get("audit", {})
        _apply(settings, table, str(path), path.parent)
        settings.config_file = str(path)
    _apply(settings, overrides, "command line", Path.cwd())
    return settings


def _apply(settings: Settings, table: dict[str, Any], origin: str, base: Path) -> None:
    for key, value in table.items():
        if value is None:
            continue
        spec = _KEYS.get(key)
        if spec is None:
            raise ConfigError(f"{origin}: unknown key '{key}' (known: {', '.join(_KEYS)})")
        value = _check(key, value, spec.type, origin)
        if key in _PATH_KEYS:
            value = ([str(base / v) for v in value] if isinstance(value, list)
                     else str(base / value))
            _check_paths(key, value, origin)
        setattr(settings, spec.name, value)


def _check_paths(key: str, value: str | list[str], origin: str) -> None:
    """A parties file or lexicon folder that is not there is a typo, not an empty list."""
    for path in value if isinstance(value, list) else [value]:
        if key == "lexicons" and not Path(path).is_dir():
            raise ConfigError(f"{origin}: '{key}' names no folder {path}")
        if key == "parties" and not Path(path).is_file():
            raise ConfigError(f"{origin}: '{key}' names no file {path}")


def _check(key: str, value: Any, annotation: Any, origin: str) -> Any:
    expected = str(annotation)

    def fail(what: str) -> ConfigError:
        return ConfigError(f"{origin}: '{key}' must be {what}, got {value!r}")

    if expected.startswith("list"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail("a list of strings")
        if key in ("select", "ignore"):
            _check_rules(key, value, origin)
        return value
    if expected.startswith("dict"):
        if not isinstance(value, dict):
            raise fail("a table")
        if key == "levels":
            _check_rules(key, list(value), origin)
            for level in value.values():
                if level not in LEVELS:
                    raise fail(f"a table of levels ({', '.join(LEVELS)})")
        else:
            for codes in value.values():
                if not isinstance(codes, list):
                    raise fail("a table of glob = [rule codes]")
                _check_rules(key, codes, origin)
        return value
    if expected in ("float", "int"):
        low, high = _RANGES[key]
        span = (f"from {low:g} to {high:g}" if low is not None and high is not None
                else f"at least {low:g}" if low is not None else f"at most {high:g}")
        if expected == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            raise fail(f"a whole number {span}")
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise fail(f"a number {span}")
        if math.isinf(value) or (low is not None and value < low) or (
                high is not None and value > high):
            raise fail(f"{'a whole number' if expected == 'int' else 'a number'} {span}")
        return float(value) if expected == "float" else value
    if not isinstance(value, str):
        raise fail("a string")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise fail(f"one of {', '.join(_CHOICES[key])}")
    return value


def _check_rules(key: str, names: list[str], origin: str) -> None:
    for name in names:
        if name != "ALL" and lookup(name) is None and not _is_code_prefix(name):
            raise ConfigError(f"{origin}: '{key}' names an unknown rule '{name}'")


def _is_code_prefix(name: str) -> bool:
    return name.upper().startswith("AUD") and any(r.code.startswith(name.upper()) for r in RULES)


def rule_selected(settings: Settings, code: str, name: str, path: str) -> bool:
    """Whether a rule is on for a document: select, then ignore, then per-file ignores."""
    from fnmatch import fnmatch

    def matches(patterns: list[str]) -> bool:
        return any(p == "ALL" or p.lower() == name or code.startswith(p.upper())
                   for p in patterns)

    if not matches(settings.select) or matches(settings.ignore):
        return False
    return not any(fnmatch(path, glob) and matches(codes)
                   for glob, codes in settings.per_file_ignores.items())


def rule_level(settings: Settings, code: str, name: str, default: str) -> str:
    return settings.levels.get(code) or settings.levels.get(name) or default
