"""Two more ways a verb's day is found: the act of a verb that plans or promises keeps the
day of the act and no other (``events.act_phrase``), and the verb an aspectual or
implicative verb governs is one happening with it (``PHASE_VERBS``)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EventStatus

PUB = dt.date(2025, 5, 14)  # a Wednesday


def _events(cs, lemma):
    return [e for e in cs.events if e.lemma == lemma]


def _days(cs, lemma):
    return {cs.time(t).value for e in _events(cs, lemma) for t in e.times}


@pytest.mark.parametrize(("text", "lemma", "day"), [
    # a date before the verb, fronted or between subject and verb
    ("On Monday, the council scheduled a vote for June 3.", "schedule", "2025-05-12"),
    ("The prime minister on Tuesday promised a public inquiry.", "promise", "2025-05-13"),
    ("Last week the union threatened a walkout at the port.", "threaten", "2025-W19"),
    # an adverbial right after the verb, before its complement
    ("The governor vowed on Sunday to rebuild the bridge.", "vow", "2025-05-11"),
    ("Protesters called Monday for new elections.", "call", "2025-05-12"),
    ("On Saturday, volunteers put up a memorial in the square.", "put", "2025-05-10"),
])
def test_a_planning_verb_keeps_the_day_of_its_own_act(claims, text, lemma, day):
    assert _days(claims(text, PUB), lemma) == {day}


@pytest.mark.parametrize(("text", "lemma"), [
    ("The governor vowed to rebuild the bridge by the end of June.", "vow"),
    ("The minister promised to resign on Friday.", "promise"),
    ("The union called for a strike on Monday.", "call"),
    ("Opposition parties have called a general shutdown in the state on May 23.", "call"),
    ("The rebels threatened new attacks on the capital in June.", "threaten"),
    ("The court set Friday as the deadline for the appeal.", "set"),
    ("The sale, which is expected in December, needs approval.", "expect"),
    ("Officials scheduled talks for Thursday.", "schedule"),
    ("The vote was postponed until June 9.", "postpone"),
    ("A launch date of June 21 proposed for the mission could slip.", "propose"),
])
def test_a_day_the_verb_plans_is_not_its_act(claims, text, lemma):
    assert _days(claims(text, PUB), lemma) == set()


def test_what_a_scheduling_verb_names_still_takes_the_planned_day(claims):
    cs = claims("On Monday, the council scheduled a vote for June 3.", PUB)
    assert _days(cs, "vote") == {"2025-06-03"}
    assert all(e.status is EventStatus.PLANNED for e in _events(cs, "vote"))


@pytest.mark.parametrize(("text", "lemma", "predicate", "day"), [
    ("Shares of the company began trading in August.", "begin", "trading", "2024-08"),
    ("The firm stopped paying a dividend in 2019.", "stop", "paying", "2019"),
    ("Rescuers managed to reach the village on Monday.", "manage", "reach", "2025-05-12"),
    ("Workers resumed loading ships on Tuesday.", "resume", "loading", "2025-05-13"),
    ("The reactor continued to run during March.", "continue", "run", "2025-03"),
])
def test_an_aspectual_or_implicative_verb_and_its_complement_are_one_happening(
        claims, text, lemma, predicate, day):
    cs = claims(text, PUB)
    (ev,) = _events(cs, lemma)
    assert [p.text for p in ev.predicates] == [predicate]
    assert {cs.time(t).value for t in ev.times} == {day}
    assert not [e for e in cs.events if e.trigger.text == predicate]


@pytest.mark.parametrize(("text", "lemma"), [
    ("The court refused to order a new hearing on Thursday.", "refuse"),
    ("The minister declined to comment on Friday.", "decline"),
])
def test_a_negative_implicative_does_not_take_what_did_not_happen(claims, text, lemma):
    cs = claims(text, PUB)
    assert all(e.predicates == [] for e in _events(cs, lemma))


@pytest.mark.parametrize(("text", "noun", "verb"), [
    ("Police arrested a man over the 2019 bombing that killed four people.", "bombing",
     "killed"),
    ("Investigators examined the May 2 explosion that injured six passengers.", "explosion",
     "injured"),
])
def test_an_event_verb_in_a_clause_on_an_event_noun_is_the_noun_event(claims, text, noun, verb):
    cs = claims(text, PUB)
    (ev,) = _events(cs, noun)
    assert [p.text for p in ev.predicates] == [verb]
    assert not [e for e in cs.events if e.trigger.text == verb]


def test_an_act_done_to_the_event_noun_stays_its_own_event(claims):
    cs = claims("The agreement, signed by 40 countries last month in Oslo, took effect.", PUB)
    assert all(p.text != "signed" for e in _events(cs, "agreement") for p in e.predicates)
    assert [e.trigger.text for e in cs.events if e.lemma == "sign"] == ["signed"]
