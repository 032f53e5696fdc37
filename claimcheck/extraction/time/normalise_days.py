"""Normalisers for days and times of day: weekdays, "yesterday", "tonight",
"this morning", "7:30 a.m. EDT", "noon Friday".

News mode: a weekday is counted from the publication date, backwards in a
past-tense sentence and forwards in a future one; a clock time without a day
belongs to the day last mentioned, else to the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.models import (
    AnchorKind,
    Direction,
    Granularity,
    Span,
    StatedDate,
    Tense,
    TimexType,
)

from . import lexicon as lx
from .calendar import (
    granularity_of,
    value_range,
    weekday_on_or_after,
    weekday_on_or_before,
)
from .normalise_dates import day_number
from .normalise_offsets import from_reference
from .numbers import mod_of, parse_number, squash
from .reading import Context, Reading, relative

_DAY_WORDS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "overnight": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}


_POSSESSIVE = re.compile(r"['’]s\b")
_EARLIEST = re.compile(r"\bas\s+(?:soon|early)\s+as\s+\Z", re.IGNORECASE)
""""could leave as soon as Tuesday": the earliest time something may happen is ahead."""


def _part(word: str | None) -> str:
    return "T" + lx.PARTS_OF_DAY[squash(word)] if word else ""


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    before, after = weekday_on_or_before(day, weekday), weekday_on_or_after(day, weekday)
    return before if (day - before) <= (after - day) else after


_ANAPHORIC = {"the previous": -1, "the following": 1, "the next": 1}
"""Weekdays counted from the day the story last named, not from publication."""


def _from_reference_day(
    ctx: Context, rel: str, wd: int, name: str, mod: str | None
) -> Reading | None:
    """ "the previous Friday", "the following Monday": the such day before or after the
    day last mentioned; None when the phrase is not anaphoric or no single day precedes."""
    step = _ANAPHORIC.get(rel)
    if step is None or ctx.reference is None:
        return None
    index, ref = ctx.reference
    days = value_range(ref.value)
    if days is None or days[0] != days[1]:
        return None
    day = (
        weekday_on_or_before(days[0] - dt.timedelta(days=1), wd)
        if step < 0
        else weekday_on_or_after(days[0] + dt.timedelta(days=1), wd)
    )
    value = day.isoformat()
    side = "before" if step < 0 else "after"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.DAY,
        mod=mod,
        anchor=AnchorKind.EXPRESSION,
        anchor_index=index,
        direction=Direction.BEFORE if step < 0 else Direction.AFTER,
        derivation=[ctx.phrase, f"the {name} {side} '{ref.derivation[0]}' ({ref.value})", value],
    )


def weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "Friday", "last Friday", "Friday night", "each Thursday", "Tuesday nights"."""
    g = m.groupdict()
    wd = lx.WEEKDAYS[squash(g["wd"])]
    rel = squash(g.get("rel") or "")
    suffix = _part(g.get("part"))
    stated = StatedDate(weekday=wd, weekday_span=Span.of(ctx.text, *m.span("wd")))
    if rel in ("each", "every") or g.get("pl"):
        return Reading(
            TimexType.SET,
            f"XXXX-WXX-{wd}{suffix}",
            Granularity.DAY,
            quant=rel.upper() or None,
            derivation=[ctx.phrase, "that weekday of every week"],
        )
    # TimeBank annotates "Friday night" as the date of that Friday; the part of
    # the day stays in the derivation.
    part_note = f" ({squash(g['part'])})" if suffix else ""
    type_, suffix = TimexType.DATE, ""
    mod = lx.EDGE_MODS.get(squash(g.get("mod") or ""))
    name = g["wd"]
    anaphoric = _from_reference_day(ctx, rel, wd, name, mod)
    if anaphoric is not None:
        anaphoric.stated = stated
        return anaphoric
    if ctx.published is None:
        value = f"XXXX-WXX-{wd}{suffix}"
        return Reading(
            type_,
            value,
            Granularity.DAY,
            mod=mod,
            stated=stated,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "publication date unknown", value],
        )
    if rel in ("last", "this past", "the previous"):
        compute, label = (
            (lambda p: weekday_on_or_before(p - dt.timedelta(days=1), wd)),
            f"last {name}: the {name} before",
        )
    elif rel in ("next", "this coming", "the following", "the next"):
        compute, label = (
            (lambda p: weekday_on_or_after(p + dt.timedelta(days=1), wd)),
            f"next {name}: the {name} after",
        )
    elif rel == "this":
        compute, label = (
            (lambda p: p + dt.timedelta(days=wd - p.isoweekday())),
            f"this {name}: the {name} in the week of",
        )
    elif _EARLIEST.search(ctx.text[max(0, ctx.start - 16) : ctx.start]):
        compute, label = (
            (lambda p: weekday_on_or_after(p, wd)),
            f"as soon as {name}: a time not yet reached, the first {name} on or after",
        )
    elif ctx.tense is Tense.FUTURE and not _POSSESSIVE.match(ctx.text, ctx.end):
        compute, label = (
            (lambda p: weekday_on_or_after(p, wd)),
            f"future tense: the first {name} on or after",
        )
    elif ctx.tense is Tense.FUTURE:
        # "will appeal Wednesday's ruling": the verb's tense dates the appeal, not the
        # ruling the possessive names, which is as likely just past as just ahead.
        compute, label = (
            (lambda p: _nearest_weekday(p, wd)),
            f"{name}'s under a future verb: the {name} nearest",
        )
    elif ctx.tense is Tense.PRESENT:
        compute, label = (lambda p: _nearest_weekday(p, wd)), f"present tense: the {name} nearest"
    else:
        tense = "past tense" if ctx.tense is Tense.PAST else "no tense"
        compute, label = (
            (lambda p: weekday_on_or_before(p, wd)),
            f"{tense}: the latest {name} on or before",
        )
    reading = relative(ctx, Granularity.DAY, compute, label, type_=type_, mod=mod, suffix=suffix)
    if part_note:
        reading.derivation.insert(1, f"the{part_note} of that day")
    reading.stated = stated
    return reading


