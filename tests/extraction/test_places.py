"""Place resolution against the offline gazetteer: no language model needed."""

from __future__ import annotations

import pytest

from claimcheck.extraction.places import Context, resolve

CASES = [
    # name, context regions, context countries, expected (name, feature, country, within)
    ("Budapest", [], [], ("Budapest", "city", "HU", ["Hungary"])),
    ("Florida", [], [], ("Florida", "region", "US", ["United States"])),
    ("Palm Beach", ["US-FL"], ["US"], ("Palm Beach", "city", "US", ["Florida", "United States"])),
    ("Palm Beach", [], ["AU"], ("Palm Beach", "city", "AU", ["Australia"])),
    ("Washington", [], [], ("Washington", "city", "US", ["District of Columbia", "United States"])),
    ("the U.S.", [], [], ("United States", "country", "US", ["North America"])),
    ("North Korea", [], [], ("North Korea", "country", "KP", ["Asia"])),
    ("Russia", [], [], ("Russia", "country", "RU", ["Europe"])),
    ("Britain", [], [], ("United Kingdom", "country", "GB", ["Europe"])),
    ("Europe", [], [], ("Europe", "continent", None, [])),
]


@pytest.mark.parametrize(("name", "regions", "countries", "want"), CASES,
                         ids=[f"{c[0]}-{'/'.join(c[1] + c[2]) or 'none'}" for c in CASES])
def test_resolves(name, regions, countries, want):
    place = resolve(name, Context(countries=countries, regions=regions))
    assert place is not None
    assert (place.name, place.feature, place.country_code, place.within) == want


@pytest.mark.parametrize("name", ["Palm Beach", "Xqzvillage", "Springfield", "Atlantis Bay"])
def test_unknown_or_unsettled_names_are_never_guessed(name):
    """Palm Beach alone could be Florida or Australia; the others are unknown or many."""
    assert resolve(name) is None


def test_region_is_chosen_by_country_context():
    assert resolve("Florida", Context(countries=["UY"])).country_code == "UY"
