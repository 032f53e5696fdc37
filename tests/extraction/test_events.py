"""Events: kinds, participants, places, times through the parse, order, coreference."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EventKind, EventStatus, RelationType

PUB = dt.date(2024, 3, 15)  # a Friday


def _people(cs, ev):
    return {cs.entity(p.entity).name for p in ev.participants if p.entity}


def _places(cs, ev):
    return {cs.entity(p.entity).name for p in ev.places if p.entity}


def _days(cs, ev):
    return {cs.time(t).value for t in ev.times}


def _only(cs, kind):
    hits = [e for e in cs.events if e.kind is kind]
    assert len(hits) == 1, [(e.kind, e.trigger.text) for e in cs.events]
    return hits[0]


EVENTS = [
    ("verb with object", "Maria Lopez met Paul Girard in Lyon on Monday.", EventKind.MEETING,
     {"Maria Lopez", "Paul Girard"}, {"Lyon"}, {"2024-03-11"}),
    ("light verb and with", "Maria Lopez held talks with Paul Girard in Lyon on Tuesday.",
     EventKind.TALKS, {"Maria Lopez", "Paul Girard"}, {"Lyon"}, {"2024-03-12"}),
    ("between", "The summit between Paul Girard and Maria Lopez took place in Oslo on Monday.",
     EventKind.SUMMIT, {"Paul Girard", "Maria Lopez"}, {"Oslo"}, {"2024-03-11"}),
    ("phone call", "Maria Lopez had a phone call with Paul Girard on Thursday.",
     EventKind.CALL, {"Maria Lopez", "Paul Girard"}, set(), {"2024-03-14"}),
    ("possessive visit", "Anna Kowalski's visit to the plant in Gdansk ended on Wednesday.",
     EventKind.VISIT, {"Anna Kowalski"}, {"Gdansk"}, {"2024-03-13"}),
]


@pytest.mark.parametrize(("text", "kind", "people", "places", "days"), [e[1:] for e in EVENTS],
                         ids=[e[0] for e in EVENTS])
def test_event(claims, text, kind, people, places, days):
    cs = claims(text, PUB)
    ev = _only(cs, kind)
    assert _people(cs, ev) == people
    assert _places(cs, ev) == places
    assert _days(cs, ev) == days


def test_time_dates_the_verb_it_modifies_not_the_object(claims):
    text = "Maria Lopez requested a meeting with Paul Girard three days after the March 1 vote."
    cs = claims(text, PUB)
    request = _only(cs, EventKind.REQUEST)
    meeting = _only(cs, EventKind.MEETING)
    vote = _only(cs, EventKind.ELECTION)
    assert _days(cs, request) == {"2024-03-04"}
    assert meeting.times == []
    assert _days(cs, vote) == {"2024-03-01"}
    assert meeting.id in request.refers_to
    assert meeting.status is EventStatus.PLANNED
    assert (RelationType.AFTER, vote.id, "P3D") in {
        (r.type, r.target, r.offset) for r in request.relations}


def test_ahead_of_orders_a_statement_before_the_event(claims):
    text = ("Maria Lopez held talks with Paul Girard in Lyon on Tuesday. Ahead of the talks, "
            "Girard said he was hopeful.")
    cs = claims(text, PUB)
    talks = _only(cs, EventKind.TALKS)
    said = _only(cs, EventKind.STATEMENT)
    assert (RelationType.BEFORE, talks.id) in {(r.type, r.target) for r in said.relations}
    assert [m.text for m in talks.mentions] == ["talks"]


def test_following_orders_after_and_counts_the_two_leaders(claims):
    text = ("The summit between Paul Girard and Maria Lopez took place in Oslo on Monday. "
            "Following the summit, the two leaders issued a statement.")
    cs = claims(text, PUB)
    summit = _only(cs, EventKind.SUMMIT)
    statement = _only(cs, EventKind.STATEMENT)
    assert (RelationType.AFTER, summit.id) in {(r.type, r.target) for r in statement.relations}
    assert statement.participant_count.value == 2


def test_confirmation_refers_to_the_event_and_comes_after_it(claims):
    text = ("Maria Lopez visited Paul Girard in Lyon last month. A spokesman confirmed on Sunday "
            "that the visit had taken place.")
    cs = claims(text, PUB)
    visit = _only(cs, EventKind.VISIT)
    statement = _only(cs, EventKind.STATEMENT)
    assert statement.refers_to == [visit.id]
    assert (RelationType.ON_OR_AFTER, visit.id) in {
        (r.type, r.target) for r in statement.relations}
    assert _days(cs, statement) == {"2024-03-10"}


def test_a_different_meeting_is_not_merged(claims):
    text = ("Maria Lopez met Paul Girard in Lyon on Monday. On Tuesday, Girard attended a "
            "meeting of finance ministers in Brussels. The meeting lasted three hours.")
    cs = claims(text, PUB)
    meetings = [e for e in cs.events if e.kind is EventKind.MEETING]
    assert len(meetings) == 2
    lyon = next(e for e in meetings if _places(cs, e) == {"Lyon"})
    brussels = next(e for e in meetings if _places(cs, e) == {"Brussels"})
    assert lyon.mentions == []
    assert [m.text for m in brussels.mentions] == ["meeting"]


def test_definite_mention_joins_the_main_event_not_the_one_in_passing(claims):
    text = ("Maria Lopez met Paul Girard in Lyon on Monday. Speaking at a recent meeting in "
            "Rome, Lopez warned, “Time is short.” Before the meeting with Girard, Lopez said "
            "she was hopeful. The meeting ended at noon.")
    cs = claims(text, PUB)
    lyon = next(e for e in cs.events if _places(cs, e) == {"Lyon"})
    rome = next(e for e in cs.events if _places(cs, e) == {"Rome"})
    assert rome.mentions == []
    assert len(lyon.mentions) == 2


def test_definite_mention_prefers_an_event_of_its_own_kind(claims):
    text = ("Maria Lopez met Paul Girard in Lyon on Friday, a day after talks in Nice with "
            "trade officials. The talks on Thursday had lasted six hours, an aide said.")
    cs = claims(text, PUB)
    lyon = next(e for e in cs.events if _places(cs, e) == {"Lyon"})
    nice = next(e for e in cs.events if _places(cs, e) == {"Nice"})
    assert [m.text for m in nice.mentions] == ["talks"]
    assert lyon.mentions == []


def test_future_is_planned(claims):
    cs = claims("Paul Girard will meet Maria Lopez in Madrid next week.", PUB)
    assert _only(cs, EventKind.MEETING).status is EventStatus.PLANNED


NO_EVENTS = [
    ("call as demand", "Critics called the plan reckless."),
    ("meeting a target", "The company is on track for meeting its goals."),
]


@pytest.mark.parametrize("text", [n[1] for n in NO_EVENTS], ids=[n[0] for n in NO_EVENTS])
def test_no_event(claims, text):
    assert claims(text, PUB).events == []


def test_a_date_behind_before_is_a_relation_not_the_day(claims):
    cs = claims("Maria Lopez met Paul Girard in Lyon before Friday.", PUB)
    meeting = _only(cs, EventKind.MEETING)
    friday = next(t for t in cs.times if t.span.text == "Friday")
    assert meeting.times == []
    assert (RelationType.BEFORE, friday.id) in {(r.type, r.target) for r in meeting.relations}


def test_since_is_no_day_but_an_order(claims):
    cs = claims("Maria Lopez has visited Lyon every year since 2018.", PUB)
    visit = _only(cs, EventKind.VISIT)
    year = next(t for t in cs.times if t.span.text == "2018")
    assert visit.times == []
    assert [(r.type, r.target) for r in visit.relations] == [(RelationType.ON_OR_AFTER, year.id)]
    assert _places(cs, visit) == {"Lyon"}
    assert _people(cs, visit) == {"Maria Lopez"}


def test_possessive_date_dates_the_event_it_owns(claims):
    cs = claims("Ahead of Tuesday's vote, Maria Lopez met Paul Girard in Lyon.", PUB)
    vote = _only(cs, EventKind.ELECTION)
    meeting = _only(cs, EventKind.MEETING)
    assert _days(cs, vote) == {"2024-03-12"}
    assert (RelationType.BEFORE, vote.id) in {(r.type, r.target) for r in meeting.relations}


def test_dateline_does_not_date_the_event(claims):
    text = "OSLO, March 14, 2024 – Maria Lopez met Paul Girard yesterday."
    cs = claims(text, PUB)
    meeting = _only(cs, EventKind.MEETING)
    assert _days(cs, meeting) == {"2024-03-14"}
    assert [cs.time(t).span.text for t in meeting.times] == ["yesterday"]


def test_spoke_by_phone_is_a_call(claims):
    cs = claims("On Tuesday, Maria Lopez spoke by phone with Paul Girard.", PUB)
    call = _only(cs, EventKind.CALL)
    assert _people(cs, call) == {"Maria Lopez", "Paul Girard"}
    assert _days(cs, call) == {"2024-03-12"}


def test_event_noun_in_a_planned_clause_is_planned(claims):
    cs = claims("Maria Lopez will travel to Oslo for two days of talks with Paul Girard.", PUB)
    assert _only(cs, EventKind.TALKS).status is EventStatus.PLANNED


def test_a_year_inside_a_name_dates_nothing(claims):
    text = "Maria Lopez welcomed the announcements from the 2023 Oslo Climate Forum."
    cs = claims(text, PUB)
    assert all(ev.times == [] for ev in cs.events)


def test_counted_people_are_the_last_ones_named_together(claims):
    text = ("Maria Lopez met Paul Girard in Lyon on Monday. On Tuesday the three leaders held "
            "talks in Paris.")
    cs = claims(text, PUB)
    talks = _only(cs, EventKind.TALKS)
    assert talks.participant_count.value == 3
    assert _people(cs, talks) == {"Maria Lopez", "Paul Girard"}


@pytest.mark.parametrize("between", [
    # a verb that plans or promises is an event only with a day of its act
    "Ms. Ruiz called Ms. Marin, a former minister, an outstanding leader.",
    "Ms. Ruiz and Ms. Marin promised a recount.",
])
def test_counted_people_are_not_taken_from_a_verb_that_is_no_event(claims, between):
    text = ("Maria Lopez met Paul Girard in Lyon on Monday. " + between
            + " On Tuesday the two leaders held talks in Paris.")
    cs = claims(text, PUB)
    talks = _only(cs, EventKind.TALKS)
    assert _people(cs, talks) == {"Maria Lopez", "Paul Girard"}


def test_passive_light_verb_carries_the_event(claims):
    text = ("Maria Lopez met Paul Girard in Lyon. The meeting was held on Monday, officials "
            "confirmed in a statement on Tuesday.")
    cs = claims(text, PUB)
    meeting = _only(cs, EventKind.MEETING)
    statement = _only(cs, EventKind.STATEMENT)
    assert _days(cs, meeting) == {"2024-03-11"}
    assert _days(cs, statement) == {"2024-03-12"}
    assert statement.refers_to == [meeting.id]


def test_a_place_on_another_noun_is_not_the_events(claims):
    cs = claims("Maria Lopez arrived in Tokyo on Monday after a stop in Seoul.", PUB)
    travel = _only(cs, EventKind.TRAVEL)
    assert _places(cs, travel) == {"Tokyo"}


def test_a_mention_in_a_future_clause_does_not_join_a_past_event(claims):
    text = ("Maria Lopez met Paul Girard in Lyon on Monday. Trade will be central to the "
            "discussions next week.")
    cs = claims(text, PUB)
    meeting = _only(cs, EventKind.MEETING)
    assert meeting.mentions == []
    assert _days(cs, meeting) == {"2024-03-11"}


@pytest.mark.parametrize("text", [
    "Officials discussed preparations for the summit in Oslo.",
    "Officials met in anticipation of the summit in Oslo.",
    "Officials talked about the upcoming summit in Oslo.",
])
def test_a_summit_still_to_come_is_planned(claims, text):
    assert _only(claims(text, PUB), EventKind.SUMMIT).status is EventStatus.PLANNED


def test_an_event_counted_from_is_kept_even_when_bare(claims):
    cs = claims("Maria Lopez met Paul Girard two days after the vote.", PUB)
    meeting = _only(cs, EventKind.MEETING)
    vote = _only(cs, EventKind.ELECTION)
    assert (RelationType.AFTER, vote.id, "P2D") in {
        (r.type, r.target, r.offset) for r in meeting.relations}
    assert all(t.anchor.ref in (None, vote.id) for t in cs.times)


def test_a_date_before_the_reported_clause_dates_the_saying(claims):
    """ "said on Monday he would meet ... on Friday": the parse hangs "on Monday" on
    "meet"; it stands before the reported clause's subject, so it dates the saying."""
    cs = claims("The minister said on Monday he would meet the president on Friday.", PUB)
    meeting = _only(cs, EventKind.MEETING)
    assert [cs.time(t).span.text for t in meeting.times] == ["Friday"]


