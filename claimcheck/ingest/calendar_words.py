"""English month and weekday names as datelines and front matter write them."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
"""Month name or abbreviation (lower case, without the full stop) -> month number."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}
"""Weekday name or abbreviation -> ISO weekday (Monday = 1)."""

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
