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
