"""Quotations and who said them."""

from __future__ import annotations

from pydantic import Field

from claimcheck.models._base import Record
from claimcheck.models.spans import Span


class Quote(Record):
    """A quotation: the words, the speaker, the verb that credits them."""

    id: str = Field(pattern=r"^q\d+$")
    span: Span = Field(description="The quotation including its marks.")
    content: Span = Field(description="The quoted words, without marks.")
    speaker: str | None = Field(default=None, description="Entity id of the speaker.")
    speaker_span: Span | None = Field(default=None, description="The mention credited ('he').")
    cue: Span | None = Field(default=None, description="said, warned, told, according to ...")
    partial: bool = Field(default=False, description="A fragment inside the writer's sentence.")
    balanced: bool = Field(default=True, description="False when a mark is never closed.")
    setting: Span | None = Field(default=None, description="'Speaking at ... in Budapest'.")
    setting_event: str | None = Field(default=None, description="Event id of the setting.")
    repeat_cue: Span | None = Field(
        default=None, description="Words saying the quote repeats someone else's on purpose: "
        "'echoing Trump', 'quoting Trump:'.")
