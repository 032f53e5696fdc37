"""One reader per input format, each from decoded text to Articles.

Every reader keeps offsets honest: what the language model must not read
(front matter, HTML comments) is blanked, never cut, so ``line:col`` in a
report is the line and column in the file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import yaml
from pydantic import ValidationError

from claimcheck.errors import InputError
from claimcheck.ingest.body_date import find_body_date
from claimcheck.ingest.dateline import find_dateline
from claimcheck.ingest.dates import coerce_date
from claimcheck.ingest.suppressions import blank, split_codes, strip_comments
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
    """Markdown with optional YAML front matter (title, published or date, claimcheck ignore)."""
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(text)
    if m is not None:
        meta = _load_yaml(m.group("body"), source)
        text = blank(text, 0, m.end())
    cleaned, suppressions = strip_comments(text, source)
    article = Article(text=cleaned, source=source, encoding=encoding, suppressions=suppressions)
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
    )
    if page.published is not None:
        article = article.model_copy(
            update={"published": page.published, "published_source": PublishedSource.HTML_META}
        )
    return _finish(article)


def read_record(record: object, source: str, *, where: str = "") -> Article | ClaimSet:
    """One JSON record: an article (``text``, ``title``, ``published``, ``id``) or a ClaimSet."""
    prefix = f"{where}: " if where else ""
    if not isinstance(record, dict):
        raise InputError(source, f"{prefix}expected a JSON object, got {type(record).__name__}")
    if "article" in record and "schema_version" in record:
        return _claimset(record, source, prefix)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, f"{prefix}a record needs a string field 'text'")
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
    return read_record(record, source)


def read_jsonl_line(line: str, source: str, number: int) -> Article | ClaimSet:
    """One line of a ``.jsonl`` file; the record's id defaults to ``line N``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            source, f"line {number}: invalid JSON at column {exc.colno}: {exc.msg}"
        ) from None
    item = read_record(record, source, where=f"line {number}")
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
