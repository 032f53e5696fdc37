"""DT03: events out of order."""

from claimcheck.models import Severity
from claimcheck.rules.dates._conflicts import TimelineConflictRule


class EventsOutOfOrder(TimelineConflictRule):
    """An event said to come after another is dated before it (or the reverse).

    Why it matters: a statement confirming a meeting cannot predate the
    meeting; remarks "ahead of" a meeting cannot come after it. A date that
    breaks the stated order is a typo or a misread source.

    Fails: "The meeting took place on Friday, Dakhlallah confirmed in a
    statement on Thursday." (published 2024-11-23, a Saturday: the statement
    is dated the day before the meeting it confirms.)

    Passes: "The meeting took place on Friday, Dakhlallah confirmed in a
    statement on Saturday."

    Fix: correct one of the dates, or the word that orders the events.
    """

    code = "DT03"
    name = "dates.events_out_of_order"
    severity = Severity.ERROR
