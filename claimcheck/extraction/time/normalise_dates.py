"""Normalisers for calendar dates: stated days, months, years, decades, centuries, holidays.

Each function takes a regex match from ``patterns`` and the ``Context`` and
returns a ``Reading``, or None when the match turns out not to be a date
("the quarter" of a coin, a 31st of February).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.easter import easter

from claimcheck.lang.en import calendar as cal
from claimcheck.lang.en import numbers as num
from claimcheck.lang.en.calendar import WEEK_HOLIDAYS
from claimcheck.lang.en.time_words import (
    EDGE_MODIFIERS,
    YEAR_PREFIX_MODIFIERS,
    YEAR_SUFFIX_MODIFIERS,
)
from claimcheck.models import (
    AnchorKind,
    Granularity,
    Joining,
    Span,
    StatedDate,
    Tense,
    TimexType,
)

from .calendar import value_range, weekday_on_or_after, weekday_on_or_before
from .numbers import mod_of, squash
from .reading import Context, Reading, year_for


def _month(m: re.Match[str]) -> int:
    word = squash(m["mon"])
    return cal.MONTHS.get(word) or cal.MONTH_ABBREVIATIONS[word]


def _weekday(m: re.Match[str]) -> int | None:
    wd = m.groupdict().get("wd")
    if not wd:
        return None
    word = squash(wd)
    return cal.WEEKDAYS.get(word) or cal.WEEKDAY_ABBREVIATIONS[word]


def _stated(ctx: Context, m: re.Match[str], **fields: int | None) -> StatedDate:
    """The literal fields with their sub-spans (weekday apart from the month/day/year part)."""
    groups = m.groupdict()
    weekday_span = Span.of(ctx.text, *m.span("wd")) if groups.get("wd") else None
    parts = [m.span(g) for g in ("mon", "day", "year", "m", "d", "y") if groups.get(g)]
    date_span = (
        Span.of(ctx.text, min(p[0] for p in parts), max(p[1] for p in parts)) if parts else None
    )
    return StatedDate(weekday_span=weekday_span, date_span=date_span, **fields)


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def day_date(
    ctx: Context, m: re.Match[str], month: int, day: int, year: int | None
) -> Reading | None:
    """A stated day, with or without its year (a year-less one takes it from publication)."""
    if not _valid(year, month, day):
        return None
    weekday = _weekday(m)
    stated = _stated(ctx, m, year=year, month=month, day=day, weekday=weekday)
    mod = mod_of(m.groupdict().get("mod"))
    if year is not None:
        value = f"{year:04d}-{month:02d}-{day:02d}"
        return Reading(
            TimexType.DATE,
            value,
            Granularity.DAY,
            mod=mod,
            stated=stated,
            derivation=[ctx.phrase, value],
        )
    # a stated weekday says more about the year than the clause's tense does
    year, why = year_for(replace(ctx, past_clause=None) if weekday else ctx, month, day)
    if year is not None and not _valid(year, month, day):
        year -= 1
    value = (
        f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"XXXX-{month:02d}-{day:02d}"
    )
    return Reading(
        TimexType.DATE,
        value,
        Granularity.DAY,
        mod=mod,
        stated=stated,
        anchor=AnchorKind.PUBLICATION,
        derivation=[ctx.phrase, why, value],
    )


def day_number(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else cal.DAY_ORDINALS[squash(text).replace(" ", "-")]


def date_md(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "Friday, Nov. 21, 2024", "November 5", "5 November 2024"."""
    stated_year = m["year"] or m.groupdict().get("ryear")  # "January 4-11, 2024"
    year = int(stated_year) if stated_year else None
    return day_date(ctx, m, _month(m), day_number(m["day"]), year)


