"""A date that premodifies a noun ("the Jan. 14 deadline", "the Dec. 28 meeting") dates
that noun: the event it names; when the noun is no event, the verb it is the subject of
("the Aug. 7 truck bomb killed ..."), never a verb it is an object of."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2015, 12, 10)


def _dated(cs):
    return {e.lemma: sorted(cs.time(t).span.text for t in e.times) for e in cs.events}


@pytest.mark.parametrize(("text", "lemma", "day"), [
    ("The officials said the Dec. 28 meeting with the envoy was cancelled.", "meeting",
     "Dec. 28"),
    ("Aides said the minister's Dec. 28 visit to the port would go ahead.", "visit",
     "Dec. 28"),
    # a full date set off by commas, which the parse takes apart from its noun
    ("Two men were charged in the June 3, 2011, bombing of the rail depot.", "bombing",
     "June 3, 2011"),
    ("Prosecutors tied the pair to the March 4, 2019, attack on the depot.", "attack",
     "March 4, 2019"),
])
def test_a_premodifying_date_dates_its_event_noun(claims, text, lemma, day):
    dated = _dated(claims(text, PUB))
    assert dated[lemma] == [day]
    assert all(day not in days for other, days in dated.items() if other != lemma)


@pytest.mark.parametrize("text", [
    "Meissner gave no reason for the Jan. 14 deadline.",
    "The company paid the Nov. 30 dividend to its shareholders.",
    "Officials explained the Dec. 28 schedule to the press.",
])
def test_a_premodifying_date_on_a_noun_that_is_no_event_dates_nothing(claims, text):
    assert all(not days for days in _dated(claims(text, PUB)).values())


def test_a_premodifying_date_on_a_subject_dates_its_predicate(claims):
    dated = _dated(claims("The Aug. 7 truck bomb killed more than 200 people.", PUB))
    assert dated["kill"] == ["Aug. 7"]
