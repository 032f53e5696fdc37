"""``[tool.claimcheck]`` in pyproject.toml: the project's defaults for the command line.

Found the way ruff and pytest find theirs: the nearest ``pyproject.toml``
that has a ``[tool.claimcheck]`` table, from the working directory upwards.
Options given on the command line override it, key by key.

.. code-block:: toml

    [tool.claimcheck]
    select = ["DT", "PL"]
    ignore = ["QT04"]
    fail-on = "warning"
    format = "text"
    extensions = [".txt", ".md"]
    max-size = "5MB"
    time-limit = 60
    jobs = 2
    exclude = ["drafts/"]            # replaces the default (node_modules/ and the like)
    extend-exclude = ["*.wire.md"]   # adds to it
    force-exclude = false            # also leave out excluded files named on the command line
    respect-gitignore = true

    [tool.claimcheck.severity]
    PE03 = "error"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimcheck.budget import DEFAULT_SECONDS
from claimcheck.errors import ConfigError
from claimcheck.ingest.decode import MAX_BYTES
from claimcheck.ingest.discover import DEFAULT_EXTENSIONS, Walk
from claimcheck.ingest.exclude import DEFAULT_EXCLUDE, Exclusion
from claimcheck.models import Severity

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")
FAIL_ON = ("error", "warning", "info", "never")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


@dataclass(frozen=True)
class Config:
    """Settings for one run; ``source`` is the file they came from, if any."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    severity: Mapping[str, Severity] = field(default_factory=dict)
    format: str = "text"
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    max_size: int = MAX_BYTES
    time_limit: float | None = DEFAULT_SECONDS
    jobs: int = 1
    exclude: Exclusion = Exclusion(DEFAULT_EXCLUDE)
    extend_exclude: tuple[Exclusion, ...] = ()
    force_exclude: bool = False
    respect_gitignore: bool = True
    source: Path | None = None

    @property
    def walk(self) -> Walk:
        """How folder walks go: extensions, exclusions, .gitignore."""
        return Walk(
            extensions=self.extensions, exclude=(self.exclude, *self.extend_exclude),
            gitignore=self.respect_gitignore, force_exclude=self.force_exclude,
        )

    @property
    def fail_level(self) -> Severity | None:
        """The lowest severity that fails the run; None for ``never``."""
        return None if self.fail_on == "never" else Severity(self.fail_on)

    def override(self, **options: Any) -> Config:
        """A copy with every option that is not None replaced (the command line wins)."""
        given = {key: value for key, value in options.items() if value is not None}
        checked = _validate(given, origin="command line")
        return replace(self, **checked)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml with a ``[tool.claimcheck]`` table, from ``start`` upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "claimcheck" in _read_toml(candidate).get("tool", {}):
            return candidate
    return None