def date_range_end(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads the end of a day range, "11, 2024" in "January 4-11, 2024", in its month."""
    month = _month(m)
    if m["mon2"]:
        end_month = cal.MONTHS.get(squash(m["mon2"])) or cal.MONTH_ABBREVIATIONS[squash(m["mon2"])]
        if end_month == month:
            return None
        month = end_month  # "Feb. 27-March 2"
    elif int(m["day"]) <= int(m["d1"]):
        return None  # "March 3-1" is a score, not a range
    year = int(m["year"]) if m["year"] else None
    reading = day_date(ctx, m, month, int(m["day"]), year)
    if reading is not None:
        body = Span.of(ctx.text, *m.span("body"))
        reading.stated = StatedDate(year=year, month=month, day=int(m["day"]), date_span=body)
        reading.derivation.insert(1, f"the last day of the range from {m['mon']} {m['d1']}")
    return reading


def date_range_dmy(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "11 to 15 September", "11-15 September 2024": one range of days in a month."""
    month = _month(m)
    first, last = day_number(m["d1"]), day_number(m["day"])
    if last <= first:
        return None
    year = int(m["year"]) if m["year"] else None
    start, end = day_date(ctx, m, month, first, year), day_date(ctx, m, month, last, year)
    if start is None or end is None:
        return None
    days = value_range(start.value), value_range(end.value)
    if days[0] is None or days[1] is None:
        start.joins, start.until = Joining.RANGE, end.value
        return start
    start.stated = None  # the range is in ``days``: no one day of it is *the* day
    start.joins, start.until, start.days = Joining.RANGE, end.value, (days[0][0], days[1][0])
    start.derivation = [ctx.phrase, f"range of days: {start.value} .. {end.value}",
                        f"{start.value}/{end.value}"]
    return start


_YEAR_RANGE_SPAN = 30
"""Longest year range read as one ("1991-2025" more likely a label than a period)."""


def year_range(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "2009-2010", "2009–10", "1998-99": one range of years."""
    first = int(m["y1"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if not 0 < last - first <= _YEAR_RANGE_SPAN:
        return None
    value, until = f"{first:04d}", f"{last:04d}"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.YEAR,
        joins=Joining.RANGE,
        until=until,
        days=(dt.date(first, 1, 1), dt.date(last, 12, 31)),
        derivation=[ctx.phrase, f"range of years: {value} .. {until}", f"{value}/{until}"],
    )


def date_numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "11/05/2024" (US order, month first), "2024-11-05"."""
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    return day_date(ctx, m, int(m["m"]), int(m["d"]), year)


def month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "November 2024", "early March 1998", "June '98"."""
    raw = m["year"].lstrip("'’")
    year = int(raw) if len(raw) == 4 else 1900 + int(raw)
    month = _month(m)
    value = f"{year:04d}-{month:02d}"
    stated = _stated(ctx, m, year=year, month=month)
    return Reading(
        TimexType.DATE,
        value,
        Granularity.MONTH,
        mod=mod_of(m["mod"]),
        stated=stated,
        derivation=[ctx.phrase, value],
    )


def month(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "September", "last April", "July this year", "each July"."""
    mon = _month(m)
    rel = squash(m["rel"] or "")
    rel2 = squash(m["rel2"] or "")
    mod = mod_of(m["mod"])
    stated = _stated(ctx, m, month=mon)
    if rel in ("each", "every"):
        return Reading(
            TimexType.SET,
            f"XXXX-{mon:02d}",
            Granularity.MONTH,
            quant=rel.upper(),
            derivation=[ctx.phrase, "every year's month"],
        )
    pub = ctx.published
    if pub is None:
        return Reading(
            TimexType.DATE,
            f"XXXX-{mon:02d}",
            Granularity.MONTH,
            mod=mod,
            stated=stated,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "no year and no publication date: year unknown"],
        )
    year: int | None  # year_for gives a year whenever there is a publication date
    if rel2:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[rel2]
        why = f"{rel2} year: {year}"
    elif rel in ("last", "this past"):
        year = pub.year if mon < pub.month else pub.year - 1
        why = f"the latest {ctx.phrase.split()[-1]} before {pub.isoformat()}"
    elif rel == "this":
        # "due this September": the publication year's month, unless a past-tense
        # sentence puts it behind ("was held this December" in January)
        behind = ctx.tense is Tense.PAST and mon > pub.month
        year = pub.year - 1 if behind else pub.year
        why = f"this {ctx.phrase.split()[-1]}: the one in {year}"
    elif rel in ("next", "this coming"):
        year = pub.year if mon > pub.month else pub.year + 1
        why = f"the next {ctx.phrase.split()[-1]} after {pub.isoformat()}"
    else:
        year, why = year_for(ctx, mon)
    value = f"{year:04d}-{mon:02d}"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.MONTH,
        mod=mod,
        stated=stated,
        anchor=AnchorKind.PUBLICATION,
        derivation=[ctx.phrase, why, value],
    )


