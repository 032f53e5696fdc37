"""Reading TIMEX3 duration values (``P2D``, ``P1W3D``, ``PT3H``, ``P2DE``).

A TIMEX3 duration is the schema's own value format (``TimeExpression.value``
of a DURATION, ``Anchor.offset``), not English: it lives beside the models so
that the extractor, which writes such values, and the reasoner, which counts
their days, read them with one parser.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_DATE_PART = re.compile(r"(\d+(?:\.\d+)?)(DE|CE|[YQMWD])")
_TIME_PART = re.compile(r"(\d+(?:\.\d+)?)([HMS])")
_DATE_ORDER = ("CE", "DE", "Y", "Q", "M", "W", "D")
_TIME_UNITS = {"H": "H", "M": "MIN", "S": "S"}


class DurationPart(NamedTuple):
    """One amount of one unit: ``P2D`` is ``(2.0, "D", True)``.

    Units are the codes of the time extractor (``MIN`` for minutes, ``DE``
    decades, ``CE`` centuries); ``whole`` says the amount was written without a
    decimal point.
    """

    amount: float
    unit: str
    whole: bool


def duration_parts(value: str | None) -> tuple[DurationPart, ...] | None:
    """The parts of a definite TIMEX3 duration in written order; None for anything
    else (vague ``PXY``, a date, an empty ``P``, units out of order)."""
    if not value or not value.startswith("P"):
        return None
    date, sep, time = value[1:].partition("T")
    parts = []
    for section, pattern, is_time in ((date, _DATE_PART, False), (time, _TIME_PART, True)):
        pos = 0
        for m in pattern.finditer(section):
            if m.start() != pos:
                return None
            unit = _TIME_UNITS[m.group(2)] if is_time else m.group(2)
            parts.append(DurationPart(float(m.group(1)), unit, "." not in m.group(1)))
            pos = m.end()
        if pos != len(section):
            return None
    if not parts or (sep and not time):
        return None
    date_units = [p.unit for p in parts if p.unit in _DATE_ORDER]
    ranks = [_DATE_ORDER.index(u) for u in date_units]
    if ranks != sorted(set(ranks)):
        return None
    return tuple(parts)


def single_duration(value: str | None) -> tuple[float, str] | None:
    """``"P2D"`` -> ``(2, "D")``; ``"PT3H"`` -> ``(3, "H")``; None for vague or compound ones."""
    parts = duration_parts(value)
    if parts is None or len(parts) != 1:
        return None
    return parts[0].amount, parts[0].unit


def exact_days(value: str | None) -> int | None:
    """Exact number of days in a duration of whole weeks and days (``P1W3D`` is 10);
    None for anything else: a month has no fixed length."""
    parts = duration_parts(value)
    if parts is None or not all(p.unit in ("W", "D") and p.whole for p in parts):
        return None
    return sum(int(p.amount) * (7 if p.unit == "W" else 1) for p in parts)
