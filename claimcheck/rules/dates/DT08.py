"""DT08: one event, two dates that cannot both hold."""

from claimcheck.models import Severity
from claimcheck.rules.dates._conflicts import TimelineConflictRule


class EventDateConflict(TimelineConflictRule):
    """One event is dated twice, and the two dates cannot be the same day.

    Why it matters: when the lead says a meeting was on Friday and a later
    paragraph puts the same meeting on November 20, at least one is wrong.

    Fails: "The meeting took place on Friday ... The meeting, on Wednesday,
    November 20, lasted two hours." (published 2024-11-23: Friday is
    November 22.)

    Passes: "The meeting took place on Friday ... The meeting, on Friday,
    November 22, lasted two hours."

    Two dates in one clause are an error; a date that reaches the event through
    another mention of it (another sentence) or only by sharing a sentence is a
    warning, since that link is not proof (docs/rules-design.md, severity
    policy). A written range ("from November 18 to 19") is one event's first
    and last day, no conflict.

    Fix: make both mentions give the same day. Events that may last several
    days (summits, visits, happenings of no named kind) are not checked this
    way unless a mention puts the whole of one on a day ("the referendum, held
    on February 25", "the ceremony took place on Sunday"), nor an event whose
    words tell of several happenings ("statements made Friday and Thursday",
    "asked on Jan. 23 and again on Jan. 24").
    """

    code = "DT08"
    name = "dates.event_date_conflict"
    severity = Severity.ERROR
