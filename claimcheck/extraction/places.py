"""Place names to gazetteer entries, with what contains them.

A name is tried as a continent, a country, a first-level region (US states
first) and a city, in that order, except that a large city wins over a
region of the same name ("Washington"). An ambiguous city is settled by
context, the places the article names nearby ("Palm Beach" beside
"Florida"), and otherwise only when one candidate is far larger than the
rest. A name the gazetteer does not know, or cannot settle, resolves to
None: the entity keeps its text and is never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimcheck.extraction import gazetteer
from claimcheck.lang.en.places import CONTINENTS
from claimcheck.models import Place

BIG_CITY = 500_000
"""A city this large wins over a region of the same name ("Washington")."""

DOMINANCE = 5
"""Without context, the largest candidate wins only when this many times larger."""


@dataclass
class Context:
    """What the article says around a name: country and region codes, nearest first."""

    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)  # ISO 3166-2, e.g. "US-FL"

    def extend(self, place: Place | None) -> None:
        if place is None:
            return
        if place.country_code and place.country_code not in self.countries:
            self.countries.append(place.country_code)
        if place.region_code and place.region_code not in self.regions:
            self.regions.append(place.region_code)


def resolve(name: str, context: Context | None = None, *, cities: bool = True) -> Place | None:
    """The gazetteer entry for ``name``; None when unknown or unsettled."""
    context = context or Context()
    clean = name.strip()
    if clean.lower().startswith("the "):
        clean = clean[4:]
    key = clean.lower()
    if key in CONTINENTS:
        return _continent(clean)
    code = gazetteer.country_code(clean)
    if code:
        return country_place(code)
    state = _us_state(clean)
    if state is not None and context.countries and "US" not in context.countries:
        other = _region(clean, context)  # "Florida" in a story about Uruguay
        if other is not None and other.country_code in context.countries:
            return other
    if not cities:
        return state
    city = _city(clean, context)
    if state and city and (city.country_code != "US" or not big(city)):
        return state
    if city or state:
        return city or state
    return _region(clean, context)  # pycountry's subdivisions: loaded only when needed


def country_place(code: str) -> Place:
    rec = gazetteer.countries().get(code, {})
    continent = gazetteer.continents().get(rec.get("continentcode", ""), None)
    name = gazetteer.country_name(code)
    return Place(
        name=name, feature="country", geonameid=rec.get("geonameid"),
        country=name, country_code=code, within=[continent] if continent else [],
    )


def _continent(name: str) -> Place:
    return Place(
        name=name, feature="continent",
        geonameid=gazetteer.continent_ids().get(name.lower()), within=[],
    )


def _us_state(name: str) -> Place | None:
    state = gazetteer.us_states_by_name().get(name.lower())
    if state is None:
        return None
    return Place(
        name=state["name"], feature="region", geonameid=state["geonameid"],
        region=state["name"], region_code=f"US-{state['code']}",
        country="United States", country_code="US", within=["United States"],
    )


def _region(name: str, context: Context) -> Place | None:
    """A first-level division outside the US, settled by the countries in context."""
    candidates: list[Place] = []
    for sub in gazetteer.subdivisions_by_name().get(name.lower(), []):
        if sub.country_code == "US":
            continue
        country = gazetteer.country_name(sub.country_code)
        candidates.append(Place(
            name=sub.name, feature="region", region=sub.name, region_code=sub.code,
            country=country, country_code=sub.country_code, within=[country],
        ))
    if not candidates:
        return None
    in_context = [c for c in candidates if c.country_code in context.countries]
    if in_context:
        return in_context[0]
    return candidates[0] if len(candidates) == 1 else None


def _city(name: str, context: Context) -> Place | None:
    records = gazetteer.cities_named(name)
    if not records:
        return None
    chosen = _settle(records, context)
    return _city_place(chosen) if chosen else None


def _settle(records: Iterable[dict[str, Any]], context: Context) -> dict[str, Any] | None:
    records = sorted(records, key=lambda r: -r.get("population", 0))
    for region in context.regions:
        country, _, admin = region.partition("-")
        for rec in records:
            if rec["countrycode"] == country and rec.get("admin1code") == admin:
                return rec
    for country in context.countries:
        matching = [r for r in records if r["countrycode"] == country]
        if matching:
            return matching[0]
    if len(records) == 1:
        return records[0]
    first, second = records[0], records[1]
    if first.get("population", 0) >= DOMINANCE * max(second.get("population", 0), 1):
        return first
    return None


def _city_place(rec: dict[str, Any]) -> Place:
    code = rec["countrycode"]
    country = gazetteer.country_name(code)
    region = region_code = None
    if code == "US":
        state = gazetteer.us_states().get(rec.get("admin1code", ""))
        if state:
            region, region_code = state["name"], f"US-{state['code']}"
    within = [x for x in (region, country) if x]
    return Place(
        name=rec["name"], feature="city", geonameid=rec["geonameid"], region=region,
        region_code=region_code, country=country, country_code=code, within=within,
    )


def big(place: Place) -> bool:
    """A city of at least ``BIG_CITY`` people (a country, region or continent is not one)."""
    records = gazetteer.cities_named(place.name)
    return any(r["geonameid"] == place.geonameid and r.get("population", 0) >= BIG_CITY
               for r in records)
