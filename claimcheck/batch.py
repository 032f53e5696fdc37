"""The batch path: many articles through one language model, streamed in input order.

Articles are parsed in chunks with ``nlp.pipe`` (``parse_many``), so a
folder of a thousand articles costs one model load and batched inference;
results stream out as each chunk finishes, so memory stays flat however many
articles come in. With ``jobs > 1`` chunks go to worker processes, each
loading the model once; at most ``2 * jobs`` chunks are in flight.

An input that cannot be read (an ``InputError`` in the stream) becomes a
``FileReport`` with ``error`` set, and the batch goes on. A ``ClaimSet`` in
the stream is checked as it is, without the model.

Guards before and around the model, the same for one article
(``validate_article``) as for a batch: a text that is not English gets one
info finding (CC02) and no extraction; each article has a time budget
(``claimcheck.budget``), past which it is reported as stopped; an
unexpected exception in extraction or a rule becomes that article's error.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from claimcheck.budget import DEFAULT_SECONDS, TimeLimitExceeded, time_limit
from claimcheck.checker import check_claims, check_unextracted
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.ingest.language import guess_language
from claimcheck.models import Article, ClaimSet, FileReport, Severity

BatchItem = Article | ClaimSet | InputError
"""What a batch takes: an article to extract and check, claims to check, or a read error."""

_Options = tuple[
    tuple[str, ...], tuple[str, ...], dict[str, Severity] | None, int, bool, float | None
]
"""select, ignore, severity, batch size, debug, time limit: picklable, for worker processes."""


def validate_article(
    article: Article | ClaimSet,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
    time_limit: float | None = DEFAULT_SECONDS,
    debug: bool = False,
) -> FileReport:
    """One article through every guard of the batch path: never raises for a bad article.

    Raises only ``ClaimcheckError`` for what is wrong with the whole run (no
    model installed, an unknown rule name).
    """
    options: _Options = (
        tuple(select), tuple(ignore), dict(severity) if severity else None, 1, debug, time_limit
    )
    return check_chunk([article], options)[0]


def validate_articles(
    articles: Iterable[BatchItem],
    *,
    jobs: int = 1,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
    batch_size: int = 32,
    debug: bool = False,
    time_limit: float | None = DEFAULT_SECONDS,
) -> Iterator[FileReport]:
    """One FileReport per input, in input order."""
    for _, report in validate_items(
        articles, jobs=jobs, select=select, ignore=ignore, severity=severity,
        batch_size=batch_size, debug=debug, time_limit=time_limit,
    ):
        yield report


def validate_items(
    items: Iterable[BatchItem],
    *,
    jobs: int = 1,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
    batch_size: int = 32,
    debug: bool = False,
    time_limit: float | None = DEFAULT_SECONDS,
) -> Iterator[tuple[BatchItem, FileReport]]:
    """``(input, report)`` pairs in input order, for callers that show the article text.

    ``debug`` lets an unexpected exception in extraction or a rule propagate
    with its traceback; otherwise it becomes that one article's error.
    ``time_limit`` is each article's budget in seconds (None: unbounded).
    """
    if batch_size < 1 or jobs < 1:
        raise ValueError("batch_size and jobs must be at least 1")
    options: _Options = (
        tuple(select), tuple(ignore), dict(severity) if severity else None, batch_size, debug,
        time_limit,
    )
    chunks = _chunks(iter(items), batch_size)
    if jobs == 1:
        for chunk in chunks:
            yield from zip(chunk, check_chunk(chunk, options), strict=True)
    else:
        yield from _parallel(chunks, jobs, options)


def check_chunk(chunk: list[BatchItem], options: _Options) -> list[FileReport]:
    """Reports for one chunk: articles parsed together, claims checked as they are."""
    select, ignore, severity, batch_size, debug, limit = options
    english = {id(item): guess_language(item.text).is_english
               for item in chunk if isinstance(item, Article)}
    docs = _parse_all([item for item in chunk if isinstance(item, Article) and english[id(item)]],
                      batch_size, limit)
    reports = []
    for item in chunk:
        if isinstance(item, InputError):
            reports.append(FileReport(path=item.path, error=item.cause))
            continue
        article = item.article if isinstance(item, ClaimSet) else item
        if isinstance(item, Article) and not english[id(item)]:
            report = check_unextracted(item, select=select, ignore=ignore, severity=severity)
            reports.append(_located(report, item))
            continue
        try:
            with time_limit(limit):
                if isinstance(item, ClaimSet):
                    claims = item
                else:
                    doc = docs[id(item)]
                    if isinstance(doc, TimeLimitExceeded):
                        raise doc
                    claims = _extract(doc, item)
                report = check_claims(claims, select=select, ignore=ignore, severity=severity,
                                      path=article.source)
        except InputError as exc:
            reports.append(_failed(article, exc.cause))
            continue
        except TimeLimitExceeded as exc:
            reports.append(_failed(article, _stopped(exc)))
            continue
        except ClaimcheckError:
            raise  # no model, a bad --select: the whole run is wrong, not one article
        except Exception as exc:
            if debug:
                raise
            reports.append(_failed(article, _internal(exc)))
            continue
        reports.append(_located(report, article))
    return reports


def _parse_all(
    articles: list[Article], batch_size: int, limit: float | None
) -> dict[int, object]:
    """Docs by article id; an article that ran out of time maps to its TimeLimitExceeded.

    The chunk is parsed together with the budgets of all its articles; when
    that runs out, each article is parsed alone with its own, so one
    pathological text does not cost its neighbours their results.
    """
    if not articles:
        return {}
    try:
        with time_limit(limit * len(articles) if limit else None):
            docs = _parse(articles, batch_size)
        return {id(a): doc for a, doc in zip(articles, docs, strict=True)}
    except TimeLimitExceeded:
        pass
    out: dict[int, object] = {}
    for article in articles:
        try:
            with time_limit(limit):
                out[id(article)] = _parse([article], 1)[0]
        except TimeLimitExceeded as exc:
            out[id(article)] = exc
    return out


def _parse(articles: list[Article], batch_size: int) -> list[object]:
    from claimcheck.nlp import parse_many

    return list(parse_many((a.text for a in articles), batch_size=batch_size))


def _extract(doc: Any, article: Article) -> ClaimSet:
    from claimcheck.extraction import extract_claims

    return extract_claims(doc, article)


def _internal(exc: Exception) -> str:
    """One line however long the exception's message (pydantic's run to several)."""
    message = " ".join(str(exc).split())
    if len(message) > 200:
        message = message[:199] + "…"
    return f"internal error: {type(exc).__name__}: {message} (run with --debug for the traceback)"


def _stopped(exc: TimeLimitExceeded) -> str:
    return (f"stopped after the time limit of {exc.seconds:g} s per article "
            "(raise it with --time-limit)")


def _located(report: FileReport, article: Article) -> FileReport:
    """The report named and dated as its article is, whatever the checker filled in."""
    return report.model_copy(update={
        "path": article.source or report.path,
        "id": article.id,
        "published": article.published,
        "published_source": article.published_source,
    })


def _failed(article: Article, cause: str) -> FileReport:
    return FileReport(
        path=article.source or "<input>", id=article.id, published=article.published,
        published_source=article.published_source, error=cause,
    )


def _chunks(items: Iterator[BatchItem], size: int) -> Iterator[list[BatchItem]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _parallel(
    chunks: Iterator[list[BatchItem]], jobs: int, options: _Options
) -> Iterator[tuple[BatchItem, FileReport]]:
    """Chunks to ``jobs`` worker processes, a bounded window at a time, results in order.

    Read errors never travel (an InputError does not survive pickling); the
    parent fills them in when the chunk's results come back.
    """
    context = multiprocessing.get_context("spawn")
    window: deque[tuple[list[BatchItem], Future[list[FileReport]]]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker) as pool:
        for chunk in chunks:
            work: list[BatchItem] = [item for item in chunk if not isinstance(item, InputError)]
            window.append((chunk, pool.submit(check_chunk, work, options)))
            if len(window) >= 2 * jobs:
                yield from _merge(*window.popleft())
        while window:
            yield from _merge(*window.popleft())


def _merge(
    chunk: list[BatchItem], future: Future[list[FileReport]]
) -> Iterator[tuple[BatchItem, FileReport]]:
    done = iter(future.result())
    for item in chunk:
        if isinstance(item, InputError):
            yield item, FileReport(path=item.path, error=item.cause)
        else:
            yield item, next(done)


def _init_worker() -> None:
    """Load the model once per worker, before its first chunk.

    A missing model is left for the first chunk to raise: an exception in
    an initializer only breaks the pool, without saying why.
    """
    from claimcheck.nlp import load_model

    try:
        load_model()
    except ClaimcheckError:
        pass


def extract_items(
    items: Iterable[BatchItem],
    *,
    batch_size: int = 32,
    debug: bool = False,
    time_limit: float | None = DEFAULT_SECONDS,
) -> Iterator[tuple[BatchItem, ClaimSet | str]]:
    """``(input, claims or the one-line cause it has none)`` in input order: ``claimcheck
    extract``'s half of the batch path, with the same guards (chunked parsing, each
    article's time budget, an exception becoming that article's error). A ClaimSet comes
    back as it is; a text that is not English, with no claims (the extractors read English
    only)."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    for chunk in _chunks(iter(items), batch_size):
        english = {id(item): guess_language(item.text).is_english
                   for item in chunk if isinstance(item, Article)}
        docs = _parse_all(
            [item for item in chunk if isinstance(item, Article) and english[id(item)]],
            batch_size, time_limit)
        for item in chunk:
            if isinstance(item, InputError):
                yield item, item.cause
            elif isinstance(item, ClaimSet):
                yield item, item
            elif not english[id(item)]:
                yield item, ClaimSet(article=item)
            else:
                yield item, _extract_one(item, docs[id(item)], debug, time_limit)


def _extract_one(
    article: Article, doc: object, debug: bool, limit: float | None
) -> ClaimSet | str:
    try:
        if isinstance(doc, TimeLimitExceeded):
            raise doc
        with time_limit(limit):
            return _extract(doc, article)
    except TimeLimitExceeded as exc:
        return _stopped(exc)
    except ClaimcheckError:
        raise
    except Exception as exc:
        if debug:
            raise
        return _internal(exc)