@pytest.mark.parametrize("text", [
    "The meeting, which took place on Monday, March 11, ended without a deal.",
    "The talks, held on Monday in Rome, ended without a deal.",
])
def test_a_relative_clause_or_participle_dates_and_places_its_event(claims, text):
    cs = claims(text, PUB)
    event = next(e for e in cs.events if e.kind in (EventKind.MEETING, EventKind.TALKS))
    assert [cs.time(t).span.text.split(",")[0] for t in event.times] == ["Monday"]
    if "Rome" in text:
        assert [p.span.text for p in event.places] == ["Rome"]


def test_a_relative_clause_on_a_person_dates_nothing_of_the_event(claims):
    cs = claims("The minister, who arrived in Rome on Monday, praised the talks.", PUB)
    assert all(not e.times for e in cs.events if e.kind is EventKind.TALKS)


def test_according_to_a_statement_reports_on_the_clause_event(claims):
    cs = claims("The meeting, which took place on Monday, March 11, lasted two hours, according "
                "to a statement released by the government on Tuesday.", PUB)
    meeting = _only(cs, EventKind.MEETING)
    statement = _only(cs, EventKind.STATEMENT)
    assert meeting.id in statement.refers_to
    assert (RelationType.ON_OR_AFTER, meeting.id) in {(r.type, r.target)
                                                       for r in statement.relations}


POSSESSIVE_DAYS = [
    # (text, trigger that must carry no time): the day belongs to its possessor noun
    ("The mayor, who has become a rival to the governor's likely next Monday's primaries, "
     "spoke.", "become"),
    ("Officials prepared Friday's celebrations in the square.", "prepared"),
]


@pytest.mark.parametrize(("text", "trigger"), POSSESSIVE_DAYS, ids=[t for _, t in POSSESSIVE_DAYS])
def test_a_possessive_day_dates_its_possessor_not_the_verb_above_it(claims, text, trigger):
    cs = claims(text)
    assert all(not e.times for e in cs.events if e.trigger.text == trigger)


def test_a_possessive_day_on_an_event_noun_dates_that_event(claims):
    cs = claims("Police arrested two men over Saturday's attack on the embassy.")
    attack = next(e for e in cs.events if e.trigger.text == "attack")
    assert [cs.time(t).span.text for t in attack.times] == ["Saturday"]
