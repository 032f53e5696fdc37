"""An article as ingest hands it on: its text and what is known about it."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from claimcheck.models._base import Record
from claimcheck.models.spans import Span


class PublishedSource(StrEnum):
    """Where the publication date came from, most trusted first.

    ``argument``: given by the caller (``--published``); ``front_matter``,
    ``record``, ``html_meta``: the file's own metadata; ``dateline``: a wire
    dateline or a date line at the top of the text; ``body``: a date written
    in apposition to "today" in the opening sentences ("said today (Sunday,
    6 May 2018) that"), the weakest real source; ``unknown``: none of these.
    """

    ARGUMENT = "argument"
    FRONT_MATTER = "front_matter"
    RECORD = "record"
    HTML_META = "html_meta"
    DATELINE = "dateline"
    BODY = "body"
    UNKNOWN = "unknown"


class Suppression(Record):
    """An inline ``<!-- claimcheck: ignore CODE -->`` or a front-matter ignore list."""

    codes: list[str] = Field(description="Rule codes, families or names to ignore.")
    scope: str = Field(pattern="^(paragraph|file)$", description="'paragraph' or 'file'.")
    directive: Span | None = Field(default=None, description="The comment itself, if inline.")
    covers: Span | None = Field(
        default=None, description="The text it applies to; None for the whole file."
    )


class Article(Record):
    """One article: text plus metadata. Offsets in every claim point into ``text``."""

    text: str
    title: str | None = None
    source: str | None = Field(default=None, description="Path, URL or '<stdin>'.")
    id: str | None = Field(default=None, description="Record id (JSON Lines) or None.")
    published: dt.date | None = None
    published_source: PublishedSource = PublishedSource.UNKNOWN
    encoding: str | None = Field(default=None, description="Encoding the bytes were read as.")
    suppressions: list[Suppression] = Field(default_factory=list)
