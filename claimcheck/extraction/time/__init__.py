"""Time expressions: found in the text, normalised to TIMEX3, anchored in news mode.

``find_times`` is the entry point. ``shift`` and ``value_range`` are the
calendar helpers other stages reuse: move a day range by a TIMEX3 duration
("two days after" -> ``shift(r, AFTER, "P2D")``), and read a TIMEX3 value
back as the days it covers.
"""

from claimcheck.extraction.time.calendar import shift, value_range
from claimcheck.extraction.time.finder import find_times

__all__ = ["find_times", "shift", "value_range"]
