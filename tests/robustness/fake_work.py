"""Work functions for worker-process tests: importable by name in a spawned worker.

They stand in for ``claimcheck.batch.iter_chunk`` and need no model: an
article named ``oom.txt`` kills its worker as the out-of-memory killer would
(SIGKILL), one named ``stuck.txt`` blocks with signals held off, as code stuck
inside C would; every other article gets an empty report.
"""

from __future__ import annotations

import os
import signal
import time

from claimcheck.models import FileReport


def no_model() -> None:
    """A worker start that loads nothing."""


def oom_or_stuck(items, options):
    for item in items:
        if item.source == "oom.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        if item.source == "stuck.txt":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(600)
    for item in items:
        yield FileReport(path=item.source, id=item.id)


def dies_at_start() -> None:
    """A worker start that always fails, as a broken install would."""
    os._exit(3)
