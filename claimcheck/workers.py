"""Worker processes for ``--jobs N`` that the parent watches, kills and replaces.

Each worker loads the model once, then takes one task at a time (a list of
articles) over its own pipe and sends back one report per article as each
is done. So the parent always knows which article a worker holds, and it
enforces a deadline per article: the worker's own timer
(``claimcheck.budget``) stops ordinary runaway work, and the parent kills a
worker that outlives its deadline anyway (stuck inside C code) or that
dies (the out-of-memory killer), starts a fresh one, and reports only the
article that worker held:

- articles of a task parsed together when the worker stopped are tried
  again each alone, so only the one at fault loses its result;
- an article tried alone whose worker overran is reported as stopped by
  the time limit; one whose worker died, as "worker stopped (out of
  memory?)";
- every other article's report is kept, and results come out in order.

At most ``2 * jobs`` chunks are in flight, so memory stays flat however
many articles come in.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.models import FileReport

WORKER_DIED = "worker stopped (out of memory?)"
"""The error line of the article a worker held when it died."""

MARGIN = 5.0
"""Seconds past an article's own budget before the parent kills its worker."""

START_TRIES = 3
"""Workers that die before they are ready, in a row, before the run gives up."""

Work = Callable[[list[Any], Any], Iterable[FileReport]]
"""What a worker runs on a task: the items and the options, one report per item, in order."""

_READY, _REPORT, _DONE, _RAISE = "ready", "report", "done", "raise"


@dataclass
class _Task:
    chunk: int
    positions: list[int]  # indexes into the chunk's items
    alone: bool = False


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: _Task | None = None
    done: int = 0  # reports received for the current task
    deadline: float = float("inf")


@dataclass
class _Chunk:
    items: list[Any]
    reports: list[FileReport | None] = field(default_factory=list)


def _serve(conn: Connection, init: Callable[[], None]) -> None:
    """A worker's loop: ``init`` (load the model), then run tasks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        init()
    except ClaimcheckError:
        pass  # said by the first task, where the batch reports it
    conn.send((_READY, None))
    while (task := conn.recv()) is not None:
        work, items, options = task
        try:
            for report in work(items, options):
                conn.send((_REPORT, report))
        except BaseException as exc:  # noqa: BLE001  (sent to the parent, which raises it)
            try:
                conn.send((_RAISE, exc))
            except Exception:
                conn.send((_RAISE, ClaimcheckError(f"{type(exc).__name__}: {exc}")))
            return
        conn.send((_DONE, None))


def run(
    chunks: Iterable[list[Any]],
    jobs: int,
    work: Work,
    options: Any,
    limit: float | None,
    *,
    init: Callable[[], None],
    on_overrun: Callable[[Any], FileReport],
    on_death: Callable[[Any], FileReport],
) -> Iterator[list[FileReport]]:
    """Reports for each chunk, in order, from ``jobs`` watched worker processes.

    ``init`` runs once in each worker before its first task (it should load
    the model: a worker is given work only once it is ready, so start-up
    never counts against an article). ``limit`` is each article's budget
    (None: the parent never kills for time); ``on_overrun`` and
    ``on_death`` make the report of an article whose worker was killed for
    time or died.
    """
    context = multiprocessing.get_context("spawn")
    workers: list[_Worker] = []
    tasks: deque[_Task] = deque()
    open_chunks: dict[int, _Chunk] = {}
    source = enumerate(iter(chunks))
    next_out = 0
    exhausted = False

    def start() -> _Worker:
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, init), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def allowed(task: _Task, first: bool) -> float:
        if not limit:
            return float("inf")
        together = len(task.positions) if first and not task.alone else 1
        return limit * (2 * together + 1 if together > 1 else 1) + MARGIN

    def give(worker: _Worker, task: _Task) -> None:
        chunk = open_chunks[task.chunk]
        worker.task, worker.done = task, 0
        worker.deadline = time.monotonic() + allowed(task, True)
        worker.conn.send((work, [chunk.items[i] for i in task.positions], options))

    failed_starts = 0

    def lost(worker: _Worker, died: bool) -> None:
        """The worker is gone: keep what it sent, blame or retry what it held."""
        nonlocal failed_starts
        task = worker.task
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        failed_starts = 0 if worker.ready else failed_starts + 1
        if failed_starts >= START_TRIES:  # a start that always fails must not respawn forever
            raise ClaimcheckError(
                f"worker processes stop before they are ready ({failed_starts} in a row, exit "
                f"code {worker.process.exitcode}): run with --jobs 1 to see why")
        workers[workers.index(worker)] = start()
        if task is None:
            return
        rest = task.positions[worker.done:]
        chunk = open_chunks[task.chunk]
        if len(rest) > 1 and worker.done == 0 and not task.alone:
            tasks.extendleft(_Task(task.chunk, [i], alone=True) for i in reversed(rest))
            return
        held, rest = rest[0], rest[1:]
        item = chunk.items[held]
        chunk.reports[held] = on_death(item) if died else on_overrun(item)
        if rest:
            tasks.appendleft(_Task(task.chunk, rest, alone=task.alone))

    try:
        workers.extend(start() for _ in range(jobs))
        while True:
            while not exhausted and len(open_chunks) < 2 * jobs:
                try:
                    number, items = next(source)
                except StopIteration:
                    exhausted = True
                    break
                open_chunks[number] = _Chunk(list(items), [None] * len(items))
                if items:
                    tasks.append(_Task(number, list(range(len(items)))))
            while next_out in open_chunks and all(
                    r is not None for r in open_chunks[next_out].reports):
                yield [r for r in open_chunks.pop(next_out).reports if r is not None]
                next_out += 1
            if exhausted and not open_chunks:
                return
            for worker in workers:
                if worker.ready and worker.task is None and tasks:
                    give(worker, tasks.popleft())
            now = time.monotonic()
            timeout = min((w.deadline for w in workers if w.task), default=float("inf")) - now
            ready = wait([w.conn for w in workers] + [w.process.sentinel for w in workers],
                         timeout=None if timeout == float("inf") else max(timeout, 0.0))
            for worker in list(workers):
                if worker.conn in ready:
                    try:
                        kind, value = worker.conn.recv()
                    except (EOFError, OSError):
                        lost(worker, died=True)
                        continue
                    _receive(worker, kind, value, open_chunks, allowed)
                elif worker.process.sentinel in ready and not worker.conn.poll():
                    lost(worker, died=True)
                elif worker.task is not None and time.monotonic() > worker.deadline:
                    lost(worker, died=False)
    finally:
        for worker in workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.process.join(timeout=1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()


def _receive(
    worker: _Worker, kind: str, value: Any, open_chunks: dict[int, _Chunk],
    allowed: Callable[[_Task, bool], float],
) -> None:
    if kind == _READY:
        worker.ready = True
    elif kind == _RAISE:
        raise value
    elif kind == _REPORT and worker.task is not None:
        task = worker.task
        open_chunks[task.chunk].reports[task.positions[worker.done]] = value
        worker.done += 1
        worker.deadline = time.monotonic() + allowed(task, False)
    elif kind == _DONE:
        worker.task = None
        worker.deadline = float("inf")
