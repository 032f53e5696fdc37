"""The ``claimcheck`` command line: validate, extract, rules, schema.

Each command lives in its own module; this one only assembles the group and
turns any ClaimcheckError that escapes into one line and exit code 2. Any
other exception is a bug, but a user still gets one line (and exit 2), not
a traceback, unless they asked for it with ``--debug``.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn

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


def run() -> NoReturn:
    """The console script: ``main()`` in a process that is claimcheck's own (the model's
    objects are kept out of garbage collection, ``nlp.own_process``), then the process
    ends without tearing the interpreter down.

    Freeing the loaded pipeline's objects one by one at exit is a quarter of a
    second of a one-article run (as long as our extraction), and nothing of it
    is needed: the output is flushed and the ``atexit`` handlers (coverage's,
    logging's) run first, so only the deallocation is skipped. Under a tracer or
    a profiler, or with ``--debug``, the process exits the ordinary way.
    ``main()`` itself raises ``SystemExit`` as ever, for callers in Python.
    """
    from claimcheck.nlp import own_process

    own_process()
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = _exit_status(exc)
    _end(code)


def _exit_status(exc: SystemExit) -> int:
    """The status the interpreter would give ``exc`` (a message is printed, status 1)."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return 1


def _end(code: int) -> NoReturn:
    if sys.gettrace() is not None or sys.getprofile() is not None or "--debug" in sys.argv[1:]:
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that left, a stream already closed
            pass
    os._exit(code)


__all__ = ["cli", "main", "run"]
