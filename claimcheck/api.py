"""The library's entry points: extract claims, check them, or both at once.

Heavy stages are imported when first used, so ``import claimcheck`` stays
cheap and a caller who only checks ready-made claims never loads spaCy.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from claimcheck.models import (
    Article,
    ClaimSet,
    PublishedSource,
    Report,
    TimeExpression,
)


def read_article(path: str | os.PathLike[str], *, published: dt.date | None = None
                 ) -> Article | ClaimSet:
    """Read one article file (.txt, .md, .html, .json; a ``.claims.json`` gives a ClaimSet).

    Raises ``InputError`` naming the file and the cause.
    """
    from claimcheck.ingest import load_article

    return load_article(Path(path), published=published)


def as_article(source: Article | str, *, published: dt.date | None = None) -> Article:
    """``source`` as an Article; ``published``, when given, overrides what it says."""
    if isinstance(source, Article):
        article = source
    elif isinstance(source, str):
        article = Article(text=source, source="<string>")
    else:
        raise TypeError(f"expected an Article or a str, got {type(source).__name__}")
    if published is not None:
        article = article.model_copy(
            update={"published": published, "published_source": PublishedSource.ARGUMENT}
        )
    return article


def extract(source: Article | str, *, published: dt.date | None = None) -> ClaimSet:
    """Read an article (or raw text) and return what it claims."""
    from claimcheck.extraction import extract_claims
    from claimcheck.nlp import parse

    article = as_article(source, published=published)
    return extract_claims(parse(article.text), article)


def extract_times(text: str, *, published: dt.date | None = None) -> list[TimeExpression]:
    """Only the time expressions of ``text``, anchored on ``published`` when given."""
    from claimcheck.extraction.time import find_times
    from claimcheck.nlp import parse

    return find_times(parse(text), published=published)


def check(
    claims: ClaimSet,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    path: str | None = None,
) -> Report:
    """Run the rules over ready-made claims. Needs no language model."""
    from claimcheck.checker import check_claims

    return Report.of([check_claims(claims, select=select, ignore=ignore, path=path)])


def validate(
    source: Article | ClaimSet | str | os.PathLike[str],
    *,
    published: dt.date | None = None,
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
    from claimcheck.batch import validate_article

    if isinstance(source, os.PathLike):
        source = read_article(source, published=published)
    elif not isinstance(source, ClaimSet):
        source = as_article(source, published=published)
    report = validate_article(source, select=select, ignore=ignore, time_limit=time_limit)
    return Report.of([report])
