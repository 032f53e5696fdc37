"""Date mutations for the benchmark: a weekday, an offset, an order, a day past
publication, an impossible date, a wrong length, a second day for one event.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutation_articles import NUMBER_WORDS, WEEKDAYS, month_day  # noqa: E402

from claimcheck.models import (  # noqa: E402
    ClaimSet,
    EventStatus,
    Tense,
    TimeExpression,
    TimeRole,
    TimexType,
)

Mutation = Callable[[str, ClaimSet, random.Random], "str | None"]


def day_of(t: TimeExpression) -> dt.date | None:
    r = t.resolved
    return r.start if r is not None and r.start == r.end else None


def full_dates(claims: ClaimSet) -> list[TimeExpression]:
    """Dates with a day and month, not counting a dateline (it dates the filing, no event)."""
    return [t for t in claims.times if t.type is TimexType.DATE and t.stated is not None
            and t.stated.month and t.stated.day and day_of(t) is not None
            and t.role is not TimeRole.DATELINE]


def weekday_only(claims: ClaimSet) -> list[TimeExpression]:
    return [t for t in claims.times if t.stated is not None and t.stated.weekday
            and not t.stated.day and day_of(t) is not None]


def replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def sentence_end(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` ends: a safe place to add a sentence."""
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    while end > offset and text[end - 1] in " \t":
        end -= 1
    return end


def render(d: dt.date, *, year: bool) -> str:
    return month_day(d) + (f", {d.year}" if year else "")


def dt01(text, claims, rng):
    """A weekday that does not match: insert or change the weekday of a dated day."""
    for t in full_dates(claims):
        day = day_of(t)
        wrong = WEEKDAYS[(day.weekday() + rng.randrange(1, 7)) % 7]
        s = t.stated
        if s.weekday_span is not None:
            return replace(text, s.weekday_span.start, s.weekday_span.end, wrong)
        start = (s.date_span or t.span).start
        return replace(text, start, start, f"{wrong}, ")
    for t in weekday_only(claims):
        shifted = day_of(t) + dt.timedelta(days=rng.choice([1, 2, 3, -1, -2]))
        return replace(text, t.span.end, t.span.end, f", {month_day(shifted)}")
    return None


def dt02(text, claims, rng):
    """A relative date that lands on another day: '..., three days after <date>'."""
    dated = {t for e in claims.events for t in e.times}
    candidates = [*weekday_only(claims), *full_dates(claims)]
    for t in sorted(candidates, key=lambda t: t.id not in dated):
        n = rng.randrange(2, 5)
        anchor = day_of(t) - dt.timedelta(days=n) + dt.timedelta(days=rng.choice([1, -1, 2]))
        return replace(text, t.span.end, t.span.end,
                        f", {NUMBER_WORDS[n]} days after {month_day(anchor)},")
    return None


def dt03(text, claims, rng):
    """A confirming statement dated before the event it confirms."""
    pub = claims.article.published
    for e in claims.events:  # an existing confirmation: move its day before the event's
        for r in e.relations:
            target = claims.event(r.target)
            if r.type.value != "on_or_after" or target is None or not e.times:
                continue
            days = [d for t in target.times if (x := claims.time(t)) and (d := day_of(x))]
            t = claims.time(e.times[0])
            if not days or t is None or day_of(t) is None:
                continue
            before = days[0] - dt.timedelta(days=1)
            if t in weekday_only(claims) and pub and (pub - before).days <= 6:
                return replace(text, t.span.start, t.span.end, WEEKDAYS[before.weekday()])
            return replace(text, t.span.start, t.span.end, month_day(before))
    for e in claims.events:  # or add one, as the seed words it
        if e.kind.value not in ("meeting", "talks", "visit", "call", "summit"):
            continue
        days = [d for t in e.times if (x := claims.time(t)) and (d := day_of(x))]
        if not days or e.status is not EventStatus.OCCURRED or (pub and days[0] > pub):
            continue
        before = days[0] - dt.timedelta(days=rng.randrange(1, 3))
        noun = {"talks": "talks", "visit": "visit", "call": "call"}.get(e.kind.value, "meeting")
        verb = "were" if noun == "talks" else "was"
        at = sentence_end(text, e.trigger.end)
        return replace(text, at, at, f" The {noun} {verb} held on {month_day(days[0])}, "
                                      f"officials confirmed in a statement on "
                                      f"{month_day(before)}.")
    return None


def dt08(text, claims, rng):
    """One event given a second day: a later mention of it names another day."""
    for e in claims.events:
        if e.kind.value not in ("meeting", "call"):
            continue  # summits and visits may last several days
        dated = [(t, d) for tid in e.times if (t := claims.time(tid)) and (d := day_of(t))]
        if not dated or e.status is not EventStatus.OCCURRED:
            continue
        for t, day in dated:
            if t in weekday_only(claims) and t.span.start > dated[0][0].span.start:
                wrong = WEEKDAYS[(day.weekday() + rng.choice([1, 2, -1])) % 7]
                return replace(text, t.span.start, t.span.end, wrong)
        other = dated[0][1] + dt.timedelta(days=rng.choice([1, 2, -1, -2]))
        noun = e.kind.value
        at = sentence_end(text, e.trigger.end)
        return replace(text, at, at, f" The {noun} took place on {month_day(other)}.")
    return None


def dt04(text, claims, rng):
    """A past event dated after publication."""
    pub = claims.article.published
    if pub is None:
        return None
    # an event dated once: a second date for it would make this a DT08 conflict instead
    events = sorted(claims.events, key=lambda e: len(e.times) != 1)
    dated = {t for e in claims.events for t in e.times}
    loose = [t.id for t in claims.times if t.id not in dated]  # past-tense dates of no event
    for tids in [e.times for e in events if e.status is EventStatus.OCCURRED] + [loose]:
        for tid in tids:
            t = claims.time(tid)
            if t is None or t not in full_dates(claims) or t.tense is not Tense.PAST:
                continue
            new = pub + dt.timedelta(days=rng.randrange(3, 40))
            s = t.stated
            # a year-less date across New Year is ambiguous by design: give it its year
            rendered = render(new, year=bool(s.year) or new.year != pub.year)
            if s.weekday_span is not None:
                return replace(text, t.span.start, t.span.end,
                                f"{WEEKDAYS[new.weekday()]}, {rendered}")
            span = s.date_span or t.span
            return replace(text, span.start, span.end, rendered)
    return None


def dt05(text, claims, rng):
    """An impossible calendar date."""
    for t in full_dates(claims):
        span = t.stated.date_span or t.span
        month, dom = rng.choice([("June", 31), ("April", 31), ("September", 31),
                                 ("November", 31), ("February", 30)])
        year = f", {t.stated.year}" if t.stated.year else ""
        return replace(text, span.start, span.end, f"{month} {dom}{year}")
    return None


def dt06(text, claims, rng):
    """A duration that does not fit its start and end."""
    for t in full_dates(claims):
        start = day_of(t)
        n = rng.randrange(2, 5)
        end = start + dt.timedelta(days=n + 1)
        end_text = str(end.day) if end.month == start.month else month_day(end)
        at = sentence_end(text, t.span.end)
        return replace(text, at, at, f" It was part of a {NUMBER_WORDS[n]}-day visit from "
                                      f"{month_day(start)} to {end_text}.")
    return None


