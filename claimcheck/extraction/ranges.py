"""Written ranges of days and written dates the calendar lacks, read from the text.

A range is a stated start date and an end ("from November 7 to 9",
"between March 1 and March 9", "Nov. 15-16"), optionally announced by a
length ("the three-day summit from ..."). An impossible date ("June 31") has
no time expression, since no day can stand for it, so it is found here.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.lang.en.calendar import MONTHS_BARE
from claimcheck.lang.en.cues import (
    NIGHT_WORDS,
    OFFSET_WORDS,
    RANGE_JOINERS,
    RANGE_OPENERS,
)
from claimcheck.models import Direction, Span, StatedRange, TimeExpression, TimexType
from claimcheck.models.spans import index_of

REACH = 90
"""How many characters after a length its range may start."""
MAX_RANGE_DAYS = 62

_MONTHS = MONTHS_BARE
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?", re.I)
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?",
    re.I)
_JOIN = "|".join(re.escape(j) for j in RANGE_JOINERS)
_BARE_END = re.compile(rf"^\s*(?:{_JOIN})\s*(\d{{1,2}})(?:st|nd|rd|th)?\b")
_BETWEEN_DATES = re.compile(rf"^\s*(?:{_JOIN})\s*$")
_OPENED = re.compile(r"(?:" + "|".join(
    (r"\b" if o[0].isalpha() else "") + re.escape(o) for o in RANGE_OPENERS) + r")\s*$", re.I)
_OFFSET = re.compile(r"\b(?:" + "|".join(OFFSET_WORDS) + r")\s*$", re.I)


def impossible_dates(text: str, times: list[TimeExpression]) -> list:
    """Month-day dates written in the text that no calendar has, or a year-less 29 February
    (which only some years have), not already inside a time expression."""
    from claimcheck.models import WrittenDate

    covered = [t.stated.date_span or t.span for t in times
               if t.stated is not None and t.stated.month and t.stated.day]
    found: list[WrittenDate] = []
    taken: list[Span] = []
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text):
            span = Span.of(text, m.start(), m.end())
            if any(span.overlaps(c) for c in covered) or any(span.overlaps(c) for c in taken):
                continue
            month, dom = _MONTHS[m.group("m").lower().rstrip(".")], int(m.group("d"))
            year = int(m.group("y")) if m.group("y") else None
            if not 1 <= dom <= 31:
                continue
            taken.append(span)
            if not _exists(year, month, dom) or (year is None and (month, dom) == (2, 29)):
                found.append(WrittenDate(span=span, year=year, month=month, day=dom))
    return sorted(found, key=lambda w: w.span.start)


def _exists(year: int | None, month: int, dom: int) -> bool:
    try:
        dt.date(year or 2000, month, dom)
    except ValueError:
        return False
    return True


def _month_day(t: TimeExpression) -> tuple[int | None, int, int] | None:
    s = t.stated
    if s is None or not (s.month and s.day):
        return None
    return s.year, s.month, s.day


def _one_sentence(sentences: list[Span], start: int, end: int) -> bool:
    here = index_of(sentences, start)
    return here is not None and here == index_of(sentences, end)


def _is_length(t: TimeExpression) -> bool:
    if t.type is not TimexType.DURATION or t.anchor.direction in (Direction.BEFORE,
                                                                   Direction.AFTER):
        return False
    words = t.span.text.lower()
    return not (_OFFSET.search(words) or any(w in words for w in NIGHT_WORDS))


def stated_ranges(text: str, times: list[TimeExpression], sentences: list[Span],
                  year: int | None = None) -> list[StatedRange]:
    """Ranges announced by a length ("a three-day visit from May 1 to 3") or written with
    "from ... to", "between ... and" or a dash, in text order; a length announces only a
    range in its own sentence (of ``sentences``, the ClaimSet's)."""
    dated = sorted((t for t in times if t.type in (TimexType.DATE, TimexType.TIME)),
                   key=lambda t: t.span.start)
    out: list[StatedRange] = []
    used: set[str] = set()
    for d in sorted((t for t in times if _is_length(t)), key=lambda t: t.span.start):
        after = [t for t in dated if d.span.end <= t.span.start <= d.span.end + REACH
                 and _one_sentence(sentences, d.span.start, t.span.start)]
        if not after or not _OPENED.search(text[d.span.end:after[0].span.start]):
            continue  # the range must be introduced: "from", "between", "(", ","
        r = _range(text, after, year, d.id)
        if r is not None:
            used.add(after[0].id)
            out.append(r)
    for n, t in enumerate(dated):
        if t.id in used:
            continue
        before = text[max(0, t.span.start - 9):t.span.start].lower()
        rest = dated[n:]
        r = _range(text, rest, year, None)
        if r is None:
            continue
        joiner = text[t.span.end:r.end_span.start].strip().lower()
        if joiner in ("-", "–", "—") or (re.search(r"\bfrom\s+$", before) and joiner in (
                "to", "until", "till", "through", "thru")) or (
                re.search(r"\bbetween\s+$", before) and joiner == "and"):
            out.append(r)
    return sorted(out, key=lambda r: r.start_span.start)


_JOINER = re.compile(r"\s*(?:[-\u2013\u2014]|\b(?:to|until|till|through|thru|and|or)\b)\s*")


def _last_part(text: str, span: Span) -> Span:
    """The end of a range written as one expression ("May 1 to 5" -> "5"), else the whole."""
    joiners = list(_JOINER.finditer(text, span.start, span.end))
    if not joiners or joiners[-1].end() >= span.end:
        return span
    return Span.of(text, joiners[-1].end(), span.end)


def _range(text: str, after: list[TimeExpression], year: int | None,
           duration: str | None) -> StatedRange | None:
    start = after[0]
    r = start.resolved
    if r is not None and r.end > r.start and start.stated is None \
            and start.granularity.value == "day":
        return StatedRange(start=r.start, end=r.end, start_span=start.span,
                           end_span=_last_part(text, start.span), duration=duration)
    md = _month_day(start)
    if md is None:
        return None
    y = md[0] or year or 2000
    try:
        first = dt.date(y, md[1], md[2])
    except ValueError:
        return None
    start_span = (start.stated.date_span if start.stated else None) or start.span
    if len(after) > 1 and _BETWEEN_DATES.match(text[start.span.end:after[1].span.start]):
        end_md = _month_day(after[1])
        if end_md is None:
            return None
        end_span = after[1].span
        month, dom = end_md[1], end_md[2]
    else:
        m = _BARE_END.match(text[start.span.end:start.span.end + 20])
        if not m:
            return None
        end_span = Span.of(text, start.span.end + m.start(1), start.span.end + m.end(1))
        month, dom = md[1], int(m.group(1))
        if dom < md[2]:  # "from August 29 to 3": into the next month
            y, month = (y + 1, 1) if month == 12 else (y, month + 1)
    try:
        last = dt.date(y, month, dom)
    except ValueError:
        return None
    if last < first:
        last = last.replace(year=last.year + 1)
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        return None
    return StatedRange(start=first, end=last, start_span=start_span, end_span=end_span,
                       duration=duration)
