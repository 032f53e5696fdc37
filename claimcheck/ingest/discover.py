"""Command-line paths to the files they name: files, folders, globs, ``-``.

Folders are walked recursively in sorted order (so reports are stable),
hidden files and folders skipped, ``*.claims.json`` files left out (next to
an article they are its expected claims, not another article), and so is
whatever the ``exclude`` patterns or, inside a git repository, the
``.gitignore`` files name. A symbolic link is followed unless it leads back
into a folder being walked or nowhere: that entry comes back as ``Skipped``
and the walk goes on.

A file named on the command line (or by a glob, or in a list of files) is
always read, whatever its extension; ``force_exclude`` applies ``exclude``
to those too, for callers that pass every changed file (pre-commit, CI).
"""

from __future__ import annotations

import errno
import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.ingest.exclude import Exclusion, GitIgnore, excluded

DEFAULT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
CLAIMS_SUFFIX = ".claims.json"
STDIN = "-"


class Missing(str):
    """A command-line path that names nothing: reported as an input error."""


class Empty(str):
    """A command-line folder with no article in it: reported as an input error, not skipped.

    A CI job pointed at the wrong folder must fail, not pass on zero files.
    """


class Skipped(str):
    """An entry a folder walk passed over, with the reason (a note, not an error)."""

    reason: str

    def __new__(cls, path: str, reason: str) -> Skipped:
        self = super().__new__(cls, path)
        self.reason = reason
        return self


@dataclass(frozen=True)
class Found:
    """A file to read; ``walked`` when a search found it (a folder walk, a list of files).

    Not ``walked``: named on the command line or by a glob there, so it must be an article.
    """

    path: Path
    walked: bool


Entry = Found | Missing | Empty | Skipped | str


@dataclass(frozen=True)
class Walk:
    """How folders are walked: which extensions count, what is left out."""

    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    exclude: Sequence[Exclusion] = ()
    gitignore: bool = True
    force_exclude: bool = False


def discover(
    args: Iterable[str], *, extensions: Iterable[str] = DEFAULT_EXTENSIONS
) -> Iterator[Path | str]:
    """Files to read, in order, each once; ``"-"`` for stdin, ``Missing`` for a bad path.

    A folder in which the walk finds nothing comes back as ``Empty``, an entry
    the walk could not follow (a symbolic link loop) as ``Skipped``.
    """
    for entry in find(args, Walk(extensions=_normal(extensions))):
        yield entry.path if isinstance(entry, Found) else entry


def find(args: Iterable[str], walk: Walk = Walk(), *, literal: bool = False) -> Iterator[Entry]:
    """What ``args`` name, as ``Found`` files and markers, each file once.

    ``literal``: the arguments are a list of file names (``--files-from``): never globs, and
    each is a candidate (like a file a walk finds), not a file the user insisted on.
    """
    walk = Walk(_normal(walk.extensions), tuple(walk.exclude), walk.gitignore, walk.force_exclude)
    seen: set[str] = set()
    ignore = GitIgnore() if walk.gitignore else None
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        for path in [Path(arg)] if literal else _expand(arg):
            if walk.force_exclude and excluded(path, walk.exclude, is_dir=path.is_dir()):
                continue
            if path.is_dir():
                walked = list(_walk(path, walk, ignore, frozenset({os.path.realpath(path)})))
                if not any(isinstance(e, Found) for e in walked):
                    yield from walked  # the notes, then the folder's own error
                    yield Empty(display_path(path))
                    continue
                found: Iterable[Entry] = walked
            elif path.exists():
                found = iter([Found(path, walked=literal)])
            else:
                yield Missing(arg)
                continue
            for entry in found:
                if isinstance(entry, Found):
                    key = _key(entry.path)
                    if key in seen:
                        continue
                    seen.add(key)
                yield entry


def _expand(arg: str) -> list[Path]:
    if glob.has_magic(arg) and not os.path.lexists(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        return [Path(m) for m in matches] if matches else [Path(arg)]
    return [Path(arg)]


def _walk(
    folder: Path, walk: Walk, ignore: GitIgnore | None, chain: frozenset[str]
) -> Iterator[Entry]:
    """Files first, then subfolders, each level sorted by name."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        yield Skipped(_shown(folder), f"cannot list: {exc.strerror or exc}")
        return
    folders: list[tuple[Path, str]] = []
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        try:
            is_dir = path.is_dir()
        except OSError as exc:  # a link loop (ELOOP) on some systems
            yield Skipped(_shown(path), _why(exc))
            continue
        if not is_dir and not path.exists():
            if path.is_symlink():
                yield Skipped(_shown(path), _link_problem(path))
            continue
        if excluded(path, walk.exclude, is_dir=is_dir):
            continue
        if ignore is not None and ignore.ignored(path, is_dir=is_dir):
            continue
        if is_dir:
            real = os.path.realpath(path)
            if any(c == real or c.startswith(real.rstrip(os.sep) + os.sep) for c in chain):
                yield Skipped(_shown(path), "symbolic link loop (it leads back into "
                              "a folder being walked)")
                continue
            folders.append((path, real))
            continue
        lower = name.lower()
        if lower.endswith(CLAIMS_SUFFIX) or not lower.endswith(walk.extensions):
            continue
        yield Found(path, walked=True)
    for path, real in folders:
        yield from _walk(path, walk, ignore, chain | {real})


def _link_problem(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        return _why(exc)
    return "symbolic link to nothing"


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "symbolic link to nothing"
    return exc.strerror or str(exc)


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a loop: the path itself is the best key there is
        return os.path.abspath(path)


def _normal(extensions: Iterable[str]) -> tuple[str, ...]:
    return tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)


def _shown(path: Path) -> str:
    """A link's own path, relative to the working directory (not where it leads)."""
    try:
        return Path(os.path.relpath(os.path.abspath(path))).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def display_path(path: Path, cwd: Path | None = None) -> str:
    """``path`` as a report shows it: relative to the working directory, '/' separated."""
    base = (cwd or Path.cwd()).resolve()
    try:
        absolute = path.resolve() if path.is_absolute() or path.exists() else (base / path)
    except (OSError, RuntimeError):  # a symbolic link loop
        absolute = Path(os.path.abspath(path))
    try:
        shown = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        shown = path.name
    return Path(shown).as_posix()
