"""Files and standard input to Articles (or ready-made ClaimSets).

Errors come back as values (``InputError`` instances in the stream), not
raised: one unreadable file, or one bad line of a JSON Lines file, must not
stop a batch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

from claimcheck.errors import InputError, NotAnArticle
from claimcheck.ingest.decode import MAX_BYTES, decode, describe_size, read_limited, read_stream
from claimcheck.ingest.readers import (
    published_override,
    read_html,
    read_json,
    read_jsonl_line,
    read_markdown,
    read_text,
)
from claimcheck.models import Article, ClaimSet

Item = Article | ClaimSet | InputError
"""What a source yields: something to check, or why it could not be read."""

KINDS = ("text", "markdown", "html", "json", "jsonl")

_SUFFIX_KIND = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}


def kind_of(path: Path) -> str:
    """The input format a file name implies; unknown suffixes are read as plain text."""
    return _SUFFIX_KIND.get(path.suffix.lower(), "text")


def sniff_kind(text: str) -> str:
    """The format of text without a file name (standard input)."""
    head = text.lstrip()[:512].lower()
    if text.startswith("---\n") or text.startswith("---\r\n"):
        return "markdown"
    if head.startswith("{"):
        return "jsonl" if "\n{" in text.strip() else "json"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div")):
        return "html"
    return "text"


def read_path(
    path: Path,
    *,
    source: str | None = None,
    published: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Item]:
    """Everything in the file at ``path``; ``source`` is the name shown in reports."""
    name = source or str(path)
    kind = kind_of(path)
    if kind == "jsonl":
        yield from _override(_read_jsonl_file(path, name, max_bytes), published)
        return
    try:
        data = read_limited(path, name, max_bytes=max_bytes)
        text, encoding = decode(data, name, declared=_declared(kind, data))
        item = parse_as(kind, text, name, encoding=encoding)
    except InputError as exc:
        yield exc
        return
    yield from _override(iter([item]), published)


def read_stdin(
    stream: BinaryIO,
    *,
    source: str = "<stdin>",
    kind: str | None = None,
    published: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Item]:
    """Everything on standard input, its format sniffed unless ``kind`` is given."""
    try:
        data = read_stream(stream, source, max_bytes=max_bytes)
        text, encoding = decode(data, source)
        kind = kind or sniff_kind(text)
        declared = _declared(kind, data)
        if declared is not None and declared != encoding:
            text, encoding = decode(data, source, declared=declared)
        if kind == "jsonl":
            items: Iterator[Item] = _jsonl_lines(enumerate(text.split("\n"), 1), source)
        else:
            items = iter([parse_as(kind, text, source, encoding=encoding)])
    except InputError as exc:
        yield exc
        return
    yield from _override(items, published)


def parse_as(
    kind: str, text: str, source: str, *, encoding: str | None = None
) -> Article | ClaimSet:
    """Decoded ``text`` read as ``kind`` (one of KINDS, except jsonl)."""
    readers: dict[str, Callable[..., Article | ClaimSet]] = {
        "text": lambda: read_text(text, source, encoding=encoding),
        "markdown": lambda: read_markdown(text, source, encoding=encoding),
        "html": lambda: read_html(text, source, encoding=encoding),
        "json": lambda: read_json(text, source),
    }
    if kind not in readers:
        raise InputError(source, f"cannot read '{kind}' as one article")
    return readers[kind]()


def load_article(path: Path, *, published: dt.date | None = None) -> Article | ClaimSet:
    """The one article in ``path``; raises InputError. For library callers."""
    items = list(read_path(path, published=published))
    for item in items:
        if isinstance(item, InputError):
            raise item
    if len(items) != 1:
        raise InputError(str(path), f"holds {len(items)} records, expected one")
    return cast(Article | ClaimSet, items[0])


def _read_jsonl_file(path: Path, source: str, max_bytes: int) -> Iterator[Item]:
    """Line by line, so a large file is never held whole; the size limit is per record."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        numbered = _decoded_lines(handle, source, max_bytes)
        yield from _jsonl_lines(numbered, source)


def _decoded_lines(
    handle: BinaryIO, source: str, max_bytes: int
) -> Iterator[tuple[int, str | InputError]]:
    for number, raw in enumerate(handle, 1):
        if len(raw) > max_bytes:
            yield number, InputError(
                source, f"line {number}: record is {describe_size(len(raw))}, "
                f"over the {describe_size(max_bytes)} limit"
            )
            continue
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, InputError(source, f"line {number}: not UTF-8 (JSON Lines must be)")


def _jsonl_lines(lines, source: str) -> Iterator[Item]:  # type: ignore[no-untyped-def]
    empty = True
    for number, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        empty = False
        try:
            yield read_jsonl_line(line, source, number)
        except NotAnArticle as exc:  # a line of an article file: a bad record, never skipped
            yield InputError(exc.path, exc.cause)
        except InputError as exc:
            yield exc
    if empty:
        yield InputError(source, "file is empty")


def _declared(kind: str, data: bytes) -> str | None:
    """The encoding an HTML page declares; other formats declare none."""
    if kind != "html":
        return None
    from claimcheck.ingest.html import declared_charset

    return declared_charset(data)


def _override(items: Iterator[Item], published: dt.date | None) -> Iterator[Item]:
    for item in items:
        if published is not None and not isinstance(item, InputError):
            item = published_override(item, published)
        yield item
