"""Character spans into an article's text, and where they sit as lines and columns."""

from __future__ import annotations

import bisect
from typing import Self

from pydantic import Field, model_validator

from claimcheck.models._base import Record


class Span(Record):
    """A half-open range ``[start, end)`` of character offsets and the text it covers."""

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The text between start and end, exactly.")

    @model_validator(mode="after")
    def _check_range(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"text has {len(self.text)} characters but the span covers "
                f"{self.end - self.start} ({self.start}..{self.end})"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class LineIndex:
    """Turns character offsets into 1-based line and column numbers.

    Build it once per text; each lookup is a binary search.
    """

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def locate(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` of ``offset``, both counted from 1."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def locate_end(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` of a span's end offset (one past its last character)."""
        return self.locate(offset)

    def is_exact(self, start: int, end: int) -> bool:
        """Always: offsets into the text are offsets into the file."""
        return True

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets ``(start, end)`` of a 1-based line, without its newline."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else None
        return start, (end if end is not None else -1)


def index_of(spans: list[Span], offset: int) -> int | None:
    """Index of the span in ``spans`` (sorted, not overlapping: the sentences or the
    paragraphs of a ClaimSet) that holds ``offset``; None between or outside them.
    The one sentence index: the ClaimSet, the range reader and the rules ask it."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo].start <= offset:
        return lo
    return None
