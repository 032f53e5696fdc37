"""English words of time expressions that are not calendar names or numbers:
duration units, vague references, frequency adverbs, modifiers."""

from __future__ import annotations

UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D",
    "week": "W", "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML",
    "weekend": "WE", "season": "SE",
}
"""Duration units; a reader turns the codes into TIMEX3 durations."""

TIME_NOUNS = frozenset(UNITS) | {
    "morning", "afternoon", "evening", "night", "midday", "hour", "end", "start",
    "beginning", "middle", "close", "part", "half", "period", "time",
}
"""Nouns that name a stretch of time or a part of one: "the night of Oct. 23", "the end of
the week", "the early hours of Thursday" are a time of that day, not a thing it dates."""

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


NAMED_DAY_WORDS = frozenset({
    "super", "black", "cyber", "bloody", "giving", "fat", "ash", "holy", "maundy", "palm",
    "shrove", "easter", "whit",
})
"""First words of named days that are not holidays of a fixed date ("Super Tuesday",
"Black Friday", "Cyber Monday", "Bloody Sunday", "Fat Tuesday", "Ash Wednesday"): the
weekday is part of a name, not a day counted from publication. (Holidays with a rule,
"Good Friday", are read by the holiday patterns first.)"""

PAST_ADJECTIVES = frozenset({"recent", "previous", "past", "earlier", "last"})
"""A noun's own modifier that puts it behind the telling: "a recent meeting"."""


APPROXIMATORS_OUTSIDE = frozenset({"about", "over", "just over", "just under", "well over"})
"""Approximators TimeML leaves outside a duration: "about three days" tags "three days"
(in the training gold "about" is outside 9 times, inside 2; "over" 27 and 2; "just" 5
and 0). "nearly", "almost", "at least", "more than" stay inside."""

ANAPHORIC_WEEKDAY_MODIFIERS = {"the previous": -1, "the following": 1, "the next": 1}
"""Weekdays counted from the day the story last named, not from publication."""

ANAPHORIC_SHIFTS = frozenset({"later", "earlier", "afterwards", "afterward", "prior", "previously"})
"""Signal words with no object of their own: the offset counts from a date stated before."""

SHIFT_SIGNALS_OUTSIDE = frozenset({"before", "after", "later", "prior"})
"""Signal words TimeML leaves outside the span: "two days after the war" tags "two
days", a DURATION (10 of 10 such spans in the training gold; "N later" 4 of 5),
while "a year earlier" is tagged whole as a DATE (24 of 26), so "earlier" stays
inside. An offset from a date stated after "after"/"before" keeps its whole span and
the day it lands on (the seed's "two days after ... November 5")."""

YEAR_PREFIX_MODIFIERS = {"post-": "AFTER", "pre-": "BEFORE", "mid-": "MID"}
"""Prefixes of a year and the TIMEX3 ``mod`` they give: "post-2008", "mid-1990s"."""

DAY_WORD_OFFSETS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "overnight": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}
"""Words for a day counted from publication, and the count."""

YEAR_SUFFIX_MODIFIERS = {
    "and beyond": "ON_OR_AFTER",
    "or later": "ON_OR_AFTER",
    "and after": "ON_OR_AFTER",
    "or earlier": "ON_OR_BEFORE",
    "or so": "APPROX",
}
"""Words after a year and the TIMEX3 ``mod`` they give: "2030 and beyond"."""

EDGE_MODIFIERS = {"early": "START", "mid": "MID", "late": "END"}
"""Modifiers of a period and the TIMEX3 ``mod`` they give: "early March", "late 2019"."""

PUBLICATION_RELATIVES = {
    "this": 0,
    "the current": 0,
    "the latest": -1,
    "the most recent": -1,
    "last": -1,
    "the past": -1,
    "the last": -1,
    "this past": -1,
    "next": 1,
    "the coming": 1,
    "this coming": 1,
    "earlier this": 0,
    "later this": 0,
    "earlier in the": 0,
    "later in the": 0,
    "the": 0,
    "the new": 1,
}
"""Determiners of a calendar unit counted from publication ("last week", "this year"),
and the count of units."""

REFERENCE_RELATIVES = {
    "that": 0,
    "the same": 0,
    "that same": 0,
    "that very": 0,
    "the very same": 0,
    "earlier that": 0,
    "later that": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the prior": -1,
    "the preceding": -1,
}
"""Determiners of a calendar unit counted from a time the story named ("that week", "the
following year"), and the count of units."""

UNIT_CODES = {
    "day": "D",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "half": "M",
    "decade": "DE",
    "century": "CE",
    "morning": "D",
    "night": "D",
    "weekend": "W",
}
"""Calendar units and their TIMEX3 duration codes ("half" counts months)."""

SHIFT_DIRECTIONS = {
    "later": "after", "after": "after", "afterwards": "after", "afterward": "after",
    "from now": "after", "hence": "after",
    "earlier": "before", "before": "before", "prior": "before", "previously": "before",
    "ago": "before",
}
"""Signal words of an offset and its direction (a ``Direction`` value): "two days later"."""

UNIT_GRANULARITIES = {
    "day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
    "half": "half", "decade": "decade", "century": "century",
    "morning": "day", "night": "day", "weekend": "day",
}
"""Units of a relative expression and the granularity (a ``Granularity`` value) of the
point it names: "the next morning" is a day, as TimeBank has it."""

CALENDAR_PERIODS = frozenset({"day", "week", "month", "year"})
"""Period nouns of a named time ("that day", "the same week"), each its own granularity."""
