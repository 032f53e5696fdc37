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


UNUSED_SUPPRESSION = RuleDoc(
    code="CC01",
    name="meta.unused_suppression",
    family="CC",
    severity="info",
    summary="A claimcheck ignore comment or front-matter key suppresses nothing.",
    body=(
        "A suppression that no longer matches a finding hides nothing today but will\n"
        "hide a real problem tomorrow, and it misleads the next editor.\n\n"
        "Fails: `<!-- claimcheck: ignore DT01 -->` before a paragraph with no DT01 finding.\n"
        "Fix: delete the comment, or name the rule that really fires."
    ),
)
"""The checker's own finding (not a rule class), documented beside the rules."""

NOT_ENGLISH = RuleDoc(
    code="CC02",
    name="meta.not_english",
    family="CC",
    severity="info",
    summary="The article does not look like English, so nothing was extracted or checked.",
    body=(
        "The extractors and the language model read English only: on Dutch or Spanish\n"
        "text they would invent people from capitalised nouns and dates from numbers,\n"
        "and report contradictions that are not there. So a text in which almost no\n"
        "word is a common English function word (the, of, that, said, ...) gets this\n"
        "one note instead. Texts of under 30 words are never judged.\n\n"
        "Fails: an article written in Dutch.\n"
        "Fix: nothing to fix in the article; check it with a tool for its language,\n"
        "or `--ignore CC02` to drop the note."
    ),
)
"""The batch path's language check (``claimcheck.ingest.language``), documented likewise."""

META_DOCS = (UNUSED_SUPPRESSION, NOT_ENGLISH)


def registry_docs() -> list[RuleDoc]:
    """Every registered rule, and the checker's own CC01 and CC02, sorted by code."""
    from claimcheck.rules import all_rules

    docs = {doc.code: doc for doc in (describe(rule) for rule in all_rules())}
    for meta in META_DOCS:
        docs.setdefault(meta.code, meta)
    return sorted(docs.values(), key=lambda d: d.code)


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
