"""Words the time extractor knows: calendar names, numbers, units, vague references.

Pure data, no logic: the patterns in ``patterns.py`` are built from these
tables, and the normaliser looks words up in them. Keys are lower case.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3,
    "april": 4, "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
    "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9, "sept": 9,
    "october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
}
"""Month names and the abbreviations news style uses (with their period)."""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
"""Abbreviations without a period, taken only right beside a day number ("Nov 5")."""

DAY_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}
"""Days of the month spelled out ("the fifth of November")."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
    "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thurs.": 4, "fri.": 5,
    "sat.": 6, "sun.": 7,
}
"""Weekdays, ISO numbered (Monday = 1)."""
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
    "sat": 6, "sun": 7,
}
"""Weekdays without their period, taken only right before a date ("Fri March 22, 2013"):
alone, "Sun", "Sat" and "Wed" are other words."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2),
}
"""Meteorological months of each season (winter runs into the next year)."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "midday": "MI", "overnight": "NI", "tonight": "NI",
}

SMALL_NUMBERS: dict[str, int | float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2,
    "half a": 0.5, "half an": 0.5, "a half": 0.5,
    "thousand": 1000, "a thousand": 1000, "two thousand": 2000,
}
"""Number words; compounds such as "twenty-five" are summed by the normaliser."""

VAGUE_NUMBERS: frozenset[str] = frozenset(
    {"several", "a few", "few", "many", "some", "the few", "numerous", "countless"}
)
"""Quantities a TIMEX3 value writes as X ("several years" -> PXY)."""

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
    "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
    "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15,
    "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17,
    "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20,
    "20th": 20, "twenty-first": 21, "21st": 21, "last": 4, "final": 4,
}

UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D",
    "week": "W", "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML",
    "weekend": "WE", "season": "SE",
}
"""Duration units; the normaliser turns the codes into TIMEX3 durations."""

NUMBER_WORDS_DECADES: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

VAGUE_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "until recently": "PAST_REF",
    "the past": "PAST_REF",
    "past years": "PAST_REF",
    "the future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the longer term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}
"""Vague references (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).

Only words annotators tag most of the time they occur. Counted in the TimeBank
part of the TempEval-3 training text (tagged / all uses): "now" 60/85,
"currently" 10/16, "recently" 13/20, "current" 13/21, "the future" 6/9 stay;
the adjective "recent" alone (6/15 outside "recent years"), "soon" (5/18),
"previously" (3/23), "once" (1/25) and "in the past" (0/15) are left out.
"""

GENERIC_TODAY_NOUNS = frozenset({
    "world", "youth", "young", "society", "generation", "generations", "children", "kids",
    "teenagers", "students", "parents", "families", "workers", "consumers", "voters",
    "economy", "market", "markets", "standards", "technology", "computers", "culture",
    "politics", "environment", "media", "business", "age", "times", "climate", "reality",
})
"""Nouns after which "today's" means nowadays, not the publication day ("today's youth",
"today's world"): annotators tagged none of the six such uses in the training text."""

SET_ADVERBS: dict[str, tuple[str, str]] = {
    "daily": ("P1D", "day"), "nightly": ("P1D", "day"), "weekly": ("P1W", "week"),
    "biweekly": ("P2W", "week"), "monthly": ("P1M", "month"), "annually": ("P1Y", "year"),
    "yearly": ("P1Y", "year"), "hourly": ("PT1H", "time"),
}
"""Frequency adverbs as TIMEX3 SET values."""

FREQUENCIES: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}

MODIFIERS: dict[str, str | None] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "or so": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
    "well over": "MORE_THAN", "only": None, "just": None, "another": None,
    "early": "START", "earlier": "START", "the beginning of": "START",
    "the start of": "START", "the first part of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the mid-": "MID",
    "late": "END", "later": "END", "the end of": "END", "the close of": "END",
    "the latter part of": "END", "the last part of": "END",
}
"""Words before an expression that become its TIMEX3 ``mod`` (None: part of the span only)."""

EDGE_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
}
"""One-word edges before a day or weekday ("late Friday" is Friday, END)."""

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

TIME_ZONES: tuple[str, ...] = (
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
)
