"""An event noun's day from the clause around it: a light verb's participle after the
noun phrase and a comma; a clause that happens "in"/"at"/"during" the event."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import LinkBasis

PUB = dt.date(2024, 3, 16)  # a Saturday


def _links(cs, lemma):
    ev = next(e for e in cs.events if e.lemma == lemma)
    return {cs.time(k.time).value: k.basis for k in ev.time_links}


@pytest.mark.parametrize(("text", "lemma", "day", "basis"), [
    # the participle hangs on the subject in the parse; it tells of the event noun
    ("Turnout in the election, held on March 10, was about 60 percent, officials said.",
     "election", "2024-03-10", LinkBasis.CLAUSE),
    ("Voters in the referendum, held on March 10, rejected the plan.",
     "referendum", "2024-03-10", LinkBasis.CLAUSE),
    # a clause that happens at the event: its day is the event's too, as a guess
    ("On Tuesday, two guards were injured in an attack.", "attack", "2024-03-12",
     LinkBasis.SENTENCE),
    ("Residents voted in a referendum on Sunday.", "referendum", "2024-03-10",
     LinkBasis.SENTENCE),
])
def test_an_event_noun_takes_its_day_from_the_clause(claims, text, lemma, day, basis):
    assert _links(claims(text, PUB), lemma).get(day) is basis


@pytest.mark.parametrize(("text", "lemma"), [
    # "after", "before" set another time: the clause's day is not the event's
    ("On Tuesday, two guards were injured after an attack.", "attack"),
    # the participle is not a light verb's: it says nothing of the election's day
    ("The winner of the election, announced on March 10, thanked voters.", "election"),
])
def test_no_day_from_a_clause_that_does_not_happen_at_the_event(claims, text, lemma):
    cs = claims(text, PUB)
    ev = next((e for e in cs.events if e.lemma == lemma), None)
    assert ev is None or "2024-03-12" not in _links(cs, lemma) and \
        "2024-03-10" not in _links(cs, lemma)
