"""Normalisers for days and times of day: "yesterday", "tonight", "this morning",
"7:30 a.m. EDT", "noon Friday" (weekdays are in ``normalise_weekdays``).

A clock time without a day belongs to the day last mentioned, else to the
publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.lang.en import calendar as cal
from claimcheck.lang.en import time_words as tw
from claimcheck.lang.en.time_words import DAY_WORD_OFFSETS
from claimcheck.models import AnchorKind, Granularity, TimexType

from .calendar import granularity_of
from .normalise_dates import day_number
from .normalise_offsets import from_reference
from .normalise_weekdays import part_suffix, weekday
from .numbers import mod_of, parse_number, squash
from .reading import Context, Reading, relative

_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(tw.GENERIC_TODAY_NOUNS)) + r")\b",
    re.IGNORECASE,
)


def rel_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "late yesterday"."""
    word = squash(m["rd"])
    if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end("rd")):
        return None  # "today's youth": nowadays, not a day
    shift = DAY_WORD_OFFSETS[word]
    suffix = part_suffix(m["part"]) or (part_suffix(word) if word == "overnight" else "")
    type_ = TimexType.TIME if suffix else TimexType.DATE
    mod = tw.EDGE_MODS.get(squash(m["mod"] or ""))
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
    """Reads "this morning", "last night", "tomorrow evening", "that afternoon",
    "mid-afternoon", "mid-morning yesterday"."""
    part = squash(m["part"])
    suffix = part_suffix(part)
    mod = tw.EDGE_MODS.get(squash(m["mod"] or ""))
    if m["rel"] is None and (m["mod"] or "").lower() != "mid":
        return None
    rel = squash(m["rel"] or m["rd"] or "that")  # a bare "mid-afternoon": of the day last named
    if m["rel"] is not None and m["rd"] is not None:
        return None  # "this morning yesterday" is no one time
    if rel in ("that", "the", "the next", "the following", "the previous"):
        # "in the morning": the morning of the day last named, like "that morning"
        step = {"that": 0, "the": 0, "the next": 1, "the following": 1, "the previous": -1}[rel]
        return from_reference(ctx, step, "D", Granularity.DAY, type_=TimexType.TIME, suffix=suffix)
    shift = {
        "this": 0,
        "last": -1 if part in ("night", "evening") else 0,
        "tomorrow": 1,
        "yesterday": -1,
        "today": 0,
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
        mon = cal.MONTHS[squash(groups["mon"])]
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
            shift = DAY_WORD_OFFSETS[squash(groups["rd"])]
            day = (pub + dt.timedelta(days=shift)).isoformat() if pub else "XXXX-XX-XX"
        else:
            day = sub.value
        return day, AnchorKind.PUBLICATION, None, "the stated day"
    stated_after = ctx.day_after(ctx.index) if ctx.day_after else None
    if stated_after is not None:  # "at 10 a.m. on Tuesday"
        index, named = stated_after
        return (
            named.value[:10],
            AnchorKind.EXPRESSION,
            index,
            f"the day stated after it, '{named.derivation[0]}'",
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
    "rel_day": rel_day,
    "part_of_day": part_of_day,
    "time": clock,
    "time24": clock,
    "time_in_the": clock,
    "noon": clock,
}
