"""City lookups: a scan of the mapped file until the scans cost what the index would, then
the index; both find the same records."""

from __future__ import annotations

import pytest

from claimcheck.extraction import gazetteer


@pytest.fixture
def fresh(monkeypatch):
    """The lookup state of a new process: no scans counted, no index, no cached answers."""
    monkeypatch.setattr(gazetteer, "_scans", 0)
    gazetteer._name_index.cache_clear()
    gazetteer.cities_named.cache_clear()
    yield
    gazetteer._name_index.cache_clear()
    gazetteer.cities_named.cache_clear()


NAMES = [("Lyon", True), ("Springfield", True), ("Palm Beach", True), ("São Paulo", True),
         ("Nowhereville Qx", False)]


@pytest.mark.parametrize(("name", "exists"), NAMES)
def test_scan_and_index_find_the_same_cities(fresh, monkeypatch, name, exists):
    scanned = gazetteer.cities_named(name)
    gazetteer.cities_named.cache_clear()
    monkeypatch.setattr(gazetteer, "_scans", gazetteer.SCANS_BEFORE_INDEX)
    assert gazetteer.cities_named(name) == scanned
    assert gazetteer._name_index.cache_info().currsize == 1  # the second answer was indexed
    assert bool(scanned) == exists
    assert all(city["name"] == name for city in scanned)


def test_an_article_worth_of_names_builds_no_index(fresh):
    for i in range(20):  # the most names one corpus article looks up
        gazetteer.cities_named(f"Lyon{i}")
    assert gazetteer._name_index.cache_info().currsize == 0


def test_a_batch_worth_of_names_builds_the_index_once(fresh):
    for i in range(gazetteer.SCANS_BEFORE_INDEX + 5):
        gazetteer.cities_named(f"Lyon{i}")
    assert gazetteer._name_index.cache_info().currsize == 1
    assert gazetteer._name_index.cache_info().misses == 1
