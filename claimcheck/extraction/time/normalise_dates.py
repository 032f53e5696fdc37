"""Normalisers for calendar dates and periods: stated dates, months, years, quarters, seasons.

Each function takes a regex match from ``patterns`` and the ``Context`` and
returns a ``Reading``, or None when the match turns out not to be a date
("the quarter" of a coin, a 31st of February).
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.models import AnchorKind, Granularity, Span, StatedDate, Tense, TimexType

from . import lexicon as lx
from .calendar import granularity_of, quarter_of, weekday_on_or_after
from .numbers import mod_of, squash
from .reading import Context, Reading, year_for


def _month(m: re.Match[str]) -> int:
    return lx.MONTHS[squash(m["mon"])]


def _weekday(m: re.Match[str]) -> int | None:
    wd = m.groupdict().get("wd")
    return lx.WEEKDAYS[squash(wd)] if wd else None


def _stated(ctx: Context, m: re.Match[str], **fields: int | None) -> StatedDate:
    """The literal fields with their sub-spans (weekday apart from the month/day/year part)."""
    groups = m.groupdict()
    weekday_span = Span.of(ctx.text, *m.span("wd")) if groups.get("wd") else None
    parts = [m.span(g) for g in ("mon", "day", "year", "m", "d", "y") if groups.get(g)]
    date_span = Span.of(ctx.text, min(p[0] for p in parts), max(p[1] for p in parts)) if parts else None
    return StatedDate(weekday_span=weekday_span, date_span=date_span, **fields)


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def day_date(ctx: Context, m: re.Match[str], month: int, day: int, year: int | None) -> Reading | None:
    """A stated day, with or without its year (year-less dates take one from the publication date)."""
    if not _valid(year, month, day):
        return None
    weekday = _weekday(m)
    stated = _stated(ctx, m, year=year, month=month, day=day, weekday=weekday)
    mod = mod_of(m.groupdict().get("mod"))
    if year is not None:
        value = f"{year:04d}-{month:02d}-{day:02d}"
        return Reading(TimexType.DATE, value, Granularity.DAY, mod=mod, stated=stated,
                       derivation=[ctx.phrase, value])
    year, why = year_for(ctx, month, day)
    if year is not None and not _valid(year, month, day):
        year -= 1
    value = f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"XXXX-{month:02d}-{day:02d}"
    return Reading(TimexType.DATE, value, Granularity.DAY, mod=mod, stated=stated,
                   anchor=AnchorKind.PUBLICATION, derivation=[ctx.phrase, why, value])


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def date_md(m: re.Match[str], ctx: Context) -> Reading | None:
    """"Friday, Nov. 21, 2024", "November 5", "5 November 2024"."""
    year = int(m["year"]) if m["year"] else None
    return day_date(ctx, m, _month(m), _day_number(m["day"]), year)


def date_numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """"11/05/2024" (US order, month first), "2024-11-05"."""
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    return day_date(ctx, m, int(m["m"]), int(m["d"]), year)


def month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """"November 2024", "early March 1998", "June '98"."""
    raw = m["year"].lstrip("'’")
    year = int(raw) if len(raw) == 4 else 1900 + int(raw)
    month = _month(m)
    value = f"{year:04d}-{month:02d}"
    stated = _stated(ctx, m, year=year, month=month)
    return Reading(TimexType.DATE, value, Granularity.MONTH, mod=mod_of(m["mod"]), stated=stated,
                   derivation=[ctx.phrase, value])


def month(m: re.Match[str], ctx: Context) -> Reading | None:
    """"September", "last April", "July this year", "each July"."""
    mon = _month(m)
    rel = squash(m["rel"] or "")
    rel2 = squash(m["rel2"] or "")
    mod = mod_of(m["mod"])
    stated = _stated(ctx, m, month=mon)
    if rel in ("each", "every"):
        return Reading(TimexType.SET, f"XXXX-{mon:02d}", Granularity.MONTH, quant=rel.upper(),
                       derivation=[ctx.phrase, "every year's month"])
    pub = ctx.published
    if pub is None:
        return Reading(TimexType.DATE, f"XXXX-{mon:02d}", Granularity.MONTH, mod=mod, stated=stated,
                       anchor=AnchorKind.PUBLICATION,
                       derivation=[ctx.phrase, "no year and no publication date: year unknown"])
    if rel2:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[rel2]
        why = f"{rel2} year: {year}"
    elif rel in ("last", "this past"):
        year = pub.year if mon < pub.month else pub.year - 1
        why = f"the latest {ctx.phrase.split()[-1]} before {pub.isoformat()}"
    elif rel in ("next", "this coming"):
        year = pub.year if mon > pub.month else pub.year + 1
        why = f"the next {ctx.phrase.split()[-1]} after {pub.isoformat()}"
    else:
        year, why = year_for(ctx, mon)
    value = f"{year:04d}-{mon:02d}"
    return Reading(TimexType.DATE, value, Granularity.MONTH, mod=mod, stated=stated,
                   anchor=AnchorKind.PUBLICATION, derivation=[ctx.phrase, why, value])


_YEAR_MODS = {"post-": "AFTER", "pre-": "BEFORE", "mid-": "MID"}
_YEAR_POST = {"and beyond": "ON_OR_AFTER", "or later": "ON_OR_AFTER", "and after": "ON_OR_AFTER",
              "or earlier": "ON_OR_BEFORE", "or so": "APPROX"}


def year(m: re.Match[str], ctx: Context) -> Reading | None:
    """"1998", "fiscal 1998", "mid-1996", "1990 and beyond"."""
    value = m["year"]
    pre = squash(m["pre"] or "")
    mod = mod_of(m["mod"]) or _YEAR_MODS.get(pre) or _YEAR_POST.get(squash(m["post"] or ""))
    stated = _stated(ctx, m, year=int(value))
    return Reading(TimexType.DATE, value, Granularity.YEAR, mod=mod, stated=stated,
                   derivation=[ctx.phrase, value])


def spelled_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """"nineteen ninety-six", "the year two thousand"."""
    if m["k"]:
        value = 2000
    else:
        value = 1900 + lx.SMALL_NUMBERS[squash(m["t"])] + (lx.SMALL_NUMBERS[squash(m["o"])] if m["o"] else 0)
    return Reading(TimexType.DATE, str(value), Granularity.YEAR, derivation=[ctx.phrase, str(value)])


_MOD2 = {"early": "START", "mid": "MID", "late": "END"}


def decade(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the 1990s" -> 199, "the early '80s" -> 198 START, "the nineties"."""
    if m["y"]:
        value = m["y"]
    elif m["yy"]:
        value = "19" + m["yy"]
    else:
        value = "19" + str(lx.NUMBER_WORDS_DECADES[squash(m["word"])])
    mod = mod_of(m["mod"]) or _MOD2.get(squash(m["mod2"] or ""))
    return Reading(TimexType.DATE, value, Granularity.DECADE, mod=mod,
                   derivation=[ctx.phrase, f"the decade {value}0-{value}9"])


