"""Finding rules: the built-in ones by walking this package, others by entry point.

Third-party packages register rules under the entry-point group
``claimcheck.rules``; each entry point loads a Rule subclass (or a module or
iterable of them).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterable, Mapping
from importlib.metadata import entry_points

from claimcheck.budget import first_use
from claimcheck.errors import ConfigError
from claimcheck.models import Finding, Severity
from claimcheck.rules.base import Rule, names_rule

ENTRY_POINT_GROUP = "claimcheck.rules"


def _rules_in(obj: object) -> list[type[Rule]]:
    if inspect.isclass(obj) and issubclass(obj, Rule) and obj.code:
        return [obj]
    if inspect.ismodule(obj):
        return [v for v in vars(obj).values()
                if inspect.isclass(v) and issubclass(v, Rule) and v.code
                and v.__module__ == obj.__name__]
    if isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        return [r for item in obj for r in _rules_in(item)]
    return []


def builtin_rules() -> list[type[Rule]]:
    import claimcheck.rules as package

    found: list[type[Rule]] = []
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        leaf = info.name.rsplit(".", 1)[-1]
        if info.ispkg or leaf.startswith("_") or leaf in ("base", "registry"):
            continue
        found.extend(_rules_in(importlib.import_module(info.name)))
    return found


def plugin_rules() -> list[type[Rule]]:
    found: list[type[Rule]] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.extend(_rules_in(ep.load()))
    return found


@first_use
def _all_rules() -> tuple[type[Rule], ...]:
    by_code: dict[str, type[Rule]] = {}
    for rule in [*builtin_rules(), *plugin_rules()]:
        by_code.setdefault(rule.code, rule)
    return tuple(sorted(by_code.values(), key=lambda r: r.code))


def all_rules() -> list[type[Rule]]:
    """Every rule, built-in and plugged in, sorted by code."""
    return list(_all_rules())


def get_rule(code_or_name: str) -> type[Rule]:
    """The rule with this code ('DT01') or name ('dates.weekday_mismatch')."""
    for rule in _all_rules():
        if names_rule(code_or_name, rule.code, rule.name):
            return rule
    raise ConfigError(f"no rule named {code_or_name!r}; see 'claimcheck rules'")


def known_selector(selector: str) -> bool:
    """A rule's code, family, name or name prefix, or 'all'."""
    return any(rule.matches(selector) for rule in _all_rules())


def check_severity_keys(overrides: Mapping[str, Severity] | None) -> None:
    """Raises ConfigError for an override that names no rule."""
    for key in overrides or {}:
        get_rule(key)


def severity_for(rule: type[Rule], overrides: Mapping[str, Severity] | None) -> Severity | None:
    """The override naming ``rule`` (by code or name), or None."""
    for key, value in (overrides or {}).items():
        if names_rule(key, rule.code, rule.name):
            return Severity(value)
    return None


def with_severity(
    findings: Iterable[Finding], rule: type[Rule], overrides: Mapping[str, Severity] | None
) -> list[Finding]:
    """``findings`` of ``rule``, at the overridden severity when an override names the rule
    (otherwise each keeps its own: a rule may give a warning where an error is unproved)."""
    level = severity_for(rule, overrides)
    if level is None:
        return list(findings)
    return [f.model_copy(update={"severity": level}) for f in findings]


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[type[Rule]]:
    """Rules picked by ``select`` (all when empty) minus those ``ignore`` picks."""
    select, ignore = list(select), list(ignore)
    for s in [*select, *ignore]:
        if not known_selector(s):
            raise ConfigError(f"unknown rule, family or name {s!r}; see 'claimcheck rules'")
    chosen = [r for r in _all_rules() if not select or any(r.matches(s) for s in select)]
    return [r for r in chosen if not any(r.matches(s) for s in ignore)]
