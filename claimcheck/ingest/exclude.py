"""What a folder walk leaves out: ``exclude`` patterns and ``.gitignore`` files.

Both use gitignore's pattern language (through ``pathspec``, which follows
git's own rules): ``drafts/`` is a folder of that name at any depth,
``/archive`` only the one at the top, ``*.tmp.md`` a file name anywhere,
``articles/**/wire-*.md`` a path, ``!keep.md`` takes a file back.

``exclude`` patterns are read relative to a base folder: the folder of the
``pyproject.toml`` they come from, or the working directory for the command
line's. ``.gitignore`` files apply inside a git repository (a folder with a
``.git``), each relative to its own folder, a deeper one overriding a
shallower one, with ``.git/info/exclude`` at the top, the way git reads them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pathspec import GitIgnoreSpec

DEFAULT_EXCLUDE = ("node_modules/", "site-packages/", "__pycache__/", "venv/")
"""Folders that hold other people's files, never a newsroom's articles."""


@dataclass(frozen=True)
class Exclusion:
    """Gitignore-style ``patterns`` read relative to ``base``."""

    patterns: tuple[str, ...]
    base: Path | None = None
    """None: the working directory at the time of the walk."""

    def __post_init__(self) -> None:
        if self.base is not None:
            object.__setattr__(self, "base", Path(os.path.abspath(self.base)))
        object.__setattr__(self, "_spec", GitIgnoreSpec.from_lines(self.patterns))

    def matches(self, path: Path, *, is_dir: bool = False) -> bool:
        spec: GitIgnoreSpec = self._spec  # type: ignore[attr-defined]
        base = self.base or Path.cwd()
        return bool(spec.match_file(_relative(path, base, is_dir)))


def excluded(path: Path, exclusions: Iterable[Exclusion], *, is_dir: bool = False) -> bool:
    """Whether any of ``exclusions`` matches ``path``."""
    return any(e.matches(path, is_dir=is_dir) for e in exclusions)


class GitIgnore:
    """The ``.gitignore`` files of the repositories a walk passes through, read once each."""

    def __init__(self) -> None:
        self._specs: dict[Path, GitIgnoreSpec | None] = {}
        self._roots: dict[Path, Path | None] = {}

    def ignored(self, path: Path, *, is_dir: bool = False) -> bool:
        """Whether git would ignore ``path`` (False outside a repository)."""
        path = Path(os.path.abspath(path))
        root = self._root(path.parent)
        if root is None:
            return False
        verdict: bool | None = None
        folders = [root, *_between(root, path.parent)]
        info = self._spec(root / ".git" / "info" / "exclude")
        for folder, spec in [(root, info), *((f, self._spec(f / ".gitignore")) for f in folders)]:
            if spec is None:
                continue
            result = spec.check_file(_relative(path, folder, is_dir))
            if result.include is not None:
                verdict = result.include
        return bool(verdict)

    def _spec(self, file: Path) -> GitIgnoreSpec | None:
        if file not in self._specs:
            try:
                lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                self._specs[file] = None
            else:
                self._specs[file] = GitIgnoreSpec.from_lines(lines)
        return self._specs[file]

    def _root(self, folder: Path) -> Path | None:
        if folder not in self._roots:
            if (folder / ".git").exists():
                self._roots[folder] = folder
            elif folder.parent == folder:
                self._roots[folder] = None
            else:
                self._roots[folder] = self._root(folder.parent)
        return self._roots[folder]


def _between(root: Path, folder: Path) -> list[Path]:
    """The folders below ``root`` down to ``folder``, top first."""
    parts = folder.relative_to(root).parts
    return [root.joinpath(*parts[: i + 1]) for i in range(len(parts))]


def _relative(path: Path, base: Path, is_dir: bool) -> str:
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, base)
    if rel == os.curdir or rel.startswith(os.pardir):
        rel = absolute.lstrip(os.sep)  # outside the base: only unanchored patterns can match
    shown = Path(rel).as_posix()
    return shown + "/" if is_dir else shown
