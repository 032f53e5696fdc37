"""The timeline as a record: variables, the constraints on them, and the conflicts.

The reasoner's output is a pydantic model like every other stage's, so a
timeline can be dumped, read and fed to rules written by others.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from claimcheck.models import Event, EventKind
from claimcheck.models._base import Record
from claimcheck.models.spans import Span


class VariableKind(StrEnum):
    PUBLICATION = "publication"
    TIME = "time"
    EVENT = "event"


class ConstraintKind(StrEnum):
    """Where a constraint comes from; rules classify conflicts by these."""

    DATE = "date"  # a stated calendar date: "November 5, 2024"
    YEARLESS_DATE = "yearless_date"  # "November 5", its year from the publication date
    WEEKDAY = "weekday"  # "Friday"
    RANGE = "range"  # "in November 2024", or a range the extractor resolved
    PUBLICATION = "publication"  # the publication date itself
    PUBLICATION_OFFSET = "publication_offset"  # "yesterday", "today", "tomorrow"
    WEEKDAY_WINDOW = "weekday_window"  # "on Friday" in the past tense: within the last week
    APPOSITION = "apposition"  # "Friday, November 21" found as two expressions: one day
    TENSE = "tense"  # a past event is on or before the publication date
    OFFSET = "offset"  # "two days after the election"
    ORDER = "order"  # "ahead of the meeting", "confirmed in a statement"
    SAME_DAY = "same_day"  # an event happens on the day its time expression names


class Strength(StrEnum):
    """How the text supports a constraint: a conflict is only as sure as its weakest member."""

    STATED = "stated"  # the words say it
    CONVENTION = "convention"  # news convention: year and week of publication, tense
    ASSUMED = "assumed"  # a plausible reading, not a proof


class Cited(Record):
    """A span a constraint rests on, with what it is ('weekday', 'date', 'cue')."""

    span: Span
    role: str


class Constraint(Record):
    """One thing the text says about days.

    Unary constraints restrict one variable to ``days``, to ``start``..``end``
    or to a ``weekday``; binary ones bound the difference
    ``variables[0] - variables[1]`` to ``min_diff``..``max_diff`` days.
    """

    id: str = Field(pattern=r"^k\d+$")
    kind: ConstraintKind
    strength: Strength
    variables: list[str] = Field(min_length=1, max_length=2)
    days: list[dt.date] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    weekday: int | None = Field(default=None, ge=1, le=7)
    min_diff: int | None = None
    max_diff: int | None = None
    statement: str = Field(description="What the text says, in words a reader can check.")
    evidence: list[Cited] = Field(default_factory=list)


class Variable(Record):
    """A day the text talks about: an event's, a time expression's, the publication's."""

    id: str
    kind: VariableKind
    label: str
    span: Span | None = None
    earliest: dt.date | None = Field(default=None, description="After solving, when bounded.")
    latest: dt.date | None = None
    days: list[dt.date] | None = Field(default=None, description="The possible days, when few.")


class Conflict(Record):
    """A smallest set of constraints that cannot all hold, and the arithmetic that shows it."""

    constraints: list[str]
    message: str
    arithmetic: list[str] = Field(default_factory=list)
    strength: Strength


class Timeline(Record):
    """Everything the reasoner knows about when things happened in one article."""

    published: dt.date | None = None
    variables: list[Variable] = Field(default_factory=list)
    constraints: list[Constraint] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)

    @property
    def consistent(self) -> bool:
        return not self.conflicts

    def constraint(self, id: str) -> Constraint:
        return next(c for c in self.constraints if c.id == id)

    def variable(self, id: str) -> Variable | None:
        return next((v for v in self.variables if v.id == id), None)

    def members(self, conflict: Conflict) -> list[Constraint]:
        return [self.constraint(i) for i in conflict.constraints]


def event_label(e: Event) -> str:
    """How a finding names an event: "the meeting ('met')"; an event of no named kind
    is "the event ('resigned')"."""
    kind = "event" if e.kind is EventKind.OTHER else e.kind.value
    return f"the {kind} ({e.trigger.text!r})"
