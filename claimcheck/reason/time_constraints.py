"""What each time expression says about its day: dates, weekdays, windows, offsets."""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

from claimcheck.models import (
    AnchorKind,
    ClaimSet,
    Direction,
    Granularity,
    Tense,
    TimeExpression,
    TimexType,
)
from claimcheck.models.spans import Span
from claimcheck.reason.constraint_builder import (
    PUBLICATION,
    ConstraintBuilder,
    label_of,
    signed_days,
)
from claimcheck.reason.conventions import WEEKDAY_WINDOWS
from claimcheck.reason.days import (
    date_of,
    day,
    days_in_offset,
    month_day_in_year,
    valid_date,
)
from claimcheck.reason.model import ConstraintKind, Strength

YEARLESS_WINDOW = 200
"""A year-less date is read as its occurrence within this many days of publication."""


def appositions(b: ConstraintBuilder, claims: ClaimSet, known: set[str]) -> None:
    """Two expressions side by side name one day.

    A weekday found apart from the date it stands beside ("Friday, Nov. 21"),
    a day followed by an offset in apposition ("on Friday, two days after
    the election"), or an offset followed by the day it names ("five days
    later, on Sunday"). Extraction says which expression stands beside which
    (``apposed_to``); this decides whether the two name one day.
    """
    for c in claims.times:
        a = claims.time(c.apposed_to) if c.apposed_to else None
        if a is None or a.id not in known or c.id not in known:
            continue
        sa, sc = a.stated, c.stated
        counted = a.anchor.kind in (AnchorKind.EXPRESSION, AnchorKind.EVENT) and \
            days_in_offset(a.anchor.offset) is not None and a.anchor.ref != c.id \
            and sc is not None and bool(sc.weekday or sc.day)  # not the day it counts from
        if sa is None and a.publication_offset is None and not counted:
            continue
        only_weekday = sa is not None and sc is not None and sa.weekday and not sa.day \
            and sc.day and not sc.weekday
        relative = a.publication_offset is not None and sc is not None and (
            sc.weekday or sc.day)
        offset = c.anchor.kind in (AnchorKind.EXPRESSION, AnchorKind.EVENT) and \
            days_in_offset(c.anchor.offset) is not None and sa is not None and (
                sa.weekday or sa.day)
        if not (only_weekday or offset or relative or counted):
            continue
        b.apposed.add(frozenset((a.id, c.id)))
        b.add(ConstraintKind.APPOSITION, Strength.STATED, [a.id, c.id],
              f"{a.span.text!r} stands beside {c.span.text!r}: one day",
              [(a.span, "offset" if counted else "date"),
               (c.span, "offset" if offset else "date")],
              min_diff=0, max_diff=0)


def time_constraints(b: ConstraintBuilder, t: TimeExpression, published: dt.date | None) -> bool:
    """Constraints on the day of one expression; False when it names no day."""
    if t.type not in (TimexType.DATE, TimexType.TIME):
        if not lands_on_a_day(t) or t.anchor.ref is None:
            return False
        # "two days after the vote on November 5": a duration whose anchor carries the day
        ref = cast(str, t.anchor.ref)  # lands_on_a_day: the anchor names an expression
        offset_constraint(b, t.id, ref, t.anchor.direction, t.anchor.offset, t.span)
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
    if t.publication_offset is not None and not _quoted(b.claims, t.span):
        # "today" in a quotation is the day it was said, not the publication date
        lo, hi = t.publication_offset
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


def _quoted(claims: ClaimSet, span: Span) -> bool:
    return any(q.content.contains(span) for q in claims.quotes)


def _weekday_window(t: TimeExpression) -> tuple[str, Strength]:
    if t.deixis is not None:
        return t.deixis.value, Strength.CONVENTION
    if t.tense in (Tense.PAST, Tense.FUTURE):
        return t.tense.value, Strength.CONVENTION
    return ("present" if t.tense is Tense.PRESENT else "unknown"), Strength.ASSUMED


TOLD_REACH = 45
"""A year-less date told as past but falling at most this many days after publication keeps
the publication year (as a guess); further ahead, it is the latest occurrence before."""

CONTEXT_REACH = 1500
"""How far back (in characters) a year stated in the text may give a year-less date its year."""
_YEAR_VALUE = re.compile(r"^(\d{4})(?:$|-)")


