"""Calendar arithmetic and number reading: no language model needed."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extraction.time import shift, value_range
from claimcheck.extraction.time.calendar import shift_value
from claimcheck.extraction.time.numbers import duration_value, parse_number
from claimcheck.models import DayRange, Direction

D = dt.date


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2024-11-22", D(2024, 11, 22), D(2024, 11, 22)),
        ("2024-11", D(2024, 11, 1), D(2024, 11, 30)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2024-W47", D(2024, 11, 18), D(2024, 11, 24)),
        ("2024-W47-WE", D(2024, 11, 23), D(2024, 11, 24)),
        ("2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
        ("2024-H1", D(2024, 1, 1), D(2024, 6, 30)),
        ("2023-WI", D(2023, 12, 1), D(2024, 2, 29)),
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("199", D(1990, 1, 1), D(1999, 12, 31)),
        ("19", D(1900, 1, 1), D(1999, 12, 31)),
        ("2024-11-22TNI", D(2024, 11, 22), D(2024, 11, 22)),
    ],
)
def test_value_range(value, start, end):
    assert value_range(value) == (start, end)


@pytest.mark.parametrize("value", ["XXXX-WXX-5", "PAST_REF", "P2D", "XXXX-11-05", "2024-02-30"])
def test_value_range_refuses_what_is_not_a_period(value):
    assert value_range(value) is None


@pytest.mark.parametrize(
    ("direction", "offset", "start", "end"),
    [
        (Direction.AFTER, "P2D", D(2024, 11, 7), D(2024, 11, 7)),
        (Direction.BEFORE, "P1W", D(2024, 10, 29), D(2024, 10, 29)),
        (Direction.AFTER, "P1M", D(2024, 12, 5), D(2024, 12, 5)),
        (Direction.BEFORE, "P1Y", D(2023, 11, 5), D(2023, 11, 5)),
        (Direction.SAME, "P3D", D(2024, 11, 5), D(2024, 11, 5)),
    ],
)
def test_shift(direction, offset, start, end):
    day = DayRange(start=D(2024, 11, 5), end=D(2024, 11, 5))
    assert shift(day, direction, offset) == DayRange(start=start, end=end)


def test_shift_refuses_vague_durations():
    with pytest.raises(ValueError):
        shift(DayRange(start=D(2024, 1, 1), end=D(2024, 1, 1)), Direction.AFTER, "PXD")


@pytest.mark.parametrize(
    ("value", "amount", "unit", "expected"),
    [
        ("1989-Q3", -1, "Y", "1988-Q3"),
        ("2024-11-05", 2, "D", "2024-11-07"),
        ("2024-01-31", 1, "M", "2024-02-29"),
        ("1998", 2, "D", None),
    ],
)
def test_shift_value_keeps_granularity(value, amount, unit, expected):
    assert shift_value(value, amount, unit) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("two", 2),
        ("twenty-five", 25),
        ("1,200", 1200),
        ("2 1/2", 2.5),
        ("a", 1),
        ("several", None),
        ("three and a half", 3.5),
    ],
)
def test_parse_number(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        (2, "D", "P2D"),
        (None, "Y", "PXY"),
        (5, "H", "PT5H"),
        (2.5, "Y", "P2Y6M"),
        (2, "DE", "P20Y"),
        (0.5, "H", "PT30M"),
        (1.5, "D", "P1DT12H"),
        (3, "MIN", "PT3M"),
    ],
)
def test_duration_value(amount, unit, value):
    assert duration_value(amount, unit) == value
