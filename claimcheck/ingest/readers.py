"""One reader per input format, each from decoded text to Articles.

Every reader keeps positions honest, so ``line:col`` in a report is the
line and column in the file. Plain text is the file: what the language
model must not read (HTML comments) is blanked, never cut. Markdown, HTML
and JSON are not read as written (markup, entities and escapes), so their
Articles carry a ``source_map`` from text offsets to the file's lines and
columns, and remember the file text (``Article.displayed_source``) for
reports that show the line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from pydantic import ValidationError

from claimcheck.errors import InputError, NotAnArticle
from claimcheck.ingest.dates import coerce_date
from claimcheck.ingest.json_positions import text_offsets
from claimcheck.ingest.source_map import UNKNOWN, source_map
from claimcheck.ingest.suppressions import blank, split_codes, strip_comments
from claimcheck.lang.en.datelines import find_dateline
from claimcheck.lang.en.today_dates import find_body_date
from claimcheck.models import Article, ClaimSet, PublishedSource, Suppression

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_IGNORE_KEYS = ("claimcheck", "claimcheck-ignore", "claimcheck_ignore")


def read_text(text: str, source: str, *, encoding: str | None = None) -> Article:
    """A plain-text article: comments blanked, date from a dateline if any."""
    cleaned, suppressions = strip_comments(text, source)
    return _finish(
        Article(text=cleaned, source=source, encoding=encoding, suppressions=suppressions)
    )


def read_markdown(text: str, source: str, *, encoding: str | None = None) -> Article:
    """Markdown with optional YAML front matter (title, published or date, claimcheck ignore).

    The text is the prose, markup read through and code left out (see
    ``claimcheck.ingest.markdown``); ``source_map`` points back into the file.
    """
    from claimcheck.ingest.markdown import render_markdown

    meta: dict[str, Any] = {}
    body = text
    m = _FRONT_MATTER.match(text)
    if m is not None:
        meta = _load_yaml(m.group("body"), source)
        body = blank(text, 0, m.end())
    prose, offsets = render_markdown(body)
    located = source_map(offsets, text)
    cleaned, suppressions = strip_comments(
        prose, source, line_of=lambda offset: located.locate(offset)[0])
    article = Article(
        text=cleaned, source=source, encoding=encoding, suppressions=suppressions,
        source_map=located,
    ).with_source(text)
    return _finish(_apply_meta(article, meta, PublishedSource.FRONT_MATTER, "front matter"))


def read_html(html: str, source: str, *, encoding: str | None = None) -> Article:
    """The main text of an HTML page (boilerplate removed), its title and metadata date."""
    from claimcheck.ingest.html import extract_html

    page = extract_html(html, source)
    article = Article(
        text=page.text, title=page.title, source=source, encoding=encoding,
        suppressions=[
            *(_file_suppression(page.ignore, source) if page.ignore else []),
            *page.suppressions,
        ],
        source_map=source_map(page.offsets, html),
    ).with_source(html)
    if page.published is not None:
        article = article.model_copy(
            update={"published": page.published, "published_source": PublishedSource.HTML_META}
        )
    return _finish(article)


def read_record(
    record: object, source: str, *, where: str = "", doc: str | None = None, first_line: int = 1
) -> Article | ClaimSet:
    """One JSON record: an article (``text``, ``title``, ``published``, ``id``) or a ClaimSet.

    ``doc`` is the JSON the record was parsed from, its first line numbered
    ``first_line``: given, the article's ``source_map`` points each character
    of the text at where it is written in the file.
    """
    prefix = f"{where}: " if where else ""
    if not isinstance(record, dict):
        raise NotAnArticle(source, f"{prefix}expected a JSON object, got {type(record).__name__}")
    if "article" in record and "schema_version" in record:
        return _claimset(record, source, prefix)
    text = record.get("text")
    if not isinstance(text, str):
        raise NotAnArticle(source, f"{prefix}a record needs a string field 'text'")
    if not text.strip():
        raise InputError(source, f"{prefix}'text' is empty")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned, suppressions = strip_comments(text, source)
    ident = record.get("id")
    title = record.get("title")
    article = Article(
        text=cleaned, source=source, suppressions=suppressions,
        id=None if ident is None else str(ident),
        title=title if isinstance(title, str) else None,
    )
    if doc is not None:
        offsets = text_offsets(doc)
        if offsets is None or len(offsets) != len(cleaned):
            offsets = [UNKNOWN] * len(cleaned)  # the record's first line, said approximate
        article = article.model_copy(update={
            "source_map": source_map(offsets, doc, first_line=first_line)
        }).with_source(doc, first_line)
    meta = {k: v for k, v in record.items() if k in ("published", *_IGNORE_KEYS)}
    return _finish(_apply_meta(article, meta, PublishedSource.RECORD, f"{prefix}record"))


def read_json(text: str, source: str) -> Article | ClaimSet:
    """A ``.json`` file: one record."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    return read_record(record, source, doc=text)


