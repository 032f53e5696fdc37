"""Words that place a day relative to the publication date, kept apart from logic.

Each entry is the range of ``day - publication`` the phrase allows, by
newsroom convention ("on Friday" in the past tense is within the last week).
"""

from __future__ import annotations

PUBLICATION_OFFSETS: dict[str, tuple[int, int]] = {
    "today": (0, 0),
    "tonight": (0, 0),
    "this morning": (0, 0),
    "this afternoon": (0, 0),
    "this evening": (0, 0),
    "yesterday": (-1, -1),
    "last night": (-1, 0),
    "tomorrow": (1, 1),
    "the day before yesterday": (-2, -2),
    "the day after tomorrow": (2, 2),
}

WEEKDAY_WINDOWS: dict[str, tuple[int, int]] = {
    # a bare weekday, by the tense of its verb
    "past": (-6, 0),
    "future": (0, 6),
    "present": (-6, 6),
    "unknown": (-6, 6),
    # with a determiner, whatever the tense
    "last": (-13, -1),
    "next": (1, 13),
    "this": (-6, 6),
    "this past": (-7, -1),
    "this coming": (1, 7),
}

INTERVAL_EVENT_KINDS = frozenset({"summit", "visit", "talks", "travel", "other", "election"})
"""Events that may last several days: a date attached to one is a day within it."""

SCHEDULE_CUES = (
    "payable", "due", "until", "till", "through", "expire", "expires", "expiring", "effective",
    "by", "before", "after", "scheduled for", "set for", "slated for", "planned for",
    "deadline", "maturing", "matures", "record", "starting", "beginning", "from", "to",
    "will", "would", "next", "ahead of",
)
"""Words just before a date that make it a deadline or a schedule, not the day an event
happened: "declared a dividend payable Dec. 1", "notes due March 15, 2007"."""