def rel_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "late yesterday"."""
    word = squash(m["rd"])
    shift = _DAY_WORDS[word]
    suffix = _part(m["part"]) or (_part(word) if word == "overnight" else "")
    type_ = TimexType.TIME if suffix else TimexType.DATE
    mod = lx.EDGE_MODS.get(squash(m["mod"] or ""))
    label = {
        -2: "two days before",
        -1: "the day before",
        0: "the day of",
        1: "the day after",
        2: "two days after",
    }[shift]
    return relative(
        ctx,
        Granularity.DAY,
        lambda p: p + dt.timedelta(days=shift),
        f"{word}: {label}",
        type_=type_,
        mod=mod,
        suffix=suffix,
    )


def part_of_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "this morning", "last night", "tomorrow evening", "that afternoon"."""
    rel = squash(m["rel"])
    part = squash(m["part"])
    suffix = _part(part)
    mod = lx.EDGE_MODS.get(squash(m["mod"] or ""))
    if rel in ("that", "the next", "the following", "the previous"):
        step = {"that": 0, "the next": 1, "the following": 1, "the previous": -1}[rel]
        return from_reference(ctx, step, "D", Granularity.DAY, type_=TimexType.TIME, suffix=suffix)
    shift = {
        "this": 0,
        "last": -1 if part in ("night", "evening") else 0,
        "tomorrow": 1,
        "yesterday": -1,
    }[rel]
    return relative(
        ctx,
        Granularity.DAY,
        lambda p: p + dt.timedelta(days=shift),
        f"{rel} {part}: the day",
        type_=TimexType.TIME,
        mod=mod,
        suffix=suffix,
    )


def _time_day(m: re.Match[str], ctx: Context) -> tuple[str, AnchorKind, int | None, str]:
    """The day a clock time belongs to: the one it names, the reference day, or publication."""
    groups = m.groupdict()
    pub = ctx.published
    if groups.get("mon") and groups.get("day"):
        mon = lx.MONTHS[squash(groups["mon"])]
        d = day_number(groups["day"])
        year = pub.year if pub else None
        return (
            f"{year:04d}-{mon:02d}-{d:02d}" if year else f"XXXX-{mon:02d}-{d:02d}",
            AnchorKind.PUBLICATION,
            None,
            "the stated day",
        )
    if groups.get("wd") or groups.get("rd"):
        sub = weekday(m, ctx) if groups.get("wd") else None
        if sub is None:
            shift = _DAY_WORDS[squash(groups["rd"])]
            day = (pub + dt.timedelta(days=shift)).isoformat() if pub else "XXXX-XX-XX"
        else:
            day = sub.value
        return day, AnchorKind.PUBLICATION, None, "the stated day"
    stated_after = ctx.day_after(ctx.index) if ctx.day_after else None
    if stated_after is not None:  # "at 10 a.m. on Tuesday"
        index, day = stated_after
        return (
            day.value[:10],
            AnchorKind.EXPRESSION,
            index,
            f"the day stated after it, '{day.derivation[0]}'",
        )
    if ctx.reference is not None and granularity_of(ctx.reference[1].value) in (
        Granularity.DAY,
        Granularity.TIME,
    ):
        index, ref = ctx.reference
        return ref.value[:10], AnchorKind.EXPRESSION, index, f"the day of '{ref.derivation[0]}'"
    if pub is None:
        return "XXXX-XX-XX", AnchorKind.PUBLICATION, None, "publication date unknown"
    return pub.isoformat(), AnchorKind.PUBLICATION, None, "the publication date"


def clock(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "7:30 a.m. EDT", "10 p.m. Wednesday", "noon Saturday", "4 in the morning"."""
    groups = m.groupdict()
    if groups.get("w"):
        hour, minute = (24, 0) if squash(groups["w"]) == "midnight" else (12, 0)
    else:
        number = parse_number(groups["h"])
        if number is None or number > 24:
            return None
        hour, minute = int(number), int(groups.get("min") or 0)
        ampm = (
            squash(groups.get("ampm") or groups.get("part") or "").replace(".", "").replace(" ", "")
        )
        if ampm in ("pm", "afternoon", "evening") and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    day, kind, index, why = _time_day(m, ctx)
    value = f"{day[:10]}T{hour:02d}:{minute:02d}"
    mod = mod_of(groups.get("mod"))
    return Reading(
        TimexType.TIME,
        value,
        Granularity.TIME,
        mod=mod,
        anchor=kind,
        anchor_index=index,
        derivation=[ctx.phrase, why, value],
    )


HANDLERS = {
    "weekday": weekday,
    "rel_day": rel_day,
    "part_of_day": part_of_day,
    "time": clock,
    "time24": clock,
    "time_in_the": clock,
    "noon": clock,
}
