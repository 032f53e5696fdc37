"""What each time expression says about its day: dates, weekdays, windows, offsets."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.models import (
    AnchorKind,
    ClaimSet,
    Direction,
    Tense,
    TimeExpression,
    TimexType,
)
from claimcheck.models.spans import Span
from claimcheck.reason.builder import PUBLICATION, ConstraintBuilder, label_of, signed_days
from claimcheck.reason.days import (
    date_of,
    day,
    days_in_offset,
    month_day_in_year,
    valid_date,
)
from claimcheck.reason.lexicon import (
    PUBLICATION_OFFSETS,
    WEEKDAY_WINDOWS,
)
from claimcheck.reason.model import ConstraintKind, Strength

YEARLESS_WINDOW = 200
"""A year-less date is read as its occurrence within this many days of publication."""
_DETERMINER = re.compile(r"^(this past|this coming|last|next|this)\s", re.I)


_APPOSED = re.compile(
    r"^,?\s*(?:(?:just|only|barely|exactly|some|about|nearly|almost|the)\s+)*$", re.I)


def appositions(b: ConstraintBuilder, claims: ClaimSet, known: set[str]) -> None:
    """Two expressions side by side name one day.

    A weekday found apart from the date it stands beside ("Friday, Nov. 21"),
    or a day followed by an offset in apposition ("on Friday, two days after
    the election").
    """
    times = sorted((t for t in claims.times if t.id in known), key=lambda t: t.span.start)
    text = claims.article.text
    for a, c in zip(times, times[1:], strict=False):
        sa, sc = a.stated, c.stated
        if (sa is None and a.span.text.lower() not in PUBLICATION_OFFSETS) \
                or not _APPOSED.match(text[a.span.end:c.span.start]):
            continue
        only_weekday = sa is not None and sc is not None and sa.weekday and not sa.day \
            and sc.day and not sc.weekday
        relative = a.span.text.lower() in PUBLICATION_OFFSETS and sc is not None and (
            sc.weekday or sc.day)
        offset = c.anchor.kind in (AnchorKind.EXPRESSION, AnchorKind.EVENT) and \
            days_in_offset(c.anchor.offset) is not None and sa is not None and (
                sa.weekday or sa.day)
        if not (only_weekday or offset or relative):
            continue
        b.apposed.add(frozenset((a.id, c.id)))
        b.add(ConstraintKind.APPOSITION, Strength.STATED, [a.id, c.id],
              f"{a.span.text!r} stands beside {c.span.text!r}: one day",
              [(a.span, "date"), (c.span, "offset" if offset else "date")],
              min_diff=0, max_diff=0)


def time_constraints(b: ConstraintBuilder, t: TimeExpression, published: dt.date | None) -> bool:
    """Constraints on the day of one expression; False when it names no day."""
    if t.type not in (TimexType.DATE, TimexType.TIME):
        if not lands_on_a_day(t) or t.anchor.ref is None:
            return False
        # "two days after the vote on November 5": a duration whose anchor carries the day
        offset_constraint(b, t.id, t.anchor.ref, t.anchor.direction, t.anchor.offset, t.span)
        return True
    before = len(b.constraints)
    var = [t.id]
    s = t.stated
    if s is not None and s.month and s.day and valid_date(s.year, s.month, s.day):
        date_span = s.date_span or t.span
        if s.year is not None:
            when = dt.date(s.year, s.month, s.day)
            b.add(ConstraintKind.DATE, Strength.STATED, var, f"{date_span.text} is {when:%B} "
                  f"{when.day}, {when.year}", [(date_span, "date")], days=[when])
        else:
            _yearless(b, t, s.month, s.day, date_span, published, _context_years(b.claims, t))
    elif s is not None and s.year and s.month and not s.day:
        first = dt.date(s.year, s.month, 1)
        last = dt.date(s.year + s.month // 12, s.month % 12 + 1, 1) - dt.timedelta(days=1)
        b.add(ConstraintKind.RANGE, Strength.STATED, var, f"{t.span.text} is {first:%B %Y}",
              [(t.span, "date")], start=first, end=last)
    if s is not None and s.weekday:
        wspan = s.weekday_span or t.span
        b.add(ConstraintKind.WEEKDAY, Strength.STATED, var, f"the text says {wspan.text}",
              [(wspan, "weekday")], weekday=s.weekday)
        if not (s.month and s.day) and t.anchor.kind is AnchorKind.PUBLICATION:
            key, strength = _weekday_window(t)
            lo, hi = WEEKDAY_WINDOWS[key]
            b.add(ConstraintKind.WEEKDAY_WINDOW, strength, [t.id, PUBLICATION],
                  f"{t.span.text!r} ({key}) lies {lo}..{hi} days from publication",
                  [(t.span, "weekday")], min_diff=lo, max_diff=hi)
    phrase = t.span.text.lower().strip()
    if phrase in PUBLICATION_OFFSETS:
        lo, hi = PUBLICATION_OFFSETS[phrase]
        b.add(ConstraintKind.PUBLICATION_OFFSET, Strength.CONVENTION, [t.id, PUBLICATION],
              f"{t.span.text!r} is {signed_days(lo, hi)} the publication date",
              [(t.span, "relative")], min_diff=lo, max_diff=hi)
    anchor = t.anchor
    if anchor.kind in (AnchorKind.EXPRESSION, AnchorKind.EVENT) and anchor.ref:
        offset_constraint(b, t.id, anchor.ref, anchor.direction, anchor.offset, t.span)
    if len(b.constraints) == before and t.resolved is not None and anchor.kind is AnchorKind.NONE \
            and t.granularity.value in ("day", "time"):
        r = t.resolved
        b.add(ConstraintKind.RANGE, Strength.CONVENTION, var, f"{t.span.text} is {r.start}"
              + ("" if r.start == r.end else f"..{r.end}"), [(t.span, "date")],
              start=r.start, end=r.end)
    return len(b.constraints) > before


def lands_on_a_day(t: TimeExpression) -> bool:
    """A duration counted from a stated time expression names the day it lands on."""
    a = t.anchor
    return (
        t.type is TimexType.DURATION
        and a.kind is AnchorKind.EXPRESSION
        and bool(a.ref)
        and a.direction in (Direction.BEFORE, Direction.AFTER)
        and days_in_offset(a.offset) is not None
    )


def _weekday_window(t: TimeExpression) -> tuple[str, Strength]:
    m = _DETERMINER.match(t.span.text)
    if m:
        return m.group(1).lower(), Strength.CONVENTION
    if t.tense in (Tense.PAST, Tense.FUTURE):
        return t.tense.value, Strength.CONVENTION
    return ("present" if t.tense is Tense.PRESENT else "unknown"), Strength.ASSUMED


CONTEXT_REACH = 1500
"""How far back (in characters) a year stated in the text may give a year-less date its year."""
_YEAR_VALUE = re.compile(r"^(\d{4})(?:$|-)")


_NOT_A_SETTING = re.compile(
    r"\b(?:until|till|by|through|to|between|and|since|before|after|from|the|a|an|its|their|"
    r"his|her|our)\s+$", re.I)
"""A year after these is a deadline, a range end or part of a name ("runs until 2033",
"between 2016 and 2021", "the 2025 Jubilee"), not the year the story moves to."""


def _context_years(claims: ClaimSet, t: TimeExpression) -> set[int]:
    """Years the text states shortly before ``t``: "In 2020, ... on Tuesday, March 3"."""
    years = set()
    text = claims.article.text
    for other in claims.times:
        if not (0 <= t.span.start - other.span.start <= CONTEXT_REACH) or other is t:
            continue
        if _NOT_A_SETTING.search(text, max(0, other.span.start - 12), other.span.start):
            continue
        if other.stated is not None and other.stated.year:
            years.add(other.stated.year)
        elif other.anchor.kind is AnchorKind.NONE and (m := _YEAR_VALUE.match(other.value)):
            years.add(int(m.group(1)))
    return years


def _yearless(b: ConstraintBuilder, t: TimeExpression, month: int, dom: int, span: Span,
              published: dt.date | None, context: set[int] = frozenset()) -> None:
    if published is None:
        days = [date_of(d) for y in range(1900, 2101)
                if (d := month_day_in_year(y, month, dom)) is not None]
        b.add(ConstraintKind.YEARLESS_DATE, Strength.STATED, [t.id],
              f"{span.text}, in a year the text does not give", [(span, "date")], days=days)
        return
    pub = day(published)
    candidates = (month_day_in_year(y, month, dom) for y in range(published.year - 1,
                                                                  published.year + 2))
    near = [d for d in candidates if d is not None and abs(d - pub) <= YEARLESS_WINDOW]
    same_year = month_day_in_year(published.year, month, dom)
    if near and all(date_of(d).year != published.year for d in near) and same_year is not None:
        near.append(same_year)  # across New Year either year may be meant
    for year in context - {date_of(d).year for d in near}:
        if (d := month_day_in_year(year, month, dom)) is not None:
            near.append(d)  # "In 2020, ... on March 3": the text's own year may be meant
    if not near:
        return
    near.sort()
    years = sorted({date_of(d).year for d in near})
    how = (f"the year of the publication date, {years[0]}" if years == [published.year]
           else "near the publication date or in a year the text gives: "
           + " or ".join(map(str, years)))
    b.add(ConstraintKind.YEARLESS_DATE, Strength.CONVENTION, [t.id],
          f"{span.text} has no year: {how}", [(span, "date")], days=[date_of(d) for d in near])


def offset_constraint(b: ConstraintBuilder, var: str, ref: str, direction: Direction | None,
            offset: str | None, cue: Span | None) -> None:
    n = days_in_offset(offset)
    if direction is Direction.AFTER:
        lo, hi, words = (n, n, f"{n} days after") if n is not None else (1, None, "after")
    elif direction is Direction.BEFORE:
        lo, hi, words = (-n, -n, f"{n} days before") if n is not None else (None, -1, "before")
    elif direction is Direction.SAME:
        lo, hi, words = 0, 0, "the same day as"
    else:
        return
    if n is None and offset is None and direction is not Direction.SAME:
        lo, hi = (0, None) if direction is Direction.AFTER else (None, 0)
    b.add(ConstraintKind.OFFSET, Strength.STATED, [var, ref],
          f"{cue.text if cue else var!r} is {words} {label_of(b.claims, ref)}",
          [(cue, "offset")], min_diff=lo, max_diff=hi)


