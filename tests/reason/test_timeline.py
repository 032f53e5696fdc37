"""The timeline built from claims: the seed's days, and conflicts with their arithmetic."""

from __future__ import annotations

import datetime as dt

from claimcheck.reason import ConstraintKind, build_timeline
from tests.rules.cases import CASES


def _case(id_: str):
    return next(b for _, _, i, b in CASES if i == id_)()


def test_seed_days_are_solved(seed_claims):
    tl = build_timeline(seed_claims)
    assert tl.consistent
    days = {v.id: v.days for v in tl.variables}
    assert days["ev1"] == [dt.date(2024, 11, 22)]  # the meeting, Friday
    assert days["ev2"] == [dt.date(2024, 11, 23)]  # the statement, Saturday
    assert days["ev3"] == [dt.date(2024, 11, 7)]  # the seeking, two days after
    assert days["ev4"] == [dt.date(2024, 11, 5)]  # the election


def test_seed_without_publication_date_is_consistent(seed_claims):
    article = seed_claims.article.model_copy(update={"published": None})
    tl = build_timeline(seed_claims.model_copy(update={"article": article}))
    assert tl.consistent
    assert not any(c.kind is ConstraintKind.PUBLICATION for c in tl.constraints)


def test_conflict_shows_the_arithmetic():
    tl = build_timeline(_case("two-days-after-november-5-is-not-friday"))
    (conflict,) = tl.conflicts
    assert conflict.message == ("November 5 + 2 days = Thursday, November 7, 2024, "
                                "but the text says Friday")
    kinds = {m.kind for m in tl.members(conflict)}
    assert {ConstraintKind.OFFSET, ConstraintKind.WEEKDAY, ConstraintKind.YEARLESS_DATE} <= kinds


def test_statement_before_meeting_names_both_days():
    tl = build_timeline(_case("statement-before-the-meeting-it-confirms"))
    (conflict,) = tl.conflicts
    assert "Thursday, November 21, 2024" in conflict.message
    assert "Friday, November 22, 2024" in conflict.message


def test_timeline_round_trips_as_json():
    from claimcheck.reason import Timeline

    tl = build_timeline(_case("one-meeting-two-days"))
    assert Timeline.model_validate_json(tl.model_dump_json()) == tl
