"""Each input format to Articles: metadata, publication date precedence, errors as values."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import read_path, read_stdin, sniff_kind
from claimcheck.models import Article, ClaimSet, PublishedSource

BODY = "The two ministers met in Lisbon on Monday.\n\nThey spoke for an hour.\n"


def one(items):
    (item,) = list(items)
    return item


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_markdown_front_matter_is_read_and_left_out_of_the_text(tmp_path):
    md = "---\ntitle: Ministers meet\ndate: 2023-05-02\n---\n" + BODY
    article = one(read_path(write(tmp_path, "a.md", md), source="a.md"))
    assert article.title == "Ministers meet"
    assert article.published == dt.date(2023, 5, 2)
    assert article.published_source is PublishedSource.FRONT_MATTER
    assert article.text == BODY
    # positions are the file's: "Lisbon" is on line 5 of the file
    assert article.locator().locate(article.text.index("Lisbon")) == (5, md.split("\n")[4]
                                                                       .index("Lisbon") + 1)


def test_published_key_wins_over_date_and_argument_wins_over_both(tmp_path):
    md = "---\ndate: 2023-05-02\npublished: 2023-05-03T08:00:00Z\n---\n" + BODY
    path = write(tmp_path, "a.md", md)
    assert one(read_path(path)).published == dt.date(2023, 5, 3)
    article = one(read_path(path, published=dt.date(2020, 1, 1)))
    assert article.published == dt.date(2020, 1, 1)
    assert article.published_source is PublishedSource.ARGUMENT


def test_front_matter_ignore_is_a_file_suppression(tmp_path):
    for key in ("claimcheck: {ignore: [DT01, PL]}", "claimcheck-ignore: DT01, PL"):
        article = one(read_path(write(tmp_path, "a.md", f"---\n{key}\n---\n{BODY}")))
        (sup,) = article.suppressions
        assert sup.scope == "file" and sup.codes == ["DT01", "PL"] and sup.covers is None


@pytest.mark.parametrize(("front", "cause"), [
    ("title: [unclosed\n", "not valid YAML"),
    ("date: next week\n", "'date'"),
    ("- a list\n", "mapping"),
])
def test_bad_front_matter_is_an_input_error(tmp_path, front, cause):
    item = one(read_path(write(tmp_path, "bad.md", f"---\n{front}---\n{BODY}"), source="bad.md"))
    assert isinstance(item, InputError) and cause in str(item) and "bad.md" in str(item)


def test_text_dateline_sets_the_date(tmp_path):
    article = one(read_path(write(tmp_path, "a.txt", "LISBON, May 2, 2023 (AP) - " + BODY)))
    assert article.published == dt.date(2023, 5, 2)
    assert article.published_source is PublishedSource.DATELINE


def test_text_without_metadata_has_unknown_date(tmp_path):
    article = one(read_path(write(tmp_path, "a.txt", BODY)))
    assert article.published is None and article.published_source is PublishedSource.UNKNOWN
    assert article.encoding == "utf-8" and article.text == BODY


def test_json_record(tmp_path):
    record = {"id": 7, "title": "T", "published": "2023-05-02", "text": BODY, "url": "x"}
    article = one(read_path(write(tmp_path, "a.json", json.dumps(record))))
    assert (article.id, article.title, article.published) == ("7", "T", dt.date(2023, 5, 2))
    assert article.published_source is PublishedSource.RECORD


def test_json_claimset_is_passed_through(tmp_path, seed_claims):
    path = write(tmp_path, "x.claims.json", seed_claims.model_dump_json())
    claims = one(read_path(path, source="x.claims.json"))
    assert isinstance(claims, ClaimSet) and claims.article.source == "x.claims.json"
    assert claims.times == seed_claims.times


def test_jsonl_bad_lines_do_not_stop_the_others(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": BODY}),
        "{not json",
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"text": BODY, "published": "2021-01-01"}),
    ]
    items = list(read_path(write(tmp_path, "b.jsonl", "\n".join(lines)), source="b.jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert items[0].id == "a" and items[3].id == "line 5"
    assert "line 2: invalid JSON" in str(items[1]) and "line 4" in str(items[2])


@pytest.mark.parametrize(("content", "cause"), [
    ("{\"text\": ", "invalid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ("{\"text\": \"  \"}", "empty"),
    ("{\"schema_version\": \"1\", \"article\": {}}", "not a valid ClaimSet"),
])
def test_bad_json_files(tmp_path, content, cause):
    item = one(read_path(write(tmp_path, "r.json", content), source="r.json"))
    assert isinstance(item, InputError) and cause in str(item)


def test_missing_file_is_an_error_value(tmp_path):
    item = one(read_path(tmp_path / "gone.txt", source="gone.txt"))
    assert isinstance(item, InputError) and str(item) == "gone.txt: no such file"


HTML = """<html><head><title>Ministers meet</title>
<meta property="article:published_time" content="2023-05-02T10:00:00Z">
<meta name="claimcheck-ignore" content="QT01"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ministers meet</h1>
<p>The two ministers met in Lisbon on Monday to talk about fishing quotas and ports.</p>
<p>They spoke for an hour and agreed to meet again in the autumn, officials said.</p>
</article><footer>Copyright 2020 Example News</footer></body></html>"""


def test_html_main_text_title_and_metadata_date(tmp_path):
    article = one(read_path(write(tmp_path, "a.html", HTML)))
    assert "Lisbon" in article.text and "Copyright" not in article.text
    assert "\n\n" in article.text
    assert article.title == "Ministers meet"
    assert article.published == dt.date(2023, 5, 2)
    assert article.published_source is PublishedSource.HTML_META
    assert [s.codes for s in article.suppressions] == [["QT01"]]


def test_html_date_is_never_taken_from_the_body(tmp_path):
    html = (HTML.replace('<meta property="article:published_time" '
                         'content="2023-05-02T10:00:00Z">', "")
            .replace("on Monday", "on 2019-04-03"))
    article = one(read_path(write(tmp_path, "a.html", html)))
    assert article.published is None


@pytest.mark.parametrize(("text", "kind"), [
    ("---\ntitle: x\n---\nBody", "markdown"),
    ('{"text": "x"}', "json"),
    ('{"text": "x"}\n{"text": "y"}\n', "jsonl"),
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("Plain words.", "text"),
])
def test_stdin_format_is_sniffed(text, kind):
    assert sniff_kind(text) == kind


def test_stdin_markdown():
    md = "---\npublished: 2023-05-02\n---\n" + BODY
    article = one(read_stdin(io.BytesIO(md.encode())))
    assert isinstance(article, Article) and article.source == "<stdin>"
    assert article.published == dt.date(2023, 5, 2)


def test_stdin_over_the_limit():
    item = one(read_stdin(io.BytesIO(b"x" * 50), max_bytes=10))
    assert isinstance(item, InputError) and "limit" in str(item)


def test_html_inline_directive_covers_the_next_paragraph(tmp_path):
    html = HTML.replace("<p>They spoke", "<!-- claimcheck: ignore DT01, PL --><p>They spoke")
    article = one(read_path(write(tmp_path, "a.html", html)))
    inline = [s for s in article.suppressions if s.scope == "paragraph"]
    assert [s.codes for s in inline] == [["DT01", "PL"]]
    assert inline[0].covers.text.startswith("They spoke for an hour")
    assert "claimcheck" not in article.text and "directive" not in article.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour Authority\nFOR IMMEDIATE RELEASE March 9, 2021\nShips docked.",
            dt.date(2021, 3, 9),
        ),
        ("Harbour Authority\nFor Immediate Release: March 9\nShips docked.", None),
    ],
)
def test_press_release_line_dates_a_text_article(tmp_path, text, expected):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_path(path)
    assert article.published == expected
    expected_source = PublishedSource.DATELINE if expected else PublishedSource.UNKNOWN
    assert article.published_source is expected_source


TODAY_BODY = "The port authority said today (Friday, 8 March 2019) that two berths will close.\n"


@pytest.mark.parametrize(
    ("name", "content", "published", "source"),
    [
        ("a.txt", TODAY_BODY, dt.date(2019, 3, 8), PublishedSource.BODY),
        ("a.md", "# Berths\n\n" + TODAY_BODY, dt.date(2019, 3, 8), PublishedSource.BODY),
        ("a.md", "---\ndate: 2019-03-07\n---\n" + TODAY_BODY,
         dt.date(2019, 3, 7), PublishedSource.FRONT_MATTER),
        ("a.json", json.dumps({"text": TODAY_BODY}), dt.date(2019, 3, 8), PublishedSource.BODY),
        ("a.json", json.dumps({"text": TODAY_BODY, "published": "2019-03-07"}),
         dt.date(2019, 3, 7), PublishedSource.RECORD),
        ("a.html", f"<html><body><p>{TODAY_BODY}</p></body></html>",
         dt.date(2019, 3, 8), PublishedSource.BODY),
        ("a.html", '<html><head><meta property="article:published_time" '
         f'content="2019-03-07"></head><body><p>{TODAY_BODY}</p></body></html>',
         dt.date(2019, 3, 7), PublishedSource.HTML_META),
        ("a.txt", "Harbour news\nMarch 7, 2019\n\n" + TODAY_BODY,
         dt.date(2019, 3, 7), PublishedSource.DATELINE),
    ],
    ids=["text", "markdown", "front-matter", "record-body", "record", "html-body", "html-meta",
         "dateline"],
)
def test_dated_today_in_the_body_is_the_weakest_source(tmp_path, name, content, published,
                                                       source):
    article = one(read_path(write(tmp_path, name, content)))
    assert article.published == published
    assert article.published_source is source


def test_argument_beats_a_dated_today_in_the_body(tmp_path):
    path = write(tmp_path, "a.txt", TODAY_BODY)
    article = one(read_path(path, published=dt.date(2020, 1, 1)))
    assert article.published == dt.date(2020, 1, 1)
    assert article.published_source is PublishedSource.ARGUMENT
