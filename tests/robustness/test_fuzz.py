"""Fuzzing with hypothesis: arbitrary bytes and Unicode through ingest, extraction and checking.

The contract: only ``InputError`` (a ``ClaimcheckError``) may come out of
ingest, and nothing at all out of extraction and checking, whatever the
input. Example counts come from the profile in tests/conftest.py (50), and
extraction texts are short, so this file stays fast; benchmarks/fuzz.py
runs the same properties for hundreds of thousands of inputs.
"""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.ingest import KINDS, decode, parse_as, read_path, read_stdin
from claimcheck.models import Article, ClaimSet, FileReport, Report
from tests.models.strategies import claim_sets

from .fuzz_inputs import article_texts, documents, raw_bytes

KINDS_ONE = [k for k in KINDS if k != "jsonl"]
SUFFIXES = [".txt", ".md", ".html", ".xhtml", ".json", ".jsonl", ".unknown"]


def assert_items(items: list[object]) -> None:
    assert items, "a source always yields something: an article or its error"
    for item in items:
        assert isinstance(item, Article | ClaimSet | InputError)
        if isinstance(item, InputError):
            assert item.cause and "\n" not in item.cause


@given(raw_bytes, st.sampled_from([None, *KINDS]))
def test_any_bytes_on_stdin(data, kind):
    assert_items(list(read_stdin(io.BytesIO(data), kind=kind, max_bytes=1_000_000)))


@given(raw_bytes, st.sampled_from(SUFFIXES))
def test_any_bytes_in_a_file(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"article{suffix}"
    path.write_bytes(data)
    assert_items(list(read_path(path)))


@given(raw_bytes)
def test_decode_gives_text_or_an_input_error(data):
    try:
        text, encoding = decode(data, "f")
    except InputError:
        return
    assert text.strip() and "\r" not in text and encoding


@given(documents, st.sampled_from(KINDS_ONE))
def test_any_text_in_any_format(text, kind):
    try:
        item = parse_as(kind, text, "f")
    except InputError as exc:
        assert exc.path == "f"
        return
    article = item.article if isinstance(item, ClaimSet) else item
    for sup in article.suppressions:
        for span in (sup.directive, sup.covers):
            assert span is None or article.text[span.start:span.end] == span.text


@given(claim_sets)
def test_checking_any_claims_never_raises(claims):
    from claimcheck.batch import validate_article
    from claimcheck.report import FORMATS

    report = validate_article(claims)
    assert isinstance(report, FileReport) and report.error is None, report.error
    whole = Report.of([report])
    for render in FORMATS.values():
        assert render(whole).endswith("\n") or not render(whole)
    json.loads(FORMATS["sarif"](whole))


@pytest.mark.usefixtures("nlp")
@given(article_texts, st.none() | st.dates())
def test_extracting_and_checking_any_text_never_raises(nlp, text, published):
    from claimcheck.checker import check_claims
    from claimcheck.extraction import extract_claims

    article = Article(text=text, source="f", published=published)
    claims = extract_claims(nlp(text), article)
    for record in [*claims.times, *claims.quotes]:
        assert text[record.span.start:record.span.end] == record.span.text
    check_claims(claims)


@pytest.mark.usefixtures("nlp")
@given(article_texts)
def test_the_single_article_path_gives_a_report_for_any_text(text):
    from claimcheck.batch import validate_article

    try:
        report = validate_article(Article(text=text, source="f"))
    except ClaimcheckError:
        pytest.fail("only a whole-run error (no model, bad rule name) may be raised")
    assert report.error is None or "internal error" not in report.error, report.error
