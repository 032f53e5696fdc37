"""City lookups: scans of the mapped file (one name, or many in one pass) until the scans
cost what the index would, then the index; all three find the same records."""

from __future__ import annotations

import pytest

from claimcheck.extraction import gazetteer


@pytest.fixture
def fresh():
    """The lookup state of a new process: no scans counted, no index, no cached answers."""
    gazetteer.forget_cities()
    yield
    gazetteer.forget_cities()


NAMES = [("Lyon", True), ("Springfield", True), ("Palm Beach", True), ("São Paulo", True),
         ("Nowhereville Qx", False)]


@pytest.mark.parametrize(("name", "exists"), NAMES)
def test_scan_and_index_find_the_same_cities(fresh, monkeypatch, name, exists):
    scanned = gazetteer.cities_named(name)
    gazetteer.forget_cities()
    monkeypatch.setattr(gazetteer, "_spent", gazetteer.INDEX_COST)
    assert gazetteer.cities_named(name) == scanned
    assert gazetteer._name_index.cache_info().currsize == 1  # the second answer was indexed
    assert bool(scanned) == exists
    assert all(city["name"] == name for city in scanned)


def test_one_pass_for_many_names_finds_what_one_scan_a_name_finds(fresh):
    names = [name for name, _ in NAMES]
    one_by_one = [gazetteer.cities_named(name) for name in names]
    gazetteer.forget_cities()
    gazetteer.look_up_cities([*names, "Lyon"])  # a name twice is looked up once
    assert gazetteer._spent == gazetteer.PASS_COST
    assert [gazetteer.cities_named(name) for name in names] == one_by_one
    assert gazetteer._spent == gazetteer.PASS_COST  # answered from the pass, no scan


def test_an_article_worth_of_names_builds_no_index(fresh):
    gazetteer.look_up_cities(f"Word{i}" for i in range(300))  # its capitalised words
    for i in range(6):  # its places, one by one (the corpus's articles: 2-6)
        gazetteer.cities_named(f"Lyon{i}")
    assert gazetteer._name_index.cache_info().currsize == 0


def test_a_batch_worth_of_names_builds_the_index_once(fresh):
    for article in range(5):
        gazetteer.look_up_cities(f"Word{article}-{i}" for i in range(300))
        for i in range(6):
            gazetteer.cities_named(f"Lyon{article}-{i}")
    assert gazetteer._name_index.cache_info().currsize == 1
    assert gazetteer._name_index.cache_info().misses == 1


def test_answers_are_forgotten_past_the_bound(fresh, monkeypatch):
    monkeypatch.setattr(gazetteer, "MAX_ANSWERS", 10)
    gazetteer.look_up_cities(f"Word{i}" for i in range(8))
    gazetteer.look_up_cities(f"Other{i}" for i in range(8))
    assert len(gazetteer._found) == 8
    assert gazetteer.cities_named("Lyon")[0]["name"] == "Lyon"
