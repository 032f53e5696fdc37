"""A reporting verb is an event with its own day; what it reports keeps its own day, and a
planned event reported in the past counts its weekday from the day of the saying."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EventKind, EventStatus, StatusBasis

PUB = dt.date(2024, 3, 15)  # a Friday


def _days(cs, ev):
    return {cs.time(t).value for t in ev.times}


def _event(cs, lemma):
    found = [e for e in cs.events if e.lemma == lemma]
    assert found, [(e.lemma, e.kind) for e in cs.events]
    return found[0]


@pytest.mark.parametrize("text", [
    "Officials said the bridge collapsed on Tuesday.",
    "The mayor told reporters that the bridge collapsed.",
    "The agency reported a rise in exports.",
])
def test_a_bare_reporting_verb_is_a_statement_event(claims, text):
    cs = claims(text, PUB)
    statements = [e for e in cs.events if e.kind is EventKind.STATEMENT]
    assert len(statements) == 1
    assert statements[0].status is EventStatus.OCCURRED
    assert statements[0].status_basis is StatusBasis.STATED


@pytest.mark.parametrize(("text", "reported", "its_day", "said_day"), [
    ("The two sides will sign the deal on Thursday, March 21, officials said on Monday.",
     "sign", "2024-03-21", "2024-03-11"),
    ("The minister said on Tuesday that the bridge collapsed on Monday.", "collapse",
     "2024-03-11", "2024-03-12"),
    ("On Wednesday, police said the suspect was arrested on Sunday.", "arrest", "2024-03-10",
     "2024-03-13"),
])
def test_the_saying_keeps_its_own_day(claims, text, reported, its_day, said_day):
    cs = claims(text, PUB)
    saying = next(e for e in cs.events if e.kind is EventKind.STATEMENT)
    assert _days(cs, saying) == {said_day}
    assert _days(cs, _event(cs, reported)) == {its_day}


@pytest.mark.parametrize(("text", "lemma", "day"), [
    # counted forward from the saying (Monday, March 11), not from publication
    ("The minister said on Monday that the two sides would meet on Wednesday.", "meet",
     "2024-03-13"),
    ("The ministry announced on Monday that the leaders would visit Rome on Thursday.",
     "visit", "2024-03-14"),
    # the same without a day of the saying, or with a day of the event's own: unchanged
    ("The minister said that the two sides would meet on Wednesday.", "meet", "2024-03-20"),
    ("The minister said on Monday that the two sides would meet next Wednesday.", "meet",
     "2024-03-20"),
    ("The minister said on Monday that the two sides would meet on Wednesday, March 27.",
     "meet", "2024-03-27"),
])
def test_a_planned_event_reported_in_the_past_counts_from_the_saying(claims, text, lemma, day):
    cs = claims(text, PUB)
    assert _days(cs, _event(cs, lemma)) == {day}


@pytest.mark.parametrize(("text", "lemma", "day"), [
    # a date before the first verb is said of the whole coordination
    ("The president on Tuesday condemned the attack and offered condolences to the families.",
     "offer",
     "2024-03-12"),
    ("On Sunday, police raided two homes and searched for a suspect.", "search",
     "2024-03-10"),
    # a "when" clause on a date tells what happened then
    ("Two doctors were attacked, most recently on Monday, when a gunman shot a surgeon.",
     "shoot", "2024-03-11"),
    # a verb with no tense of its own is an event when a date of its own lands on it
    ("The team planned to leave Nairobi on Thursday.", "leave", "2024-03-21"),
    ("Rescued on Tuesday by fishermen, the boy is now in a hospital.", "rescue",
     "2024-03-12"),
    # the occasion a dated verb happens at is on that day too
    ("The president welcomed the figures at a news conference on Friday.", "conference",
     "2024-03-15"),
    ("On Monday, the soldier was wounded at the summit.", "summit", "2024-03-11"),
    # and a verb at, during or on an occasion dated on its own mention is on its day
    ("The alliance decided at Tuesday's summit to admit two members.", "decide",
     "2024-03-12"),
    ("Two protesters shouted slogans during Monday's debate in Lyon.", "shout", "2024-03-11"),
    # after "that" the date is the reported clause's, not the saying's
    ("The company said that on Monday a customer discovered two flaws.", "discover",
     "2024-03-11"),
])
def test_the_date_reaches_the_event_through_the_parse(claims, text, lemma, day):
    cs = claims(text, PUB)
    assert day in _days(cs, _event(cs, lemma))


@pytest.mark.parametrize(("text", "lemma"), [
    # a date after the first verb may be that verb's alone
    ("Iran condemned the bombing on Saturday and expressed sympathy for the victims.",
     "express"),
    # a verb with no tense and no date of its own is no event
    ("The team planned to leave Nairobi for the coast.", "leave"),
])
def test_no_date_where_the_parse_gives_none(claims, text, lemma):
    cs = claims(text, PUB)
    assert all(not e.times for e in cs.events if e.lemma == lemma)


def test_a_verb_with_no_tense_takes_no_past_from_nothing(claims):
    cs = claims("The sides agreed to repair the bridge on Monday.", PUB)
    assert _event(cs, "repair").status is EventStatus.UNCERTAIN


@pytest.mark.parametrize(("text", "said_days"), [
    # a verbless quotation hangs on the saying in the parse
    ("\u201cWith an eye to March 30, Ohio,\u201d she said.", set()),
    ("\u201cNext stop, April 2, Wisconsin,\u201d the senator said.", set()),
    ("\u201cNext stop, April 2, Wisconsin,\u201d the senator said on Wednesday.",
     {"2024-03-13"}),
])
def test_a_date_inside_the_quotation_does_not_date_the_saying(claims, text, said_days):
    cs = claims(text, PUB)
    saying = next(e for e in cs.events if e.kind is EventKind.STATEMENT)
    assert _days(cs, saying) == said_days
