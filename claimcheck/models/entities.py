"""People, organisations, places and groups, with their names, roles and places."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from claimcheck.models._base import Record
from claimcheck.models.events import LinkBasis
from claimcheck.models.spans import Span


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    GROUP = "group"  # "European leaders", "NATO allies"


class Qualifier(StrEnum):
    FORMER = "former"
    ACTING = "acting"
    INTERIM = "interim"
    DEPUTY = "deputy"
    VICE = "vice"
    ELECT = "elect"
    DESIGNATE = "designate"
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class Role(Record):
    """A title or nationality the text gives an entity, where it gives it.

    "the former Dutch prime minister" is title "prime minister", qualifier
    former, nationality "Dutch".
    """

    title: str | None = Field(default=None, description="Lower-cased title: 'prime minister'.")
    organisation: str | None = Field(default=None, description="'NATO' in 'NATO chief'.")
    organisation_entity: str | None = Field(default=None, description="Its entity id, if any.")
    qualifier: Qualifier | None = None
    exclusive: bool = Field(
        default=False, description="The title names an office one person holds at a time in "
        "one country or organisation (president, prime minister, mayor): two such titles "
        "for one person at once conflict.")
    nationality: str | None = Field(default=None, description="Adjective as written: 'Dutch'.")
    country_code: str | None = Field(
        default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 of the nationality."
    )
    span: Span
    basis: LinkBasis = Field(
        default=LinkBasis.CLAUSE,
        description="How the role reaches the entity: `clause` when it is said of the name "
        "itself (apposition, title before the name, copula); `coreference` when it comes from "
        "a description that refers back ('the Danish foreign minister'). The severity policy "
        "makes a conflict that rests on a coreference a warning at most.",
    )

    @model_validator(mode="after")
    def _says_something(self) -> Self:
        if not (self.title or self.nationality or self.organisation):
            raise ValueError("a role needs a title, an organisation or a nationality")
        return self


class Place(Record):
    """A gazetteer entry for a place entity, with what contains it."""

    name: str
    feature: str = Field(description="city, region, country, continent or other.")
    geonameid: int | None = None
    region: str | None = Field(default=None, description="First-level division: 'Florida'.")
    region_code: str | None = Field(default=None, description="ISO 3166-2 or GeoNames admin1.")
    country: str | None = None
    country_code: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    within: list[str] = Field(
        default_factory=list, description="Containing places, innermost first."
    )


class Entity(Record):
    """One referent, merged across its mentions."""

    id: str = Field(pattern=r"^ent\d+$")
    kind: EntityKind
    name: str = Field(min_length=1, description="Canonical (longest proper) name.")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    place: Place | None = None
