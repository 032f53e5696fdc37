"""QT cases for the issue-16 items (slogans and titles, organisation names, marks across
wrapped lines and nesting), kept apart from ``cases.py`` and registered into its CASES."""

from __future__ import annotations

from claimcheck.models import ClaimSet
from tests.rules.builders import Claims, EntityKind
from tests.rules.cases import PUB, case

WORDS = "We will keep the pressure on,"


def _two_credits(first: str, second: str, kind: EntityKind) -> ClaimSet:
    text = f'"{WORDS}" {first} said. Later, "{WORDS}" {second} said.'
    c = Claims(text, PUB)
    a = c.entity(first, kind)
    b = c.entity(second, kind)
    c.quote(WORDS, a, first)
    c.quote(WORDS, b, second, nth=1)
    return c.build()


@case("QT01", "pass", "organisation-and-a-prefix-of-its-name")
def _():
    return _two_credits("Greenpeace", "Greenpeace International", EntityKind.ORGANISATION)


@case("QT01", "pass", "organisation-with-the-and-its-full-name")
def _():
    return _two_credits("the Electoral Commission", "Electoral Commission of Malawi",
                        EntityKind.ORGANISATION)


@case("QT01", "error", "two-people-sharing-a-first-name")
def _():
    return _two_credits("Paul Girard", "Paul Martin", EntityKind.PERSON)


@case("QT01", "error", "two-organisations-sharing-a-first-word")
def _():
    return _two_credits("Green Party", "Green Alliance", EntityKind.ORGANISATION)


@case("QT03", "pass", "marks-paired-across-a-wrapped-line")
def _():
    text = "Rutte said: “We will stand\nwith Ukraine.” The talks went on.\n\nHe left at noon."
    return Claims(text, PUB).build()


@case("QT03", "warning", "a-wrapped-line-never-closed")
def _():
    text = "Rutte said: “We will stand\nwith Ukraine. The talks went on.\n\nHe left at noon."
    return Claims(text, PUB).build()


@case("QT03", "pass", "one-quotation-nested-in-another")
def _():
    return Claims("Rutte said: “They told us “never again” and meant it.” He left.", PUB).build()


@case("QT03", "warning", "three-quotations-nested")
def _():
    return Claims("She said: “a “b “c” d” e” and left.", PUB).build()


@case("QT03", "pass", "marks-inside-markup-tags")
def _():
    return Claims('See <a title="x" href="y">the report</a> on Monday.', PUB).build()


@case("QT01", "warning", "a-credit-through-a-pronoun-is-a-warning-at-most")
def _():
    text = f'"{WORDS}" Paul Girard said. Later Maria Lopez spoke. "{WORDS}" she said.'
    c = Claims(text, PUB)
    paul, maria = c.entity("Paul Girard"), c.entity("Maria Lopez")
    c.quote(WORDS, paul, "Paul Girard")
    c.quote(WORDS, maria, "she", nth=1)
    return c.build()


@case("QT01", "warning", "a-carried-over-speaker-is-a-warning-at-most")
def _():
    text = f'"{WORDS}" Paul Girard said. Maria Lopez spoke next. "{WORDS}"'
    c = Claims(text, PUB)
    paul, maria = c.entity("Paul Girard"), c.entity("Maria Lopez")
    c.quote(WORDS, paul, "Paul Girard")
    c.quote(WORDS, maria, nth=1)
    return c.build()
