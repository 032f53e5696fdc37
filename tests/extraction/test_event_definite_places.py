"""A definite mention of an event noun in a later paragraph names the earlier event of the
same word when nothing parts them, so a second place reaches that event through
coreference and the place rule reports it (a warning: coreference is no proof)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import validate
from claimcheck.models import Severity

PUB = dt.date(2023, 6, 14)
FILLER = "Officials gave few details of the plan in public."

# (first paragraph, later paragraph, second place differs?)
CASES = [
    ("Police arrested the activist at a cafe in Lyon on Monday.",
     "The arrest in Porto drew protests.", True),
    ("Police arrested the activist at a cafe in Lyon on Monday.",
     "The arrest in Lyon drew protests.", False),
    ("The two states signed the treaty in Quito on Monday.",
     "The signing in Lima closed years of talks.", True),
    ("The two states signed the treaty in Quito on Monday.",
     "The signing in Ecuador closed years of talks.", False),  # Quito is in Ecuador
    ("The summit, held in Accra on Monday, drew leaders from ten states.",
     "At the Prague summit, leaders agreed to meet again.", True),
    ("The summit, held in Accra on Monday, drew leaders from ten states.",
     "At the Accra summit, leaders agreed to meet again.", False),
    ("A conference on water rights opened in Madrid on Monday.",
     "Delegates at the conference in Vienna urged more aid.", True),
    ("A conference on water rights opened in Madrid on Monday.",
     "Delegates at the conference in Madrid urged more aid.", False),
]


@pytest.mark.parametrize(("first", "later", "differs"), CASES)
def test_definite_mention_carries_its_place_to_the_antecedent(nlp, first, later, differs):
    text = f"Headline words\n\n{first}\n\n{FILLER}\n\n{later}\n"
    pl01 = [f for f in validate(text, published=PUB).files[0].findings if f.code == "PL01"]
    if differs:
        assert pl01, text
        assert all(f.severity is Severity.WARNING for f in pl01)  # rests on coreference
    else:
        assert pl01 == [], [f.message for f in pl01]


def test_two_dated_happenings_of_one_word_stay_two(nlp):
    text = ("Headline words\n\nPolice arrested one man in Lyon on Monday.\n\n"
            "On Thursday, police arrested a second man in Porto.\n")
    assert [f for f in validate(text, published=PUB).files[0].findings if f.code == "PL01"] == []


def test_place_premodifier_of_another_person_stays_apart(nlp):
    text = ("Headline words\n\nThe ministers met in Accra on Monday.\n\n"
            "The Biden meeting in Dakar was set for June.\n")
    assert [f for f in validate(text, published=PUB).files[0].findings if f.code == "PL01"] == []


@pytest.mark.parametrize("text", [
    # a singular mention of a plural event's word is one of the series, not the series
    "Headline words\n\nA string of bombings in Leeds alarmed the police.\n\n"
    "One man was charged over the York bombing.\n",
    # a place-named mention with its own, different date is another event
    "Headline words\n\nThe ministers ended a two-day meeting in Brussels on Monday.\n\n"
    "The work began at the Vienna summit in March last year.\n",
])
def test_place_named_mention_of_another_event_stays_apart(nlp, text):
    assert [f for f in validate(text, published=PUB).files[0].findings if f.code == "PL01"] == []


def test_two_events_named_by_their_places_stay_two(nlp):
    text = ("Headline words\n\nThe ministers prepared for the Vienna summit on June 16.\n\n"
            "That summit ends the work launched at the Prague summit last year.\n")
    assert [f for f in validate(text, published=PUB).files[0].findings if f.code == "PL01"] == []
