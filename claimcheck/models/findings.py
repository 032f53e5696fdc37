"""What the checker reports: findings with their evidence, per file and in all."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Protocol

from pydantic import Field

from claimcheck._version import __version__
from claimcheck.models._base import Record
from claimcheck.models.article import PublishedSource
from claimcheck.models.spans import Span


class Locator(Protocol):
    """Offsets into an article's text to 1-based lines and columns of its file."""

    def locate(self, offset: int) -> tuple[int, int]: ...

    def locate_end(self, offset: int) -> tuple[int, int]: ...

    def is_exact(self, start: int, end: int) -> bool: ...


class Severity(StrEnum):
    """How sure the text makes us: error (proved), warning (likely), info (worth a look)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        if isinstance(other, Severity):
            return self.rank >= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        if isinstance(other, Severity):
            return self.rank > other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:  # type: ignore[override]
        if isinstance(other, Severity):
            return self.rank <= other.rank
        return NotImplemented

    def __lt__(self, other: object) -> bool:  # type: ignore[override]
        if isinstance(other, Severity):
            return self.rank < other.rank
        return NotImplemented


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Evidence(Record):
    """One span that takes part in a finding, located as lines and columns (1-based)."""

    span: Span
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="Column one past the last character.")
    role: str | None = Field(default=None, description="What the span is: 'weekday', 'date'.")
    approximate: bool = Field(
        default=False,
        description="True when the line and column are a guess: the text was not found in "
        "the file (see Article.source_map).",
    )

    @classmethod
    def at(cls, span: Span, index: Locator, role: str | None = None) -> Evidence:
        """``span`` located by ``index`` (a LineIndex, or an Article's SourceMap)."""
        line, column = index.locate(span.start)
        end_line, end_column = index.locate_end(span.end)
        return cls(
            span=span, line=line, column=column, end_line=end_line, end_column=end_column,
            role=role, approximate=not index.is_exact(span.start, span.end),
        )


class Finding(Record):
    """One inconsistency (or ambiguity) with the spans and arithmetic that prove it."""

    code: str = Field(pattern=r"^[A-Z]{2}\d{2}$")
    name: str = Field(pattern=r"^[a-z]+\.[a-z0-9_]+$", description="family.snake_name")
    severity: Severity
    message: str = Field(min_length=1)
    evidence: list[Evidence] = Field(default_factory=list)
    derivation: list[str] = Field(default_factory=list, description="The proof, step by step.")


class FileReport(Record):
    """The findings for one article, or why it could not be checked."""

    path: str = Field(description="As given, relative to the working directory.")
    id: str | None = Field(default=None, description="Record id inside a JSON Lines file.")
    published: dt.date | None = None
    published_source: PublishedSource = PublishedSource.UNKNOWN
    findings: list[Finding] = Field(default_factory=list)
    error: str | None = Field(default=None, description="Input error; no findings then.")


class Summary(Record):
    files: int = Field(ge=0)
    checked: int = Field(ge=0)
    unreadable: int = Field(ge=0)
    errors: int = Field(ge=0)
    warnings: int = Field(ge=0)
    infos: int = Field(ge=0)

    @classmethod
    def of(cls, files: list[FileReport]) -> Summary:
        findings = [f for r in files for f in r.findings]
        return cls(
            files=len(files),
            checked=sum(r.error is None for r in files),
            unreadable=sum(r.error is not None for r in files),
            errors=sum(f.severity is Severity.ERROR for f in findings),
            warnings=sum(f.severity is Severity.WARNING for f in findings),
            infos=sum(f.severity is Severity.INFO for f in findings),
        )


class Report(Record):
    """Everything one run found; every output format is a function of this."""

    tool: str = "claimcheck"
    version: str
    files: list[FileReport] = Field(default_factory=list)
    summary: Summary

    @classmethod
    def of(cls, files: list[FileReport]) -> Report:
        return cls(version=__version__, files=files, summary=Summary.of(files))
