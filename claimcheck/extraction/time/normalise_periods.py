"""Normalisers for periods of a year: quarters, halves and seasons.

Results stories name quarters without a year ("the third quarter") and mean
the one last reported; "the quarter" and "the year-ago period" mean the
quarter last named, or the last completed one.
"""
from __future__ import annotations

import re

from claimcheck.lang.en import calendar as cal
from claimcheck.lang.en import numbers as num
from claimcheck.lang.en.time_words import EDGE_MODIFIERS
from claimcheck.models import AnchorKind, Granularity, Tense, TimexType

from .calendar import granularity_of, quarter_of, value_range
from .normalise_dates import day_date, day_number
from .numbers import mod_of, squash
from .reading import Context, Reading


def _year_word(ctx: Context, rel: str | None) -> int | None:
    """The year meant by "this"/"last"/"next year" (None when unknown)."""
    if ctx.published is None:
        return None
    return ctx.published.year + {"this": 0, "the": 0, "last": -1, "next": 1}[squash(rel or "")]


_MONTH_WORDS = sorted([*cal.MONTHS, *cal.MONTH_ABBREVIATIONS], key=len, reverse=True)
_ENDED_IN = re.compile(
    r"\s+(?:ended|ending)\s+(?:on\s+)?(?P<mon>" + "|".join(map(re.escape, _MONTH_WORDS))
    + r")\b\.?",
    re.IGNORECASE,
)


def _ended_month(ctx: Context) -> int | None:
    """The month of the day "the quarter ended/ending ..." names right after the phrase."""
    m = _ENDED_IN.match(ctx.text, ctx.end)
    if m is None:
        return None
    word = squash(m["mon"])
    return cal.MONTHS.get(word) or cal.MONTH_ABBREVIATIONS.get(word)


def quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the third quarter (of 1998)", "third-quarter", "the latest quarter".

    A determiner before the adjective form ("a third-quarter loss") or a
    possessive ("its fourth quarter") is not part of the expression.
    """
    reading = _quarter(m, ctx)
    det = squash(m["det"] or "")
    adjective = re.search(r"-(?:fiscal-)?quarter", ctx.phrase.lower()) is not None
    if reading is not None and det and (det in ("a", "its", "that") or adjective):
        reading.start = m.end("det") + len(ctx.text[m.end("det") :]) - len(
            ctx.text[m.end("det") :].lstrip()
        )
    return reading


def _quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    det = squash(m["det"] or "")
    adjs = {
        squash(a)
        for a in re.findall(
            r"year-ago|year-earlier|comparable|corresponding|current|latest|recent|same|previous|past|fiscal",
            ctx.phrase.lower(),
        )
    }
    ord_ = num.ORDINALS.get(squash(m["ord"] or ""))
    if ord_ is None and not (det in ("the", "its", "this", "that", "last", "next") or adjs):
        return None
    if (
        squash(m["kw"]) == "period"
        and not (adjs or m["y1"] or m["y2"])
        or (squash(m["kw"]) == "period" and det not in ("the", "its", "this", "that"))
    ):
        return None  # "the period" alone is any stretch of time
    year_val = int(m["y1"] or m["y2"]) if (m["y1"] or m["y2"]) else None
    if year_val is None and (m["yrel"] or m["yrel2"]):
        year_val = _year_word(ctx, m["yrel"] or m["yrel2"])
    if m["pl"] and ord_ is not None and year_val is None:
        return Reading(
            TimexType.SET,
            f"XXXX-Q{ord_}",
            Granularity.QUARTER,
            derivation=[ctx.phrase, "that quarter of every year"],
        )
    if m["pl"]:
        return None
    pub = ctx.published
    back = 1 if adjs & {"year-ago", "year-earlier", "comparable", "corresponding"} else 0
    if year_val is not None and ord_ is not None:
        value = f"{year_val - back:04d}-Q{ord_}"
        return Reading(TimexType.DATE, value, Granularity.QUARTER, derivation=[ctx.phrase, value])
    if pub is None:
        return Reading(
            TimexType.DATE,
            f"XXXX-Q{ord_ or 'X'}",
            Granularity.QUARTER,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "publication date unknown"],
        )
    current = quarter_of(pub)
    if ord_ is not None:
        q, y = ord_, pub.year
        if q > current and ctx.tense is not Tense.FUTURE:
            y -= 1
        why = f"quarter {q} of the year of publication, as last reported before {pub.isoformat()}"
    elif det in ("this", "next") or "current" in adjs:
        q, y = current + (det == "next"), pub.year
        why = (
            f"the quarter of {pub.isoformat()}"
            if det != "next"
            else "the quarter after publication"
        )
    elif ord_ is None and (ended := _ended_month(ctx)) is not None:
        # "the quarter ended July 31": the three months to that day, May to July; the
        # calendar quarter that holds most of them is the one of the middle month
        middle = (ended - 2) % 12 + 1
        q = (middle - 1) // 3 + 1
        y = pub.year if ended <= pub.month else pub.year - 1
        if middle > ended:
            y -= 1
        why = f"the three months that ended in month {ended}: mostly quarter {q}"
    elif (
        ctx.reference is not None and granularity_of(ctx.reference[1].value) is Granularity.QUARTER
    ):
        index, ref = ctx.reference
        y, q = int(ref.value[:4]), int(ref.value[-1])
        value = f"{y - back:04d}-Q{q}"
        return Reading(
            TimexType.DATE,
            value,
            Granularity.QUARTER,
            anchor=AnchorKind.EXPRESSION,
            anchor_index=index,
            sets_reference=not back,
            derivation=[
                ctx.phrase,
                f"the quarter last named, '{ref.derivation[0]}' ({ref.value})",
                value,
            ],
        )
    elif ctx.tense is Tense.FUTURE:
        q, y = current, pub.year
        why = f"the quarter of {pub.isoformat()}"
    else:
        q, y = current - 1, pub.year
        why = f"the last completed quarter before {pub.isoformat()}"
    if q == 0:
        q, y = 4, y - 1
    if q == 5:
        q, y = 1, y + 1
    value = f"{(year_val or y) - back:04d}-Q{q}"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.QUARTER,
        anchor=AnchorKind.PUBLICATION,
        derivation=[ctx.phrase, why, value],
    )


def week_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the week of March 6": the ISO week that holds the day (TimeML gives the week)."""
    month = cal.MONTHS.get(squash(m["mon"])) or cal.MONTH_ABBREVIATIONS[squash(m["mon"])]
    year = int(m["year"]) if m["year"] else None
    day = day_date(ctx, m, month, day_number(m["day"]), year)
    if day is None:
        return None
    days = value_range(day.value)
    if days is None:
        value = "XXXX-WXX"
    else:
        iso_year, week, _ = days[0].isocalendar()
        value = f"{iso_year:04d}-W{week:02d}"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.WEEK,
        stated=day.stated,
        anchor=day.anchor,
        derivation=[*day.derivation[:-1], f"the ISO week that holds {day.value}", value],
    )


