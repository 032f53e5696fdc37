"""English number words: cardinals, ordinals, number phrases, decades, frequencies."""

from __future__ import annotations

CARDINALS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000,
}
"""One-word cardinals; compounds ("twenty-five") are sums of these."""

ONES_WORDS: tuple[str, ...] = tuple(w for w, n in CARDINALS.items() if 1 <= n <= 9)
""""one" to "nine", the second half of "twenty-five"."""

TENS_WORDS: tuple[str, ...] = tuple(w for w, n in CARDINALS.items() if n in range(20, 100, 10))
""""twenty" to "ninety"."""

NUMBER_PHRASES: dict[str, int | float] = {
    "a": 1, "an": 1,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2,
    "half a": 0.5, "half an": 0.5, "a half": 0.5,
    "a thousand": 1000, "two thousand": 2000,
}
"""Articles and phrases that state a number ("a dozen", "half an")."""

SMALL_NUMBERS: dict[str, int | float] = {**CARDINALS, **NUMBER_PHRASES}
"""Every number word and phrase; compounds such as "twenty-five" are summed by a reader."""

BOTH: dict[str, int] = {"both": 2}
"""A word that counts two without being a number."""

VAGUE_NUMBERS: frozenset[str] = frozenset(
    {"several", "a few", "few", "many", "some", "the few", "numerous", "countless"}
)
"""Quantities a TIMEX3 value writes as X ("several years" -> PXY)."""

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}
"""Ordinals spelled out, up to the last day of a month."""


def _suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


ORDINALS: dict[str, int] = {
    **{form: n for word, n in ORDINAL_WORDS.items() if n <= 21
       for form in (word, f"{n}{_suffix(n)}")},
    "last": 4, "final": 4,
}
"""Ordinals of a quarter, a half or a century, in words or digits ("3rd"), up to 21;
"last" and "final" are the fourth (quarter)."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}
"""Decades in words -> their tens digit ("the sixties")."""

FREQUENCIES: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
"""How many times, in one word."""

MEASURE_NOUNS = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "seconds",
                           "decades", "times", "percent", "nights", "points", "people",
                           "dollars"})
"""Plural nouns a number measures rather than counts the members of ("five days", "ten
percent", "3,000 people"): no list after them names what the number counts."""
