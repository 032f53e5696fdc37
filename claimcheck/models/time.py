"""Time expressions: what the text says about when, normalised to TIMEX3."""

from __future__ import annotations

import datetime as dt
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
