"""Report files written whole or not at all.

A report file (``-o``, ``--sarif-output``) is written to a temporary file
in the same folder and renamed over the old one only when the run has
finished: an interrupted or failed run leaves the old file as it was, and
two runs writing the same file at once each replace it whole (the last to
finish wins), never interleaved. The new file gets the permissions a
freshly created one would (or the old file's, when there was one).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from claimcheck.errors import ClaimcheckError


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[IO[str]]:
    """A text file to write; on a clean exit it replaces ``path``, otherwise it is removed."""
    folder = path.parent
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise


def write_atomically(path: Path, text: str) -> None:
    """``text`` to ``path``, whole or not at all."""
    with atomic_file(path) as file:
        file.write(text)


def _mode_for(path: Path) -> int:
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _cannot_write(path: Path, exc: OSError) -> ClaimcheckError:
    return ClaimcheckError(f"{path}: cannot write: {exc.strerror or exc}")
