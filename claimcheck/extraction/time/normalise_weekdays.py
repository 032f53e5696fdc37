"""The normaliser for weekdays: "Friday", "last Friday", "Friday night", "each
Thursday", "the previous Friday", "Friday's meeting".

News mode: a weekday is counted from the publication date, backwards in a
past-tense sentence and forwards in a future one, the nearest in a present
one. "the previous/following Friday" counts from the day last named;
"as soon as Tuesday" looks forward whatever the verb.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.lang.en import calendar as cal
from claimcheck.lang.en import time_words as tw
from claimcheck.lang.en.time_words import ANAPHORIC_WEEKDAY_MODIFIERS
from claimcheck.models import (
    AnchorKind,
    Direction,
    Granularity,
    Span,
    StatedDate,
    Tense,
    TimexType,
)

from .calendar import value_range, weekday_on_or_after, weekday_on_or_before
from .numbers import squash
from .reading import Context, Reading, relative

_POSSESSIVE = re.compile(r"['’]s\b")
_EARLIEST = re.compile(r"\bas\s+(?:soon|early)\s+as\s+\Z", re.IGNORECASE)
""""could leave as soon as Tuesday": the earliest time something may happen is ahead."""


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+\Z")


def _named_day(text: str, start: int) -> bool:
    """ "Super Tuesday", "Black Friday", "Bloody Sunday": a named day of the calendar
    (``tw.NAMED_DAY_WORDS``, capitalised) is not a weekday counted from publication."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1)[0].isupper() \
        and m.group(1).lower() in tw.NAMED_DAY_WORDS


def part_suffix(word: str | None) -> str:
    """The TIMEX3 suffix of a part of the day ("night" -> "TNI"), or "" for none."""
    return "T" + cal.PARTS_OF_DAY[squash(word)] if word else ""


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    before, after = weekday_on_or_before(day, weekday), weekday_on_or_after(day, weekday)
    return before if (day - before) <= (after - day) else after


_MARKED_PARTS = frozenset({"TEV", "TAF"})
"""Parts of the day a weekday keeps in its value (see ``weekday``)."""


def _from_reference_day(
    ctx: Context, rel: str, wd: int, name: str, mod: str | None
) -> Reading | None:
    """ "the previous Friday", "the following Monday": that weekday before or after the
    day last mentioned; None when the phrase is not anaphoric or no single day precedes."""
    step = ANAPHORIC_WEEKDAY_MODIFIERS.get(rel)
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
    wd = cal.WEEKDAYS[squash(g["wd"])]
    rel = squash(g.get("rel") or "")
    suffix = part_suffix(g.get("part"))
    stated = StatedDate(weekday=wd, weekday_span=Span.of(ctx.text, *m.span("wd")))
    if rel in ("each", "every") or g.get("pl"):
        return Reading(
            TimexType.SET,
            f"XXXX-WXX-{wd}{suffix}",
            Granularity.DAY,
            quant=rel.upper() or None,
            derivation=[ctx.phrase, "that weekday of every week"],
        )
    # Annotators mark "Friday evening" and "Friday afternoon" as a TIME of that
    # Friday ("2024-11-22TEV"), but "Friday night" and "Friday morning" mostly as
    # the date alone (night 5 bare / 5 TNI / 3 TEV, morning 5 bare / 3 TMO, evening
    # 0 bare / 4 TEV in TempEval-3 train). The part of the day always stays in the
    # derivation; the day range is that Friday either way.
    part_note = f" ({squash(g['part'])})" if suffix else ""
    if suffix not in _MARKED_PARTS:
        suffix = ""
    type_ = TimexType.TIME if suffix else TimexType.DATE
    mod = tw.EDGE_MODS.get(squash(g.get("mod") or ""))
    name = g["wd"]
    anaphoric = _from_reference_day(ctx, rel, wd, name, mod)
    if anaphoric is not None:
        anaphoric.stated = stated
        if suffix:
            anaphoric.type, anaphoric.value = type_, anaphoric.value + suffix
            anaphoric.derivation[-1] += suffix
        return anaphoric
    if not rel and _named_day(ctx.text, m.start("wd")):
        return Reading(
            TimexType.DATE,
            f"XXXX-WXX-{wd}",
            Granularity.DAY,
            derivation=[ctx.phrase, "a named day, not counted from publication",
                        f"XXXX-WXX-{wd}"],
        )
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


HANDLERS = {"weekday": weekday}
