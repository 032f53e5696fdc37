"""A progress bar on standard error, only for a person watching a batch.

Shown when standard error is a terminal and there is more than one file;
never when output is piped or captured, so CI logs and JSON stay clean.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from claimcheck.cli.common import is_terminal


class Tracker:
    """Advance once per file; a no-op when there is no bar."""

    def __init__(self, progress=None, task=None) -> None:  # type: ignore[no-untyped-def]
        self._progress = progress
        self._task = task
        self._last: str | None = None

    def seen(self, path: str) -> None:
        if self._progress is not None and path != self._last:
            self._last = path
            self._progress.update(self._task, advance=1, description=path[-40:])


@contextlib.contextmanager
def progress_bar(total: int, *, stdout_is_terminal: bool) -> Iterator[Tracker]:
    """A bar over ``total`` files, or a silent tracker when nobody watches."""
    if total <= 1 or not is_terminal(sys.stderr):
        yield Tracker()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        console=Console(stderr=True), transient=True,
        # Report lines printed to the same terminal must go above the bar;
        # when stdout is a file or a pipe they must go there, untouched.
        redirect_stdout=stdout_is_terminal, redirect_stderr=False,
    ) as progress:
        yield Tracker(progress, progress.add_task("checking", total=total))
