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

import bisect
import datetime as dt
import functools
import re
from typing import Any

from spacy.tokens import Doc

from claimcheck.budget import first_use
from claimcheck.lang.en import calendar as cal
from claimcheck.lang.en.grammar import NAME_SMALL_WORDS
from claimcheck.lang.en.time_words import CALENDAR_PERIODS
from claimcheck.models import AnchorKind, Granularity, TimexType

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
    r"\b(?:" + "|".join(re.escape(w.rstrip(".")) for w in (*cal.MONTHS, *cal.WEEKDAYS)) + r")\b",
    re.IGNORECASE,
)


Entities = list[tuple[int, int, str]]
"""``(start_char, end_char, label)`` of each entity, read once per document."""


def entity_spans(doc: Doc) -> Entities:
    """The document's entities as plain tuples (``doc.ents`` rebuilds them on every access)."""
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def name_spans(entities: Entities) -> list[tuple[int, int]]:
    """Character ranges of entities that are names or amounts, not times: in text order and
    never overlapping, as spaCy's entities are (``vetoed`` searches them by binary search)."""
    return [(s, e) for s, e, label in entities if label in _NAME_LABELS]


def vetoed(rule: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether a match of ``rule`` at ``start:end`` lies inside a name or an amount."""
    if rule not in _VETOED_RULES:
        return False
    # entities never overlap and come in text order: only the last one starting at or
    # before ``start`` can hold the match (a binary search, not a scan: linear overall)
    i = bisect.bisect_right(names, start, key=lambda n: n[0]) - 1
    if i < 0:
        return False
    s, e = names[i]
    if rule == "holiday":
        # the small model calls "Easter" a LOC and "St. Patrick's Day" a GPE; only a
        # longer name ("Easter Island", "Christmas Island") holds a holiday that is not one
        return s <= start and end <= e and (s, e) != (start, end)
    return s <= start and end <= e


_OPEN_QUOTES = ('"', "“", "``", "‘‘", "''")
_CLOSE_QUOTES = ('"', "”", "''", "’’")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’.:-]*\Z")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside a short quoted title in capitals: the show
    ``"This Week,"``, the film ``"High Noon,"`` the programme ``"60 Minutes."``"""
    if not (text[start].isupper() or text[start].isdigit()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[max(line_start, start - 60) : start]
    after = text[end : min(line_end, end + 60)]
    opens = [(before.rfind(q), q) for q in _OPEN_QUOTES]
    at, quote = max(opens)
    if at == -1:
        return False
    closes = [after.find(q) for q in _CLOSE_QUOTES if after.find(q) != -1]
    if not closes:
        return False
    inner = before[at + len(quote) :] + text[start:end] + after[: min(closes)]
    words = inner.strip(" ,.;:!?").split()
    return 0 < len(words) <= 8 and all(
        w.lower() in NAME_SMALL_WORDS or _TITLE_WORD.match(w.strip(",.;:!?")) for w in words
    ) and any(w.lower() not in NAME_SMALL_WORDS for w in words)


def uncovered_entities(entities: Entities, taken: bytearray) -> list[tuple[int, int]]:
    """DATE and TIME entities no chosen pattern match touches."""
    return [
        (s, e)
        for s, e, label in entities
        if label in ("DATE", "TIME") and taken.find(1, s, e) == -1
    ]


@first_use
def _date_data_parser() -> Any:
    """dateparser's parser, imported only when an entity needs it (the import never charged
    to the article's budget)."""
    from dateparser.date import DateDataParser

    return DateDataParser


@functools.lru_cache(maxsize=4096)
def _parse(phrase: str, published: dt.date) -> tuple[dt.date, str] | None:
    parser = _date_data_parser()(
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
    granularity = Granularity(period) if period in CALENDAR_PERIODS else Granularity.DAY
    value = render(granularity, day)
    return Reading(
        TimexType.DATE,
        value,
        granularity,
        anchor=AnchorKind.PUBLICATION,
        derivation=[phrase, f"read by dateparser relative to {published}", value],
    )
