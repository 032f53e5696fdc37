"""Days as integers: the arithmetic the timeline is written in.

A day is its proleptic Gregorian ordinal (``date.toordinal()``), so "two days
after" is ``+ 2`` and a weekday is a residue mod 7. Keeping days as plain
integers makes the solver small and its proofs easy to print.
"""

from __future__ import annotations

import calendar
import datetime as dt

from claimcheck.models.durations import exact_days

FIRST_DAY = dt.date(1, 1, 1).toordinal()
LAST_DAY = dt.date(9999, 12, 31).toordinal()

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day(date: dt.date) -> int:
    """The day number of ``date``."""
    return date.toordinal()


def date_of(day_number: int) -> dt.date:
    return dt.date.fromordinal(day_number)


def iso_weekday(day_number: int) -> int:
    """ISO weekday (Monday = 1) of a day number."""
    return date_of(day_number).isoweekday()


def weekday_name(iso: int) -> str:
    return WEEKDAY_NAMES[iso - 1]


def describe(day_number: int) -> str:
    """'Thursday, November 7, 2024': the form a reader checks against a calendar."""
    d = date_of(day_number)
    return f"{weekday_name(d.isoweekday())}, {d:%B} {d.day}, {d.year}"


def days_in_offset(offset: str | None) -> int | None:
    """Exact number of days in a TIMEX3 duration, or None when it has no exact day count.

    ``P2D`` is 2, ``P1W`` is 7; ``P1M`` is None because a month has no fixed
    length, and the reasoner never pretends it has.
    """
    return exact_days(offset)


def valid_date(year: int | None, month: int | None, day_of_month: int | None) -> bool:
    """Whether the stated fields can name a real calendar day.

    A missing year is taken as a leap year, so 29 February alone is valid.
    """
    if month is None or day_of_month is None:
        return True
    probe_year = year if year is not None else 2000
    return 1 <= day_of_month <= calendar.monthrange(probe_year, month)[1]


def month_day_in_year(year: int, month: int, day_of_month: int) -> int | None:
    """Day number of ``year-month-day``, or None when that day does not exist that year."""
    try:
        return dt.date(year, month, day_of_month).toordinal()
    except ValueError:
        return None