def read_jsonl_line(line: str, source: str, number: int) -> Article | ClaimSet:
    """One line of a ``.jsonl`` file; the record's id defaults to ``line N``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            source, f"line {number}: invalid JSON at column {exc.colno}: {exc.msg}"
        ) from None
    item = read_record(record, source, where=f"line {number}", doc=line, first_line=number)
    if isinstance(item, Article) and item.id is None:
        item = item.model_copy(update={"id": f"line {number}"})
    return item


def _claimset(record: dict[str, Any], source: str, prefix: str) -> ClaimSet:
    try:
        claims = ClaimSet.model_validate(record)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        where = f"{loc}: " if loc else ""  # a whole-set problem names its own field path
        count = first.get("ctx", {}).get("count", exc.error_count())  # integrity: its own count
        raise InputError(
            source, f"{prefix}not a valid ClaimSet: {where}{first['msg']} "
            f"({count} problem(s))"
        ) from None
    article = claims.article.model_copy(update={"source": source})
    return claims.model_copy(update={"article": article})


def _load_yaml(body: str, source: str) -> dict[str, Any]:
    import yaml  # only a file with front matter needs it

    try:
        meta = yaml.safe_load(body)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(source, f"front matter is not valid YAML{where}: {problem}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputError(source, "front matter must be a mapping of keys to values")
    return meta


def _apply_meta(
    article: Article, meta: dict[str, Any], kind: PublishedSource, what: str
) -> Article:
    source = article.source or "<input>"
    update: dict[str, Any] = {}
    title = meta.get("title")
    if isinstance(title, str) and article.title is None:
        update["title"] = title
    for key in ("published", "date"):
        value = meta.get(key)
        if value is None:
            continue
        try:
            update["published"] = coerce_date(value)
        except ValueError as exc:
            raise InputError(source, f"{what} '{key}': {exc}") from None
        update["published_source"] = kind
        break
    codes = _ignored_codes(meta, source)
    if codes:
        update["suppressions"] = [*_file_suppression(codes, source), *article.suppressions]
    return article.model_copy(update=update) if update else article


def _ignored_codes(meta: dict[str, Any], source: str) -> list[str]:
    for key in _IGNORE_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if key == "claimcheck":
            if not isinstance(value, dict) or set(value) - {"ignore"}:
                raise InputError(source, "front matter 'claimcheck' takes one key, 'ignore'")
            value = value.get("ignore", [])
        if not isinstance(value, str | list):
            raise InputError(source, f"front matter '{key}' must be a list of rule codes")
        return split_codes(value, source)
    return []


def _file_suppression(codes: list[str], source: str) -> list[Suppression]:
    return [Suppression(codes=split_codes(codes, source), scope="file")]


def _finish(article: Article) -> Article:
    """Fall back to a dateline, then to a dated "today" in the opening sentences,
    when no metadata gave the publication date."""
    if article.published is not None:
        return article
    dateline = find_dateline(article.text)
    if dateline is not None and dateline.date is not None:
        return article.model_copy(
            update={"published": dateline.date, "published_source": PublishedSource.DATELINE}
        )
    body = find_body_date(article.text)
    if body is not None and body.date is not None:
        return article.model_copy(
            update={"published": body.date, "published_source": PublishedSource.BODY}
        )
    return article


def published_override(item: Article | ClaimSet, published: dt.date) -> Article | ClaimSet:
    """``item`` with the publication date given on the command line."""
    update = {"published": published, "published_source": PublishedSource.ARGUMENT}
    if isinstance(item, ClaimSet):
        return item.model_copy(update={"article": item.article.model_copy(update=update)})
    return item.model_copy(update=update)
