"""What a normaliser makes of one matched phrase, and what it reads it against.

A ``Reading`` is the TIMEX3 interpretation of a candidate before it gets an
id; ``Context`` carries the publication date, the tense of the governing
verb and the reference time (the last date the text mentioned), which "a
year earlier" and "the following day" are counted from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from claimcheck.models import (
    AnchorKind,
    Direction,
    Granularity,
    Joining,
    StatedDate,
    Tense,
    TimexType,
)

from .calendar import render


@dataclass
class Reading:
    """One phrase normalised: TIMEX3 fields, anchor and the derivation steps."""

    type: TimexType
    value: str
    granularity: Granularity
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    stated: StatedDate | None = None
    anchor: AnchorKind = AnchorKind.NONE
    anchor_index: int | None = None
    """Index of the candidate anchored on, for anchor kind EXPRESSION."""
    direction: Direction | None = None
    offset: str | None = None
    start: int | None = None
    """Where the expression starts when not where the match does ("a two-year" -> "two-year")."""
    end: int | None = None
    """Where it ends when not where the match does: "two days after" is the duration "two
    days"; the signal word stays outside the span and in the anchor's direction."""
    point: str | None = None
    """The day an anchored duration lands on ("two days after November 5" -> 2024-11-07):
    what later expressions count from, though the expression itself is a DURATION."""
    joins: Joining | None = None
    """A range or choice of days read as one expression (see ``joins``)."""
    until: str | None = None
    """The last day's value of a range or choice."""
    days: tuple[dt.date, dt.date] | None = None
    """The days it denotes when its value alone does not say (a range)."""
    sets_reference: bool = True
    """False for comparisons ("a year ago" in results) that do not move the story's time."""
    derivation: list[str] = field(default_factory=list)


@dataclass
class Context:
    """What a phrase is read against."""

    text: str
    """The whole document text (stated sub-spans are offsets into it)."""
    phrase: str
    """The matched phrase."""
    published: dt.date | None
    start: int = 0
    end: int = 0
    tense: Tense | None = None
    index: int = 0
    reference: tuple[int, Reading] | None = None
    """The last anchorable date before this phrase: (candidate index, reading)."""
    reference_beside: bool = False
    """Whether ``reference`` stands right beside this phrase, in apposition ("on Sunday,
    four days later"): an anaphoric offset then renames that day, it does not count from it."""
    earlier_reference: tuple[int, Reading] | None = None
    """The anchorable date stated before ``reference``: what an offset in apposition to
    ``reference`` counts from ("began on Aug. 3 and ended on Sunday, four days later")."""
    following: Callable[[int], tuple[int, Reading] | None] | None = None
    """Looks up the date stated right after this phrase ("... after the vote on May 5")."""
    day_after: Callable[[int], tuple[int, Reading] | None] | None = None
    """Looks up a day named right after a clock time ("10 a.m. on Tuesday")."""
    past_clause: Callable[[], bool] | None = None
    """Whether the expression modifies a verb in the simple past (``tense.in_past_clause``)."""


UNKNOWN_BY_GRANULARITY: dict[Granularity, str] = {
    Granularity.TIME: "XXXX-XX-XX",
    Granularity.DAY: "XXXX-XX-XX",
    Granularity.WEEK: "XXXX-WXX",
    Granularity.MONTH: "XXXX-XX",
    Granularity.QUARTER: "XXXX-QX",
    Granularity.HALF: "XXXX-HX",
    Granularity.SEASON: "XXXX",
    Granularity.YEAR: "XXXX",
    Granularity.DECADE: "XXX",
    Granularity.CENTURY: "XX",
}


def relative(
    ctx: Context,
    granularity: Granularity,
    compute: Callable[[dt.date], dt.date],
    label: str,
    *,
    type_: TimexType = TimexType.DATE,
    mod: str | None = None,
    suffix: str = "",
) -> Reading:
    """A reading counted from the publication date, or unknown when there is none.

    ``compute`` maps the publication date to a day inside the meant period;
    ``label`` says in words how ("the Friday before").
    """
    phrase = ctx.phrase
    if ctx.published is None:
        value = UNKNOWN_BY_GRANULARITY[granularity]
        return Reading(
            type_,
            value + suffix,
            granularity,
            mod=mod,
            anchor=AnchorKind.PUBLICATION,
            derivation=[phrase, f"{label}: publication date unknown", value + suffix],
        )
    day = compute(ctx.published)
    value = render(granularity, day) + suffix
    return Reading(
        type_,
        value,
        granularity,
        mod=mod,
        anchor=AnchorKind.PUBLICATION,
        derivation=[phrase, f"{label} {ctx.published.isoformat()}", value],
    )


def year_for(ctx: Context, month: int, day: int | None = None) -> tuple[int | None, str]:
    """The year a year-less date takes in news mode, and why.

    The year that puts the date (or month) nearest the publication date, with
    the tense weighing in: a past-tense (or untensed) date must be much nearer
    after publication than before it to be placed after it, and a
    future-tense one likewise before it. "in March" said in November is last
    March; "Nov. 10" in a story of November 2 is still this year's.
    """
    pub = ctx.published
    if pub is None:
        return None, "no year and no publication date: year unknown"
    best: tuple[int, int] | None = None
    past = ctx.tense is Tense.PAST and ctx.past_clause is not None and ctx.past_clause()
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            start = dt.date(year, month, day or 1)
            end = (
                start
                if day
                else (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
            )
        except ValueError:
            continue
        cost = 0 if start <= pub <= end else min(abs((start - pub).days), abs((pub - end).days))
        if start > pub and past:
            continue  # "met on Dec. 1": a past event's day lies before publication
        if start > pub and ctx.tense is not Tense.FUTURE:
            cost += 240 if ctx.tense is Tense.PAST else 120
        elif end < pub and ctx.tense is Tense.FUTURE:
            cost += 300
        if best is None or cost < best[0]:
            best = (cost, year)
    if best is None:
        return None, "no such day in any year near publication"
    year = best[1]
    if year == pub.year:
        return year, f"no year: the year of the publication date, {year}"
    if past:
        return year, f"no year, a past event: the latest before {pub.isoformat()} is in {year}"
    tense = f", {ctx.tense.value} tense" if ctx.tense else ""
    return year, f"no year{tense}: the nearest to {pub.isoformat()} is in {year}"
