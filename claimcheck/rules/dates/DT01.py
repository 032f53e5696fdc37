"""DT01: weekday does not match its date."""

from claimcheck.models import Severity
from claimcheck.rules.dates._conflicts import TimelineConflictRule


class WeekdayMismatch(TimelineConflictRule):
    """A weekday stands beside a date that falls on another day.

    Why it matters: readers and editors trust the weekday as a check on the
    date; when they disagree, one of them is wrong and the reader cannot tell
    which.

    Fails: "The talks were held on Friday, November 21, 2024." (November 21,
    2024 is a Thursday.) A year-less date takes its year from the publication
    date (either year across New Year, or a year the text states shortly
    before it); when the publication date is unknown it is not checked.

    Passes: "The talks were held on Thursday, November 21, 2024."

    Fix: correct the weekday or the date.
    """

    code = "DT01"
    name = "dates.weekday_mismatch"
    severity = Severity.ERROR