def half(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "the first half of 1998", "second-half", "the fiscal first half"."""
    h = 1 if squash(m["ord"]) == "first" else 2
    year_val = int(m["y2"]) if m["y2"] else (_year_word(ctx, m["yrel2"]) if m["yrel2"] else None)
    if year_val is None and not (m["adj"] or "-half" in ctx.phrase.lower()):
        return None
    if year_val is not None:
        value = f"{year_val:04d}-H{h}"
        return Reading(TimexType.DATE, value, Granularity.HALF, derivation=[ctx.phrase, value])
    pub = ctx.published
    if pub is None:
        return Reading(
            TimexType.DATE,
            f"XXXX-H{h}",
            Granularity.HALF,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "publication date unknown"],
        )
    y = pub.year - (1 if h == 2 and pub.month <= 6 and ctx.tense is not Tense.FUTURE else 0)
    value = f"{y:04d}-H{h}"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.HALF,
        anchor=AnchorKind.PUBLICATION,
        derivation=[ctx.phrase, f"half {h} of the year of publication", value],
    )


def period_code(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads the analysts' codes "Q1", "Q4 2012", "3Q'12", "H1 2013"."""
    kind = m["p"] or m["p2"]
    n = int(m["n"] or m["n2"])
    if kind == "H" and n > 2:
        return None
    gran = Granularity.QUARTER if kind == "Q" else Granularity.HALF
    if m["y"] or m["yy"]:
        year = int(m["y"]) if m["y"] else 2000 + int(m["yy"])
        value = f"{year:04d}-{kind}{n}"
        return Reading(TimexType.DATE, value, gran, derivation=[ctx.phrase, value])
    pub = ctx.published
    if pub is None:
        value = f"XXXX-{kind}{n}"
        return Reading(
            TimexType.DATE,
            value,
            gran,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "publication date unknown", value],
        )
    current = quarter_of(pub) if kind == "Q" else (1 if pub.month <= 6 else 2)
    year = pub.year - (1 if n > current and ctx.tense is not Tense.FUTURE else 0)
    value = f"{year:04d}-{kind}{n}"
    return Reading(
        TimexType.DATE,
        value,
        gran,
        anchor=AnchorKind.PUBLICATION,
        derivation=[ctx.phrase, f"{kind}{n} as last reported before {pub.isoformat()}", value],
    )


def season(m: re.Match[str], ctx: Context) -> Reading | None:
    """Reads "this summer", "last fall", "the winter of 1994", "summer"."""
    code = cal.SEASONS[squash(m["season"])]
    rel = squash(m["rel"] or "")
    mod = mod_of(m["mod"]) or EDGE_MODIFIERS.get(rel)
    if rel in ("each", "every"):
        return Reading(
            TimexType.SET,
            f"XXXX-{code}",
            Granularity.SEASON,
            quant=rel.upper(),
            derivation=[ctx.phrase, "that season of every year"],
        )
    if m["year"]:
        value = f"{m['year']}-{code}"
        return Reading(
            TimexType.DATE, value, Granularity.SEASON, mod=mod, derivation=[ctx.phrase, value]
        )
    if not rel and not mod and code in ("SP", "FA"):
        return None  # "spring" and "fall" alone are too often other words
    pub = ctx.published
    if pub is None:
        return Reading(
            TimexType.DATE,
            f"XXXX-{code}",
            Granularity.SEASON,
            mod=mod,
            anchor=AnchorKind.PUBLICATION,
            derivation=[ctx.phrase, "publication date unknown"],
        )
    first = cal.SEASON_MONTHS[code][0]
    y = pub.year
    if rel in ("last", "this past"):
        y = pub.year if first + 2 < pub.month else pub.year - 1
    elif rel in ("next", "this coming"):
        y = pub.year if first > pub.month else pub.year + 1
    elif ctx.tense is Tense.PAST and first > pub.month:
        y -= 1
    elif ctx.tense is Tense.FUTURE and first + 2 < pub.month:
        y += 1
    value = f"{y:04d}-{code}"
    return Reading(
        TimexType.DATE,
        value,
        Granularity.SEASON,
        mod=mod,
        anchor=AnchorKind.PUBLICATION,
        derivation=[ctx.phrase, f"the {m['season'].lower()} nearest {pub.isoformat()}", value],
    )


HANDLERS = {
    "quarter": quarter,
    "half": half,
    "period_code": period_code,
    "season": season,
    "week_of": week_of,
}
