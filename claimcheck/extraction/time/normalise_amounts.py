"""Normalisers for amounts of time, repetitions and vague references:
durations ("two days", "a three-year term"), sets ("every week", "annually",
"twice a year") and PAST_REF / PRESENT_REF / FUTURE_REF ("recently", "now").
"""

from __future__ import annotations

import re

from claimcheck.lang.en import calendar as cal
from claimcheck.lang.en import numbers as num
from claimcheck.lang.en import time_words as tw
from claimcheck.lang.en.time_words import APPROXIMATORS_OUTSIDE
from claimcheck.models import AnchorKind, Granularity, TimexType

from .calendar import UNIT_GRANULARITY
from .numbers import duration_value, mod_of, parse_number, squash, unit_code
from .reading import Context, Reading

_PER_AMOUNT = re.compile(
    r"(?:\d|million|billion|percent|%|times|cents?|dollars?|a\s+share)\W*$", re.I
)


def _gran(unit: str) -> Granularity:
    return UNIT_GRANULARITY.get(unit, Granularity.DAY)


def duration(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "two days", "the past two years", "a three-year term", "more than four hours"."""
    try:
        amount = parse_number(m["num"])
    except ValueError:
        return None
    if m["half"] and amount is not None:
        amount += 0.5  # "a minute and a half"
    unit = unit_code(m["unit"])
    num = squash(m["num"])
    tail = squash(m["tail"] or "")
    if tail == "old" and "-old" not in ctx.phrase.lower():
        return None  # "45 years old" is an age
    if unit == "Q" and "-quarter" in ctx.phrase.lower():
        return None  # "three-quarters" is a fraction
    if unit == "S" and num in ("a", "an", "one"):
        return None  # "a second" is an ordinal far more often than a duration
    bare = not (m["mod"] or m["det"] or m["rel"])
    if (
        bare
        and num in ("a", "an")
        and _PER_AMOUNT.search(ctx.text[max(0, ctx.start - 24) : ctx.start])
    ):
        # "$2 million a year", "358,000 a month": a rate, not a time. Annotators
        # tagged 2 of 7 such rates in the training text, too few to be worth it.
        return None
    mod = mod_of(m["mod"]) or ("APPROX" if m["orso"] else None)
    value = duration_value(amount, unit)
    reading = Reading(
        TimexType.DURATION, value, _gran(unit), mod=mod, derivation=[ctx.phrase, value]
    )
    if (
        m["det"]
        and not m["mod"]
        and not m["tail"]
        and ("-" in ctx.text[m.end("num") : m.start("unit")] or _unit_adjective(m, num))
    ):
        reading.start = m.start("rel") if m["rel"] else m.start("num")  # "a two-year" -> "two-year"
    elif m["mod"] and squash(m["mod"]) in APPROXIMATORS_OUTSIDE:
        reading.start = m.start("det") if m["det"] else m.start("num")
    return reading


def _unit_adjective(m: re.Match[str], num: str) -> bool:
    """A number and a singular unit before a noun, written without a hyphen ("a two day
    visit", "a six year term"): an adjective, and TimeML leaves the article outside
    (20 of 20 such spans in the training gold)."""
    if num in ("a", "an", "one") or m["unit"].lower().endswith("s") or m["rel"]:
        return False
    return re.match(r"\s+[a-z]", m.string[m.end() : m.end() + 3]) is not None


def bare_units(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "for years", "in recent weeks", "the coming months" -> PXY, PXW, PXM."""
    unit = unit_code(m["unit"])
    value = duration_value(None, unit)
    return Reading(TimexType.DURATION, value, _gran(unit), derivation=[ctx.phrase, value])


def set_adverb(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "daily", "weekly", "annually"."""
    value, gran = tw.SET_ADVERBS[squash(m["w"])]
    return Reading(
        TimexType.SET, value, Granularity(gran), derivation=[ctx.phrase, f"every {value}"]
    )


def set_every(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "every week", "each year", "every other month", "every Friday", "each July"."""
    q = squash(m["q"])
    quant = None if q == "per" else q.upper()
    if m["wd"]:
        value, gran = f"XXXX-WXX-{cal.WEEKDAYS[squash(m['wd'])]}", Granularity.DAY
    elif m["mon"]:
        value, gran = f"XXXX-{cal.MONTHS[squash(m['mon'])]:02d}", Granularity.MONTH
    else:
        try:
            amount = parse_number(m["num"]) if m["num"] else 1
        except ValueError:
            return None
        unit = unit_code(m["unit"])
        if m["other"]:
            amount = 2 * (amount or 1)
        value, gran = duration_value(amount, unit), _gran(unit)
    return Reading(
        TimexType.SET, value, gran, quant=quant, derivation=[ctx.phrase, f"every {value}"]
    )


def set_freq(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "twice a week", "three times a year"."""
    f = squash(m["f"])
    try:
        count = num.FREQUENCIES.get(f) or parse_number(f.rsplit(" ", 1)[0])
    except ValueError:
        return None
    if count is None:
        return None
    unit = unit_code(m["unit"])
    value = duration_value(1, unit)
    return Reading(
        TimexType.SET,
        value,
        _gran(unit),
        freq=f"{int(count)}X",
        derivation=[ctx.phrase, f"{int(count)} times every {value}"],
    )


_DISCOURSE_NOW = re.compile(r"\s*,")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]['\"’”]?\s+|\n\s*)['\"‘“`]*\Z")


def _opens_sentence(ctx: Context) -> bool:
    """Whether the phrase starts a sentence (after a stop, a line break or an opening quote)."""
    return _SENTENCE_OPEN.search(ctx.text[max(0, ctx.start - 8) : ctx.start]) is not None


def vague(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "now", "currently", "recently", "the past", "the future".

    PRESENT_REF stands for the publication day when it is known.
    """
    word = squash(m["w"])
    if word == "now" and _DISCOURSE_NOW.match(ctx.text, ctx.end) and _opens_sentence(ctx):
        return None  # "Now, he says, ...": a discourse marker, not a time
    value = tw.VAGUE_REFS[word]
    steps = [ctx.phrase, value]
    if value == "PRESENT_REF" and ctx.published is not None:
        steps.append(f"the publication date, {ctx.published.isoformat()}")
    return Reading(
        TimexType.DATE, value, Granularity.VAGUE, anchor=AnchorKind.PUBLICATION, derivation=steps
    )


HANDLERS = {
    "duration": duration,
    "bare_units": bare_units,
    "set_adverb": set_adverb,
    "set_every": set_every,
    "set_freq": set_freq,
    "vague": vague,
}
