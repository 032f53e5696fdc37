"""The ``claimcheck`` command line: validate, extract, rules, schema.

Each command lives in its own module; this one only assembles the group and
turns any ClaimcheckError that escapes into one line and exit code 2. Any
other exception is a bug, but a user still gets one line (and exit 2), not
a traceback, unless they asked for it with ``--debug``.
"""

from __future__ import annotations

import os
import sys

import click

from claimcheck._version import __version__
from claimcheck.cli.extract import extract
from claimcheck.cli.rules import rules
from claimcheck.cli.schema import schema
from claimcheck.cli.validate import validate
from claimcheck.errors import ClaimcheckError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def cli() -> None:
    """Find where a news article contradicts itself."""


cli.add_command(validate)
cli.add_command(extract)
cli.add_command(rules)
cli.add_command(schema)


def main() -> None:
    """The console entry point ``claimcheck``."""
    try:
        cli(standalone_mode=True)
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:  # Ctrl-C before or after a command's own guard
        click.echo("claimcheck: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # `claimcheck validate ... | head`: the reader left; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:
        if "--debug" in sys.argv[1:]:
            raise
        message = " ".join(str(exc).split())[:200]
        click.echo(f"claimcheck: internal error: {type(exc).__name__}: {message} "
                   "(run with --debug for the traceback)", err=True)
        sys.exit(2)


__all__ = ["cli", "main"]
