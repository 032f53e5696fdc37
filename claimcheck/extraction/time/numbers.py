"""Reading the numbers and modifiers inside time phrases, and writing TIMEX3 durations."""

from __future__ import annotations

import re

from claimcheck.lang.en import numbers as num
from claimcheck.lang.en import time_words as tw

_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Lower case, single spaces, straight apostrophes."""
    return _SPACES.sub(" ", text.strip().lower()).replace("’", "'")


def parse_number(text: str) -> float | None:
    """``"two"`` -> 2, ``"twenty-five"`` -> 25, ``"2 1/2"`` -> 2.5; None for vague ("several").

    Raises ValueError for text that is not a number at all.
    """
    words = squash(text)
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words.endswith(" 1/2"):
        words, half = words[:-4], 0.5
    if words in num.VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", words):
        return float(words.replace(",", "")) + half
    if words in num.SMALL_NUMBERS:
        return num.SMALL_NUMBERS[words] + half
    total = 0.0
    for part in re.split(r"[-\s]+", words):
        if part not in num.SMALL_NUMBERS:
            raise ValueError(f"not a number: {text!r}")
        total += num.SMALL_NUMBERS[part]
    return total + half


def unit_code(word: str) -> str:
    """``"years"`` -> ``"Y"`` (codes as in ``claimcheck.lang.en.time_words.UNITS``)."""
    w = squash(word)
    if w.startswith("centur"):
        return "CE"
    if w.startswith("millenni"):
        return "ML"
    return tw.UNITS[w[:-1] if w.endswith("s") and w[:-1] in tw.UNITS else w]


_SMALLER = {
    "Y": (12, "M"),
    "M": (4, "W"),
    "W": (7, "D"),
    "D": (24, "H"),
    "H": (60, "MIN"),
    "MIN": (60, "S"),
}


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``(2, "D")`` -> ``P2D``, ``(None, "Y")`` -> ``PXY``,
    ``(2.5, "Y")`` -> ``P2Y6M``."""
    if unit == "DE":
        return "PXDE" if amount is None else duration_value(amount * 10, "Y")
    if unit == "CE":
        return "PXCE" if amount is None else duration_value(amount * 100, "Y")
    if unit == "ML":
        return "PXML" if amount is None else duration_value(amount * 1000, "Y")
    if unit == "WE":
        return "PXWE" if amount is None else duration_value(amount * 2, "D")
    if unit == "FN":
        return "PXW" if amount is None else duration_value(amount * 2, "W")
    if unit == "SE":
        return "PXM" if amount is None else duration_value(amount * 3, "M")
    time_unit = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    prefix = "PT" if time_unit else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    rest = amount - whole
    if rest and unit in _SMALLER:
        factor, smaller = _SMALLER[unit]
        extra = duration_value(rest * factor, smaller)
        head = f"{prefix}{whole}{letter}" if whole else prefix
        tail = extra[2:] if extra.startswith("PT") else extra[1:]
        if time_unit or smaller not in ("H", "MIN", "S"):
            return head + tail
        return head + "T" + tail
    number = f"{whole}" if not rest else f"{amount:g}"
    return f"{prefix}{number}{letter}"


def mod_of(text: str | None) -> str | None:
    """The TIMEX3 ``mod`` a leading modifier stands for ("early" -> START)."""
    if not text:
        return None
    words = squash(text).rstrip("-").strip()
    words = re.sub(r"\s+in$", "", words)
    words = re.sub(r"^the very ", "the ", words)
    if words in tw.MODIFIERS:
        return tw.MODIFIERS[words]
    if not words.startswith("the ") and f"the {words}" in tw.MODIFIERS:
        return tw.MODIFIERS[f"the {words}"]
    return None
