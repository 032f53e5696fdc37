"""Every rule's documented examples, run end to end: "Fails:" fires the rule, "Passes:" does not.

The convention (docs/rules.md shows the docstrings): an example paragraph
starts with ``Fails:`` or ``Passes:`` (a severity may stand in brackets:
``Fails (info):``) and runs to the first "Also" (further examples, not
run). Its example is the first quoted text after the label, in double
quotes, or in single quotes when it holds double ones; the words "..."
inside mark text left out and are kept as they are. A date written
``published YYYY-MM-DD`` in the paragraph is the publication date; "no
publication date" means none; otherwise the Passes example takes the Fails
example's date and the Fails example has none. The example goes
through ``claimcheck.validate`` as a plain-text file, so an inline
``<!-- claimcheck: ignore ... -->`` comment in it is read as one.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from dataclasses import dataclass

import pytest

import claimcheck
from claimcheck.rules import all_rules

_LABEL = re.compile(r"^(Fails|Passes)(?: \((?:info|warning|error)\))?:\s*(.*)", re.S)
_DATE = re.compile(r"\bpublished (\d{4}-\d\d-\d\d)\b")
_DOUBLE = re.compile(r'"(.+?)"(?=[\s.,;:)]|$)', re.S)
_SINGLE = re.compile(r"'(.+?)'(?=[\s.,;:)]|$)", re.S)

KNOWN_FAILING: dict[tuple[str, str], str] = {}
"""Examples that do not work today: strict xfails, so fixing one turns its test red."""


@dataclass(frozen=True)
class Example:
    code: str
    kind: str  # Fails or Passes
    text: str
    published: dt.date | None


def _quoted(body: str) -> str | None:
    first = min((i for i in (body.find('"'), body.find("'")) if i >= 0), default=-1)
    if first < 0:
        return None
    found = (_DOUBLE if body[first] == '"' else _SINGLE).search(body, first)
    return found.group(1) if found else None


def _date(paragraph: str) -> tuple[bool, dt.date | None]:
    """(stated, date): whether the paragraph says anything about the date, and the date."""
    m = _DATE.search(paragraph)
    if m:
        return True, dt.date.fromisoformat(m.group(1))
    return "no publication date" in paragraph, None


def examples(rule: type) -> list[Example]:
    """The Fails and Passes examples of ``rule``'s docstring, by the convention above."""
    doc = inspect.getdoc(rule) or ""
    out: list[Example] = []
    fails_date: dt.date | None = None
    for paragraph in (" ".join(p.split()) for p in doc.split("\n\n")):
        m = _LABEL.match(paragraph)
        if not m:
            continue
        kind, body = m.groups()
        body = body.split(" Also ")[0]
        paragraph = paragraph.split(" Also ")[0]
        text = _quoted(body)
        assert text, f"{rule.code}: the {kind} example has no quoted text: {paragraph!r}"
        stated, date = _date(paragraph)
        if kind == "Fails":
            fails_date = date
        elif not stated:
            date = fails_date
        out.append(Example(rule.code, kind, text, date))
    return out


CASES = [ex for rule in all_rules() for ex in examples(rule)]


def _param(ex: Example) -> object:
    reason = KNOWN_FAILING.get((ex.code, ex.kind))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(ex, id=f"{ex.code}-{ex.kind}", marks=marks)


def test_every_rule_documents_a_failing_and_a_passing_example():
    kinds = {(ex.code, ex.kind) for ex in CASES}
    for rule in all_rules():
        assert {(rule.code, "Fails"), (rule.code, "Passes")} <= kinds, rule.code


@pytest.mark.parametrize("example", [_param(ex) for ex in CASES])
def test_documented_example(example: Example, tmp_path, nlp):
    path = tmp_path / "example.txt"
    path.write_text(example.text + "\n", encoding="utf-8")
    report = claimcheck.validate(path, published=example.published)
    [file] = report.files
    assert file.error is None, file.error
    codes = [f.code for f in file.findings]
    if example.kind == "Fails":
        assert example.code in codes, f"{example.text!r} gave {codes}"
    else:
        assert example.code not in codes, f"{example.text!r} gave {codes}"
