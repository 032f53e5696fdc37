"""A verb of occurrence with a day of its own puts the whole happening on that day
(``Event.one_day``); a day set off by a comma after a definite mention is said of the
happening already named, so the mention still joins it."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2021, 3, 9)  # a Tuesday


def _event(cs, lemma):
    return next(e for e in cs.events if e.lemma == lemma)


@pytest.mark.parametrize(("text", "lemma", "one_day"), [
    ("The ceremony took place in Nairobi on Sunday.", "ceremony", True),
    ("Turnout in the election, held on February 25, was low.", "election", True),
    ("The summit was held on Monday in Lisbon.", "summit", True),
    ("The vote happened on Sunday.", "vote", True),
    # a beginning or an end is not the whole of it
    ("The summit opened on Monday in Lisbon.", "summit", False),
    ("The ceremony took place in March.", "ceremony", False),
    ("The annual conference held here Monday and Tuesday warned of risks.", "conference",
     False),
    ("The ceremony in Nairobi drew thousands on Sunday.", "ceremony", False),
])
def test_a_verb_of_occurrence_with_a_day_puts_it_on_that_day(claims, text, lemma, one_day):
    assert _event(claims(text, PUB), lemma).one_day is one_day


@pytest.mark.parametrize(("text", "lemma", "days"), [
    # the day set off by commas is said of the referendum already named: one event
    ("Voters rejected the plan in a referendum on Sunday. Analysts were surprised. "
     "The referendum, held on February 25, drew a low turnout.", "referendum",
     {"2021-03-07", "2021-02-25"}),
    ("The ceremony took place in Nairobi on Sunday. Crowds gathered. At the ceremony, "
     "held on February 25, the mayor laid a wreath.", "ceremony",
     {"2021-03-07", "2021-02-25"}),
])
def test_a_set_off_day_does_not_keep_a_definite_mention_apart(claims, text, lemma, days):
    cs = claims(text, PUB)
    events = [e for e in cs.events if e.lemma == lemma]
    assert len(events) == 1
    assert {cs.time(t).value for t in events[0].times} == days


def test_a_restrictive_day_names_another_happening(claims):
    cs = claims("The bombing on Sunday hit the market. Police said the bombing on "
                "February 25 had hit the same street.", PUB)
    assert len([e for e in cs.events if e.lemma == "bombing"]) == 2


def test_a_setting_on_the_object_dates_the_event_noun(claims):
    cs = claims("Voters rejected the plan in a referendum on Sunday.", PUB)
    ev = _event(cs, "referendum")
    assert {cs.time(t).value for t in ev.times} == {"2021-03-07"}
