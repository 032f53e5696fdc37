"""The batch path: input order, streaming, read errors as reports, worker processes."""

from __future__ import annotations

import itertools

import pytest

from claimcheck.batch import validate_articles, validate_items
from claimcheck.errors import InputError
from claimcheck.models import Article, ClaimSet

from .conftest import DATA


def claims(name: str, source: str) -> ClaimSet:
    loaded = ClaimSet.model_validate_json((DATA / f"{name}.claims.json").read_text())
    return loaded.model_copy(update={"article": loaded.article.model_copy(
        update={"source": source})})


def mixed(n: int):
    """weekday, clean, unreadable, weekday, clean, unreadable, ..."""
    for i in range(n):
        kind = i % 3
        if kind == 0:
            yield claims("weekday", f"w{i}")
        elif kind == 1:
            yield claims("clean", f"c{i}")
        else:
            yield InputError(f"e{i}", "file is empty")


def summary(reports):
    return [(r.path, [f.code for f in r.findings], r.error) for r in reports]


def test_order_findings_and_errors():
    reports = list(validate_articles(mixed(7), batch_size=2))
    assert summary(reports) == [
        ("w0", ["DT01"], None), ("c1", [], None), ("e2", [], "file is empty"),
        ("w3", ["DT01"], None), ("c4", [], None), ("e5", [], "file is empty"),
        ("w6", ["DT01"], None),
    ]


def test_streams_instead_of_collecting():
    consumed = itertools.count()

    def counted():
        for item in mixed(1000):
            next(consumed)
            yield item

    stream = validate_articles(counted(), batch_size=4)
    next(stream)
    assert next(consumed) <= 5  # one chunk read, not the thousand


def test_pairs_carry_the_input():
    items = list(mixed(3))
    pairs = list(validate_items(items))
    assert [item for item, _ in pairs] == items


def test_an_unexpected_failure_is_that_article_s_error(monkeypatch):
    monkeypatch.setattr("claimcheck.batch._parse", lambda articles, size: [None] * len(articles))

    def boom(doc, article):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("claimcheck.batch._extract", boom)
    items = [Article(text="A text.", source="a.txt"), claims("weekday", "w")]
    reports = list(validate_articles(items))
    assert reports[0].path == "a.txt"
    assert reports[0].error.startswith("internal error: RuntimeError: extractor bug")
    assert [f.code for f in reports[1].findings] == ["DT01"]
    with pytest.raises(RuntimeError):
        list(validate_articles(items, debug=True))


def test_rejects_nonsense_sizes():
    with pytest.raises(ValueError):
        list(validate_articles([], jobs=0))


def test_worker_processes_give_the_same_reports_in_order():
    serial = list(validate_articles(mixed(11), batch_size=2))
    parallel = list(validate_articles(mixed(11), batch_size=2, jobs=2))
    assert parallel == serial
