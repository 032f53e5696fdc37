"""Whether an event's own words tell of several happenings of its kind (``Event.several``).

A plural event noun, other than the plurals news uses for one happening ("the
talks"); a happening told to recur ("again"); places coordinated on one mention.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2024, 3, 16)


def _several(cs, lemma):
    return next(e for e in cs.events if e.lemma == lemma).several


@pytest.mark.parametrize(("text", "lemma"), [
    ("Mourners gathered after the attacks in Lyon on Friday.", "attack"),
    ("Police questioned witnesses after Monday's shootings in Leeds.", "shooting"),
    ("The ministry made the request on March 4 and again on March 5.", "request"),
    ("The envoys met again in Rome on Tuesday.", "meet"),
    ("He is wanted over the shooting of two guards in Lyon and Nantes last year.", "shooting"),
])
def test_words_that_tell_of_several_happenings(claims, text, lemma):
    assert _several(claims(text, PUB), lemma)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Mourners gathered after the attack in Lyon on Friday.", "attack"),
    ("The talks in Geneva ended on Friday.", "talk"),
    ("Voters went to the polls in the elections on Sunday.", "election"),
    ("The envoys met in Rome on Tuesday.", "meet"),
])
def test_words_that_tell_of_one_happening(claims, text, lemma):
    assert not _several(claims(text, PUB), lemma)
