"""PE02 cases for the issue-16 second pass (two known names one letter apart, "[sic]",
a shared neighbour that makes a first-name variant a misspelling), registered into CASES."""

from __future__ import annotations

from tests.rules.builders import Claims, EntityKind
from tests.rules.cases import PUB, case


@case("PE02", "pass", "a-first-name-and-a-country-one-letter-apart")
def _():
    text = "Marta Ruiz flew home on Monday. The talks in Malta ended without a deal."
    c = Claims(text, PUB)
    c.entity("Marta Ruiz")
    c.entity("Malta", EntityKind.PLACE)
    return c.build()


@case("PE02", "pass", "a-plural-and-a-demonym-of-one-country")
def _():
    text = "The two Koreas met at the border. Koreans watched the talks on television."
    c = Claims(text, PUB)
    c.entity("Koreas", EntityKind.PLACE)
    c.entity("Koreans", EntityKind.GROUP)
    return c.build()


@case("PE02", "pass", "a-spelling-marked-sic")
def _():
    text = ("Dana Whitlock won the seat. The leaflet attacked “Dana Whitlok [sic] and her "
            "friends” on Monday.")
    c = Claims(text, PUB)
    c.entity("Dana Whitlock")
    return c.build()


@case("PE02", "warning", "two-first-names-beside-one-surname")
def _():
    text = "Hillary Brennan opened the hearing. Later, Hilary Brennan took questions."
    c = Claims(text, PUB)
    c.entity("Hillary Brennan")
    return c.build()


@case("PE02", "warning", "an-unknown-spelling-of-a-country")
def _():
    text = "Exports to Britain rose. Officials in Britian said the figures were final."
    c = Claims(text, PUB)
    c.entity("Britain", EntityKind.PLACE)
    c.entity("Britian", EntityKind.PLACE)
    return c.build()
