"""One expression, one reading: pieces a reader takes together become one expression.

After every candidate is normalised, neighbours are joined when the words between
them make one expression of the two:

- **a range or a choice of days**: "Nov. 15-16", "from 11 to 15 September" (read whole
  by the ``date_range_dmy`` rule), "between March 1 and March 9", "April 24 and 25",
  "Monday or Tuesday" are one DATE whose ``value`` is the first day, ``until`` the
  last, ``resolved`` both and everything between, and whose ``stated`` is None (no
  single day of a two-day event is taken as *the* day: the reasoner reads the range
  from ``resolved``); "from" and "between" stay outside the span;
- **a clock time and its day**: "15:00 GMT Saturday", "Saturday at 15:00 GMT",
  "3 p.m., Nov. 6" are one TIME on that day;
- **a day and its year across odd spacing**: "July 24 , 2003";
- **a date and its weekday in apposition or parenthesis**: "March 4, a Friday",
  "Friday (March 4)", "March 4 (Friday)" are one DATE that states both, as "Friday,
  March 4" does, so the weekday is checked against the date;
- **a choice of amounts**: "weeks or months";
- **a period and the year it is moved by**: "the same period last year";
- **a month or season and the year stated after it** where the pattern did not take them
  whole: "January nineteen ninety-seven", "the winter of nineteen ninety-four";
- **a clock time restated in another zone in parentheses**: "10:35 a.m. (0735 GMT)" is one
  instant, read once, as the clock the story uses; the restatement is absorbed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from claimcheck.models import AnchorKind, Direction, Granularity, Joining, Span, TimexType

from .calendar import shift_value, value_range
from .reading import Reading

_RANGE_GAP = re.compile(r"\s*(?:[-–]|to|through|until|till)\s*", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+and\s+", re.IGNORECASE)
_OR_GAP = re.compile(r"\s+or\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_TIME_DAY_GAP = re.compile(r"\s*,\s*|\s+(?:on\s+)?", re.IGNORECASE)
_DAY_TIME_GAP = re.compile(r"\s*,\s*|\s+(?:at\s+)?", re.IGNORECASE)
_YEAR_GAP = re.compile(r"\s*,\s*")
_PERIOD_YEAR_GAP = re.compile(r"\s*,\s*|\s+(?:of\s+)?", re.IGNORECASE)
_YEARLESS_PERIOD = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_CLOSE_PAREN = re.compile(r"\s*\)")
_RANGE_DAYS = 31
"""Longest day range read as one expression ("Aug. 26 to Oct. 20" is two dates)."""
_CHOICE_DAYS = 14

Piece = tuple[int, Any, Reading]
"""(candidate index, candidate, reading); the candidate has ``start`` and ``end``."""


def _start(p: Piece) -> int:
    return p[2].start if p[2].start is not None else p[1].start


def _end(p: Piece) -> int:
    return p[2].end if p[2].end is not None else p[1].end


def _day(r: Reading) -> dt.date | None:
    if r.type is not TimexType.DATE or r.granularity is not Granularity.DAY or r.stated is None:
        return None
    days = value_range(r.value)
    return days[0] if days and days[0] == days[1] else None


def _days(text: str, a: Piece, b: Piece) -> Reading | None:
    ra, rb = a[2], b[2]
    first, last = _day(ra), _day(rb)
    if first is None or last is None or ra.stated is None or rb.stated is None:
        return None
    if (ra.stated.day is None) != (rb.stated.day is None):
        return None  # "Sept. 14 to Thursday": a date and a weekday are two times
    gap = text[_end(a) : _start(b)]
    if _OR_GAP.fullmatch(gap):
        kind = Joining.CHOICE
        if first == last or abs((last - first).days) > _CHOICE_DAYS:
            return None
    elif _RANGE_GAP.fullmatch(gap) or (
        _AND_GAP.fullmatch(gap)
        and (
            _BETWEEN.search(text, max(0, _start(a) - 10), _start(a))
            or text[_start(b) : _end(b)].strip().isdigit()
        )
    ):
        kind = Joining.RANGE
        if not 0 < (last - first).days <= _RANGE_DAYS:
            return None
    else:
        return None
    lo, hi = min(first, last), max(first, last)
    phrase = text[_start(a) : _end(b)]
    return replace(
        ra,
        stated=None,  # no one day of the two is *the* day; ``resolved`` holds them all
        joins=kind,
        until=rb.value,
        days=(lo, hi),
        start=_start(a),
        end=_end(b),
        derivation=[phrase, f"{kind.value} of days: {ra.value} .. {rb.value}",
                    f"{ra.value}/{rb.value}"],
    )


def _clock_and_day(text: str, a: Piece, b: Piece) -> Reading | None:
    ra, rb = a[2], b[2]
    gap = text[_end(a) : _start(b)]
    if ra.type is TimexType.TIME and "T" in ra.value and _day(rb) is not None:
        if not _TIME_DAY_GAP.fullmatch(gap):
            return None
        clock, day = ra, rb
    elif rb.type is TimexType.TIME and "T" in rb.value and _day(ra) is not None:
        if not _DAY_TIME_GAP.fullmatch(gap):
            return None
        clock, day = rb, ra
    else:
        return None
    value = day.value + clock.value[clock.value.index("T") :]
    phrase = text[_start(a) : _end(b)]
    stated = day.stated
    said = clock.stated
    if stated is not None and stated.day is not None and stated.weekday is None \
            and said is not None and said.weekday is not None:
        # "Wednesday afternoon, July 4": the weekday of the part of the day is stated of
        # that date too, so a wrong one can be seen (DT01)
        stated = stated.model_copy(update={"weekday": said.weekday,
                                           "weekday_span": said.weekday_span})
    return replace(
        clock,
        value=value,
        stated=stated,
        anchor=day.anchor,
        anchor_index=day.anchor_index,
        start=_start(a),
        end=_end(b),
        derivation=[phrase, f"the clock time on {day.value}", value],
    )


def _day_and_year(text: str, a: Piece, b: Piece) -> Reading | None:
    ra, rb = a[2], b[2]
    stated = ra.stated
    if (
        _day(ra) is None
        or stated is None
        or stated.year is not None
        or not re.fullmatch(r"\d{4}", rb.value)
        or rb.mod
        or not _YEAR_GAP.fullmatch(text[_end(a) : _start(b)])
    ):
        return None
    year = int(rb.value)
    try:
        day = dt.date(year, stated.month or 0, stated.day or 0)
    except ValueError:
        return None
    value = day.isoformat()
    return replace(
        ra,
        value=value,
        stated=stated.model_copy(update={"year": year}),
        anchor=AnchorKind.NONE,
        anchor_index=None,
        start=_start(a),
        end=_end(b),
        derivation=[text[_start(a) : _end(b)], f"the year stated after the day, {year}", value],
    )


_WEEKDAY_APPOSITION = re.compile(r"\s*,\s*an?\s+", re.IGNORECASE)


def _bare_weekday(text: str, p: Piece) -> bool:
    r = p[2]
    s = r.stated
    return (
        r.type is TimexType.DATE
        and s is not None
        and s.weekday is not None
        and s.day is None
        and not r.mod
        and re.fullmatch(r"[A-Za-z]+\.?", text[_start(p) : _end(p)]) is not None
    )


def _weekday_and_date(text: str, a: Piece, b: Piece) -> Reading | None:
    """ "March 4, a Friday", "Friday (March 4)", "March 4 (Friday)": one day, its weekday
    stated beside its date."""
    gap = text[_end(a) : _start(b)]
    end = _end(b)
    if _OPEN_PAREN.fullmatch(gap):
        close = _CLOSE_PAREN.match(text, end)
        if close is None:
            return None
        end = close.end()
    elif not _WEEKDAY_APPOSITION.fullmatch(gap):
        return None
    if _bare_weekday(text, b) and _day(a[2]) is not None:
        date, weekday = a[2], b
    elif _bare_weekday(text, a) and _day(b[2]) is not None and _OPEN_PAREN.fullmatch(gap):
        date, weekday = b[2], a
    else:
        return None
    stated, said = date.stated, weekday[2].stated
    if stated is None or said is None or stated.day is None or stated.weekday is not None:
        return None
    phrase = text[_start(a) : end]
    return replace(
        date,
        stated=stated.model_copy(
            update={"weekday": said.weekday, "weekday_span": Span.of(text, _start(weekday),
                                                                     _end(weekday))}
        ),
        start=_start(a),
        end=end,
        derivation=[phrase, f"the weekday stated beside {date.value}", date.value],
    )


def _amounts(text: str, a: Piece, b: Piece) -> Reading | None:
    ra, rb = a[2], b[2]
    if ra.type is not TimexType.DURATION or rb.type is not TimexType.DURATION:
        return None
    if ra.direction or rb.direction or not _OR_GAP.fullmatch(text[_end(a) : _start(b)]):
        return None
    return replace(ra, joins=Joining.CHOICE, until=rb.value, start=_start(a), end=_end(b))


def _period_and_year(text: str, a: Piece, b: Piece) -> Reading | None:
    """ "January nineteen ninety-seven", "the winter of nineteen ninety-four": the month or
    season of the year stated after it, not the year nearest publication."""
    ra, rb = a[2], b[2]
    if ra.granularity not in (Granularity.MONTH, Granularity.SEASON) or ra.mod or ra.direction:
        return None
    if not _YEARLESS_PERIOD.fullmatch(ra.value) or re.search(r"\d", text[_start(a) : _end(a)]):
        return None  # the period's own words stated no year: the year was inferred
    if ra.stated is not None and ra.stated.year is not None:
        return None
    year_words = text[_start(b) : _end(b)]
    if rb.type is not TimexType.DATE or rb.mod or not re.fullmatch(r"\d{4}", rb.value):
        return None
    if rb.anchor is not AnchorKind.NONE or re.search(r"year", year_words, re.IGNORECASE):
        return None  # "March last year" is an offset, read by its own rule
    if not _PERIOD_YEAR_GAP.fullmatch(text[_end(a) : _start(b)]):
        return None
    value = rb.value + ra.value[4:]
    stated = None
    if ra.stated is not None:
        whole = Span.of(text, ra.stated.date_span.start, _end(b)) if ra.stated.date_span else None
        stated = ra.stated.model_copy(update={"year": int(rb.value), "date_span": whole})
    return replace(
        ra,
        value=value,
        stated=stated,
        anchor=AnchorKind.NONE,
        anchor_index=None,
        start=_start(a),
        end=_end(b),
        derivation=[text[_start(a) : _end(b)], f"the year stated after it, {rb.value}", value],
    )


def _restated_clock(text: str, a: Piece, b: Piece) -> Reading | None:
    """ "10:35 a.m. (0735 GMT)": the same instant on another zone's clock; the first is kept.
    A parenthesis with the same clock reading adds to it ("4 in the morning (4 a.m. EDT
    Thursday)") and stays an expression of its own."""
    ra, rb = a[2], b[2]
    if ra.type is not TimexType.TIME or rb.type is not TimexType.TIME:
        return None
    if "T" not in ra.value or "T" not in rb.value:
        return None
    if ra.value.split("T")[1] == rb.value.split("T")[1]:
        return None
    if not _OPEN_PAREN.fullmatch(text[_end(a) : _start(b)]):
        return None
    if not _CLOSE_PAREN.match(text, _end(b)):
        return None
    return ra


