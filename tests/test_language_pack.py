"""The seams of the English language pack.

Month names and number words are tables of the pack (``claimcheck/lang/``), never
of a logic module; and the reasoner and the rules read claims, so they import
nothing from the pack.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import claimcheck

PACKAGE = Path(claimcheck.__file__).parent
ALLOWED = (PACKAGE / "lang",)

MONTH_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
}
THRESHOLD = 6


def _words(node: ast.AST) -> list[str]:
    """The lower-cased string constants a set, dict (keys), list or tuple literal holds."""
    if isinstance(node, ast.Dict):
        items: list[ast.expr | None] = list(node.keys)
    elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        items = list(node.elts)
    else:
        return []
    return [i.value.lower().rstrip(".") for i in items
            if isinstance(i, ast.Constant) and isinstance(i.value, str)]


def tables(source: str) -> list[tuple[int, str]]:
    """(line, what) for each literal that is a month-name or number-word table."""
    found = []
    for node in ast.walk(ast.parse(source)):
        words = set(_words(node))
        if len(words & MONTH_NAMES) >= THRESHOLD:
            found.append((node.lineno, "month names"))
        if len(words & NUMBER_WORDS) >= THRESHOLD:
            found.append((node.lineno, "number words"))
    return found


@pytest.mark.parametrize("source, expected", [
    ('M = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6}',
     [(1, "month names")]),
    ('M = ("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.")', [(1, "month names")]),
    ('N = {"one", "two", "three", "four", "five", "six"}', [(1, "number words")]),
    ('N = {"one": 1, "two": 2, "three": 3}', []),
    ('W = ["said", "told", "added", "noted", "stated", "wrote"]', []),
])
def test_the_scan_finds_tables(source: str, expected: list[tuple[int, str]]) -> None:
    assert tables(source) == expected


def _logic_modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if not any(p.is_relative_to(a) for a in ALLOWED)]


def test_no_logic_module_defines_a_month_or_number_table() -> None:
    offenders = [f"{p.relative_to(PACKAGE)}:{line}: {what}"
                 for p in _logic_modules() for line, what in tables(p.read_text())]
    assert offenders == []


def test_the_pack_holds_the_tables() -> None:
    pack = PACKAGE / "lang" / "en"
    found = {what for p in pack.glob("*.py") for _, what in tables(p.read_text())}
    assert found == {"month names", "number words"}


@pytest.mark.parametrize("layer", ["reason", "rules"])
def test_reason_and_rules_import_nothing_from_the_pack(layer: str) -> None:
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n == "claimcheck.lang" or n.startswith("claimcheck.lang.")
                           for n in names), path


@pytest.mark.parametrize("name, sex", [
    ("mary", "f"), ("john", "m"), ("margaret", "f"), ("robert", "m"),
    ("jordan", None), ("taylor", None),  # borne by both sexes: left out, never guessed
])
def test_the_first_name_table_ships_with_the_pack(name: str, sex: str | None) -> None:
    from claimcheck.lang.en.people import first_names

    assert first_names().get(name) == sex


def test_reporting_forms_are_the_finite_forms_of_the_say_verbs():
    from claimcheck.lang.en.speech import REPORTING_FORMS
    assert {"said", "says", "told", "added", "replied", "denies", "admitted",
            "stressed", "emphasised", "wrote"} <= REPORTING_FORMS
    assert not REPORTING_FORMS & {"the", "and", "was", "meeting"}
