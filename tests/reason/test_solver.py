"""The solver on hand-made constraints: exact answers and minimal conflicts."""

from __future__ import annotations

import datetime as dt

from claimcheck.reason import Constraint, ConstraintKind, Strength
from claimcheck.reason.days import days_in_offset, describe, valid_date
from claimcheck.reason.solver import minimal_conflict, minimal_conflicts, satisfiable, solve

K = ConstraintKind
_n = 0


def k(kind: K, variables: list[str], strength: Strength = Strength.STATED, **fields) -> Constraint:
    global _n
    _n += 1
    return Constraint(id=f"k{_n}", kind=kind, strength=strength, variables=variables,
                      statement=kind.value, **fields)


def on(var: str, date: dt.date) -> Constraint:
    return k(K.DATE, [var], days=[date])


def weekday(var: str, iso: int) -> Constraint:
    return k(K.WEEKDAY, [var], weekday=iso)


def diff(x: str, y: str, lo: int | None, hi: int | None, kind: K = K.OFFSET) -> Constraint:
    return k(kind, [x, y], min_diff=lo, max_diff=hi)


NOV5 = dt.date(2024, 11, 5)


def test_offset_and_weekday_agree():
    assert satisfiable([on("a", NOV5), diff("b", "a", 2, 2), weekday("b", 4)])


def test_offset_and_weekday_conflict_with_all_three_members():
    cs = [on("a", NOV5), diff("b", "a", 2, 2), weekday("b", 5), weekday("c", 1)]
    assert not satisfiable(cs)
    core = minimal_conflict(cs)
    assert {c.id for c in core} == {c.id for c in cs[:3]}


def test_weekday_alone_is_a_set_of_days():
    domains = solve([weekday("a", 5), k(K.RANGE, ["a"], start=NOV5, end=NOV5 + dt.timedelta(13))])
    assert domains["a"].values() == [dt.date(2024, 11, 8).toordinal(),
                                     dt.date(2024, 11, 15).toordinal()]


def test_order_cycle_is_caught_without_dates():
    cs = [diff("a", "b", 1, None, K.ORDER), diff("b", "c", 1, None, K.ORDER),
          diff("c", "a", 0, None, K.ORDER)]
    assert not satisfiable(cs)
    assert len(minimal_conflict(cs)) == 3


def test_order_with_unbounded_middle_variable():
    cs = [on("a", NOV5), diff("b", "a", 0, None, K.ORDER), diff("c", "b", 0, None, K.ORDER),
          on("c", NOV5 - dt.timedelta(1))]
    assert not satisfiable(cs)


def test_weekday_offsets_conflict_without_any_date():
    # Friday, and two days later also a Friday: no calendar has that
    assert not satisfiable([weekday("a", 5), diff("b", "a", 2, 2), weekday("b", 5)])


def test_two_independent_conflicts_are_both_found():
    cs = [on("a", NOV5), weekday("a", 5), on("x", dt.date(2024, 6, 3)), weekday("x", 2)]
    assert len(minimal_conflicts(cs)) == 2


def test_days_helpers():
    assert days_in_offset("P2D") == 2 and days_in_offset("P1W") == 7
    assert days_in_offset("P1M") is None and days_in_offset(None) is None
    assert not valid_date(2023, 2, 29) and valid_date(None, 2, 29) and not valid_date(None, 6, 31)
    assert describe(dt.date(2024, 11, 7).toordinal()) == "Thursday, November 7, 2024"
