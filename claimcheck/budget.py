"""A time budget per article, so one runaway input cannot hang a CI job.

Two mechanisms bound the same budget:

- On POSIX, in the main thread of a process (the command line, and every
  worker process of ``--jobs N``, whose tasks run in their main thread), the
  budget is a real-time interval timer: when it rings, ``TimeLimitExceeded``
  is raised wherever the Python code is, and the batch reports that article
  as stopped. A timer set by someone else (a test runner's timeout) is never
  replaced.
- Everywhere, ``check()`` raises ``TimeLimitExceeded`` once the innermost
  budget's deadline has passed. It costs a clock read, so any loop over a
  structure that can grow (blocks of a long text, articles of a chunk) calls
  it; it is what bounds the work where no timer can be used (Windows, a
  library caller's worker thread, a timer already taken), as far as the
  work reaches such a loop.

A timer interrupts Python code only: work stuck inside C (a regular
expression, one call into spaCy's parser) is stopped when it returns. That
is why long texts are parsed in blocks (``claimcheck.nlp``), and why with
``--jobs`` the parent process also kills a worker that overruns
(``claimcheck.workers``).
"""

from __future__ import annotations

import contextlib
import functools
import signal
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")

DEFAULT_SECONDS = 60.0
"""Default budget of one article: parsing, extraction and checking."""


class TimeLimitExceeded(Exception):  # noqa: N818  (an event, not a programming error)
    """The work of one article ran past its budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"stopped after the time limit of {seconds:g} s")
        self.seconds = seconds


class _Deadlines(threading.local):
    def __init__(self) -> None:
        self.stack: list[tuple[float, float]] = []  # (deadline on the monotonic clock, seconds)
        self.timer = False  # this thread's outermost budget set the real-time timer
        self.paused = False  # inside ``uncharged``


_local = _Deadlines()


def check() -> None:
    """Raise ``TimeLimitExceeded`` if the budget this code runs under has run out.

    Cheap enough for any loop; does nothing outside a ``time_limit`` block.
    """
    stack = _local.stack
    if stack and time.monotonic() > stack[-1][0]:
        raise TimeLimitExceeded(stack[-1][1])


def remaining() -> float | None:
    """Seconds left of the innermost budget (None: unbounded)."""
    stack = _local.stack
    return max(0.0, stack[-1][0] - time.monotonic()) if stack else None


def charged() -> float:
    """Seconds charged so far to the innermost budget (0 outside one): the time since it
    started, less the work it did not charge (``uncharged``)."""
    stack = _local.stack
    if not stack:
        return 0.0
    deadline, seconds = stack[-1]
    return max(0.0, seconds - (deadline - time.monotonic()))


RING_AGAIN = 0.5
"""Seconds between rings once a time limit has run out, until the block has stopped."""


def can_interrupt() -> bool:
    """True when a timer can actually stop work here (POSIX, main thread, timer free)."""
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in the block after ``seconds``; no limit when None or 0.

    A budget inside another never outlasts the outer one's deadline.
    """
    if not seconds:
        yield
        return
    stack = _local.stack
    deadline = time.monotonic() + seconds
    if stack and stack[-1][0] <= deadline:
        stack.append(stack[-1])
    else:
        stack.append((deadline, seconds))
    try:
        if not can_interrupt():
            yield
            return

        def ring(signum: int, frame: object) -> None:
            raise TimeLimitExceeded(seconds)

        previous = signal.signal(signal.SIGALRM, ring)
        # and again every RING_AGAIN seconds: a ring can land in code that drops the
        # exception (a gc callback, a library's broad "except"), and must not be lost
        signal.setitimer(signal.ITIMER_REAL, seconds, RING_AGAIN)
        _local.timer = True
        try:
            yield
        finally:
            _local.timer = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    finally:
        stack.pop()


@contextlib.contextmanager
def uncharged() -> Iterator[None]:
    """Work in the block is not charged to the budget it runs under: the clock stops.

    For first-use costs (the model, a lazy import, a word list read once per
    process; see ``first_use``): whichever article first needs one would pay
    it alone, seconds on a busy machine, and could be stopped for it. Every
    deadline moves on by the time the block took, and the timer, if this
    thread set it, waits. Work in the block cannot be stopped, so it must be
    bounded whatever the article (loading data, never reading the text).
    """
    stack = _local.stack
    if not stack or _local.paused:
        yield
        return
    _local.paused = True
    left = signal.setitimer(signal.ITIMER_REAL, 0)[0] if _local.timer else 0.0
    started = time.monotonic()
    try:
        yield
    finally:
        took = time.monotonic() - started
        stack[:] = [(deadline + took, seconds) for deadline, seconds in stack]
        _local.paused = False
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left, RING_AGAIN)


class FirstUse(Generic[T]):
    """A loader run once per process whose one run is never charged to an article's
    budget (``uncharged``); see ``first_use``."""

    def __init__(self, loader: Callable[[], T]) -> None:
        self._cached = functools.cache(loader)
        functools.update_wrapper(self, loader)

    def __call__(self) -> T:
        if self._cached.cache_info().currsize:
            return self._cached()
        with uncharged():
            return self._cached()

    def cache_info(self) -> Any:
        return self._cached.cache_info()

    def cache_clear(self) -> None:
        """Forget the value, as ``functools.cache``'s ``cache_clear`` does."""
        self._cached.cache_clear()


def first_use(loader: Callable[[], T]) -> FirstUse[T]:
    """``functools.cache`` for a loader run once per process, whose one run is never
    charged to an article's budget (``uncharged``): the first article that needs the model,
    a word list or a lazy import is not stopped for a cost the next one does not pay.

    This replaces a warm-up article run before the first budget, which every
    run paid for (parsing and extracting it, and loading what the real article
    might not need).
    """
    return FirstUse(loader)
