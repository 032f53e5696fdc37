"""The claim schema: pydantic models every stage reads and writes."""

from claimcheck.models.article import Article, PublishedSource, Suppression
from claimcheck.models.claims import SCHEMA_VERSION, ClaimSet, CountClaim
from claimcheck.models.entities import Entity, EntityKind, Place, Qualifier, Role
from claimcheck.models.events import (
    Event,
    EventKind,
    EventRelation,
    EventStatus,
    LinkBasis,
    Participant,
    PlaceRef,
    RelationType,
    StatedCount,
    StatusBasis,
    TimeLink,
)
from claimcheck.models.findings import Evidence, FileReport, Finding, Report, Severity, Summary
from claimcheck.models.quotes import Quote
from claimcheck.models.spans import LineIndex, Span
from claimcheck.models.time import (
    Anchor,
    AnchorKind,
    DayRange,
    Direction,
    Granularity,
    Joining,
    StatedDate,
    Tense,
    TimeExpression,
    TimexMod,
    TimexType,
)

__all__ = [
    "SCHEMA_VERSION",
    "Anchor",
    "AnchorKind",
    "Article",
    "ClaimSet",
    "CountClaim",
    "DayRange",
    "Direction",
    "Entity",
    "EntityKind",
    "Event",
    "EventKind",
    "EventRelation",
    "EventStatus",
    "Evidence",
    "FileReport",
    "Finding",
    "Granularity",
    "Joining",
    "LineIndex",
    "LinkBasis",
    "Participant",
    "Place",
    "PlaceRef",
    "PublishedSource",
    "Qualifier",
    "Quote",
    "RelationType",
    "Report",
    "Role",
    "Severity",
    "Span",
    "StatedCount",
    "StatedDate",
    "StatusBasis",
    "Summary",
    "Suppression",
    "Tense",
    "TimeExpression",
    "TimeLink",
    "TimexMod",
    "TimexType",
]
