"""A ClaimSet: everything one article claims."""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from claimcheck.models._base import Record
from claimcheck.models.article import Article
from claimcheck.models.entities import Entity
from claimcheck.models.events import Event
from claimcheck.models.integrity import problems, summary
from claimcheck.models.quotes import Quote
from claimcheck.models.spans import Span
from claimcheck.models.time import TimeExpression

SCHEMA_VERSION = "1"


class CountClaim(Record):
    """A stated count with the items it counts: "the three countries A, B, C and D"."""

    id: str = Field(pattern=r"^c\d+$")
    span: Span = Field(description="From the number to the last item.")
    value: int = Field(ge=0)
    value_span: Span
    noun: str = Field(description="What is counted, as written: 'countries'.")
    items: list[Span] = Field(default_factory=list)


class ClaimSet(Record):
    """All claims of one article; every span points into ``article.text``.

    It validates itself (``claimcheck.models.integrity``): a span whose text is
    not the article's, an offset past its end, an id named but not defined or
    defined twice is a validation error naming the field path.
    """

    schema_version: str = SCHEMA_VERSION
    article: Article
    times: list[TimeExpression] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    counts: list[CountClaim] = Field(default_factory=list)

    @model_validator(mode="after")
    def _holds_together(self) -> Self:
        found = problems(self)
        if found:
            context = {"problems": summary(found), "count": len(found)}
            raise PydanticCustomError("claimset_integrity", "{problems}", context)
        return self

    def time(self, id: str) -> TimeExpression | None:
        return next((t for t in self.times if t.id == id), None)

    def entity(self, id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == id), None)

    def event(self, id: str) -> Event | None:
        return next((e for e in self.events if e.id == id), None)
