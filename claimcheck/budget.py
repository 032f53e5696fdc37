"""A time budget per article, so one runaway input cannot hang a CI job.

On POSIX, in the main thread of a process (the command line, and every
worker process of ``--jobs N``, whose tasks run in their main thread), the
budget is a real-time interval timer: when it rings, ``TimeLimitExceeded``
is raised wherever the work is, and the batch reports that article as
stopped. Elsewhere (Windows, a library caller's worker thread) there is no
safe way to interrupt Python code from outside, so the work runs unbounded:
the budget is a guard, never a reason to fail.

An interval timer that someone else has set (a test runner's timeout) is
never replaced: then, too, the work runs unbounded.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

DEFAULT_SECONDS = 60.0
"""Default budget of one article: parsing, extraction and checking."""


class TimeLimitExceeded(Exception):  # noqa: N818  (an event, not a programming error)
    """The work of one article ran past its budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"stopped after the time limit of {seconds:g} s")
        self.seconds = seconds


def can_interrupt() -> bool:
    """True when a budget can actually stop work here (POSIX, main thread, timer free)."""
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in the block after ``seconds``; no limit when None or 0."""
    if not seconds or not can_interrupt():
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
