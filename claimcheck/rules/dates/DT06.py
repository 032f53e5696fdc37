"""DT06: a duration that does not match its start and end."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from claimcheck.models import (
    ClaimSet,
    Direction,
    Finding,
    Severity,
    Span,
    TimeExpression,
    TimexType,
)
from claimcheck.reason import Timeline
from claimcheck.reason.days import days_in_offset
from claimcheck.rules.base import Rule
from claimcheck.rules.calendar_words import RANGE_JOINERS

REACH = 90
"""How many characters after the duration its range may start."""

_JOIN = "|".join(re.escape(j) for j in RANGE_JOINERS)
_BARE_END = re.compile(rf"^\s*(?:{_JOIN})\s*(\d{{1,2}})(?:st|nd|rd|th)?\b")
_BETWEEN_DATES = re.compile(rf"^\s*(?:{_JOIN})\s*$")
_INTRODUCED = re.compile(r"(?:\bfrom|\bbetween|\(|,|\bon)\s*$", re.I)
MAX_RANGE_DAYS = 62


_OFFSET_WORDS = re.compile(r"\b(?:before|after|earlier|later|ago|prior|since|until)\s*$", re.I)


def _is_offset(t: TimeExpression) -> bool:
    return t.anchor.direction in (Direction.BEFORE, Direction.AFTER) or bool(
        _OFFSET_WORDS.search(t.span.text))


def _month_day(t: TimeExpression) -> tuple[int | None, int, int] | None:
    s = t.stated
    if s is None or not (s.month and s.day):
        return None
    return s.year, s.month, s.day


class DurationMismatch(Rule):
    """A stated length ("three-day") disagrees with the dates it runs between.

    Why it matters: "the three-day summit from November 7 to 8" cannot be
    right: November 7 to 8 is two days. One of the three numbers is wrong.

    Fails: "the three-day summit from November 7 to 8".

    Passes: "the three-day summit from November 7 to 9" (also "a two-night
    stay from May 1 to 3" is not checked: nights are not days).

    Fix: correct the length or one of the dates. Counting is inclusive; a
    length equal to the exclusive count (end minus start) is accepted.
    """

    code = "DT06"
    name = "dates.duration_mismatch"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        text = claims.article.text
        dated = sorted((t for t in claims.times if t.type in (TimexType.DATE, TimexType.TIME)),
                       key=lambda t: t.span.start)
        for d in claims.times:
            n = days_in_offset(d.value) if d.type is TimexType.DURATION else None
            if not n or "night" in d.span.text.lower() or _is_offset(d):
                continue  # "A week before the fair, on March 14-15": a distance, not a length
            after = [t for t in dated
                     if d.span.end <= t.span.start <= d.span.end + REACH
                     and "." not in text[d.span.end:t.span.start].replace("Nov.", "")]
            if not after or not _INTRODUCED.search(text[d.span.end:after[0].span.start]):
                continue  # the range must be introduced: "from", "between", "(", ","
            found = self._range(claims, after)
            if found is None:
                continue
            first, last, end_span = found
            inclusive = (last - first).days + 1
            if inclusive < 1 or inclusive > MAX_RANGE_DAYS or n in (inclusive, inclusive - 1):
                continue
            yield self.finding(
                claims,
                f"{d.span.text!r} does not fit {first:%B} {first.day} to {last:%B} {last.day}, "
                f"which is {inclusive} day{'s' if inclusive != 1 else ''}",
                [(d.span, "duration"), (after[0].span, "start"), (end_span, "end")],
                derivation=[f"{d.span.text!r} is {n} days",
                            f"{first:%B} {first.day} to {last:%B} {last.day} inclusive is "
                            f"{inclusive} days"])

    def _range(self, claims: ClaimSet, after: list[TimeExpression]):
        text = claims.article.text
        start = after[0]
        r = start.resolved
        if r is not None and r.end > r.start and start.stated is None \
                and start.granularity.value == "day":
            return r.start, r.end, start.span
        md = _month_day(start)
        if md is None:
            return None
        year = md[0] or (claims.article.published.year if claims.article.published else 2000)
        try:
            first = dt.date(year, md[1], md[2])
        except ValueError:
            return None
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
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            last = dt.date(year, month, dom)
        except ValueError:
            return None
        if last < first:
            last = last.replace(year=last.year + 1)
        return first, last, end_span
