"""What spaCy's named entities add to the patterns: a veto and a fallback.

- Veto: a bare year, month or holiday name that spaCy reads as part of a
  name or an amount ("1,998 members" as CARDINAL, "Tuesday Morning" as ORG,
  "May" as a PERSON) is not a date. On the TempEval-3 training files every
  bare four-digit number spaCy tagged CARDINAL was a count, never a year.
- Fallback: a DATE or TIME entity the patterns did not cover becomes a
  candidate when it names a calendar word and ``dateparser`` can read the
  phrase on its own (relative to the publication date, never the clock).
  This runs only for uncovered entities, which are few, and each distinct
  phrase is parsed once (``functools.lru_cache``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc

from claimcheck.models import AnchorKind, Granularity, TimexType

from . import lexicon as lx
from .calendar import render
from .reading import Reading

_NAME_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "FAC",
        "PRODUCT",
        "WORK_OF_ART",
        "NORP",
        "LANGUAGE",
        "CARDINAL",
        "MONEY",
        "QUANTITY",
        "PERCENT",
        "ORDINAL",
    }
)
_VETOED_RULES = frozenset({"year", "month", "holiday", "spelled_year", "season"})
_CALENDAR_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(w.rstrip(".")) for w in (*lx.MONTHS, *lx.WEEKDAYS)) + r")\b",
    re.IGNORECASE,
)
_PERIODS = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
}


Entities = list[tuple[int, int, str]]
"""``(start_char, end_char, label)`` of each entity, read once per document."""


def entity_spans(doc: Doc) -> Entities:
    """The document's entities as plain tuples (``doc.ents`` rebuilds them on every access)."""
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def name_spans(entities: Entities) -> list[tuple[int, int]]:
    """Character ranges of entities that are names or amounts, not times."""
    return [(s, e) for s, e, label in entities if label in _NAME_LABELS]


def vetoed(rule: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether a match of ``rule`` at ``start:end`` lies inside a name or an amount."""
    if rule not in _VETOED_RULES:
        return False
    return any(s <= start and end <= e for s, e in names)


def uncovered_entities(entities: Entities, taken: bytearray) -> list[tuple[int, int]]:
    """DATE and TIME entities no chosen pattern match touches."""
    return [
        (s, e)
        for s, e, label in entities
        if label in ("DATE", "TIME") and taken.find(1, s, e) == -1
    ]


@functools.lru_cache(maxsize=4096)
def _parse(phrase: str, published: dt.date) -> tuple[dt.date, str] | None:
    from dateparser.date import DateDataParser  # imported only when an entity needs it

    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    data = parser.get_date_data(phrase)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def read_entity(phrase: str, published: dt.date | None) -> Reading | None:
    """A reading for an entity phrase the patterns missed, when dateparser is sure of it."""
    if published is None or not _CALENDAR_WORD.search(phrase):
        return None
    parsed = _parse(phrase, published)
    if parsed is None:
        return None
    day, period = parsed
    if abs(day.year - published.year) > 50:
        return None
    granularity = _PERIODS.get(period, Granularity.DAY)
    value = render(granularity, day)
    return Reading(
        TimexType.DATE,
        value,
        granularity,
        anchor=AnchorKind.PUBLICATION,
        derivation=[phrase, f"read by dateparser relative to {published}", value],
    )
