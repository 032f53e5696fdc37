"""An article as ingest hands it on: its text and what is known about it."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from enum import StrEnum

from pydantic import Field, PrivateAttr

from claimcheck.models._base import Record
from claimcheck.models.spans import LineIndex, Span


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


class SourceMap(Record):
    """Where the characters of ``Article.text`` sit in the file it was read from.

    Markdown, HTML and JSON are not read as they are written: markup is left
    out, entities and escapes decoded. Claims point into ``Article.text``;
    this map turns a text offset back into the file's line and column (both
    1-based, columns counted in characters), so a report points where an
    editor opens the file.

    ``segments`` are ``(text offset, line, column)`` triples in text order:
    from its text offset up to the next segment's, the text runs along one
    source line, one column per character. ``approximate`` lists text ranges
    ``[start, end)`` whose place in the file was not found (an HTML paragraph
    the page's text nodes do not contain as extracted); offsets there are
    given the position of the last character before them that was found,
    and evidence there says ``approximate``.
    """

    segments: list[tuple[int, int, int]] = Field(
        description="(text offset, line, column): where each run of the text starts in the file."
    )
    approximate: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Text ranges [start, end) whose position in the file is a guess.",
    )

    def locate(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` in the file of the character at text ``offset``."""
        if not self.segments:
            return 1, 1
        i = max(bisect.bisect_right(self.segments, (offset, 1 << 62, 0)) - 1, 0)
        start, line, column = self.segments[i]
        if self._guessed(offset):
            return line, column
        return line, column + max(offset - start, 0)

    def locate_end(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` one past the character before ``offset`` (a span's end)."""
        if offset <= 0:
            return self.locate(0)
        line, column = self.locate(offset - 1)
        return (line, column) if self._guessed(offset - 1) else (line, column + 1)

    def is_exact(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies wholly in text whose place in the file was found."""
        return not any(lo < max(end, start + 1) and start < hi for lo, hi in self.approximate)

    def _guessed(self, offset: int) -> bool:
        i = bisect.bisect_right(self.approximate, (offset, 1 << 62)) - 1
        return i >= 0 and self.approximate[i][0] <= offset < self.approximate[i][1]


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
    source_map: SourceMap | None = Field(
        default=None,
        description="Where the text sits in the file, when the file is not the text itself "
        "(Markdown, HTML, JSON); None: offsets into the text are offsets into the file.",
    )

    _source: tuple[str, int] | None = PrivateAttr(default=None)

    def with_source(self, source_text: str, first_line: int = 1) -> Article:
        """This article, remembering the file text its ``source_map`` points into.

        Kept out of the record (and its JSON): only reports that show the
        source line under a finding read it, through ``displayed_source``.
        """
        self._source = (source_text, first_line)
        return self

    def displayed_source(self) -> tuple[str, int] | None:
        """``(text, number of its first line)`` that evidence lines and columns point into.

        The article text itself when it is the file; the remembered file text
        when there is a source map; None when that is not at hand (a ClaimSet
        read back from JSON).
        """
        if self.source_map is None:
            return self.text, 1
        return self._source

    def locator(self) -> SourceMap | LineIndex:
        """What turns offsets into this text into lines and columns of its file."""
        if self.source_map is not None:
            return self.source_map
        return _line_index(self.text)


@functools.lru_cache(maxsize=8)
def _line_index(text: str) -> LineIndex:
    return LineIndex(text)
