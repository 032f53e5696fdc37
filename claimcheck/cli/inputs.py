"""Command-line paths to the stream of things to check, with names fit to show."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from claimcheck.errors import InputError
from claimcheck.imports import import_failure
from claimcheck.ingest import (
    STDIN,
    Empty,
    Item,
    Missing,
    discover,
    display_path,
    published_warning,
    read_path,
    read_stdin,
)
from claimcheck.models import Article, ClaimSet, PublishedSource

PLAIN_ENCODINGS = {"utf-8", "utf_8", "utf-8-sig", "utf_8_sig", "ascii"}


def expand(paths: Iterable[str], extensions: Iterable[str]) -> list[Path | str]:
    """The files the arguments name, found up front so a progress bar knows the total."""
    found = list(discover(paths, extensions=extensions))
    if sum(1 for f in found if f == STDIN) > 1:
        raise click.UsageError("'-' (standard input) can be given only once")
    return found


def items(
    files: Iterable[Path | str],
    *,
    published: dt.date | None,
    max_bytes: int,
    extensions: Iterable[str] = (),
) -> Iterator[Item]:
    """Everything in ``files``, read lazily, one file at a time."""
    looked_for = " ".join(extensions)
    for file in files:
        if isinstance(file, Missing):
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


def article_text(item: Item) -> str | None:
    if isinstance(item, ClaimSet):
        return item.article.text
    if isinstance(item, Article):
        return item.text
    return None
