"""Quotations and who said them."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from claimcheck.models._base import Record
from claimcheck.models.spans import Span


class SpeakerBasis(StrEnum):
    """What a quote's credit rests on, so that a checker can tell a proof from a guess
    without reading the words of the credit.

    ``name``: a name beside the quote ("Rutte said", "Russia said", "Lopez, who said").
    ``description``: a description that is no name ("a senior official said", "the
    spokesman said"), whoever it was resolved to. ``pronoun``: a pronoun ("she said"),
    resolved to a person by coreference or not at all. ``carried``: no credit of its own;
    the speaker of the quote before, or the one the sentence before introduced.
    """

    NAME = "name"
    DESCRIPTION = "description"
    PRONOUN = "pronoun"
    CARRIED = "carried"


class Quote(Record):
    """A quotation: the words, the speaker, the verb that credits them."""

    id: str = Field(pattern=r"^q\d+$")
    span: Span = Field(description="The quotation including its marks.")
    content: Span = Field(description="The quoted words, without marks.")
    speaker: str | None = Field(default=None, description="Entity id of the speaker.")
    speaker_span: Span | None = Field(default=None, description="The mention credited ('he').")
    speaker_basis: SpeakerBasis | None = Field(
        default=None, description="What the credit rests on: a name, a description, a "
        "pronoun, or a speaker carried over (None: nobody is credited, or the extractor "
        "does not say; a conflict of credits is then a warning at most).")
    cue: Span | None = Field(default=None, description="said, warned, told, according to ...")
    partial: bool = Field(default=False, description="A fragment inside the writer's sentence.")
    balanced: bool = Field(default=True, description="False when a mark is never closed.")
    setting: Span | None = Field(default=None, description="'Speaking at ... in Budapest'.")
    setting_event: str | None = Field(default=None, description="Event id of the setting.")
    repeat_cue: Span | None = Field(
        default=None, description="Words saying the quote repeats someone else's on purpose: "
        "'echoing Trump', 'quoting Trump:'.")
