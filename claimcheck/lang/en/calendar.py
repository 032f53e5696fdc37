"""English calendar words: months, weekdays, day ordinals, seasons, holidays.

One table per thing, lower case. The forms a text writes are derived from
them: a name, its bare abbreviation ("Nov"), or the abbreviation with its full
stop ("Nov.", AP style "Sept."). Which form a reader accepts where is the
reader's decision (a bare "Sun" is a newspaper, "Sun." before a date is a day).
"""

from __future__ import annotations

from claimcheck.lang.en.numbers import ORDINAL_WORDS

MONTH_NAMES: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
"""Month name -> month number."""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
"""Month abbreviations without their full stop (AP style writes "Sept.")."""

BARE_MONTH_ABBREVIATIONS: frozenset[str] = frozenset({"sept"})
"""Abbreviations running text also writes without a full stop away from a day number."""

MONTHS: dict[str, int] = {
    form: n
    for name, n in MONTH_NAMES.items()
    for form in (name, *(f"{a}." for a, m in MONTH_ABBREVIATIONS.items() if m == n),
                 *(a for a in BARE_MONTH_ABBREVIATIONS if MONTH_ABBREVIATIONS[a] == n))
}
"""Months as running text writes them: names and abbreviations with their period."""

MONTHS_BARE: dict[str, int] = {
    form: n
    for name, n in MONTH_NAMES.items()
    for form in (name, *(a for a, m in MONTH_ABBREVIATIONS.items() if m == n))
}
"""Names and abbreviations without the period (a pattern adds an optional ``\\.``)."""

WEEKDAY_NAMES: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}
"""Weekday name -> ISO weekday (Monday = 1)."""

WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
    "sat": 6, "sun": 7,
}
"""Weekday abbreviations without their period: alone, "Sun", "Sat" and "Wed" are other
words, so a reader takes them only right before a date."""

WEEKDAYS: dict[str, int] = {
    **WEEKDAY_NAMES,
    **{f"{abbr}.": n for abbr, n in WEEKDAY_ABBREVIATIONS.items() if abbr != "thur"},
}
"""Weekdays as running text writes them: names and abbreviations with their period
("Thur." is left out: the time extractor never took it, and its output must not move)."""

WEEKDAYS_BARE: dict[str, int] = {
    form: n
    for name, n in WEEKDAY_NAMES.items()
    for form in (name, *(a for a, m in WEEKDAY_ABBREVIATIONS.items() if m == n))
}
"""Names and abbreviations without the period."""

DAY_ORDINALS: dict[str, int] = ORDINAL_WORDS
"""Days of the month spelled out ("the fifth of November")."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
"""Season names -> TIMEX3 season codes."""

SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2),
}
"""Meteorological months of each season (winter runs into the next year)."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "midday": "MI", "overnight": "NI", "tonight": "NI",
}

HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "bastille day": (7, 14),
    "boxing day": (12, 26), "may day": (5, 1), "new year's": (1, 1),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "st patrick's day": (3, 17),
    "veterans day": (11, 11), "veterans' day": (11, 11), "armistice day": (11, 11),
    "remembrance day": (11, 11), "fourth of july": (7, 4), "july fourth": (7, 4),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
    "juneteenth": (6, 19), "epiphany": (1, 6), "all saints' day": (11, 1),
    "international women's day": (3, 8), "guy fawkes night": (11, 5),
}
"""Fixed-date holidays (month, day)."""

NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3),
    "presidents' day": (2, 1, 3), "presidents day": (2, 1, 3),
    "mother's day": (5, 7, 2), "memorial day": (5, 1, -1), "father's day": (6, 7, 3),
    "labor day": (9, 1, 1), "columbus day": (10, 1, 2),
}
"""US holidays on the n-th weekday of a month (month, ISO weekday, n; -1 for the last)."""

EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2,
    "easter monday": 1, "palm sunday": -7, "ash wednesday": -46, "maundy thursday": -3,
    "pentecost": 49, "easter week": -6, "holy week": -6,
}
"""Movable feasts: days from Easter Sunday (Western reckoning); a week by its Monday."""

OTHER_HOLIDAYS: tuple[str, ...] = ("thanksgiving day", "thanksgiving", "election day")
"""Named days the time finder takes whose date depends on more than a table gives."""

TIME_ZONES: tuple[str, ...] = (
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
)

WEEK_HOLIDAYS = frozenset({"easter week", "holy week"})
"""Holidays that name a week: the ISO week that holds the day (Easter Sunday)."""
