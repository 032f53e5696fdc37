"""What every command shares: option types, error reporting, terminal detection."""

from __future__ import annotations

import os
import sys
from typing import IO

import click

from claimcheck.config import split_list
from claimcheck.errors import ClaimcheckError


def is_terminal(stream: IO[str] | None) -> bool:
    """True when ``stream`` is an interactive terminal (and colour is not turned off)."""
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        return False


def want_color(flag: bool | None, stream: IO[str] | None) -> bool:
    """``--color``/``--no-color`` if given, else NO_COLOR / FORCE_COLOR, else a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return is_terminal(stream)


def codes_option(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """Repeated or comma-separated codes; None when the option was not given."""
    return split_list(values) if values else None


def fail(message: str, *, code: int = 2) -> None:
    """One line on standard error, then exit with ``code``."""
    click.echo(f"claimcheck: {message}", err=True)
    sys.exit(code)


EXIT_INTERRUPTED = 130
"""Exit code after Ctrl-C (128 + SIGINT), as shells report it."""


def run_guarded(debug: bool, func, *args, interrupted: str = "interrupted",  # type: ignore[no-untyped-def]
                **kwargs):
    """Call ``func``; a ClaimcheckError becomes one line and exit 2 unless ``debug``.

    Ctrl-C becomes the one line ``interrupted`` and exit 130 (click would
    print "Aborted!" and exit 1, the code for findings).
    """
    try:
        return func(*args, **kwargs)
    except ClaimcheckError as exc:
        if debug:
            raise
        fail(str(exc))
    except KeyboardInterrupt:
        if debug:
            raise
        fail(interrupted, code=EXIT_INTERRUPTED)
