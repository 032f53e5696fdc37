"""DT02: a relative date conflicts with a stated date."""

from claimcheck.models import Severity
from claimcheck.rules.dates._conflicts import TimelineConflictRule


class RelativeDateConflict(TimelineConflictRule):
    """A date given as an offset ("two days after") disagrees with a date stated for the same day.

    Why it matters: an offset is arithmetic the reader can do; when it lands
    on a different day than the one the article names, one of the two
    statements is wrong.

    Fails: published 2024-11-09, "Rutte met Trump on Friday, two days after
    the November 5 election." (November 5, 2024 + 2 days = Thursday, November 7;
    the Friday before publication is November 8.)

    Passes: "Rutte met Trump on Thursday, two days after the November 5
    election."

    Fix: correct the offset, the anchor date or the stated day.
    """

    code = "DT02"
    name = "dates.relative_date_conflict"
    severity = Severity.ERROR
