"""The publication date an article states about itself at its very top.

Two shapes, both only in the first few lines, never in the body (a date in
the body is a claim to check, not the date of the article):

- a wire dateline: ``WASHINGTON, March 3, 2024 (Reuters) -``;
- a line that is nothing but a date: ``Sunday, March 15th, 2026``,
  ``Published: 3 March 2024 10:15 GMT``, ``2024-03-03``, possibly after a
  label (``DATE_LABELS``), including a press release's
  ``FOR IMMEDIATE RELEASE May 21, 2009``.

The patterns are deliberately narrow: a missed dateline costs an unknown
publication date (the reasoner copes); a wrong one would produce findings
that are not in the article. A dateline without a year gives no date, since
the year cannot be known without guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimcheck.lang.en.calendar import MONTHS_BARE as MONTHS
from claimcheck.lang.en.calendar import WEEKDAYS_BARE as WEEKDAYS

DATE_LABELS = (
    "first published", "published", "posted", "dated", "date",
    "for immediate release", "immediate release", "release date", "released",
)
"""Words that may introduce a date line at the top of an article: "Published: ...",
or a press release's "FOR IMMEDIATE RELEASE May 21, 2009" (matched without
regard to case). The label only opens the line: the rest of it must still be
a full date with a year, and nothing else. "Updated" is left out on purpose:
the date an article was changed is not the date it reports from; so is
"embargoed until", a date that may be before or after the one it is sent."""

_MARKUP = "*_#> "
"""Markdown emphasis, heading and quote marks around a date line: ``*March 3, 2024*``."""

MAX_LINES = 8
"""Non-blank lines at the top of an article searched for a dateline."""

MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_LABEL = "|".join(re.escape(label) for label in sorted(DATE_LABELS, key=len, reverse=True))
DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR_RE = r"(?P<year>(?:1[89]|20)\d\d)"

MONTH_FIRST_RE = rf"(?P<month>{MONTH_RE})\.?\s+{DAY_RE}(?:,?\s+{YEAR_RE})?"
_DAY_FIRST = rf"{DAY_RE}\s+(?P<month>{MONTH_RE})\.?,?\s+{YEAR_RE}"
ISO_RE = r"(?P<iso>(?:1[89]|20)\d\d-\d\d-\d\d)"
TIME_RE = r"(?:\s*[,|–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
"""Pattern pieces shared with ``body_date``: read their matches with ``date_of``."""

PLACE_RE = r"[A-Z][A-Z.'’\- ]+"
"""The place a wire dateline opens with, in capitals: ``BAGHDAD``, ``ST. LOUIS``."""
_REGION = r"(?:,{sp}*[A-Z][A-Za-z.'’ ]+)?"
"""A state or country after the place: ``ST. LOUIS, Mo.,``."""
_AGENCY = r"(?:\([A-Za-z.&' ]+\){sp}*)?"
"""The agency after the date: ``(Reuters)``."""
DASH_RE = r"[-–—]"
"""The dash that closes a wire dateline."""

_LINE_SPACE = r"[ \t]"
_ANY_SPACE = r"\s"
_WIRE = tuple(
    re.compile(
        rf"^{PLACE_RE}{_REGION.format(sp=_ANY_SPACE)},\s+"
        rf"(?:(?P<weekday>{WEEKDAY_RE})\.?,?\s+)?{form}"
        rf"\s*{_AGENCY.format(sp=_ANY_SPACE)}{DASH_RE}",
        re.IGNORECASE,
    )
    for form in (MONTH_FIRST_RE, _DAY_FIRST)
)
_DATE_LINE = tuple(
    re.compile(
        rf"^(?:(?:{_LABEL})(?:\s+on)?\s*[:\s–—-]\s*)?(?:(?P<weekday>{WEEKDAY_RE})\.?,?\s+)?"
        rf"{form}{TIME_RE}\s*$",
        re.IGNORECASE,
    )
    for form in (MONTH_FIRST_RE, _DAY_FIRST, ISO_RE)
)
_PATTERNS = [(p, False) for p in _WIRE] + [(p, True) for p in _DATE_LINE]
"""(pattern, needs a year): a bare date line without a year is too weak to trust."""


@dataclass(frozen=True)
class Dateline:
    """A dateline found at ``start:end`` of the text; ``date`` is None without a year."""

    date: dt.date | None
    start: int
    end: int
    text: str


def find_dateline(text: str, *, max_lines: int = MAX_LINES) -> Dateline | None:
    """The dateline in the first ``max_lines`` non-blank lines of ``text``, if any."""
    offset = 0
    seen = 0
    for line in text.split("\n"):
        stripped = line.strip().strip(_MARKUP).strip()
        if stripped:
            seen += 1
            lead = line.index(stripped)
            found = _match(stripped)
            if found is not None:
                date, length = found
                start = offset + lead
                return Dateline(date, start, start + length, text[start:start + length])
            if seen >= max_lines:
                return None
        offset += len(line) + 1
    return None


def _match(line: str) -> tuple[dt.date | None, int] | None:
    for pattern, needs_year in _PATTERNS:
        m = pattern.match(line)
        if m is None:
            continue
        date = date_of(m)
        if date is None and (needs_year or _has_year(m)):
            continue  # not a real calendar date, or a weekday that contradicts it
        return date, m.end()
    return None


def _has_year(m: re.Match[str]) -> bool:
    return bool(m.groupdict().get("year") or m.groupdict().get("iso"))


def date_of(m: re.Match[str]) -> dt.date | None:
    """The date a match of these pieces states: None without a year, for a day that
    does not exist, or when a ``weekday`` group contradicts the date."""
    groups = m.groupdict()
    try:
        if groups.get("iso"):
            date = dt.date.fromisoformat(groups["iso"])
        elif groups.get("year"):
            month = MONTHS[groups["month"].lower()]
            date = dt.date(int(groups["year"]), month, int(groups["day"]))
        else:
            return None
    except ValueError:
        return None
    weekday = groups.get("weekday")
    if weekday and WEEKDAYS[weekday.lower()] != date.isoweekday():
        return None
    return date


_WIRE_PLACE = rf"{PLACE_RE}{_REGION.format(sp=_LINE_SPACE)},[ \t]*"
_WIRE_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:{_WIRE_PLACE})?$")
_WIRE_BEFORE_PLACE = re.compile(rf"(?:^|\n)[ \t]*{_WIRE_PLACE}$")
_WIRE_AFTER = re.compile(rf"^[ \t]*{_AGENCY.format(sp=_LINE_SPACE)}{DASH_RE}")
_BEFORE_CHARS = 60
_AFTER_CHARS = 20


def is_wire_date(text: str, start: int, end: int, *, place: bool = False) -> bool:
    """Whether the date at ``start:end`` is the date of a wire dateline,
    ``BAGHDAD, Oct. 19, 2012 – ...``: at the start of a line, after the place (and
    region), and closed by a dash, after the agency if any.

    The same grammar (place, region, agency, dash) as ``find_dateline``'s wire
    form, which reads the publication date from the top of the text; this one
    tells a time expression anywhere that it dates the report. With ``place``
    False the place may be missing (a line opening "March 3 – ..."), as the time
    role DATELINE takes it; the event linker asks for the place, so that a
    live blog's "11:40 am — Police said ..." still dates its event.
    """
    before = _WIRE_BEFORE_PLACE if place else _WIRE_BEFORE
    return bool(_WIRE_AFTER.match(text[end:end + _AFTER_CHARS])
                and before.search(text[max(0, start - _BEFORE_CHARS):start]))
