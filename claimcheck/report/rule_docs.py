"""Rule documentation from the rule classes themselves, for every output that needs it.

The docstring is the documentation (first line the summary, then why it
matters, an example that fails and the fix), so ``claimcheck rules``, the
SARIF rule descriptors and ``docs/rules.md`` can never drift apart.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RuleDoc:
    """What any output needs to know about one rule."""

    code: str
    name: str
    family: str
    severity: str
    summary: str
    body: str

    @property
    def text(self) -> str:
        """Summary and body as one block of text."""
        return f"{self.summary}\n\n{self.body}" if self.body else self.summary


def describe(rule: object) -> RuleDoc:
    """The documentation of one rule class (or instance) from the registry."""
    doc = inspect.cleandoc(rule.__doc__ or "")
    first, _, rest = doc.partition("\n")
    code = str(rule.code)  # type: ignore[attr-defined]
    summary = str(_value(rule, "summary") or first).strip()
    severity = _value(rule, "severity") or "warning"
    return RuleDoc(
        code=code,
        name=str(rule.name),  # type: ignore[attr-defined]
        family=str(_value(rule, "family") or code[:2]),
        severity=str(severity),
        summary=summary,
        body=rest.strip(),
    )


def registry_docs() -> list[RuleDoc]:
    """Every registered rule (the checker's own CC01 and CC02 among them), sorted by code."""
    from claimcheck.rules import all_rules

    return [describe(rule) for rule in all_rules()]


def find_doc(docs: Iterable[RuleDoc], key: str) -> RuleDoc | None:
    """The rule whose code or name is ``key`` (case-insensitive for codes)."""
    for doc in docs:
        if key.upper() == doc.code or key == doc.name:
            return doc
    return None


def render_rules_markdown(docs: Sequence[RuleDoc]) -> str:
    """``docs/rules.md``: an index table, then one section per rule."""
    lines = [
        "# Rules",
        "",
        "<!-- Generated from the rule docstrings: claimcheck rules --markdown > docs/rules.md -->",
        "",
        "Select or ignore rules by code (`DT01`), family (`DT`) or name",
        "(`dates.weekday_mismatch`): `--select`, `--ignore`, `[tool.claimcheck]`, or",
        "`<!-- claimcheck: ignore DT01 -->` before a paragraph.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| [{d.code}](#{d.code.lower()}) | `{d.name}` | {d.severity} | {_cell(d.summary)} |"
        for d in docs
    ]
    for doc in docs:
        lines += ["", f"## {doc.code}", "", f"`{doc.name}` · family {doc.family} · "
                  f"default severity **{doc.severity}**", "", doc.summary]
        if doc.body:
            lines += ["", doc.body]
    return "\n".join(lines) + "\n"


def render_rule_text(doc: RuleDoc) -> str:
    """``claimcheck rules CODE``: the whole documentation of one rule."""
    return f"{doc.code} {doc.name} ({doc.severity})\n\n{doc.text}\n"


def render_rule_list(docs: Sequence[RuleDoc]) -> str:
    """``claimcheck rules``: one line a rule."""
    width = max((len(d.name) for d in docs), default=0)
    return "".join(f"{d.code}  {d.name:<{width}}  {d.severity:<7}  {d.summary}\n" for d in docs)


def _value(rule: object, attribute: str) -> object:
    """An attribute that a rule class may define as a value or as a classmethod."""
    value = getattr(rule, attribute, None)
    value = value() if callable(value) and not isinstance(value, type) else value
    return getattr(value, "value", value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
