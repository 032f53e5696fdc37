"""What the words around a date say about it: a dateline, a deadline, a sentence break.

Plain text patterns, no language model: the reasoner reads the article text
only to decide whether a date may date an event at all.
"""

from __future__ import annotations

import re

from claimcheck.models.spans import Span
from claimcheck.reason.lexicon import SCHEDULE_CUES

_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Z.'\- ]+(?:,[ \t]*[A-Za-z. ]+)?,[ \t]*)?$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:\([A-Za-z]+\)[ \t]*)?[–—-]")


_SCHEDULED = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in SCHEDULE_CUES) + r")\s+(?:the\s+|on\s+)?$", re.I)


def is_scheduled(text: str, span: Span) -> bool:
    """"payable Dec. 1", "due March 15": a deadline or schedule, not when something happened."""
    return bool(_SCHEDULED.search(text[max(0, span.start - 30):span.start]))


def is_dateline(text: str, span: Span) -> bool:
    """"BAGHDAD, Oct. 19, 2012 – ...": the date a story was filed, not the date of its events."""
    return bool(_DATELINE_AFTER.match(text[span.end:span.end + 20])
                and _DATELINE_BEFORE.search(text[max(0, span.start - 60):span.start]))


SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s|\n")
