"""Normalisers for amounts of time counted from somewhere: "two years ago",
"two days after <X on November 5>", "a year earlier", "three weeks later".

"ago" and "from now" count from the publication date; "before"/"after" from
the date stated inside the phrase they govern (else the expression stays a
duration with its direction, for the events stage to anchor on an event);
"earlier"/"later" from the reference time. In results stories "a year ago"
and "year-earlier" next to a named quarter mean that quarter a year back.
"""

from __future__ import annotations

import re

from claimcheck.lang.en.time_words import ANAPHORIC_SHIFTS, SHIFT_DIRECTIONS, SHIFT_SIGNALS_OUTSIDE
from claimcheck.models import AnchorKind, Direction, Granularity, TimexType

from .calendar import (
    UNIT_GRANULARITY,
    add_units,
    granularity_of,
    shift_value,
    value_range,
)
from .normalise_offsets import from_reference
from .numbers import duration_value, mod_of, parse_number, squash, unit_code
from .reading import UNKNOWN_BY_GRANULARITY, Context, Reading, relative

_YEAR_DAYS = 365


def _amount(m: re.Match[str]) -> tuple[float | None, str] | None:
    try:
        amount = 1.0 if squash(m["num"]) == "the" else parse_number(m["num"])
    except ValueError:
        return None
    return amount, unit_code(m["unit"])


def ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "two years ago", "a week or so ago", "about five months ago"."""
    parsed = _amount(m)
    if parsed is None:
        return None
    amount, unit = parsed
    mod = mod_of(m["mod"]) or ("APPROX" if "or so" in ctx.phrase.lower() else None)
    if amount is None:
        return Reading(
            TimexType.DATE,
            "PAST_REF",
            Granularity.VAGUE,
            mod=mod,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "PAST_REF"],
        )
    if unit == "Y" and amount == int(amount) and _reference_quarter(ctx):
        return _from_quarter(ctx, -int(amount), mod)
    gran = UNIT_GRANULARITY.get(unit, Granularity.DAY)
    if gran in (Granularity.DECADE, Granularity.CENTURY):
        gran = Granularity.YEAR
    if gran is Granularity.TIME:
        gran = Granularity.DAY
    offset = duration_value(amount, unit)
    whole = int(amount) if amount >= 1 else 0
    reading = relative(ctx, gran, lambda p: add_units(p, -whole, unit), f"{offset} before", mod=mod)
    reading.direction, reading.offset = Direction.BEFORE, offset
    return reading


def _reference_quarter(ctx: Context) -> bool:
    """Whether the reference time is a quarter: financial news compares with "a year ago"."""
    return (
        ctx.reference is not None and granularity_of(ctx.reference[1].value) is Granularity.QUARTER
    )


def _already_compared(ref: Reading, ctx: Context) -> bool:
    """Whether the reference quarter is itself the comparison period: it ended a year or
    more before publication ("... in the year-ago quarter. The year-ago results were
    restated"), so "year-ago" names it again rather than the year before it."""
    span = value_range(ref.value)
    return (
        ctx.published is not None
        and span is not None
        and (ctx.published - span[1]).days >= _YEAR_DAYS
    )


def _from_quarter(ctx: Context, years: int, mod: str | None) -> Reading:
    assert ctx.reference is not None  # _reference_quarter found it
    index, ref = ctx.reference
    if years == -1 and _already_compared(ref, ctx):
        years = 0
    value = (shift_value(ref.value, years, "Y") or ref.value) if years else ref.value
    return Reading(
        TimexType.DATE,
        value,
        Granularity.QUARTER,
        mod=mod,
        anchor=AnchorKind.EXPRESSION,
        anchor_index=index,
        sets_reference=False,
        direction=(
            Direction.SAME if not years else Direction.BEFORE if years < 0 else Direction.AFTER
        ),
        offset=duration_value(abs(years), "Y") if years else None,
        derivation=[
            ctx.phrase,
            f"the quarter '{ref.derivation[0]}' ({ref.value}) {years:+d} year"
            if years
            else f"the quarter '{ref.derivation[0]}' ({ref.value}), already a year back",
            value,
        ],
    )


def year_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "year-ago", "year-earlier": the quarter last named a year back, or last year."""
    if _reference_quarter(ctx):
        return _from_quarter(ctx, -1, None)
    reading = relative(ctx, Granularity.YEAR, lambda p: add_units(p, -1, "Y"), "the year before")
    reading.sets_reference = False
    return reading


def offset(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "two days after <X on November 5>", "a year earlier", "three weeks later"."""
    parsed = _amount(m)
    if parsed is None:
        return None
    amount, unit = parsed
    word = squash(m["dir"])
    direction = Direction(SHIFT_DIRECTIONS[word])
    mod = mod_of(m.groupdict().get("mod"))
    span_offset = duration_value(amount, unit)
    if amount is None or unit in ("H", "MIN", "S"):
        return _unanchored(m, ctx, span_offset, unit, mod, direction,
                           span_offset if amount else None, "an unstated time")
    sign = 1 if direction is Direction.AFTER else -1
    whole = int(amount)
    if word in ("from now", "hence"):
        reading = relative(
            ctx,
            UNIT_GRANULARITY.get(unit, Granularity.DAY),
            lambda p: add_units(p, sign * whole, unit),
            f"{span_offset} {word}:",
            mod=mod,
        )
        reading.direction, reading.offset = direction, span_offset
        return reading
    target = ctx.following(ctx.index) if word in ("before", "after") and ctx.following else None
    if target is None and word not in ("before", "after"):
        target = ctx.reference
        if ctx.reference_beside and word in ANAPHORIC_SHIFTS:
            # "ended on Sunday, four days later": the offset renames Sunday, so it counts
            # from the date stated before Sunday, never from the day it stands beside
            target = ctx.earlier_reference
    if target is None:
        if word not in ("before", "after", "later") and ctx.published is not None:
            return from_reference(
                ctx, sign * whole, unit, UNIT_GRANULARITY.get(unit, Granularity.DAY), mod=mod
            )
        return _unanchored(m, ctx, span_offset, unit, mod, direction, span_offset,
                           "an event not dated here")
    index, anchor = target
    value = shift_value(anchor.value, sign * whole, unit)
    gran = granularity_of(value) if value else Granularity.DAY
    steps = [ctx.phrase, f"'{anchor.derivation[0]}' is {anchor.value}"]
    if value is None:
        value = UNKNOWN_BY_GRANULARITY[UNIT_GRANULARITY.get(unit, Granularity.DAY)]
        steps.append(f"{anchor.value} {'+' if sign > 0 else '-'} {span_offset}: not precise enough")
    else:
        steps.append(f"{anchor.value} {'+' if sign > 0 else '-'} {span_offset}")
    steps.append(value)
    comparison = gran is Granularity.QUARTER and unit == "Y"  # "a year earlier" in results
    reading = Reading(
        TimexType.DATE,
        value,
        gran,
        mod=mod,
        anchor=AnchorKind.EXPRESSION,
        anchor_index=index,
        direction=direction,
        offset=span_offset,
        sets_reference=not comparison,
        derivation=steps,
    )
    if word in ("before", "after"):
        # "two days after the vote on November 5" names the day it lands on, whole: the
        # seed's contract (the events stage and the reasoner read it as that day)
        return reading
    return _signalled(m, ctx, reading)


def _unanchored(m: re.Match[str], ctx: Context, span_offset: str, unit: str,
                mod: str | None, direction: Direction, offset: str | None,
                what: str) -> Reading:
    """A signalled duration counted from something with no day here: it stays a DURATION
    with its direction and offset, for the event stage to anchor."""
    return _signalled(m, ctx, Reading(
        TimexType.DURATION,
        span_offset,
        UNIT_GRANULARITY.get(unit, Granularity.DAY),
        mod=mod,
        direction=direction,
        offset=offset,
        derivation=[ctx.phrase, f"{span_offset} {direction.value} {what}"],
    ))


def _signalled(m: re.Match[str], ctx: Context, reading: Reading) -> Reading:
    """``reading`` as TimeML has it: a duration ending before its signal word, with the
    direction, offset and anchor kept, and the day it lands on kept as ``point``."""
    if squash(m["dir"]) not in SHIFT_SIGNALS_OUTSIDE:
        return reading
    end = m.start("dir")
    while end > ctx.start and ctx.text[end - 1] in " \t\n-":
        end -= 1
    point = reading.value if reading.type is TimexType.DATE else None
    value = reading.offset or reading.value
    where = f", landing on {point}" if point else ""
    direction = reading.direction.value if reading.direction else "from"
    reading.derivation = [
        *reading.derivation[:-1],
        f"the duration {value}, {direction} its anchor{where}",
        value,
    ]
    reading.type, reading.value, reading.point, reading.end = (
        TimexType.DURATION,
        value,
        point,
        end,
    )
    unit = reading.offset[-1] if reading.offset else "D"
    reading.granularity = UNIT_GRANULARITY.get(unit, reading.granularity)
    return reading


HANDLERS = {
    "ago": ago,
    "year_ago": year_ago,
    "offset": offset,
    "offset_the": offset,
}
