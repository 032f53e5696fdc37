"""DT04: a past event dated after publication, or a relative day that cannot be."""

from claimcheck.models import Severity
from claimcheck.rules.dates._conflicts import TimelineConflictRule


class AfterPublication(TimelineConflictRule):
    """An event told in the past tense is dated after the article's publication date.

    Also reported here: "today", "yesterday" or "tomorrow" beside a weekday or
    date that cannot match the publication date.

    Why it matters: an article cannot report as done what has not yet
    happened; usually the year, month or weekday is wrong.

    Fails: published 2024-11-23, "The leaders met on November 28, 2024."
    Also fails: published 2024-11-23, "The rebels have held the embassy since
    November 28, 2024." (an event placed only after a date, by "after" or
    "since", comes after that date too.)
    Also fails: published on a Saturday, "Yesterday, Tuesday, the minister
    resigned."

    Passes: published 2024-11-23, "The leaders met on November 18, 2024."

    A past event dated the day after publication is only a warning: wire
    stories and time zones often put the next day's date on a story.

    Fix: correct the date, the tense, or the publication date.
    """

    code = "DT04"
    name = "dates.after_publication"
    severity = Severity.ERROR
