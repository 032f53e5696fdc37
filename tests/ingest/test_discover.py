"""Paths, folders and globs to files: sorted, deduplicated, claims fixtures skipped."""

from __future__ import annotations

from pathlib import Path

from claimcheck.ingest import Missing, discover, display_path


def make(tmp_path, *names):
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_folder_walk_filters_and_sorts(tmp_path):
    make(tmp_path, "b.txt", "a.md", "a.claims.json", "c.json", "d.py", ".hidden/e.txt",
         "sub/f.html")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([str(tmp_path)])]
    assert found == ["a.md", "b.txt", "c.json", "sub/f.html"]


def test_explicit_files_are_always_read_and_listed_once(tmp_path):
    make(tmp_path, "a.claims.json", "notes.rst")
    args = [str(tmp_path / "a.claims.json"), str(tmp_path / "notes.rst"), str(tmp_path / "*.rst")]
    assert [p.name for p in discover(args)] == ["a.claims.json", "notes.rst"]


def test_extensions_are_configurable(tmp_path):
    make(tmp_path, "a.txt", "b.rst")
    assert [p.name for p in discover([str(tmp_path)], extensions=["rst"])] == ["b.rst"]


def test_missing_paths_and_stdin(tmp_path):
    found = list(discover(["-", str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]))
    assert found[0] == "-"
    assert all(isinstance(m, Missing) for m in found[1:]) and len(found) == 3


def test_display_path_is_relative_and_posix(tmp_path):
    make(tmp_path, "sub/a.txt")
    assert display_path(tmp_path / "sub" / "a.txt", cwd=tmp_path) == "sub/a.txt"
    assert display_path(Path("sub/a.txt"), cwd=tmp_path) == "sub/a.txt"
    assert not display_path(tmp_path / "sub" / "a.txt", cwd=tmp_path / "sub").startswith("/")