def year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "1998", "fiscal 1998", "mid-1996", "1990 and beyond"."""
    value = m["year"]
    pre = squash(m["pre"] or "")
    mod = mod_of(m["mod"]) or YEAR_PREFIX_MODIFIERS.get(pre) \
        or YEAR_SUFFIX_MODIFIERS.get(squash(m["post"] or ""))
    stated = _stated(ctx, m, year=int(value))
    return Reading(
        TimexType.DATE,
        value,
        Granularity.YEAR,
        mod=mod,
        stated=stated,
        derivation=[ctx.phrase, value],
    )


def spelled_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "nineteen ninety-six", "the year two thousand"."""
    if m["k"]:
        value = 2000
    else:
        value = int(
            1900
            + num.SMALL_NUMBERS[squash(m["t"])]
            + (num.SMALL_NUMBERS[squash(m["o"])] if m["o"] else 0)
        )
    return Reading(
        TimexType.DATE, str(value), Granularity.YEAR, derivation=[ctx.phrase, str(value)]
    )


def decade(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the 1990s" -> 199, "the early '80s" -> 198 START, "the nineties"."""
    if m["y"]:
        value = m["y"]
    elif m["yy"]:
        value = "19" + m["yy"]
    else:
        value = "19" + str(num.DECADE_WORDS[squash(m["word"])])
    mod = mod_of(m["mod"]) or EDGE_MODIFIERS.get(squash(m["mod2"] or ""))
    return Reading(
        TimexType.DATE,
        value,
        Granularity.DECADE,
        mod=mod,
        derivation=[ctx.phrase, f"the decade {value}0-{value}9"],
    )


def century(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the 20th century" -> 19."""
    n = num.ORDINALS[squash(m["ord"])]
    value = f"{n - 1:02d}"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.CENTURY,
        mod=EDGE_MODIFIERS.get(squash(m["mod2"] or "")),
        derivation=[ctx.phrase, f"century {value}00-{value}99"],
    )


def _holiday_date(name: str, year: int) -> dt.date:
    if name.startswith("thanksgiving"):
        return weekday_on_or_after(dt.date(year, 11, 1), 4) + dt.timedelta(weeks=3)
    if name == "election day":
        return weekday_on_or_after(dt.date(year, 11, 1), 1) + dt.timedelta(days=1)
    if name in cal.EASTER_HOLIDAYS:
        return easter(year) + dt.timedelta(days=cal.EASTER_HOLIDAYS[name])
    if name in cal.NTH_WEEKDAY_HOLIDAYS:
        month_, weekday_, n = cal.NTH_WEEKDAY_HOLIDAYS[name]
        if n > 0:
            return weekday_on_or_after(dt.date(year, month_, 1), weekday_) + dt.timedelta(
                weeks=n - 1
            )
        last = dt.date(year + month_ // 12, month_ % 12 + 1, 1) - dt.timedelta(days=1)
        return weekday_on_or_before(last, weekday_)
    month_, day_ = cal.HOLIDAYS[name]
    return dt.date(year, month_, day_)


def holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "Christmas", "last Thanksgiving", "Election Day"."""
    name = squash(m["h"])
    if not ctx.phrase.strip()[0].isupper() and not m["rel"]:
        return None
    pub = ctx.published
    if pub is None:
        return Reading(
            TimexType.DATE,
            "XXXX-XX-XX",
            Granularity.DAY,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "publication date unknown"],
        )
    rel = squash(m["rel"] or "")
    before = _holiday_date(name, pub.year)
    if before > pub:
        before = _holiday_date(name, pub.year - 1)
    after = _holiday_date(name, pub.year)
    if after < pub:
        after = _holiday_date(name, pub.year + 1)
    if rel == "next" or (rel != "last" and ctx.tense is Tense.FUTURE):
        day, why = after, f"{name} next after"
    elif rel != "last" and ctx.tense is Tense.PRESENT:
        nearer_after = (after - pub) < (pub - before)
        day, why = (after, f"{name} nearest") if nearer_after else (before, f"{name} nearest")
    else:
        day, why = before, f"{name} last before"
    if name in WEEK_HOLIDAYS:
        year, week, _ = day.isocalendar()
        value, gran = f"{year:04d}-W{week:02d}", Granularity.WEEK
    else:
        value, gran = day.isoformat(), Granularity.DAY
    return Reading(
        TimexType.DATE,
        value,
        gran,
        anchor=AnchorKind.PUBLICATION,
        derivation=[ctx.phrase, f"{why} {pub.isoformat()}", value],
    )


HANDLERS = {
    "date_numeric": date_numeric,
    "date_iso": date_numeric,
    "date_mdy": date_md,
    "date_range_end": date_range_end,
    "date_range_dmy": date_range_dmy,
    "year_range": year_range,
    "date_dmy": date_md,
    "month_year": month_year,
    "month": month,
    "year": year,
    "spelled_year": spelled_year,
    "decade": decade,
    "century": century,
    "holiday": holiday,
}
