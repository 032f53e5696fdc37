"""Command-line paths to the files they name: files, folders, globs, ``-``.

Folders are walked recursively in sorted order (so reports are stable),
hidden folders skipped, and ``*.claims.json`` files left out: next to an
article they are its expected claims, not another article.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

DEFAULT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
CLAIMS_SUFFIX = ".claims.json"
STDIN = "-"


class Missing(str):
    """A command-line path that names nothing: reported as an input error."""


class Empty(str):
    """A command-line folder with no article in it: reported as an input error, not skipped.

    A CI job pointed at the wrong folder must fail, not pass on zero files.
    """


def discover(
    args: Iterable[str], *, extensions: Iterable[str] = DEFAULT_EXTENSIONS
) -> Iterator[Path | str]:
    """Files to read, in order, each once; ``"-"`` for stdin, ``Missing`` for a bad path.

    A folder in which the walk finds nothing comes back as ``Empty``.

    A file named explicitly is always read, whatever its extension (so a
    ``.claims.json`` given by name is checked); extensions only filter what
    folder walks find.
    """
    wanted = tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)
    seen: set[Path] = set()
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        for path in _expand(arg):
            if path.is_dir():
                found = _walk(path, wanted)
                first = next(found, None)
                if first is None:
                    yield Empty(display_path(path))
                    continue
                found = _chain(first, found)
            elif path.exists():
                found = iter([path])
            else:
                yield Missing(arg)
                continue
            for file in found:
                key = file.resolve()
                if key not in seen:
                    seen.add(key)
                    yield file


def _chain(first: Path, rest: Iterator[Path]) -> Iterator[Path]:
    yield first
    yield from rest


def _expand(arg: str) -> list[Path]:
    if glob.has_magic(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        return [Path(m) for m in matches] if matches else [Path(arg)]
    return [Path(arg)]


def _walk(folder: Path, extensions: tuple[str, ...]) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            lower = name.lower()
            if lower.endswith(CLAIMS_SUFFIX) or name.startswith("."):
                continue
            if lower.endswith(extensions):
                yield Path(root) / name


def display_path(path: Path, cwd: Path | None = None) -> str:
    """``path`` as a report shows it: relative to the working directory, '/' separated."""
    base = (cwd or Path.cwd()).resolve()
    absolute = path.resolve() if path.is_absolute() or path.exists() else (base / path)
    try:
        shown = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        shown = path.name
    return Path(shown).as_posix()
