"""The ``claimcheck`` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError


@click.group()
@click.version_option(__version__, prog_name="claimcheck")
def cli() -> None:
    """Find where a news article contradicts itself."""


@cli.command()
@click.option("--dir", "directory", type=click.Path(path_type=Path), default=Path("schemas"),
              show_default=True, help="Where the schema files live.")
@click.option("--check", is_flag=True, help="Fail when the files differ from the models.")
def schema(directory: Path, check: bool) -> None:
    """Write the JSON Schemas of the claim and report models, or check them."""
    from claimcheck.schema import stale_schemas, write_schemas

    if check:
        stale = stale_schemas(directory)
        if stale:
            raise click.ClickException(
                f"{directory}: out of date: {', '.join(stale)} (run 'claimcheck schema')"
            )
        click.echo(f"{directory}: up to date")
        return
    for path in write_schemas(directory):
        click.echo(f"wrote {path}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(2)
