"""The verbs that carry a noun's event (``Event.predicates``), a clause on an event noun
as one of them, and the day a scheduling verb sets for the happening it names."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EventStatus, LinkBasis

PUB = dt.date(2025, 5, 14)  # a Wednesday


def _event(cs, lemma):
    return next(e for e in cs.events if e.lemma == lemma)


def _days(cs, ev):
    return {cs.time(k.time).value: k.basis for k in ev.time_links}


@pytest.mark.parametrize(("text", "lemma", "predicates"), [
    # a light verb, a stage verb, an occurrence verb: each carries the noun's event
    ("The two ministers held talks in Vienna on Monday.", "talk", ["held"]),
    ("On Tuesday the negotiations resumed in Geneva.", "negotiation", ["resumed"]),
    ("The ceremony took place in Porto on Sunday.", "ceremony", ["took"]),
    ("Organisers wrapped up the summit in Nairobi on Friday.", "summit", ["wrapped"]),
    # a relative or participial clause on the event noun tells of the event itself
    ("The March 2021 explosion that wrecked the depot was investigated.", "explosion",
     ["wrecked"]),
    ("The referendum, held on May 4, settled nothing.", "referendum", ["held"]),
])
def test_the_verbs_that_carry_a_noun_event_are_its_predicates(claims, text, lemma, predicates):
    ev = _event(claims(text, PUB), lemma)
    assert [p.text for p in ev.predicates] == predicates
    assert all(p.text in text[p.start:p.end] for p in ev.predicates)


@pytest.mark.parametrize("text", [
    "The committee voted on Monday.",
    "Rebels attacked the convoy near Goma on Monday.",
])
def test_a_verb_event_has_no_predicates_besides_its_trigger(claims, text):
    cs = claims(text, PUB)
    assert cs.events and all(e.predicates == [] for e in cs.events)


@pytest.mark.parametrize(("text", "lemma", "day"), [
    ("The referendum, held on May 4, settled nothing.", "referendum", "2025-05-04"),
    ("The strike, which began on May 5, ended a week later.", "strike", "2025-05-05"),
])
def test_a_date_in_a_clause_on_the_noun_stays_explicit(claims, text, lemma, day):
    cs = claims(text, PUB)
    assert _days(cs, _event(cs, lemma)).get(day) is LinkBasis.EXPLICIT


@pytest.mark.parametrize(("text", "lemma", "day"), [
    ("The talks were scheduled for Thursday.", "talk", "2025-05-15"),
    ("Union leaders have scheduled a strike for June 2.", "strike", "2025-06-02"),
    ("The council postponed the vote to May 28.", "vote", "2025-05-28"),
    ("The election was delayed to September 7.", "election", "2025-09-07"),
    ("Organisers planned a march through the capital on Saturday.", "march", "2025-05-17"),
    ("Analysts expect a ruling from the court on June 10.", "ruling", "2025-06-10"),
])
def test_a_scheduling_verb_dates_what_it_schedules(claims, text, lemma, day):
    cs = claims(text, PUB)
    ev = _event(cs, lemma)
    # a date the verb governs is a plan, which can change: no proof (the parse may also
    # hang the date on the noun itself, "a strike for June 2", which says so outright)
    assert _days(cs, ev).get(day) in (LinkBasis.SENTENCE, LinkBasis.EXPLICIT)
    assert ev.status is EventStatus.PLANNED


def test_a_date_the_scheduling_verb_governs_is_a_sentence_link(claims):
    cs = claims("The talks were scheduled for Thursday.", PUB)
    assert _days(cs, _event(cs, "talk")) == {"2025-05-15": LinkBasis.SENTENCE}


@pytest.mark.parametrize(("text", "lemma", "not_day"), [
    # the date before the verb is the scheduling's, not the happening's
    ("On Monday, officials scheduled talks for Thursday.", "talk", "Monday"),
    ("Last week the board postponed the hearing to June 3.", "hearing", "Last week"),
])
def test_the_scheduling_day_is_not_the_happening_day(claims, text, lemma, not_day):
    cs = claims(text, PUB)
    ev = next((e for e in cs.events if e.lemma == lemma), None)
    assert ev is not None and ev.times  # the day set is its own
    assert not any(cs.time(t).span.text == not_day for t in ev.times)


@pytest.mark.parametrize("text", [
    "The council did not schedule a vote for Monday.",
    "The board has not postponed the hearing to June 3.",
])
def test_a_negated_scheduling_verb_sets_no_day(claims, text):
    cs = claims(text, PUB)
    assert cs.times  # the day is found, but it dates nothing
    assert not any(e.times or e.status is EventStatus.PLANNED for e in cs.events)


def _places(cs, ev):
    return {p.span.text: p.basis for p in ev.places}


@pytest.mark.parametrize(("text", "lemma", "place", "basis"), [
    # a place in a clause on the noun is the noun's own, as before the clause was an anchor
    ("The talks, held in Rome on Monday, ended early.", "talk", "Rome", LinkBasis.EXPLICIT),
    ("The summit, which took place in Accra, closed on Friday.", "summit", "Accra",
     LinkBasis.EXPLICIT),
    # a scheduling verb passes the place after it to what it schedules, as a guess
    ("The talks were scheduled in Oslo for Thursday.", "talk", "Oslo", LinkBasis.SENTENCE),
    ("The hearing was set in Leeds for June 9.", "hearing", "Leeds", LinkBasis.SENTENCE),
])
def test_the_place_of_a_clause_or_a_plan(claims, text, lemma, place, basis):
    cs = claims(text, PUB)
    assert _places(cs, _event(cs, lemma)).get(place) is basis


def test_a_place_before_the_scheduling_verb_is_the_scheduling_place(claims):
    cs = claims("On Monday in Paris, officials scheduled talks for Thursday.", PUB)
    assert "Paris" not in _places(cs, _event(cs, "talk"))
