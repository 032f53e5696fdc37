"""Command-line paths to the stream of things to check, with names fit to show."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from claimcheck.errors import InputError, NotAnArticle
from claimcheck.imports import import_failure
from claimcheck.ingest import (
    STDIN,
    Empty,
    Item,
    Missing,
    display_path,
    published_warning,
    read_path,
    read_stdin,
)
from claimcheck.ingest.discover import Found, Skipped, Walk, find
from claimcheck.models import Article, ClaimSet, PublishedSource

PLAIN_ENCODINGS = {"utf-8", "utf_8", "utf-8-sig", "utf_8_sig", "ascii"}


def expand(
    paths: Iterable[str], walk: Walk | Iterable[str], listed: Iterable[str] = ()
) -> list[Found | str]:
    """The files the arguments (and a list of files) name, found up front for a progress bar.

    ``listed`` are file names read from ``--files-from``: literal, never globs.
    """
    walk = walk if isinstance(walk, Walk) else Walk(extensions=tuple(walk))
    found = [*find(paths, walk), *find(listed, walk, literal=True)]
    if sum(1 for f in found if f == STDIN) > 1:
        raise click.UsageError("'-' (standard input) can be given only once")
    return found


def read_file_list(source: str) -> list[str]:
    """File names from a file (``-``: standard input): NUL-separated, else one a line."""
    try:
        data = sys.stdin.buffer.read() if source == STDIN else Path(source).read_bytes()
    except OSError as exc:
        reason = f"{source}: {exc.strerror or exc}"
        raise click.BadParameter(reason, param_hint="--files-from") from None
    parts = data.split(b"\0") if b"\0" in data else data.splitlines()
    return [os.fsdecode(part) for part in parts if part.strip()]


def checked(files: Iterable[Found | str]) -> int:
    """How many entries are files to check (notes are not)."""
    return sum(1 for f in files if not isinstance(f, Skipped))


def items(
    files: Iterable[Found | Path | str],
    *,
    published: dt.date | None,
    max_bytes: int,
    extensions: Iterable[str] = (),
) -> Iterator[Item]:
    """Everything in ``files``, read lazily, one file at a time."""
    looked_for = " ".join(extensions)
    for file in files:
        if isinstance(file, Skipped):
            click.echo(f"claimcheck: note: {file}: skipped: {file.reason}", err=True)
        elif isinstance(file, Found):
            yield from _read_found(file, published=published, max_bytes=max_bytes)
        elif isinstance(file, Missing):
            yield InputError(str(file), "no such file or directory")
        elif isinstance(file, Empty):
            yield InputError(str(file), "folder holds no articles" + (
                f" (looked for {looked_for}; see --extensions)" if looked_for else ""))
        elif file == STDIN:
            yield from read_stdin(sys.stdin.buffer, published=published, max_bytes=max_bytes)
        else:
            assert isinstance(file, Path)
            source = display_path(file)
            try:
                yield from read_path(file, source=source, published=published,
                                     max_bytes=max_bytes)
            except ImportError as exc:  # a reader's optional package: this file's one line
                yield InputError(source, import_failure(exc))


def _read_found(file: Found, *, published: dt.date | None, max_bytes: int) -> Iterator[Item]:
    """A file; one a folder walk found that is not an article is skipped with a note."""
    source = display_path(file.path)
    try:
        for item in read_path(file.path, source=source, published=published,
                              max_bytes=max_bytes):
            if file.walked and isinstance(item, NotAnArticle):
                click.echo(f"claimcheck: note: {item.path}: skipped, not an article "
                           f"({item.cause})", err=True)
                continue
            yield item
    except ImportError as exc:  # a reader's optional package: this file's one line
        yield InputError(source, import_failure(exc))


def note_encoding(item: Item) -> None:
    """Say so on standard error when an article was not UTF-8 (its characters may be off)."""
    article = item.article if isinstance(item, ClaimSet) else item
    if isinstance(article, Article) and article.encoding:
        if article.encoding.lower() not in PLAIN_ENCODINGS:
            click.echo(f"claimcheck: note: {article.source}: read as {article.encoding}", err=True)


def note_published(item: Item) -> None:
    """Warn on standard error when a file's own publication date is implausible.

    A date given with --published is warned about once, where it is read.
    """
    article = item.article if isinstance(item, ClaimSet) else item
    if not isinstance(article, Article) or article.published is None:
        return
    if article.published_source is PublishedSource.ARGUMENT:
        return
    warning = published_warning(article.published)
    if warning is not None:
        where = article.source if article.id is None else f"{article.source}#{article.id}"
        click.echo(f"claimcheck: warning: {where}: {warning}", err=True)


def article_text(item: Item) -> tuple[str, int] | None:
    """The file text (and its first line number) that findings' lines and columns point into."""
    if isinstance(item, ClaimSet):
        return item.article.displayed_source()
    if isinstance(item, Article):
        return item.displayed_source()
    return None
