"""Events: meetings, talks, calls, statements... with who, where, when."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from claimcheck.models._base import Record
from claimcheck.models.spans import Span


class EventKind(StrEnum):
    MEETING = "meeting"
    TALKS = "talks"
    CALL = "call"
    VISIT = "visit"
    SUMMIT = "summit"
    STATEMENT = "statement"
    SPEECH = "speech"
    ELECTION = "election"
    REQUEST = "request"
    TRAVEL = "travel"
    OTHER = "other"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    REPORTED = "reported"
    UNCERTAIN = "uncertain"


class RelationType(StrEnum):
    """How an event's day relates to another event's or expression's day."""

    BEFORE = "before"
    AFTER = "after"
    ON_OR_BEFORE = "on_or_before"
    ON_OR_AFTER = "on_or_after"
    SAME_DAY = "same_day"


class EventRelation(Record):
    """"ahead of the meeting" is ``before`` the meeting; "two days after" adds ``offset`` P2D."""

    type: RelationType
    target: str = Field(description="Id of an event (ev..) or time expression (t..).")
    offset: str | None = Field(default=None, pattern=r"^P")
    cue: Span | None = Field(default=None, description="The words that state the relation.")


class Participant(Record):
    entity: str | None = Field(default=None, description="Entity id, when resolved.")
    span: Span
    role: str = Field(default="participant", description="agent, participant, host, ...")


class PlaceRef(Record):
    entity: str | None = Field(default=None, description="Entity id of the place.")
    span: Span


class StatedCount(Record):
    """A number the text states: "the two leaders" -> 2."""

    value: int = Field(ge=0)
    span: Span


class Event(Record):
    """One event, merged across the mentions that corefer with it."""

    id: str = Field(pattern=r"^ev\d+$")
    kind: EventKind
    trigger: Span
    mentions: list[Span] = Field(
        default_factory=list, description="Later mentions, e.g. 'the meeting'."
    )
    participants: list[Participant] = Field(default_factory=list)
    participant_count: StatedCount | None = None
    places: list[PlaceRef] = Field(default_factory=list)
    times: list[str] = Field(default_factory=list, description="Ids of time expressions dating it.")
    status: EventStatus = EventStatus.OCCURRED
    refers_to: list[str] = Field(
        default_factory=list, description="Events it is about: a statement confirming a meeting."
    )
    relations: list[EventRelation] = Field(default_factory=list)
