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


class LinkBasis(StrEnum):
    """How a time or place is attached to an event: the strength of that link.

    The severity policy (docs/rules-design.md) reads it: an ``error`` needs every link of
    its proof at ``clause`` or ``explicit``; a conflict resting on a ``sentence`` or a
    ``coreference`` link is a warning at most.
    """

    CLAUSE = "clause"
    """Governed by the event's own predicate inside one clause ("met in Rome on Monday")."""
    EXPLICIT = "explicit"
    """Stated on the event mention itself: a relative clause, participle, apposition or
    premodifier ("the vote, held on Monday", "Tuesday's vote", "the Oslo talks")."""
    SENTENCE = "sentence"
    """In the same sentence with no syntactic path to the event's predicate."""
    COREFERENCE = "coreference"
    """Through another mention judged to be the same event (another sentence)."""


class StatusBasis(StrEnum):
    """Where an event's status comes from."""

    STATED = "stated"
    """The event's own words: its verb's tense or modality, its own modifiers
    ("upcoming", "planned", "last week's")."""
    INFERRED = "inferred"
    """Context only: another predicate's tense, the publication date, a default."""


class TimeLink(Record):
    """One of an event's ``times`` and how it is attached."""

    time: str = Field(pattern=r"^t\d+$", description="Id of the time expression.")
    basis: LinkBasis = LinkBasis.CLAUSE


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
    basis: LinkBasis = Field(default=LinkBasis.CLAUSE, description="How the place is attached.")


class StatedCount(Record):
    """A number the text states: "the two leaders" -> 2."""

    value: int = Field(ge=0)
    span: Span


class Event(Record):
    """One event, merged across the mentions that corefer with it."""

    id: str = Field(pattern=r"^ev\d+$")
    kind: EventKind
    trigger: Span
    lemma: str | None = Field(
        default=None, description="Dictionary form of the trigger word ('collapse', 'arrest').")
    mentions: list[Span] = Field(
        default_factory=list, description="Later mentions, e.g. 'the meeting'."
    )
    predicates: list[Span] = Field(
        default_factory=list,
        description="Verbs that carry a noun's event, its time, place and participants: the "
                    "light verb of 'held talks', the stage verb of 'the talks resumed on "
                    "Tuesday', the verb of 'the talks produced a draft'.",
    )
    participants: list[Participant] = Field(default_factory=list)
    participant_count: StatedCount | None = None
    places: list[PlaceRef] = Field(default_factory=list)
    times: list[str] = Field(default_factory=list, description="Ids of time expressions dating it.")
    time_links: list[TimeLink] = Field(
        default_factory=list,
        description="How each of `times` is attached; a time with no entry counts as `clause`.",
    )
    status: EventStatus = EventStatus.OCCURRED
    status_basis: StatusBasis = StatusBasis.STATED
    refers_to: list[str] = Field(
        default_factory=list, description="Events it is about: a statement confirming a meeting."
    )
    relations: list[EventRelation] = Field(default_factory=list)
    one_day: bool = Field(
        default=False,
        description="A mention states that the whole happening took place on one day "
                    "('held on February 25', 'took place on Sunday'), so an event of a kind "
                    "that may last days is dated like a one-day one.",
    )
    several: bool = Field(
        default=False,
        description="Its words tell of more than one happening of the kind (a plural, "
                    "'again', places named together): each date and place may belong to "
                    "another one, so none conflicts with another.",
    )
