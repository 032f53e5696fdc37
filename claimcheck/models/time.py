"""Time expressions: what the text says about when, normalised to TIMEX3."""

from __future__ import annotations

import datetime as dt
from datetime import date as date_
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from claimcheck.models._base import Record
from claimcheck.models.spans import Span


class TimexType(StrEnum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimexMod(StrEnum):
    """TIMEX3 ``mod`` values ("early 2024" is START, "more than two days" MORE_THAN)."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


class Granularity(StrEnum):
    """The unit a value is stated in."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    VAGUE = "vague"


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


class AnchorKind(StrEnum):
    """What a value was computed from."""

    NONE = "none"  # self-contained: "November 5, 2024"
    PUBLICATION = "publication"  # "Friday", "yesterday", year-less "November 5"
    EXPRESSION = "expression"  # "two days after November 5" -> the expression "November 5"
    EVENT = "event"  # "a day after the election" -> the election event


class Direction(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    SAME = "same"


class Anchor(Record):
    """How an expression hangs on something else.

    ``kind`` says what it hangs on, ``ref`` names it (a time expression or
    event id), and ``direction`` with ``offset`` (a TIMEX3 duration such as
    ``P2D``) say how far and which way: "two days after November 5" is
    ``expression / t2 / after / P2D``.
    """

    kind: AnchorKind = AnchorKind.NONE
    ref: str | None = Field(default=None, description="Id of the expression or event.")
    direction: Direction | None = None
    offset: str | None = Field(
        default=None, pattern=r"^P", description="TIMEX3 duration, e.g. P2D, P3W, P1M."
    )

    @model_validator(mode="after")
    def _check_ref(self) -> Self:
        needs_ref = self.kind in (AnchorKind.EXPRESSION, AnchorKind.EVENT)
        if needs_ref and not self.ref:
            raise ValueError(f"an anchor of kind '{self.kind}' needs 'ref'")
        if not needs_ref and self.ref:
            raise ValueError(f"an anchor of kind '{self.kind}' takes no 'ref'")
        return self


class DayRange(Record):
    """Inclusive range of calendar days an expression can denote."""

    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _check_order(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class StatedDate(Record):
    """Calendar fields the text states literally, with where it states them.

    These are what the reasoner checks against each other: "Friday, November
    21, 2024" states weekday 5 (ISO, Monday = 1), month 11, day 21, year 2024.
    """

    year: int | None = Field(default=None, ge=1, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=1, le=7, description="ISO: Monday = 1.")
    weekday_span: Span | None = None
    date_span: Span | None = Field(default=None, description="The month/day/year part.")


class Joining(StrEnum):
    """How two stated days are one expression."""

    RANGE = "range"  # "Nov. 15-16", "from 11 to 15 September": every day from one to the other
    CHOICE = "choice"  # "Monday or Tuesday": one of them, not said which
class TimeRole(StrEnum):
    """What a time expression does in its sentence, when it does not date what happens there."""

    DATELINE = "dateline"
    """The date a story was filed: "BAGHDAD, Oct. 19, 2012 - ..."."""
    SCHEDULE = "schedule"
    """A deadline or a schedule governed by a cue: "payable Dec. 1", "due March 15",
    "scheduled for Friday", "until June 3"."""
    RANGE_END = "range_end"
    """The end of a range whose start is another expression: "from March 1 to March 9"."""


class Deixis(StrEnum):
    """Which occurrence of a weekday its determiner names, from the publication date."""

    LAST = "last"
    NEXT = "next"
    THIS = "this"
    THIS_PAST = "this_past"
    THIS_COMING = "this_coming"


class TimeExpression(Record):
    """A time expression found in the text, normalised and anchored."""

    id: str = Field(pattern=r"^t\d+$")
    span: Span
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2024-11-22, 2024-W47, P2D, PAST_REF, ...")
    mod: TimexMod | None = None
    quant: str | None = Field(default=None, description="SET quantifier, e.g. EVERY.")
    freq: str | None = Field(default=None, description="SET frequency, e.g. 2X.")
    granularity: Granularity
    resolved: DayRange | None = Field(
        default=None, description="The days it can denote; None when it cannot be resolved."
    )
    stated: StatedDate | None = None
    anchor: Anchor = Field(default_factory=Anchor)
    tense: Tense | None = Field(default=None, description="Tense of the governing verb.")
    derivation: list[str] = Field(
        default_factory=list,
        description="Steps from text to value, e.g. 'Friday -> the Friday before 2024-11-23'.",
    )
    # --- ranges and alternatives (time engineer) ---
    joins: Joining | None = Field(
        default=None,
        description="How a range or a choice of days is one expression ('Nov. 15-16', "
        "'from 11 to 15 September', 'between March 1 and March 9', 'Monday or Tuesday'): "
        "value is the first day's TIMEX3, 'until' the last's, 'resolved' spans both.",
    )
    until: str | None = Field(
        default=None, description="TIMEX3 value of the last day of a range or choice."
    )
    role: TimeRole | None = Field(
        default=None, description="Dateline, schedule or range end; None when it dates "
        "what its sentence tells.")
    apposed_to: str | None = Field(
        default=None, pattern=r"^t\d+$",
        description="Id of the expression just before it that it stands beside as one day: "
        "'Friday, Nov. 21', 'today, Tuesday', 'on Friday, two days after the vote'.")
    publication_offset: tuple[int, int] | None = Field(
        default=None, description="Days from the publication date its words fix, as a range "
        "of day - publication: 'yesterday' (-1, -1), 'last night' (-1, 0).")
    deixis: Deixis | None = Field(
        default=None, description="The determiner of a weekday: 'last Friday' is 'last'.")
    sets_year: bool = Field(
        default=True, description="Whether its year is the year the story moves to (false "
        "after 'until', 'between', 'the': 'runs until 2033', 'the 2025 Jubilee').")


class WrittenDate(Record):
    """A month and day the text writes that the calendar does not have ("June 31",
    "29 February 2023"): no time expression can stand for it, so it is handed over as is."""

    span: Span
    year: int | None = Field(default=None, ge=1, le=9999)
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)


class StatedRange(Record):
    """A range of days written as a start and an end: "from November 7 to 9",
    "between March 1 and March 9", optionally announced by a length ("the three-day summit")."""

    start: date_ = Field(description="First day.")
    end: date_ = Field(description="Last day.")
    start_span: Span
    end_span: Span
    duration: str | None = Field(
        default=None, pattern=r"^t\d+$",
        description="Id of the duration expression that announces the range, if any.")