def load_config(path: Path | None = None, *, start: Path | None = None) -> Config:
    """The settings in ``path`` (or the one found from ``start``); defaults when there is none."""
    path = path or find_config(start)
    if path is None:
        return Config()
    table = _read_toml(path).get("tool", {}).get("claimcheck", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
    options = {key.replace("_", "-"): value for key, value in table.items()}
    known = {
        "select", "ignore", "fail-on", "severity", "format", "extensions", "max-size",
        "time-limit", "jobs", "exclude", "extend-exclude", "force-exclude", "respect-gitignore",
    }
    unknown = sorted(set(options) - known)
    if unknown:
        raise ConfigError(
            f"{path}: [tool.claimcheck]: unknown key(s) {', '.join(unknown)} "
            f"(known: {', '.join(sorted(known))})"
        )
    values = {key.replace("-", "_"): value for key, value in options.items()}
    checked = _validate(values, origin=f"{path}: [tool.claimcheck]")
    for key in ("exclude", "extend_exclude"):  # patterns are read from the file's own folder
        if key in checked:
            checked[key] = _rebase(checked[key], path.parent)
    return replace(Config(), **checked, source=path)


def _rebase(value: Exclusion | tuple[Exclusion, ...], base: Path) -> Any:
    if isinstance(value, Exclusion):
        return Exclusion(value.patterns, base)
    return tuple(Exclusion(e.patterns, base) for e in value)


def parse_size(value: str | int) -> int:
    """``5MB``, ``500kB``, ``1000000`` -> bytes."""
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    else:
        m = _SIZE.match(str(value))
        if m is None:
            raise ValueError(f"'{value}' is not a size (e.g. 5MB, 500kB)")
        size = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if size <= 0:
        raise ValueError(f"'{value}' must be more than zero")
    return size


def split_list(values: Iterable[str] | str) -> tuple[str, ...]:
    """``["DT01,QT", "PL"]`` -> ``("DT01", "QT", "PL")``: repeated or comma-separated."""
    items = [values] if isinstance(values, str) else list(values)
    return tuple(part.strip() for item in items for part in str(item).split(",") if part.strip())


def _validate(values: dict[str, Any], *, origin: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        try:
            out[key] = _CHECKS[key](value)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{origin}: {key.replace('_', '-')}: {exc}") from None
    return out


def _choice(options: tuple[str, ...]) -> Any:
    def check(value: object) -> str:
        if not isinstance(value, str) or value.lower() not in options:
            raise ValueError(f"'{value}' is not one of {', '.join(options)}")
        return value.lower()

    return check


def _codes(value: object) -> tuple[str, ...]:
    if not isinstance(value, str | list | tuple):
        raise TypeError("expected a list of rule codes, families or names")
    return split_list(value)  # type: ignore[arg-type]


def _severity(value: object) -> dict[str, Severity]:
    if isinstance(value, str | list | tuple):  # CODE=level pairs from the command line
        pairs = [item.split("=", 1) for item in split_list(value)]  # type: ignore[arg-type]
        if any(len(pair) != 2 for pair in pairs):
            raise ValueError("expected CODE=level, e.g. PE03=error")
        value = dict(pairs)
    if not isinstance(value, dict):
        raise TypeError("expected a table of CODE = level")
    out = {}
    for code, level in value.items():
        if str(level).lower() not in ("error", "warning", "info"):
            raise ValueError(f"{code}: '{level}' is not error, warning or info")
        out[str(code).strip()] = Severity(str(level).lower())
    return out


def _extensions(value: object) -> tuple[str, ...]:
    items = _codes(value)
    if not items:
        raise ValueError("needs at least one extension")
    return tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in items)


def parse_seconds(value: object) -> float | None:
    """``60``, ``"2.5"``, ``"90s"`` -> seconds; ``0`` or ``"none"`` -> None (no limit)."""
    if isinstance(value, bool):
        raise TypeError("expected a number of seconds")
    if isinstance(value, str):
        text = value.strip().lower().removesuffix("s").strip()
        if text in ("none", "off", "no"):
            return None
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"'{value}' is not a number of seconds") from None
    if not isinstance(value, int | float) or value != value or value < 0:
        raise ValueError(f"'{value}' is not a number of seconds (0 for no limit)")
    return float(value) or None


def _jobs(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"'{value}' is not a whole number of at least 1")
    return value


def _patterns(value: object) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise TypeError("expected a list of gitignore-style patterns")
    return tuple(i.strip() for i in items if i.strip())


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"'{value}' is not true or false")
    return value


_CHECKS = {
    "select": _codes,
    "ignore": _codes,
    "fail_on": _choice(FAIL_ON),
    "severity": _severity,
    "format": _choice(FORMATS),
    "extensions": _extensions,
    "max_size": parse_size,
    "time_limit": parse_seconds,
    "jobs": _jobs,
    "exclude": lambda value: Exclusion(_patterns(value)),
    "extend_exclude": lambda value: (Exclusion(_patterns(value)),),
    "force_exclude": _flag,
    "respect_gitignore": _flag,
}


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # not needed with --isolated, or when no pyproject.toml is found

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
