"""The publication date an article's opening sentences give by dating "today".

The last resort, used only when no metadata and no dateline gave a date:
news releases often write the day out next to "today" near their start,

- ``... said today (Sunday, 6 May 2018) that ...``,
- ``... announced today [13 September 2024] ...``,
- ``Today, March 5, 2013, the council ...`` (a comma, semicolon or full stop
  closes the apposition; a dash pair ``today — 5 March 2013 —`` works too).

"Today" stated so is the day the article was written, so it is taken as the
publication date. The rules are narrow on purpose, like the dateline's:

- only a "today" that starts within the first ``MAX_CHARS`` characters of
  the body (counted from its first non-blank character) counts;
- the date must be in apposition, right after "today" inside brackets,
  commas or dashes, never merely nearby (``said today March 5, 2013 was ...``
  is a claim about another day);
- it must be a full date with a year; a weekday, if written, must agree;
- the first such apposition decides: one without a year, for a day that does
  not exist, or with a contradicting weekday gives no date, and no later one
  is looked for (an article whose first "today" cannot be dated is not dated
  from its second).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from claimcheck.lang.en.datelines import (
    DAY_RE,
    ISO_RE,
    MONTH_FIRST_RE,
    MONTH_RE,
    TIME_RE,
    WEEKDAY_RE,
    YEAR_RE,
    date_of,
)

MAX_CHARS = 1500
"""How far into the body (from its first non-blank character) "today" may start."""

_TODAY = re.compile(r"\btoday\b(?!['’])", re.IGNORECASE)

_DAY_FIRST = rf"{DAY_RE}\s+(?P<month>{MONTH_RE})\.?(?:,?\s+{YEAR_RE})?"
_INNER = tuple(
    rf"(?:(?P<weekday>{WEEKDAY_RE})\.?,?\s+)?{form}{TIME_RE}"
    for form in (MONTH_FIRST_RE, _DAY_FIRST, ISO_RE)
)
_WRAPPERS = (
    r"today\s*\(\s*{inner}\s*\)",
    r"today\s*\[\s*{inner}\s*\]",
    r"today,\s*{inner}\s*[,;.]",
    r"today\s*(?P<dash>[—–]|--)\s*{inner}\s*(?P=dash)",
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The twelve apposition patterns, compiled when a "today" near the start first needs
    them (13 ms; most articles have none)."""
    return tuple(
        re.compile(wrapper.format(inner=inner), re.IGNORECASE)
        for wrapper in _WRAPPERS
        for inner in _INNER
    )


@dataclass(frozen=True)
class BodyDate:
    """ "today" and its apposition at ``start:end``; ``date`` is None when it cannot be dated."""

    date: dt.date | None
    start: int
    end: int
    text: str


def find_body_date(text: str, *, max_chars: int = MAX_CHARS) -> BodyDate | None:
    """The first date given in apposition to "today" near the start of ``text``, if any."""
    lead = len(text) - len(text.lstrip())
    limit = lead + max_chars
    for today in _TODAY.finditer(text, lead, limit + len("today")):
        if today.start() >= limit:
            break
        for pattern in _patterns():
            m = pattern.match(text, today.start())
            if m is not None:
                return BodyDate(date_of(m), m.start(), m.end(), m.group(0))
    return None
