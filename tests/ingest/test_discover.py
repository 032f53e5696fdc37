"""Paths, folders and globs to files: sorted, deduplicated, claims fixtures skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# --- exclusions, .gitignore, symbolic links (issue 13) ----------------------------------------

from claimcheck.ingest.discover import Found, Skipped, Walk, find  # noqa: E402
from claimcheck.ingest.exclude import Exclusion, GitIgnore  # noqa: E402


def walked(tmp_path, walk=None, *args):
    out = []
    for entry in find(args or [str(tmp_path)], walk or Walk()):
        if isinstance(entry, Found):
            out.append(entry.path.relative_to(tmp_path).as_posix())
        else:
            out.append(entry)
    return out


@pytest.mark.parametrize(
    ("patterns", "kept"),
    [
        (("drafts/",), ["a.md", "news/b.md", "news/old.wire.md"]),
        (("*.wire.md",), ["a.md", "drafts/c.md", "news/b.md"]),
        (("/news",), ["a.md", "drafts/c.md"]),
        (("news/**/*.md", "!news/b.md"), ["a.md", "drafts/c.md", "news/b.md"]),
        ((), ["a.md", "drafts/c.md", "news/b.md", "news/old.wire.md"]),
    ],
)
def test_exclude_patterns_are_gitignore_style_from_their_base(tmp_path, patterns, kept):
    make(tmp_path, "a.md", "drafts/c.md", "news/b.md", "news/old.wire.md")
    walk = Walk(exclude=(Exclusion(patterns, tmp_path),))
    assert walked(tmp_path, walk) == kept


def test_default_exclusions_leave_out_other_peoples_folders(tmp_path):
    make(tmp_path, "a.md", "node_modules/pkg/readme.md", "venv/lib/x.txt")
    from claimcheck.config import Config

    assert walked(tmp_path, Config().walk) == ["a.md"]


def test_named_files_are_read_unless_exclusion_is_forced(tmp_path):
    make(tmp_path, "drafts/c.md")
    named = str(tmp_path / "drafts" / "c.md")
    rule = (Exclusion(("drafts/",), tmp_path),)
    assert walked(tmp_path, Walk(exclude=rule), named) == ["drafts/c.md"]
    assert walked(tmp_path, Walk(exclude=rule, force_exclude=True), named) == []


def test_gitignore_is_respected_inside_a_repository(tmp_path):
    (tmp_path / ".git" / "info").mkdir(parents=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("secret.md\n")
    (tmp_path / ".gitignore").write_text("build/\n*.tmp.md\n")
    make(tmp_path, "a.md", "a.tmp.md", "secret.md", "build/x.md", "sub/b.md", "sub/keep.tmp.md",
         "sub/c.md")
    (tmp_path / "sub" / ".gitignore").write_text("!keep.tmp.md\nc.md\n")
    assert walked(tmp_path) == ["a.md", "sub/b.md", "sub/keep.tmp.md"]
    everything = walked(tmp_path, Walk(gitignore=False))
    assert "build/x.md" in everything and "sub/c.md" in everything


def test_gitignore_outside_a_repository_is_not_read(tmp_path):
    (tmp_path / ".gitignore").write_text("*.md\n")
    make(tmp_path, "a.md")
    assert walked(tmp_path) == ["a.md"]
    assert not GitIgnore().ignored(tmp_path / "a.md")


def test_symbolic_link_loops_are_skipped_with_a_reason_and_the_walk_goes_on(tmp_path):
    make(tmp_path, "news/a.md", "news/z.md")
    (tmp_path / "news" / "b.md").symlink_to("c.md")
    (tmp_path / "news" / "c.md").symlink_to("b.md")
    (tmp_path / "news" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "news" / "gone.md").symlink_to("nowhere.md")
    entries = list(find([str(tmp_path / "news")]))
    files = [e.path.name for e in entries if isinstance(e, Found)]
    notes = {Path(e).name: e.reason for e in entries if isinstance(e, Skipped)}
    assert files == ["a.md", "z.md"]
    assert notes == {"b.md": "symbolic link loop", "c.md": "symbolic link loop",
                     "gone.md": "symbolic link to nothing",
                     "up": "symbolic link loop (it leads back into a folder being walked)"}


def test_a_linked_folder_elsewhere_is_walked(tmp_path):
    make(tmp_path, "shared/x.md", "site/a.md")
    (tmp_path / "site" / "wire").symlink_to(tmp_path / "shared", target_is_directory=True)
    assert walked(tmp_path, Walk(), str(tmp_path / "site")) == ["site/a.md", "site/wire/x.md"]


def test_walked_and_named_files_are_told_apart(tmp_path):
    make(tmp_path, "a.md", "b.md")
    entries = list(find([str(tmp_path / "b.md"), str(tmp_path)]))
    assert [(e.path.name, e.walked) for e in entries] == [("b.md", False), ("a.md", True)]


def test_a_literal_name_with_glob_characters_is_a_file_not_a_pattern(tmp_path):
    make(tmp_path, "[draft] a.md", "d.md")
    assert [p.name for p in discover([str(tmp_path / "[draft] a.md")])] == ["[draft] a.md"]
    listed = list(find([str(tmp_path / "[d]*.md")], literal=True))
    assert all(isinstance(e, Missing) for e in listed)
