"""Newsroom conventions in days, kept apart from logic.

Each entry is the range of ``day - publication`` a reading allows, by
newsroom convention ("on Friday" in the past tense is within the last week).
The words that select an entry are read by extraction and handed over as
fields (``TimeExpression.deixis``, ``tense``, ``publication_offset``).
"""

from __future__ import annotations

WEEKDAY_WINDOWS: dict[str, tuple[int, int]] = {
    # a bare weekday, by the tense of its verb
    "past": (-6, 0),
    "future": (0, 6),
    "present": (-6, 6),
    "unknown": (-6, 6),
    # with a determiner (``Deixis``), whatever the tense
    "last": (-13, -1),
    "next": (1, 13),
    "this": (-6, 6),
    "this_past": (-7, -1),
    "this_coming": (1, 7),
}

INTERVAL_EVENT_KINDS = frozenset({"summit", "visit", "talks", "travel", "other", "election"})
"""Events that may last several days: a date attached to one is a day within it."""
