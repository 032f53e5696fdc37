"""Validate a Spark DataFrame of articles, one language model per executor.

``validate_dataframe(df)`` runs claimcheck over a column of article texts
with ``mapInPandas`` and returns the findings as rows, one row a finding (and
one row for each article that could not be checked), so that an archive of
millions of articles is checked on an engine a newsroom already operates.

The model is loaded once per Python worker (``claimcheck.nlp.load_model`` is
cached per process, and Spark reuses its Python workers between tasks), and
each partition streams through the same batch path as ``claimcheck validate``.

pyspark is an optional extra: ``pip install "claimcheck-news[spark]"``. Executors
run the Python that ``PYSPARK_PYTHON`` names, which must have claimcheck and
the model installed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ClaimcheckError
from claimcheck.imports import require
from claimcheck.models import Article, FileReport, PublishedSource

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame

FINDING_COLUMNS: list[tuple[str, str]] = [
    ("id", "string"),
    ("code", "string"),
    ("name", "string"),
    ("severity", "string"),
    ("message", "string"),
    ("line", "int"),
    ("column", "int"),
    ("end_line", "int"),
    ("end_column", "int"),
    ("start", "int"),
    ("end", "int"),
    ("evidence", "string"),
    ("error", "string"),
]
"""Output rows: the article id, then one finding (first evidence located) or an error."""

FINDINGS_DDL = ", ".join(f"`{name}` {kind}" for name, kind in FINDING_COLUMNS)


def _as_date(value: Any) -> dt.date | None:
    """A publication date from what a DataFrame cell may hold."""
    if value is None:
        return None
    try:
        pd = require("pandas", "spark")
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    return dt.date.fromisoformat(str(value)[:10])


def _articles(
    frame: pd.DataFrame, text_col: str, id_col: str | None, published_col: str | None
) -> Iterator[Article | FileReport]:
    for position, row in enumerate(frame.itertuples(index=False)):
        record = row._asdict()
        ident = str(record[id_col]) if id_col else str(position)
        text = record[text_col]
        if not isinstance(text, str) or not text.strip():
            yield FileReport(path=ident, id=ident, error="no article text")
            continue
        try:
            published = _as_date(record[published_col]) if published_col else None
        except ValueError:
            yield FileReport(
                path=ident, id=ident,
                error=f"publication date is not a date: {record[published_col]!r}",
            )
            continue
        yield Article(
            text=text, id=ident, source=ident, published=published,
            published_source=(
                PublishedSource.RECORD if published else PublishedSource.UNKNOWN
            ),
        )


def _rows(report: FileReport, ident: str) -> Iterator[dict[str, Any]]:
    if report.error is not None:
        yield {"id": ident, "error": report.error}
        return
    for finding in report.findings:
        row: dict[str, Any] = {
            "id": ident, "code": finding.code, "name": finding.name,
            "severity": str(finding.severity), "message": finding.message,
        }
        if finding.evidence:
            ev = finding.evidence[0]
            row.update(
                line=ev.line, column=ev.column, end_line=ev.end_line,
                end_column=ev.end_column, start=ev.span.start, end=ev.span.end,
                evidence=ev.span.text,
            )
        yield row


def validate_frames(
    frames: Iterable[pd.DataFrame],
    *,
    text_col: str = "text",
    id_col: str | None = None,
    published_col: str | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> Iterator[pd.DataFrame]:
    """The ``mapInPandas`` function: pandas batches of articles in, finding rows out.

    Usable without Spark too, on any iterable of pandas DataFrames.
    """
    pd = require("pandas", "spark")
    from claimcheck.batch import validate_articles

    select, ignore = tuple(select), tuple(ignore)
    columns = [name for name, _ in FINDING_COLUMNS]
    for frame in frames:
        rows: list[dict[str, Any]] = []
        inputs = list(_articles(frame, text_col, id_col, published_col))
        articles = [a for a in inputs if isinstance(a, Article)]
        reports = validate_articles(articles, select=select, ignore=ignore)
        failure: str | None = None  # e.g. no model on this executor: said on every row
        for item in inputs:
            ident = item.id or ""
            if isinstance(item, Article):
                report = None
                if failure is None:
                    try:
                        report = next(reports)
                    except ClaimcheckError as exc:
                        failure = str(exc)
                item = report or FileReport(path=ident, id=ident, error=failure)
            rows.extend(_rows(item, ident))
        # object columns: Arrow converts None to null against the declared schema,
        # where pandas' nullable extension dtypes reach it as chunked arrays it refuses
        yield pd.DataFrame(rows, columns=columns, dtype=object)


def validate_dataframe(
    df: DataFrame,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    published_col: str | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> DataFrame:
    """Findings for every article of ``df`` as a DataFrame (columns: ``FINDING_COLUMNS``).

    ``text_col`` holds the article text, ``published_col`` (optional) a date,
    a timestamp or an ISO date string, ``id_col`` (optional) an identifier
    copied to each row; without it rows carry the article's position within
    its partition, so pass an id column whenever rows must be traced back.
    """
    require("pyspark", "spark")
    for col in (text_col, id_col, published_col):
        if col is not None and col not in df.columns:
            raise ClaimcheckError(f"DataFrame has no column {col!r} (columns: {df.columns})")
    wanted = [c for c in (text_col, id_col, published_col) if c is not None]
    select, ignore = tuple(select), tuple(ignore)

    def run(frames: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return validate_frames(
            frames, text_col=text_col, id_col=id_col, published_col=published_col,
            select=select, ignore=ignore,
        )

    return df.select(*wanted).mapInPandas(run, schema=FINDINGS_DDL)