_COMPARED = re.compile(r"\b(?:corresponding|comparable|year-ago|year-earlier)\b", re.I)
_LAST_YEAR = re.compile(r"last\s+year|a\s+year\s+(?:ago|earlier)", re.IGNORECASE)


def _period_last_year(text: str, a: Piece, b: Piece) -> Reading | None:
    """ "the same period last year", "the third quarter a year ago": that quarter, a year back."""
    ra = a[2]
    if ra.granularity is not Granularity.QUARTER or ra.direction is not None:
        return None
    if not re.fullmatch(r"\s+", text[_end(a) : _start(b)]):
        return None
    if not _LAST_YEAR.fullmatch(text[_start(b) : _end(b)]):
        return None
    # "the corresponding period" is already read as the year-ago comparison: not moved twice
    compared = ra.sets_reference is False or _COMPARED.search(text[_start(a) : _end(a)])
    value = ra.value if compared else shift_value(ra.value, -1, "Y")
    if value is None:
        return None
    return replace(
        ra,
        value=value,
        start=_start(a),
        end=_end(b),
        sets_reference=False,
        direction=Direction.BEFORE if ra.anchor is AnchorKind.EXPRESSION else None,
        offset="P1Y" if ra.anchor is AnchorKind.EXPRESSION else None,
        derivation=[text[_start(a) : _end(b)], f"{ra.value}, a year back", value],
    )


JOINERS = (
    _days,
    _restated_clock,
    _clock_and_day,
    _day_and_year,
    _weekday_and_date,
    _period_and_year,
    _amounts,
    _period_last_year,
)


def join(text: str, pieces: list[Piece]) -> tuple[list[Piece], dict[int, int]]:
    """``pieces`` with neighbours that are one expression joined, and which candidate
    index each absorbed piece now lives in (so anchors on it move to the whole)."""
    out: list[Piece] = []
    absorbed: dict[int, int] = {}
    for piece in pieces:
        if out:
            last = out[-1]
            for joiner in JOINERS:
                whole = joiner(text, last, piece)
                if whole is not None:
                    out[-1] = (last[0], last[1], whole)
                    absorbed[piece[0]] = last[0]
                    break
            else:
                out.append(piece)
            continue
        out.append(piece)
    return out, absorbed