def _context_years(claims: ClaimSet, t: TimeExpression) -> set[int]:
    """Years the text states shortly before ``t``: "In 2020, ... on Tuesday, March 3",
    and a year counted from publication earlier in its sentence ("A year earlier, ... Oct.
    31").

    A year that is a deadline, a range end or part of a name ("runs until 2033", "the
    2025 Jubilee") is no setting: extraction says so (``sets_year``).
    """
    years = set()
    sentence = claims.sentence_of(t.span)
    for other in claims.times:
        if not (0 <= t.span.start - other.span.start <= CONTEXT_REACH) or other is t \
                or not other.sets_year:
            continue
        if other.stated is not None and other.stated.year:
            years.add(other.stated.year)
        elif other.anchor.kind is AnchorKind.NONE and (m := _YEAR_VALUE.match(other.value)):
            years.add(int(m.group(1)))
        elif other.anchor.kind is AnchorKind.PUBLICATION and other.granularity in _YEARLY \
                and sentence is not None and claims.sentence_of(other.span) == sentence \
                and (m := _YEAR_VALUE.match(other.value)):
            # "A year earlier, the quarter ended Oct. 31", "in the year-ago quarter, which
            # ended Oct. 31": a year counted from publication sets the year of what its
            # sentence goes on to tell, and no further
            years.add(int(m.group(1)))
    return years


_YEARLY = frozenset({Granularity.YEAR, Granularity.HALF, Granularity.QUARTER})
"""Units of a relative year expression ("last year", "a year earlier", "the year-ago
quarter") that may set the year of a year-less date after it in its sentence."""


def _yearless(b: ConstraintBuilder, t: TimeExpression, month: int, dom: int, span: Span,
              published: dt.date | None, context: frozenset[int] | set[int] = frozenset()
              ) -> None:
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
    strength = Strength.CONVENTION
    told = _told_side(near, pub, t.tense)
    if told is not None and min(abs(d - pub) for d in near) <= TOLD_REACH:
        # "the leaders met on March 15" in an article of March 1: this year's March 15 is
        # still the likely reading, but the tense argues for last year's: a guess, no proof
        strength, told = Strength.ASSUMED, None
    elif told is not None:
        # "Clinton gave the speech on July 15" in an article of February 19: last July, not
        # five months ahead; the year is a guess, so nothing resting on it is proof
        near, strength = [told], Strength.ASSUMED
        how = f"told as {t.tense.value if t.tense else 'past'}: {date_of(told).year}"
    if not near:
        return
    near.sort()
    years = sorted({date_of(d).year for d in near})
    if told is None:
        how = (f"the year of the publication date, {years[0]}" if years == [published.year]
               else "near the publication date or in a year the text gives: "
               + " or ".join(map(str, years)))
    b.add(ConstraintKind.YEARLESS_DATE, strength, [t.id],
          f"{span.text} has no year: {how}", [(span, "date")], days=[date_of(d) for d in near])


def _told_side(near: list[int], pub: int, tense: Tense | None) -> int | None:
    """The occurrence a year-less date's tense asks for when every nearby one is on the
    other side of the publication date: the latest before it for a past verb, the earliest
    after it for a future one; None when a nearby occurrence already fits."""
    if not near or tense not in (Tense.PAST, Tense.FUTURE):
        return None
    first = date_of(min(near))
    month, dom = first.month, first.day
    year = date_of(pub).year
    if tense is Tense.PAST and all(d > pub + 1 for d in near):
        for y in range(year, year - 9, -1):
            if (d := month_day_in_year(y, month, dom)) is not None and d <= pub:
                return d
    if tense is Tense.FUTURE and all(d < pub - 1 for d in near):
        for y in range(year, year + 9):
            if (d := month_day_in_year(y, month, dom)) is not None and d >= pub:
                return d
    return None


def offset_constraint(b: ConstraintBuilder, var: str, ref: str, direction: Direction | None,
            offset: str | None, cue: Span | None) -> None:
    n = days_in_offset(offset)
    lo: int | None
    hi: int | None
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
    b.add(ConstraintKind.OFFSET, reach_strength(b.claims, cue, ref), [var, ref],
          f"{cue.text if cue else var!r} is {words} {label_of(b.claims, ref)}",
          [(cue, "offset")], min_diff=lo, max_diff=hi)


def reach_strength(claims: ClaimSet, span: Span | None, ref: str) -> Strength:
    """An offset or order stated at ``span`` about ``ref`` (a time or an event): stated
    when ``ref`` is in the same sentence; assumed when it is reached in another sentence,
    since which day or event the words point back to is then a guess ("A day earlier, ..."
    after a sentence naming next Tuesday)."""
    target = claims.time(ref)
    there = target.span if target is not None else (
        e.trigger if (e := claims.event(ref)) is not None else None)
    if span is None or there is None:
        return Strength.STATED
    here, other = claims.sentence_of(span), claims.sentence_of(there)
    if here is not None and other is not None and here != other:
        return Strength.ASSUMED
    return Strength.STATED


