"""spaCy entities as a veto and a fallback (see claimcheck.extraction.time.entities)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extraction.time.entities import read_entity, vetoed

PUB = dt.date(2024, 11, 23)


@pytest.mark.parametrize(
    ("phrase", "value"), [("Nov 5", "2024-11-05"), ("Dec 1st 2019", "2019-12-01")]
)
def test_fallback_reads_calendar_phrases(phrase, value):
    reading = read_entity(phrase, PUB)
    assert reading is not None and reading.value == value
    assert any("dateparser" in step for step in reading.derivation)


@pytest.mark.parametrize("phrase", ["44", "the 6-year-old", "quarterly", "annual"])
def test_fallback_refuses_what_names_no_calendar_word(phrase):
    assert read_entity(phrase, PUB) is None


def test_fallback_needs_a_publication_date():
    assert read_entity("Nov 5", None) is None


def test_veto_applies_to_ambiguous_rules_inside_names_only():
    names = [(0, 9)]
    assert vetoed("month", 0, 3, names)
    assert not vetoed("month", 10, 13, names)
    assert not vetoed("date_mdy", 0, 5, names)
