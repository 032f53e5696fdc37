"""HTML publication dates from structured data anywhere in the page; the charset it declares."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ingest import read_html, read_path
from claimcheck.models import PublishedSource

BODY = ("<p>The council met on Tuesday and approved the new budget for the harbour, "
        "officials said.</p>")


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><title>Budget</title>{head}</head><body>{before}"
            f"<article><h1>Budget approved</h1>{BODY}{after}</article>"
            "<footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>")


LD = '<script type="application/ld+json">{}</script>'
CASES = [
    ("json-ld in the body", page(before=LD.format(
        '{"@type": "NewsArticle", "datePublished": "2024-05-06T08:00:00+02:00"}')), "2024-05-06"),
    ("json-ld @graph", page(head=LD.format(
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"}, '
        '{"@type": ["NewsArticle"], "datePublished": "2024-05-07"}]}')), "2024-05-07"),
    ("json-ld article before other types", page(head=LD.format(
        '[{"@type": "WebPage", "datePublished": "2020-01-01"}, '
        '{"@type": "BlogPosting", "datePublished": "2024-05-08"}]')), "2024-05-08"),
    ("microdata in the body", page(after='<span itemprop="datePublished" '
                                   'content="2024-05-09">9 May</span>'), "2024-05-09"),
    ("microdata time", page(before='<div itemscope itemtype="https://schema.org/NewsArticle">'
                            '<time itemprop="datePublished" datetime="2024-05-10">May 10</time>'
                            '</div>'), "2024-05-10"),
    ("opengraph", page(head='<meta property="article:published_time" '
                       'content="2024-05-11T10:00:00Z">'), "2024-05-11"),
    ("time in the article byline", page(after='<footer><time datetime="2024-05-12">'
                                        '12 May</time></footer>'), "2024-05-12"),
    ("time pubdate", page(before='<time pubdate datetime="2024-05-13">x</time>'), "2024-05-13"),
    ("a time in the prose is a claim",
     page(after='<p>The vote is on <time datetime="2024-06-01">June 1</time>.</p>'), None),
    ("a copyright year is not a date", page(), None),
    ("broken json-ld is skipped", page(head=LD.format('{"datePublished": "2024-05-14",}')
                                       + '<meta property="article:published_time" '
                                       'content="2024-05-15">'), "2024-05-15"),
]


@pytest.mark.parametrize(("html", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_publication_date_from_structured_data(html, expected):
    article = read_html(html, "a.html")
    if expected is None:
        assert article.published is None or article.published_source is not (
            PublishedSource.HTML_META)
    else:
        assert article.published == dt.date.fromisoformat(expected)
        assert article.published_source is PublishedSource.HTML_META


@pytest.mark.parametrize(("declaration", "encoding"), [
    ('<meta charset="iso-8859-15">', "iso8859-15"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">', "iso8859-15"),
    ('<meta charset="windows-1252">', "cp1252"),
    ("", "cp1252"),  # not UTF-8, nothing declared: Windows-1252 as before
])
def test_the_declared_charset_is_honoured(tmp_path, declaration, encoding):
    html = (f"<html><head>{declaration}</head><body><article><p>The caf\xe9 owners said "
            "the price had risen by \xa4 5 since Tuesday, when the council met.</p>"
            "</article></body></html>")
    path = tmp_path / "a.html"
    path.write_bytes(html.encode("latin-1"))  # the same bytes, read per the declaration
    (article,) = read_path(path)
    assert article.encoding == encoding
    assert "café" in article.text
    assert ("€ 5" if "15" in declaration else "¤ 5") in article.text


def test_a_wrong_declaration_falls_back_to_what_the_bytes_are(tmp_path):
    html = ('<html><head><meta charset="utf-8"></head><body><article><p>The caf\xe9 '
            "owners said trade had been slow since the council met on Tuesday.</p>"
            "</article></body></html>").encode("cp1252")
    path = tmp_path / "a.html"
    path.write_bytes(html)
    (article,) = read_path(path)
    assert article.encoding == "cp1252" and "café" in article.text


def test_standard_input_honours_the_declared_charset_too():
    import io

    from claimcheck.ingest import read_stdin

    html = ('<!DOCTYPE html><html><head><meta charset="iso-8859-15"></head><body><article>'
            "<p>The caf\xe9 owners said the price had risen by \xa4 5 since the council met "
            "on Tuesday.</p></article></body></html>").encode("latin-1")
    (article,) = read_stdin(io.BytesIO(html))
    assert article.encoding == "iso8859-15" and "€ 5" in article.text
