"""The action's "find the articles" script against real git repositories (issue 13).

Each test builds an origin (a bare repository), a developer's clone that
pushes to it, and a CI checkout the way actions/checkout makes one: one
commit deep. The script then runs in the CI checkout, as a process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "changed_files.py"
ZERO = "0" * 40

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    done = subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=cwd, env=env,
                          capture_output=True, check=True)
    return done.stdout.decode().strip()


class Repos:
    def __init__(self, tmp: Path) -> None:
        self.origin = tmp / "origin.git"
        self.dev = tmp / "dev"
        self.tmp = tmp
        self.origin.mkdir()
        git(self.origin, "init", "--bare", "-q")
        git(self.origin, "config", "uploadpack.allowAnySHA1InWant", "true")
        git(tmp, "clone", "-q", str(self.origin), "dev")

    def commit(self, message: str, write=(), remove=()) -> str:
        for name in write:
            path = self.dev / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{name} {message}\n")
            git(self.dev, "add", "--", name)
        for name in remove:
            git(self.dev, "rm", "-q", "--", name)
        git(self.dev, "commit", "-q", "-m", message)
        return git(self.dev, "rev-parse", "HEAD")

    def push(self, *refs: str) -> None:
        git(self.dev, "push", "-q", "origin", *refs)

    def checkout(self, ref: str, name: str = "ci") -> Path:
        """What actions/checkout does: fetch one commit of ``ref`` and check it out."""
        ci = self.tmp / name
        ci.mkdir()
        git(ci, "init", "-q")
        git(ci, "remote", "add", "origin", f"file://{self.origin}")
        git(ci, "fetch", "-q", "--no-tags", "--depth=1", "origin", ref)
        git(ci, "checkout", "-q", "--detach", "FETCH_HEAD")
        return ci


def find(ci: Path, *args: str, event: str = "push") -> tuple[list[str], str]:
    listing = ci.parent / f"{ci.name}.list"
    outputs = ci.parent / f"{ci.name}.outputs"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INPUT_", "GITHUB_"))}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--event", event, "--output", str(listing),
         "--github-output", str(outputs), *args],
        cwd=ci, env=env, capture_output=True, check=True,
    )
    names = [os.fsdecode(n) for n in listing.read_bytes().split(b"\0") if n]
    values = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    assert values["count"] == str(len(names))
    return names, values["mode"] + " | " + done.stderr.decode()


@pytest.fixture
def repos(tmp_path):
    return Repos(tmp_path)


def test_push_compares_with_before_fetching_it_into_a_shallow_checkout(repos):
    before = repos.commit("one", write=["articles/a.md", "articles/b.md", "README.md"])
    repos.push("main")
    repos.commit("two", write=["articles/a.md", "articles/Zürich – März 2024.md",
                               "articles/x.py", "articles/fix.claims.json"],
                 remove=["articles/b.md"])
    repos.push("main")
    ci = repos.checkout("main")
    assert git(ci, "rev-parse", "--is-shallow-repository") == "true"
    names, how = find(ci, "--before", before)
    assert names == ["articles/Zürich – März 2024.md", "articles/a.md"], how
    assert how.startswith("changed")


def test_pull_request_merge_commit_lists_only_the_branchs_changes(repos):
    repos.commit("base", write=["articles/old.md"])
    repos.push("main")
    git(repos.dev, "checkout", "-q", "-b", "feature")
    repos.commit("feature", write=["articles/new.md", "articles/sub/deep.html"])
    repos.push("feature")
    git(repos.dev, "checkout", "-q", "main")
    base = repos.commit("main moves on", write=["articles/other.md"])
    repos.push("main")
    git(repos.dev, "merge", "-q", "--no-edit", "feature")  # what GitHub makes refs/pull/1/merge
    repos.push("HEAD:refs/pull/1/merge")
    ci = repos.checkout("refs/pull/1/merge")
    names, how = find(ci, "--base", base, event="pull_request")
    assert names == ["articles/new.md", "articles/sub/deep.html"], how


def test_pull_request_head_checkout_deepens_history_to_the_merge_base(repos):
    repos.commit("base", write=["articles/old.md"])
    repos.push("main")
    git(repos.dev, "checkout", "-q", "-b", "feature")
    for i in range(3):
        repos.commit(f"feature {i}", write=[f"articles/new{i}.md"])
    repos.push("feature")
    git(repos.dev, "checkout", "-q", "main")
    base = repos.commit("main moves on", write=["articles/other.md"])
    repos.push("main")
    ci = repos.checkout("feature")  # actions/checkout with ref: the pull request's head
    names, how = find(ci, "--base", base, event="pull_request")
    assert names == ["articles/new0.md", "articles/new1.md", "articles/new2.md"], how
    assert "articles/other.md" not in names  # the base's own change is not the branch's


def test_first_push_of_a_repository_checks_every_file(repos):
    repos.commit("first", write=["articles/a.md", "notes.txt", "src/app.py"])
    repos.push("main")
    ci = repos.checkout("main")
    names, how = find(ci, "--before", ZERO, "--default-branch", "main")
    assert names == ["articles/a.md", "notes.txt"]
    assert how.startswith("all") and "first push" in how


def test_first_push_of_a_branch_compares_with_the_default_branch(repos):
    repos.commit("first", write=["articles/a.md"])
    repos.push("main")
    git(repos.dev, "checkout", "-q", "-b", "wire")
    repos.commit("wire", write=["articles/w.md"])
    repos.push("wire")
    ci = repos.checkout("wire")
    names, how = find(ci, "--before", ZERO, "--default-branch", "main")
    assert names == ["articles/w.md"], how


def test_a_before_commit_that_is_gone_falls_back_to_every_file(repos):
    repos.commit("first", write=["articles/a.md"])
    repos.push("main")
    ci = repos.checkout("main")
    names, how = find(ci, "--before", "1" * 40)
    assert names == ["articles/a.md"] and how.startswith("all")


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        ("articles/**/*.md", ["articles/a.md", "articles/x/b.md", "articles/x/y/c.md"]),
        ("articles/*.md", ["articles/a.md"]),
        ("articles/", ["articles/a.md", "articles/p.html", "articles/x/b.md",
                       "articles/x/y/c.md"]),
        ("*.md", ["top.md"]),
        ("articles/x other/", ["articles/x/b.md", "articles/x/y/c.md", "other/o.md"]),
        ("./other", ["other/o.md"]),
        ("", ["articles/a.md", "articles/p.html", "articles/x/b.md", "articles/x/y/c.md",
              "other/o.md", "top.md"]),
    ],
)
def test_paths_globs_and_folders_in_all_mode(repos, paths, expected):
    repos.commit("all", write=["articles/a.md", "articles/p.html", "articles/x/b.md",
                               "articles/x/y/c.md", "other/o.md", "top.md"])
    repos.push("main")
    ci = repos.checkout("main")
    names, _ = find(ci, "--paths", paths, "--changed-only", "false")
    assert names == expected


def test_paths_together_with_changed_only(repos):
    before = repos.commit("one", write=["articles/a.md", "other/o.md"])
    repos.push("main")
    repos.commit("two", write=["articles/a.md", "articles/x/new.md", "other/o.md"])
    repos.push("main")
    ci = repos.checkout("main")
    names, _ = find(ci, "--before", before, "--paths", "articles/**/*.md")
    assert names == ["articles/a.md", "articles/x/new.md"]
    names, _ = find(ci, "--before", before, "--paths", "drafts/")
    assert names == []  # nothing changed there: nothing to check, not an error


def test_paths_with_spaces_one_a_line_and_entries_that_match_nothing(repos):
    repos.commit("all", write=["news desk/a.md", "b.md"])
    repos.push("main")
    ci = repos.checkout("main")
    names, _ = find(ci, "--paths", "news desk/\nmissing/", "--changed-only", "false")
    assert names == ["news desk/a.md", "missing/"]  # claimcheck names what matched nothing


def test_schedule_events_check_everything_and_untracked_files_count(repos):
    repos.commit("all", write=["articles/a.md"])
    repos.push("main")
    ci = repos.checkout("main")
    (ci / "articles" / "generated.md").write_text("new\n")
    (ci / ".gitignore").write_text("articles/ignored.md\n")
    (ci / "articles" / "ignored.md").write_text("x\n")
    names, how = find(ci, event="schedule")
    assert names == ["articles/a.md", "articles/generated.md"] and how.startswith("all")


def test_outside_a_repository_every_file_below_counts(tmp_path):
    (tmp_path / "site" / "a").mkdir(parents=True)
    (tmp_path / "site" / "a" / "x.md").write_text("x")
    (tmp_path / "site" / ".cache").mkdir()
    (tmp_path / "site" / ".cache" / "y.md").write_text("y")
    names, how = find(tmp_path / "site", event="push")
    assert names == ["a/x.md"] and how.startswith("all")


def test_the_list_feeds_claimcheck(repos, monkeypatch):
    """Script, then ``validate --files-from``: the names arrive intact, NUL-separated."""
    from click.testing import CliRunner

    from claimcheck.cli import cli
    from tests.cli.conftest import DATA

    before = repos.commit("one", write=["README.md"])
    repos.push("main")
    for name in ("articles/Café – ünï.json", "articles/ok.json"):
        (repos.dev / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / ("weekday.claims.json" if "Caf" in name else "clean.claims.json"),
                    repos.dev / name)
        git(repos.dev, "add", name)
    git(repos.dev, "commit", "-q", "-m", "two")
    repos.push("main")
    ci = repos.checkout("main")
    names, _ = find(ci, "--before", before)
    monkeypatch.chdir(ci)
    result = CliRunner().invoke(
        cli, ["validate", "--isolated", "--format", "github", "--force-exclude",
              "--files-from", str(ci.parent / "ci.list")], catch_exceptions=False)
    assert names == ["articles/Café – ünï.json", "articles/ok.json"]
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=articles/Café – ünï.json,line=3")
