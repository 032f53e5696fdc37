"""``claimcheck extract``: what an article claims, as ClaimSet JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimcheck.cli.common import run_guarded


@click.command()
@click.argument("path")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date of the article.")
@click.option("--max-size", metavar="SIZE", default="5MB", show_default=True,
              help="Largest article read.")
@click.option("--time-limit", metavar="SECONDS", default="60", show_default=True,
              help="Time budget of one article; 0 for none.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def extract(path: str, published: str | None, max_size: str, time_limit: str,
            debug: bool) -> None:
    """Print the claims of the article at PATH ('-' for standard input) as JSON.

    A JSON Lines file gives one ClaimSet a line.
    """
    sys.exit(run_guarded(debug, _extract, path, published, max_size, time_limit, debug,
                         interrupted="interrupted: no further claims printed"))


def _extract(
    path: str, published: str | None, max_size: str, seconds: str, debug: bool
) -> int:
    from claimcheck.batch import extract_items
    from claimcheck.config import parse_seconds, parse_size
    from claimcheck.errors import ConfigError, InputError
    from claimcheck.ingest import display_path, parse_published_option, read_path, read_stdin
    from claimcheck.models import ClaimSet

    date = parse_published_option(published) if published is not None else None
    try:
        limit = parse_size(max_size)
    except ValueError as exc:
        raise ConfigError(f"--max-size: {exc}") from None
    try:
        limit_seconds = parse_seconds(seconds)
    except ValueError as exc:
        raise ConfigError(f"--time-limit: {exc}") from None
    if path == "-":
        found = read_stdin(sys.stdin.buffer, published=date, max_bytes=limit)
    else:
        file = Path(path)
        if not file.is_file():
            raise InputError(path, "no such file")
        found = read_path(file, source=display_path(file), published=date, max_bytes=limit)
    records = list(found)
    status = 0
    for item, claims in extract_items(records, debug=debug, time_limit=limit_seconds):
        if not isinstance(claims, ClaimSet):
            where = item.path if isinstance(item, InputError) else _source(item)
            click.echo(f"claimcheck: {where}: {claims}", err=True)
            status = 2
            continue
        text = claims.model_dump_json(indent=None if len(records) > 1 else 2)
        click.echo(text)
    return status


def _source(item: object) -> str:
    from claimcheck.models import ClaimSet

    article = item.article if isinstance(item, ClaimSet) else item
    return getattr(article, "source", None) or "<input>"
