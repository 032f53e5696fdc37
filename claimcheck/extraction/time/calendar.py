"""Calendar arithmetic on TIMEX3 values and day ranges.

Everything here is deterministic and free of spaCy: given a date it moves by
a duration, finds the weekday before or after it, renders a period at a
granularity ("2024-W47", "1998-Q3") and reads such a value back as the
inclusive range of days it covers. Other stages (the reasoner, the events
extractor) may call ``shift`` and ``value_range`` directly.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

from claimcheck.lang.en.calendar import SEASON_MONTHS
from claimcheck.models import DayRange, Direction, Granularity
from claimcheck.models.durations import single_duration

GRANULARITY_RANK: dict[Granularity, int] = {
    Granularity.TIME: 0,
    Granularity.DAY: 1,
    Granularity.WEEK: 2,
    Granularity.MONTH: 3,
    Granularity.QUARTER: 4,
    Granularity.SEASON: 4,
    Granularity.HALF: 5,
    Granularity.YEAR: 6,
    Granularity.DECADE: 7,
    Granularity.CENTURY: 8,
    Granularity.VAGUE: 9,
}
"""Finer granularities rank lower."""

UNIT_GRANULARITY: dict[str, Granularity] = {
    "S": Granularity.TIME,
    "MIN": Granularity.TIME,
    "H": Granularity.TIME,
    "D": Granularity.DAY,
    "WE": Granularity.DAY,
    "W": Granularity.WEEK,
    "FN": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Q": Granularity.QUARTER,
    "SE": Granularity.SEASON,
    "Y": Granularity.YEAR,
    "DE": Granularity.DECADE,
    "CE": Granularity.CENTURY,
    "ML": Granularity.CENTURY,
}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the last day of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_units(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units (codes as in ``lang.en.time_words.UNITS``)."""
    if unit in ("D", "WE"):
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit == "FN":
        return day + dt.timedelta(weeks=2 * amount)
    if unit == "M":
        return add_months(day, amount)
    if unit in ("Q", "SE"):
        return add_months(day, 3 * amount)
    if unit == "Y":
        return add_months(day, 12 * amount)
    if unit == "DE":
        return add_months(day, 120 * amount)
    if unit == "CE":
        return add_months(day, 1200 * amount)
    return day


def parse_duration(offset: str) -> tuple[float, str] | None:
    """``"P2D"`` -> ``(2, "D")``; ``"PT3H"`` -> ``(3, "H")``; None for vague ones."""
    return single_duration(offset)


def shift(day_range: DayRange, direction: Direction, offset: str) -> DayRange:
    """The range ``offset`` (a TIMEX3 duration) before or after ``day_range``.

    "two days after November 5" is ``shift(Nov 5..Nov 5, AFTER, "P2D")`` ->
    Nov 7..Nov 7. Durations finer than a day leave the range unchanged except
    when they cross midnight, which a day range cannot tell; they are
    returned as is.
    """
    parsed = parse_duration(offset)
    if parsed is None:
        raise ValueError(f"not a definite TIMEX3 duration: {offset!r}")
    amount, unit = parsed
    if direction is Direction.SAME or unit in ("H", "MIN", "S"):
        return day_range
    sign = 1 if direction is Direction.AFTER else -1
    whole = int(amount)
    start = add_units(day_range.start, sign * whole, unit)
    end = add_units(day_range.end, sign * whole, unit)
    return DayRange(start=start, end=end)


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The latest day with ISO ``weekday`` on or before ``day``."""
    return day - dt.timedelta(days=(day.isoweekday() - weekday) % 7)


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The earliest day with ISO ``weekday`` on or after ``day``."""
    return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def render(granularity: Granularity, day: dt.date) -> str:
    """The TIMEX3 value of the period at ``granularity`` that contains ``day``."""
    if granularity is Granularity.DAY or granularity is Granularity.TIME:
        return day.isoformat()
    if granularity is Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity is Granularity.QUARTER:
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if granularity is Granularity.HALF:
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity is Granularity.YEAR:
        return f"{day.year:04d}"
    if granularity is Granularity.DECADE:
        return f"{day.year // 10:03d}"
    if granularity is Granularity.CENTURY:
        return f"{day.year // 100:02d}"
    raise ValueError(f"cannot render granularity {granularity}")


def _month_range(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    end_year = year + (1 if last < first else 0)
    return dt.date(year, first, 1), dt.date(end_year, last, _cal.monthrange(end_year, last)[1])


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d?)(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def value_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The inclusive days a TIMEX3 date value covers, or None when it has X's or is vague.

    ``"2024-11"`` -> Nov 1..Nov 30; ``"2024-W47"`` -> Mon..Sun of ISO week 47;
    ``"199"`` -> 1990-01-01..1999-12-31; ``"2024-11-22TNI"`` -> that day.
    """
    if re.fullmatch(r"\d{3}", value):
        decade = int(value) * 10
        return dt.date(max(decade, 1), 1, 1), dt.date(decade + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        century = int(value) * 100
        return dt.date(max(century, 1), 1, 1), dt.date(century + 99, 12, 31)
    m = _VALUE.match(value)
    if not m:
        return None
    year = int(m.group("y"))
    if year < 1:
        return None
    try:
        if m.group("d"):
            day = dt.date(year, int(m.group("m")), int(m.group("d")))
            return day, day
        if m.group("m"):
            month = int(m.group("m"))
            return _month_range(year, month, month)
        if m.group("w"):
            monday = dt.date.fromisocalendar(year, int(m.group("w")), 1)
            if m.group("we"):
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m.group("q"):
            q = int(m.group("q"))
            return _month_range(year, 3 * q - 2, 3 * q)
        if m.group("h"):
            h = int(m.group("h"))
            return _month_range(year, 6 * h - 5, 6 * h)
        if m.group("s"):
            first, last = SEASON_MONTHS[m.group("s")]
            return _month_range(year, first, last)
    except (ValueError, OverflowError):
        return None  # not a calendar day, or past year 9999
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def granularity_of(value: str) -> Granularity:
    """The granularity a TIMEX3 date value is written at."""
    if "T" in value[4:]:
        return Granularity.TIME
    if re.fullmatch(r"\d{3}X?", value):
        return Granularity.DECADE
    if re.fullmatch(r"\d{2}(XX)?", value):
        return Granularity.CENTURY
    tail = value[4:]
    if not tail:
        return Granularity.YEAR
    if re.fullmatch(r"-[\dX]{2}-[\dX]{2}", tail) or "-WXX-" in tail or re.search(r"-W\d+-\d", tail):
        return Granularity.DAY
    if "-W" in tail:
        return Granularity.WEEK
    if "-Q" in tail:
        return Granularity.QUARTER
    if "-H" in tail:
        return Granularity.HALF
    if re.fullmatch(r"-(SP|SU|FA|WI)", tail):
        return Granularity.SEASON
    return Granularity.MONTH


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """A date value moved by ``amount`` units, kept at its own granularity.

    "a year earlier" than ``1989-Q3`` is ``1988-Q3``. When the unit is finer
    than the value ("two days after 1998") there is no single answer: None.
    """
    span = value_range(value)
    if span is None:
        return None
    gran = granularity_of(value)
    unit_gran = UNIT_GRANULARITY.get(unit, Granularity.DAY)
    if GRANULARITY_RANK[unit_gran] < GRANULARITY_RANK[gran] and gran is not Granularity.TIME:
        return None
    moved = add_units(span[0], amount, unit)
    if gran is Granularity.SEASON:
        return f"{moved.year:04d}{value[4:]}"
    if gran is Granularity.TIME:
        return moved.isoformat()
    return render(gran, moved)
