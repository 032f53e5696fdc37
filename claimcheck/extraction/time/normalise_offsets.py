"""Normalisers for periods counted from another time: "last week", "this year",
"earlier this year", "the weekend", "the following day", "that year", "year-end".

"last month" counts from the publication date; "the following day" and
"that year" from the reference time (the last date the text mentioned).
``from_reference`` is shared with the shifts ("a year earlier").
"""


from __future__ import annotations

import datetime as dt
import re

from claimcheck.lang.en import time_words as tw
from claimcheck.lang.en.time_words import (
    PUBLICATION_RELATIVES,
    REFERENCE_RELATIVES,
    UNIT_CODES,
    UNIT_GRANULARITIES,
)
from claimcheck.models import AnchorKind, Direction, Granularity, Tense, TimexType

from .calendar import (
    add_units,
    render,
    value_range,
    weekday_on_or_after,
    weekday_on_or_before,
)
from .numbers import duration_value, mod_of, squash
from .reading import UNKNOWN_BY_GRANULARITY, Context, Reading, relative


def from_reference(
    ctx: Context,
    step: int,
    unit: str,
    granularity: Granularity,
    *,
    type_: TimexType = TimexType.DATE,
    mod: str | None = None,
    suffix: str = "",
) -> Reading:
    """``step`` units from the reference time ("the following day", "that year")."""
    if ctx.reference is None:
        if ctx.published is None:
            value = UNKNOWN_BY_GRANULARITY[granularity]
            return Reading(
                type_,
                value,
                granularity,
                mod=mod,
                anchor=AnchorKind.PUBLICATION,
                derivation=[ctx.phrase, "no earlier date and no publication date", value],
            )
        base, kind, index, name = ctx.published, AnchorKind.PUBLICATION, None, "publication date"
    else:
        index, ref = ctx.reference
        span = value_range(ref.value)
        kind, name = AnchorKind.EXPRESSION, f"'{ref.derivation[0]}' ({ref.value})"
        if span is None or (granularity is Granularity.DAY and span[0] != span[1]):
            value = UNKNOWN_BY_GRANULARITY[granularity]
            coarse = re.fullmatch(r"\d{4}(?:-\d{2})?", ref.value)
            if coarse and step == 0 and granularity is Granularity.DAY:
                # "that same day" after "in October 1998": a day of that month, 1998-10-XX
                value = ref.value + "-XX" * (3 - len(ref.value.split("-")))
            return Reading(
                type_,
                value,
                granularity,
                mod=mod,
                anchor=kind,
                anchor_index=index,
                derivation=[ctx.phrase, f"counted from {name}: not precise enough", value],
            )
        base = span[0]
    day = add_units(base, step, unit)
    value = render(granularity, day) + suffix
    direction = Direction.SAME if step == 0 else (Direction.AFTER if step > 0 else Direction.BEFORE)
    offset = duration_value(abs(step), unit) if step else None
    return Reading(
        type_,
        value,
        granularity,
        mod=mod,
        anchor=kind,
        anchor_index=index,
        direction=direction,
        offset=offset,
        derivation=[ctx.phrase, f"{step:+d} {unit} from {name}", value],
    )




_STRETCH = re.compile(r"\b(?:over|during|for|throughout|the\s+course\s+of)\s+\Z", re.IGNORECASE)
"""'over the past decade' is the ten years up to now, not the previous calendar decade."""


def rel_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "last week", "this year", "earlier this year", "the following day", "that year"."""
    rel = squash(m["rel"])
    unit = squash(m["unit"])
    unit = "year" if unit.endswith("year") else unit
    mod = mod_of(m.groupdict().get("mod")) or tw.EDGE_MODS.get(rel.split()[0])
    gran = Granularity(UNIT_GRANULARITIES[unit])
    code = UNIT_CODES[unit]
    step_units = 6 if unit == "half" else 1
    suffix, type_ = "", TimexType.DATE  # "the next morning": the day, as TimeBank has it
    if rel in REFERENCE_RELATIVES:
        return from_reference(
            ctx, REFERENCE_RELATIVES[rel] * step_units, code, gran, type_=type_, mod=mod,
            suffix=suffix,
        )
    if unit in ("day", "morning", "night"):
        return None  # "this day", "the last day": not a calendar reference
    if (
        unit in ("decade", "century")
        and rel in ("the past", "the last")
        and _STRETCH.search(ctx.text, max(0, ctx.start - 24), ctx.start)
    ):
        value = "P10Y" if unit == "decade" else "P100Y"
        return Reading(TimexType.DURATION, value, gran, derivation=[ctx.phrase, value])
    step = PUBLICATION_RELATIVES.get(rel, 0) * step_units
    if rel == "this past" and unit in ("week", "weekend") and ctx.published is not None \
            and ctx.published.isoweekday() >= 5:
        step = 0  # "this past week" written on a Friday to Sunday: the week now ending
    if unit == "weekend":
        return _weekend(ctx, step, mod)
    return relative(ctx, gran, lambda p: add_units(p, step, code), f"{rel} {unit}: from", mod=mod)


def _weekend(ctx: Context, step: int, mod: str | None) -> Reading:
    def compute(p: dt.date) -> dt.date:
        if step < 0 or (step == 0 and ctx.tense is Tense.PAST):
            return (
                weekday_on_or_before(p, 6)
                if p.isoweekday() >= 6 and step == 0
                else weekday_on_or_before(p - dt.timedelta(days=1), 6)
            )
        return weekday_on_or_after(p, 6) + dt.timedelta(weeks=max(step - 1, 0))

    reading = relative(ctx, Granularity.WEEK, compute, "the weekend nearest", mod=mod, suffix="-WE")
    reading.granularity = Granularity.DAY
    return reading


def the_weekend(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the weekend", "over the weekend"."""
    return _weekend(ctx, 0, None)


def the_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the year", "the week", "for the year": the reference period; "the year ended
    Sept. 30" is the twelve months to that day, a duration."""
    unit = squash(m["unit"])
    if m["ended"]:
        value = duration_value(1, UNIT_CODES[unit])
        return Reading(TimexType.DURATION, value, Granularity(UNIT_GRANULARITIES[unit]),
                       derivation=[ctx.phrase, value])
    reading = from_reference(ctx, 0, UNIT_CODES[unit], Granularity(UNIT_GRANULARITIES[unit]))
    reading.sets_reference = False
    return reading


def year_end(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "year-end", "year's end": the end of the publication year."""
    return relative(ctx, Granularity.YEAR, lambda p: p, "the end of the year of", mod="END")


HANDLERS = {
    "rel_unit": rel_unit,
    "the_weekend": the_weekend,
    "edge_of_unit": rel_unit,
    "fiscal_year": rel_unit,
    "year_end": year_end,
    "the_unit": the_unit,
}
