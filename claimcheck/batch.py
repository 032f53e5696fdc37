"""The batch path: many articles through one language model, streamed in input order.

Articles are parsed in chunks with ``nlp.pipe`` (``parse_many``), so a
folder of a thousand articles costs one model load and batched inference;
results stream out as each chunk finishes, so memory stays flat however many
articles come in. With ``jobs > 1`` chunks go to watched worker processes
(``claimcheck.workers``), each loading the model once; at most ``2 * jobs``
chunks are in flight, and a worker that overruns an article's deadline or
dies costs only the article it held. A long article is parsed in blocks
(``claimcheck.nlp``), alone, inside its own budget.

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

import functools
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from types import ModuleType
from typing import Any

from claimcheck.budget import (
    DEFAULT_SECONDS,
    TimeLimitExceeded,
    charged,
    check,
    first_use,
    time_limit,
)
from claimcheck.checker import check_claims, check_unextracted
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.imports import import_failure
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
    return list(iter_chunk(chunk, options))


def _parsed(
    chunk: list[BatchItem], batch_size: int, limit: float | None
) -> tuple[dict[int, bool], dict[int, object], dict[int, float]]:
    """Which articles of ``chunk`` are English, and the short ones parsed together (with
    each one's share of the parse time); long ones are parsed later, inside their budget."""
    english = {id(item): guess_language(item.text).is_english
               for item in chunk if isinstance(item, Article)}
    short = [item for item in chunk
             if english.get(id(item)) and isinstance(item, Article) and not _is_long(item)]
    docs, spent = _parse_all(short, batch_size, limit)
    return english, docs, spent


def iter_chunk(chunk: list[BatchItem], options: _Options) -> Iterator[FileReport]:
    """``check_chunk``'s reports one at a time, each as soon as its article is done.

    Each article's budget covers all of its work: its share of the chunk's
    parse, then its extraction and checking. A long article (more than one
    parse block) is parsed on its own, inside its own budget.
    """
    select, ignore, severity, batch_size, debug, limit = options
    english, docs, spent = _parsed(chunk, batch_size, limit)
    for item in chunk:
        if isinstance(item, InputError):
            yield FileReport(path=item.path, error=item.cause)
            continue
        article = item.article if isinstance(item, ClaimSet) else item
        if isinstance(item, Article) and not english[id(item)]:
            report = check_unextracted(item, select=select, ignore=ignore, severity=severity)
            yield _located(report, item)
            continue
        try:
            with time_limit(_left(limit, spent.get(id(item), 0.0))):
                if isinstance(item, ClaimSet):
                    claims = item
                else:
                    doc = docs.get(id(item))
                    if doc is None:
                        doc = _parse([item], 1)[0]
                    elif isinstance(doc, TimeLimitExceeded):
                        raise doc
                    check()
                    claims = _extract(doc, item)
                check()
                report = check_claims(claims, select=select, ignore=ignore, severity=severity,
                                      path=article.source)
        except InputError as exc:
            yield _failed(article, exc.cause)
            continue
        except TimeLimitExceeded:
            yield _failed(article, stopped_message(limit))
            continue
        except ClaimcheckError:
            raise  # no model, a bad --select: the whole run is wrong, not one article
        except ImportError as exc:
            if debug:
                raise
            yield _failed(article, import_failure(exc))
            continue
        except Exception as exc:
            if debug:
                raise
            yield _failed(article, _internal(exc))
            continue
        yield _located(report, article)


def _is_long(article: Article) -> bool:
    from claimcheck.nlp import BLOCK_CHARS

    return len(article.text) > BLOCK_CHARS


def _left(limit: float | None, spent: float) -> float | None:
    """What is left of an article's budget after ``spent`` seconds (never 0: that means none)."""
    if not limit:
        return None
    return max(limit - spent, 0.001)


def _parse_all(
    articles: list[Article], batch_size: int, limit: float | None
) -> tuple[dict[int, object], dict[int, float]]:
    """Docs by article id (an article that ran out of time maps to its TimeLimitExceeded),
    and the seconds of parsing charged to each.

    The chunk is parsed together with the budgets of all its articles, each
    charged an equal share of the time; when that runs out, each article is
    parsed alone with its own budget, so one pathological text does not cost
    its neighbours their results.
    """
    if not articles:
        return {}, {}
    try:
        with time_limit(limit * len(articles) if limit else None):
            docs = _parse(articles, batch_size)
            share = charged() / len(articles)  # the model's first load is not charged
        return ({id(a): doc for a, doc in zip(articles, docs, strict=True)},
                {id(a): share for a in articles})
    except TimeLimitExceeded:
        if len(articles) == 1:
            return {id(articles[0]): TimeLimitExceeded(limit or 0.0)}, {}
    out: dict[int, object] = {}
    spent: dict[int, float] = {}
    for article in articles:
        try:
            with time_limit(limit):
                out[id(article)] = _parse([article], 1)[0]
                spent[id(article)] = charged()
        except TimeLimitExceeded as exc:
            out[id(article)] = exc
    return out, spent


def _parse(articles: list[Article], batch_size: int) -> list[object]:
    from claimcheck.nlp import parse_many

    return list(parse_many((a.text for a in articles), batch_size=batch_size))


def _extract(doc: Any, article: Article) -> ClaimSet:
    extract_claims: Any = _extraction().extract_claims
    return extract_claims(doc, article)


@first_use
def _extraction() -> ModuleType:
    """Extraction, imported when the first article needs it (spaCy, 0.1 s of our modules),
    the import never charged to that article's budget."""
    import claimcheck.extraction

    return claimcheck.extraction


def _internal(exc: Exception) -> str:
    """One line however long the exception's message (pydantic's run to several)."""
    message = " ".join(str(exc).split())
    if len(message) > 200:
        message = message[:199] + "…"
    return f"internal error: {type(exc).__name__}: {message} (run with --debug for the traceback)"


def stopped_message(limit: float | None) -> str:
    """The error line of an article stopped by its time budget."""
    return (f"stopped after the time limit of {limit or 0:g} s per article "
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
    """Chunks to ``jobs`` watched worker processes (``claimcheck.workers``), results in order.

    Read errors never travel (an InputError does not survive pickling); the
    parent fills them in when the chunk's results come back. A worker that
    overruns an article's deadline is killed, one that dies is replaced; the
    article it held gets one error line and every other result is kept.
    """
    from claimcheck.workers import WORKER_DIED, run

    limit = options[5]
    held: deque[list[BatchItem]] = deque()

    def work_of(stream: Iterator[list[BatchItem]]) -> Iterator[list[BatchItem]]:
        for chunk in stream:
            held.append(chunk)
            yield [item for item in chunk if not isinstance(item, InputError)]

    def report_of(item: BatchItem, cause: str) -> FileReport:
        article = item.article if isinstance(item, ClaimSet) else item
        assert isinstance(article, Article)
        return _failed(article, cause)

    for reports in run(
        work_of(chunks), jobs, _WORK, options, limit, init=_init_worker,
        on_overrun=lambda item: report_of(item, stopped_message(limit)),
        on_death=lambda item: report_of(item, WORKER_DIED),
    ):
        done = iter(reports)
        for item in held.popleft():
            if isinstance(item, InputError):
                yield item, FileReport(path=item.path, error=item.cause)
            else:
                yield item, next(done)


_WORK = iter_chunk
"""What each worker runs on a chunk (a module attribute, so a test can put a failing one in)."""


WARM_UP = (
    "The council met on Tuesday, March 3, in Lyon, the mayor said. “We agreed,” she said.\n"
)
"""Checked once by each worker process before its first task."""


@functools.cache
def warm_up() -> None:
    """Load the model and everything extraction and the rules import lazily, once per worker.

    In this process first-use costs (the model, dateparser, the gazetteer, the
    rule registry: seconds on a busy machine) are never charged to an article's
    budget (``budget.first_use``). A worker of ``--jobs N`` pays them at its
    start instead, before the parent's deadline for its first article runs.
    """
    from claimcheck.checker import check_claims
    from claimcheck.extraction import extract_claims
    from claimcheck.nlp import parse

    article = Article(text=WARM_UP)
    try:
        check_claims(extract_claims(parse(WARM_UP), article))
    except ClaimcheckError:
        raise
    except Exception:  # noqa: BLE001  (a bug shows again, as an error line, on a real article)
        pass


def _init_worker() -> None:
    """A worker's start: the model and every lazy import, before its first task.

    A missing model is left for the first task to raise, where the batch
    reports it.
    """
    warm_up()


def extract_items(
    items: Iterable[BatchItem],
    *,
    batch_size: int = 32,
    debug: bool = False,
    time_limit: float | None = DEFAULT_SECONDS,
) -> Iterator[tuple[BatchItem, ClaimSet | str]]:
    """``(input, claims or the one-line cause there are none)`` in input order: ``claimcheck
    extract``'s half of the batch path, with ``iter_chunk``'s guards (chunked parsing, each
    article's budget, a failed import or an exception as that article's error). A ClaimSet
    comes back as it is; a text that is not English with no claims (the extractors read
    English only)."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    for chunk in _chunks(iter(items), batch_size):
        english, docs, spent = _parsed(chunk, batch_size, time_limit)
        for item in chunk:
            if isinstance(item, InputError):
                yield item, item.cause
            elif isinstance(item, ClaimSet):
                yield item, item
            elif not english[id(item)]:
                yield item, ClaimSet(article=item)
            else:
                left = _left(time_limit, spent.get(id(item), 0.0))
                yield item, _extract_one(item, docs.get(id(item)), left, time_limit, debug)


def _extract_one(
    article: Article, doc: object, left: float | None, limit: float | None, debug: bool
) -> ClaimSet | str:
    """The claims of one article within what is ``left`` of its budget ``limit``."""
    try:
        with time_limit(left):
            if doc is None:
                doc = _parse([article], 1)[0]
            elif isinstance(doc, TimeLimitExceeded):
                raise doc
            check()
            return _extract(doc, article)
    except TimeLimitExceeded:
        return stopped_message(limit)
    except ClaimcheckError:
        raise
    except ImportError as exc:
        if debug:
            raise
        return import_failure(exc)
    except Exception as exc:
        if debug:
            raise
        return _internal(exc)
