"""The library's entry points: extract claims, check them, or both at once.

Heavy stages are imported when first used, so ``import claimcheck`` stays
cheap and a caller who only checks ready-made claims never loads spaCy.

Arguments are checked before any work: ``published`` is a ``date``, a
``datetime`` (its date is used) or an ISO ``YYYY-MM-DD`` string everywhere;
anything else raises ``ArgumentTypeError`` (a ``TypeError``) or
``ArgumentError`` (a ``ValueError``), both ``ClaimcheckError``, naming the
argument.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from claimcheck.errors import ArgumentError, ArgumentTypeError
from claimcheck.models import (
    Article,
    ClaimSet,
    PublishedSource,
    Report,
    TimeExpression,
)

Published = dt.date | dt.datetime | str | None
"""What ``published=`` accepts."""


def published_date(value: object, argument: str = "published") -> dt.date | None:
    """``value`` as a date: a date, a datetime's date, or an ISO ``YYYY-MM-DD`` string."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else _bad(
                argument, value)
        except ValueError:
            return _bad(argument, value)
    raise ArgumentTypeError(
        argument, f"expected a date, a datetime or a 'YYYY-MM-DD' string, "
        f"got {type(value).__name__}")


def _bad(argument: str, value: str) -> dt.date:
    raise ArgumentError(argument, f"{value!r} is not a date (expected YYYY-MM-DD)")


def _selectors(value: object, argument: str) -> tuple[str, ...]:
    """Rule selectors: one string (comma-separated) or an iterable of strings."""
    if isinstance(value, str):
        return tuple(s.strip() for s in value.split(",") if s.strip())
    if not isinstance(value, Iterable) or not all(isinstance(s, str) for s in value):
        raise ArgumentTypeError(argument, "expected rule codes as strings")
    return tuple(value)


def read_article(path: str | os.PathLike[str], *, published: Published = None
                 ) -> Article | ClaimSet:
    """Read one article file (.txt, .md, .html, .json; a ``.claims.json`` gives a ClaimSet).

    Raises ``InputError`` naming the file and the cause.
    """
    from claimcheck.ingest import load_article

    date = published_date(published)
    if not isinstance(path, str | os.PathLike):
        raise ArgumentTypeError("path", f"expected a path, got {type(path).__name__}")
    return load_article(Path(path), published=date)


def as_article(source: Article | str, *, published: Published = None) -> Article:
    """``source`` as an Article; ``published``, when given, overrides what it says."""
    date = published_date(published)
    if isinstance(source, Article):
        article = source
    elif isinstance(source, str):
        article = Article(text=source, source="<string>")
    else:
        raise ArgumentTypeError(
            "source", f"expected an Article or a str, got {type(source).__name__}")
    if date is not None:
        article = article.model_copy(
            update={"published": date, "published_source": PublishedSource.ARGUMENT}
        )
    return article


def extract(source: Article | str, *, published: Published = None) -> ClaimSet:
    """Read an article (or raw text) and return what it claims."""
    article = as_article(source, published=published)
    from claimcheck.extraction import extract_claims
    from claimcheck.nlp import parse

    return extract_claims(parse(article.text), article)


def extract_times(text: str, *, published: Published = None) -> list[TimeExpression]:
    """Only the time expressions of ``text``, anchored on ``published`` when given."""
    date = published_date(published)
    if not isinstance(text, str):
        raise ArgumentTypeError("text", f"expected a str, got {type(text).__name__}")
    from claimcheck.extraction.time import find_times
    from claimcheck.nlp import parse

    return find_times(parse(text), published=date)


def check(
    claims: ClaimSet,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    path: str | None = None,
) -> Report:
    """Run the rules over ready-made claims. Needs no language model."""
    if not isinstance(claims, ClaimSet):
        raise ArgumentTypeError("claims", f"expected a ClaimSet, got {type(claims).__name__}")
    chosen, left_out = _selectors(select, "select"), _selectors(ignore, "ignore")
    from claimcheck.checker import check_claims

    return Report.of([check_claims(claims, select=chosen, ignore=left_out, path=path)])


def validate(
    source: Article | ClaimSet | str | os.PathLike[str],
    *,
    published: Published = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    time_limit: float | None = None,
) -> Report:
    """Extract and check in one step, with the command's guards.

    ``source`` is article text (a ``str``), an ``Article``, a path to an
    article file (a ``pathlib.Path``), or a ready ``ClaimSet``, which is
    checked without the language model. A text that is not English gets one
    info finding (CC02) and no claims. ``time_limit`` (seconds, POSIX main
    thread only) stops runaway work with an error entry instead of hanging.
    An article that cannot be read raises ``InputError``; one whose checking
    fails comes back as a ``FileReport`` with ``error`` set.
    """
    date = published_date(published)
    chosen, left_out = _selectors(select, "select"), _selectors(ignore, "ignore")
    if time_limit is not None and (
        isinstance(time_limit, bool) or not isinstance(time_limit, int | float)
    ):
        raise ArgumentTypeError("time_limit", f"expected seconds, got {type(time_limit).__name__}")
    if time_limit is not None and time_limit < 0:
        raise ArgumentError("time_limit", f"{time_limit} is negative")
    from claimcheck.batch import validate_article
    from claimcheck.ingest.readers import published_override

    if isinstance(source, os.PathLike):
        source = read_article(source, published=date)
    elif isinstance(source, ClaimSet):
        if date is not None:
            override = published_override(source, date)
            assert isinstance(override, ClaimSet)
            source = override
    else:
        source = as_article(source, published=date)
    report = validate_article(source, select=chosen, ignore=left_out, time_limit=time_limit)
    return Report.of([report])
