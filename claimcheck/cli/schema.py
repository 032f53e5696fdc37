"""``claimcheck schema``: write the JSON Schemas, or check they are current."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
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