def century(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the 20th century" -> 19."""
    n = lx.ORDINALS[squash(m["ord"])]
    value = f"{n - 1:02d}"
    return Reading(TimexType.DATE, value, Granularity.CENTURY, mod=_MOD2.get(squash(m["mod2"] or "")),
                   derivation=[ctx.phrase, f"century {value}00-{value}99"])


def _year_word(ctx: Context, rel: str | None) -> int | None:
    """The year meant by "this"/"last"/"next year" (None when unknown)."""
    if ctx.published is None:
        return None
    return ctx.published.year + {"this": 0, "the": 0, "last": -1, "next": 1}[squash(rel)]


def quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the third quarter (of 1998)", "third-quarter", "the latest quarter", "fourth quarters"."""
    det = squash(m["det"] or "")
    adjs = {squash(a) for a in re.findall(
        r"year-ago|year-earlier|comparable|corresponding|current|latest|recent|same|previous|past|fiscal",
        ctx.phrase.lower())}
    ord_ = lx.ORDINALS.get(squash(m["ord"] or ""))
    if ord_ is None and not (det in ("the", "its", "this", "that", "last", "next") or adjs):
        return None
    if squash(m["kw"]) == "period" and not (adjs or m["y1"] or m["y2"]) or (
            squash(m["kw"]) == "period" and det not in ("the", "its", "this", "that")):
        return None  # "the period" alone is any stretch of time
    year_val = int(m["y1"] or m["y2"]) if (m["y1"] or m["y2"]) else None
    if year_val is None and (m["yrel"] or m["yrel2"]):
        year_val = _year_word(ctx, m["yrel"] or m["yrel2"])
    if m["pl"] and ord_ is not None and year_val is None:
        return Reading(TimexType.SET, f"XXXX-Q{ord_}", Granularity.QUARTER,
                       derivation=[ctx.phrase, "that quarter of every year"])
    if m["pl"]:
        return None
    pub = ctx.published
    back = 1 if adjs & {"year-ago", "year-earlier", "comparable", "corresponding"} else 0
    if year_val is not None and ord_ is not None:
        value = f"{year_val - back:04d}-Q{ord_}"
        return Reading(TimexType.DATE, value, Granularity.QUARTER, derivation=[ctx.phrase, value])
    if pub is None:
        return Reading(TimexType.DATE, f"XXXX-Q{ord_ or 'X'}", Granularity.QUARTER,
                       anchor=AnchorKind.PUBLICATION,
                       derivation=[ctx.phrase, "publication date unknown"])
    current = quarter_of(pub)
    if ord_ is not None:
        q, y = ord_, pub.year
        if q > current and ctx.tense is not Tense.FUTURE:
            y -= 1
        why = f"quarter {q} of the year of publication, as last reported before {pub.isoformat()}"
    elif det in ("this", "next") or "current" in adjs:
        q, y = current + (det == "next"), pub.year
        why = f"the quarter of {pub.isoformat()}" if det != "next" else "the quarter after publication"
    elif ctx.reference is not None and granularity_of(ctx.reference[1].value) is Granularity.QUARTER:
        index, ref = ctx.reference
        y, q = int(ref.value[:4]), int(ref.value[-1])
        value = f"{y - back:04d}-Q{q}"
        return Reading(TimexType.DATE, value, Granularity.QUARTER, anchor=AnchorKind.EXPRESSION,
                       anchor_index=index, sets_reference=not back, derivation=[ctx.phrase, f"the quarter last named, "
                                                       f"'{ref.derivation[0]}' ({ref.value})", value])
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
    return Reading(TimexType.DATE, value, Granularity.QUARTER, anchor=AnchorKind.PUBLICATION,
                   derivation=[ctx.phrase, why, value])


def half(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the first half of 1998", "second-half", "the fiscal first half"."""
    h = 1 if squash(m["ord"]) == "first" else 2
    year_val = int(m["y2"]) if m["y2"] else (_year_word(ctx, m["yrel2"]) if m["yrel2"] else None)
    if year_val is None and not (m["adj"] or "-half" in ctx.phrase.lower()):
        return None
    if year_val is not None:
        value = f"{year_val:04d}-H{h}"
        return Reading(TimexType.DATE, value, Granularity.HALF, derivation=[ctx.phrase, value])
    pub = ctx.published
    if pub is None:
        return Reading(TimexType.DATE, f"XXXX-H{h}", Granularity.HALF, anchor=AnchorKind.PUBLICATION,
                       derivation=[ctx.phrase, "publication date unknown"])
    y = pub.year - (1 if h == 2 and pub.month <= 6 and ctx.tense is not Tense.FUTURE else 0)
    value = f"{y:04d}-H{h}"
    return Reading(TimexType.DATE, value, Granularity.HALF, anchor=AnchorKind.PUBLICATION,
                   derivation=[ctx.phrase, f"half {h} of the year of publication", value])


def season(m: re.Match[str], ctx: Context) -> Reading | None:
    """"this summer", "last fall", "the winter of 1994", "summer"."""
    code = lx.SEASONS[squash(m["season"])]
    rel = squash(m["rel"] or "")
    mod = mod_of(m["mod"]) or _MOD2.get(rel)
    if rel in ("each", "every"):
        return Reading(TimexType.SET, f"XXXX-{code}", Granularity.SEASON, quant=rel.upper(),
                       derivation=[ctx.phrase, "that season of every year"])
    if m["year"]:
        value = f"{m['year']}-{code}"
        return Reading(TimexType.DATE, value, Granularity.SEASON, mod=mod,
                       derivation=[ctx.phrase, value])
    if not rel and not mod and code in ("SP", "FA"):
        return None  # "spring" and "fall" alone are too often other words
    pub = ctx.published
    if pub is None:
        return Reading(TimexType.DATE, f"XXXX-{code}", Granularity.SEASON, mod=mod,
                       anchor=AnchorKind.PUBLICATION, derivation=[ctx.phrase, "publication date unknown"])
    first = lx.SEASON_MONTHS[code][0]
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
    return Reading(TimexType.DATE, value, Granularity.SEASON, mod=mod, anchor=AnchorKind.PUBLICATION,
                   derivation=[ctx.phrase, f"the {m['season'].lower()} nearest {pub.isoformat()}", value])


def _holiday_date(name: str, year: int) -> dt.date:
    if name.startswith("thanksgiving"):
        return weekday_on_or_after(dt.date(year, 11, 1), 4) + dt.timedelta(weeks=3)
    if name == "election day":
        return weekday_on_or_after(dt.date(year, 11, 1), 1) + dt.timedelta(days=1)
    month_, day_ = lx.HOLIDAYS[name]
    return dt.date(year, month_, day_)


def holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    """"Christmas", "last Thanksgiving", "Election Day"."""
    name = squash(m["h"])
    if not ctx.phrase.strip()[0].isupper() and not m["rel"]:
        return None
    pub = ctx.published
    if pub is None:
        return Reading(TimexType.DATE, "XXXX-XX-XX", Granularity.DAY, anchor=AnchorKind.PUBLICATION,
                       derivation=[ctx.phrase, "publication date unknown"])
    rel = squash(m["rel"] or "")
    day = _holiday_date(name, pub.year)
    if day > pub and (rel == "last" or (rel != "next" and ctx.tense is not Tense.FUTURE)):
        day = _holiday_date(name, pub.year - 1)
    elif (rel == "next" or ctx.tense is Tense.FUTURE) and day < pub:
        day = _holiday_date(name, pub.year + 1)
    value = day.isoformat()
    return Reading(TimexType.DATE, value, Granularity.DAY, anchor=AnchorKind.PUBLICATION,
                   derivation=[ctx.phrase, f"{name} nearest {pub.isoformat()}", value])


HANDLERS = {
    "date_numeric": date_numeric, "date_iso": date_numeric, "date_mdy": date_md,
    "date_dmy": date_md, "month_year": month_year, "month": month, "year": year,
    "spelled_year": spelled_year, "decade": decade, "century": century, "quarter": quarter,
    "half": half, "season": season, "holiday": holiday,
}
