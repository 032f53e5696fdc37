#!/usr/bin/env python3
"""The articles a CI run checks: the GitHub Action's "Find the articles" step.

Two modes:

- **changed** (pull requests, pushes, merge queues): the files the change
  added, modified, renamed or copied. A push is compared with
  ``github.event.before``; a pull request with its base (through the merge
  base, history fetched as deep as needed); a first push (``before`` all
  zeros) with the default branch, or every file when there is none.
- **all** (schedules, manual runs): every file in the checkout, tracked or
  new, that git does not ignore.

Either way the list is cut to ``paths`` (files, folders or globs with
``**``, as in ``articles/**/*.md``; empty: everything), to the article
extensions, and to files that exist; ``*.claims.json`` fixtures are left
out. The result is written NUL-separated, for ``claimcheck validate
--files-from``, so no file name is mangled (git is asked with ``-z``, no
quoting) and no argument list grows too long.

Standard library and ``pathspec`` only, run by path: the claimcheck package
never imports it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from pathspec import GitIgnoreSpec

ZERO = "0" * 40
CHANGED_EVENTS = {"pull_request", "pull_request_target", "push", "merge_group"}
PR_EVENTS = {"pull_request", "pull_request_target"}
DEFAULT_EXTENSIONS = ".txt .md .markdown .html .htm .json .jsonl"
DEEPEN = (50, 500)
"""How far a shallow clone is deepened, step by step, before fetching all of history."""


class Git:
    """git in one working tree; every name with ``-z`` and no quoting."""

    def __init__(self, cwd: Path, remote: str = "origin") -> None:
        self.cwd = cwd
        self.remote = remote

    def log(self, message: str) -> None:
        print(message, file=sys.stderr)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            ["git", "-c", "core.quotePath=false", *args], cwd=self.cwd, capture_output=True,
            check=check,
        )

    def ok(self, *args: str) -> bool:
        return self.run(*args, check=False).returncode == 0

    def names(self, *args: str) -> list[str]:
        out = self.run(*args).stdout
        return [os.fsdecode(name) for name in out.split(b"\0") if name]

    def is_repo(self) -> bool:
        return self.ok("rev-parse", "--is-inside-work-tree")

    def has_commit(self, sha: str) -> bool:
        return self.ok("cat-file", "-e", f"{sha}^{{commit}}")

    def shallow(self) -> bool:
        out = self.run("rev-parse", "--is-shallow-repository", check=False).stdout
        return out.strip() == b"true"

    def fetch(self, *args: str) -> bool:
        done = self.run("fetch", "--no-tags", "--quiet", self.remote, *args, check=False)
        if done.returncode != 0:
            self.log(f"claimcheck: git fetch {' '.join(args)}: "
                     f"{done.stderr.decode(errors='replace').strip()}")
        return done.returncode == 0

    def ensure(self, sha: str) -> bool:
        """The commit is here, fetched (one commit deep) if it was not."""
        return self.has_commit(sha) or (self.fetch("--depth=1", sha) and self.has_commit(sha))

    def parents(self, sha: str) -> list[str]:
        """Parents as the commit records them, also in a shallow clone (which hides them)."""
        body = self.run("cat-file", "commit", sha).stdout.decode(errors="replace")
        header = body.split("\n\n", 1)[0]
        return [line.split()[1] for line in header.splitlines() if line.startswith("parent ")]

    def merge_base(self, base: str, head: str) -> str | None:
        """The merge base, deepening a shallow clone step by step until it is found."""
        steps = [f"--deepen={n}" for n in DEEPEN] + ["--unshallow"]
        while True:
            found = self.run("merge-base", base, head, check=False)
            if found.returncode == 0:
                return found.stdout.decode().strip()
            if not steps or not self.shallow():
                return None
            self.fetch(steps.pop(0), base)

    def diff(self, base: str, head: str = "HEAD") -> list[str]:
        return self.names("diff", "--name-only", "-z", "--relative", "--no-ext-diff",
                          "--diff-filter=ACMRT", base, head)

    def files(self) -> list[str]:
        return self.names("ls-files", "-z", "--cached", "--others", "--exclude-standard")


def changed_files(
    git: Git, *, event: str, before: str = "", base: str = "", default_branch: str = "",
) -> list[str] | None:
    """What the event changed; None when it cannot be told (then every file is checked)."""
    if event in PR_EVENTS or event == "merge_group":
        if not base:
            git.log("claimcheck: no base commit for this pull request")
            return None
        return _against(git, base, through_merge_base=True)
    if before and before != ZERO:
        return _against(git, before, through_merge_base=False)
    if default_branch:  # a new branch: what it adds to the default branch
        branch = f"refs/remotes/{git.remote}/{default_branch}"
        if git.fetch("--depth=1", f"+refs/heads/{default_branch}:{branch}"):
            tip = git.run("rev-parse", branch).stdout.decode().strip()
            head = git.run("rev-parse", "HEAD").stdout.decode().strip()
            if tip != head:
                return _against(git, tip, through_merge_base=True)
    git.log("claimcheck: a first push: every file counts as added")
    return None


def _against(git: Git, base: str, *, through_merge_base: bool) -> list[str] | None:
    if not git.ensure(base):
        git.log(f"claimcheck: commit {base[:12]} cannot be fetched")
        return None
    if through_merge_base and base not in git.parents("HEAD"):
        # HEAD is not the pull request's merge commit (a checkout of its head, say):
        # compare with where the branch left the base, or the base's changes show up too
        found = git.merge_base(base, "HEAD")
        if found is None:
            git.log(f"claimcheck: no merge base with {base[:12]}; comparing with it directly")
        else:
            base = found
    return git.diff(base)


def split_paths(value: str) -> list[str]:
    """One entry a line when there are several lines (names may hold spaces), else by spaces."""
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    return lines if len(lines) > 1 else value.split()


def path_filter(entries: Sequence[str]) -> GitIgnoreSpec | None:
    """Files, folders and globs (``**`` included) as one matcher, from the top of the checkout.

    Each entry is anchored (``*.md`` is the top folder's, as a shell's glob would be) and a
    folder takes in everything below it.
    """
    if not entries:
        return None
    patterns = []
    for entry in entries:
        entry = entry.strip()
        if entry.startswith("./"):
            entry = entry[2:]
        if entry in ("", ".", "./"):
            return None
        patterns.append("/" + entry.lstrip("/").rstrip("/"))
    return GitIgnoreSpec.from_lines(patterns)


def select(
    names: Iterable[str], *, spec: GitIgnoreSpec | None, extensions: Sequence[str], cwd: Path,
) -> list[str]:
    wanted = tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)
    out = []
    for name in names:
        lower = name.lower()
        if lower.endswith(".claims.json") or not lower.endswith(wanted):
            continue
        if spec is not None and not spec.match_file(name):
            continue
        if (cwd / name).is_file():
            out.append(name)
    return sorted(set(out))


def unmatched(entries: Sequence[str], chosen: Sequence[str]) -> list[str]:
    """Entries of ``paths`` that took in no file: passed on, so claimcheck names them."""
    left = []
    for entry in entries:
        spec = path_filter([entry])
        if spec is not None and not any(spec.match_file(name) for name in chosen):
            left.append(entry)
    return left


def walk_files(cwd: Path) -> list[str]:
    """Every file below ``cwd`` outside hidden folders (a checkout that is not a repository)."""
    out = []
    for root, dirs, files in os.walk(cwd):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        out += [Path(root, f).relative_to(cwd).as_posix() for f in files]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    env = os.environ.get
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paths", default=env("INPUT_PATHS", ""))
    parser.add_argument("--extensions", default=env("INPUT_EXTENSIONS", "") or DEFAULT_EXTENSIONS)
    parser.add_argument("--changed-only", choices=("auto", "true", "false"),
                        default=(env("INPUT_CHANGED_ONLY", "") or "auto").lower())
    parser.add_argument("--event", default=env("GITHUB_EVENT_NAME", ""))
    parser.add_argument("--before", default=env("EVENT_BEFORE", ""))
    parser.add_argument("--base", default=env("EVENT_BASE_SHA", ""))
    parser.add_argument("--default-branch", default=env("DEFAULT_BRANCH", ""))
    parser.add_argument("--remote", default="origin")
    parser.add_argument("--output", required=True, type=Path, help="the NUL-separated list")
    parser.add_argument("--github-output", default=env("GITHUB_OUTPUT"), type=Path)
    args = parser.parse_args(argv)

    cwd = Path.cwd()
    git = Git(cwd, args.remote)
    entries = split_paths(args.paths)
    changed_only = args.changed_only == "true" or (
        args.changed_only == "auto" and args.event in CHANGED_EVENTS
    )
    in_repo = git.is_repo()
    names: list[str] | None = None
    if changed_only and in_repo:
        names = changed_files(git, event=args.event, before=args.before, base=args.base,
                              default_branch=args.default_branch)
    mode = "changed" if names is not None else "all"
    if names is None:
        names = git.files() if in_repo else walk_files(cwd)
    chosen = select(names, spec=path_filter(entries), extensions=args.extensions.split(),
                    cwd=cwd)
    if mode == "all":
        chosen += unmatched(entries, chosen)
    args.output.write_bytes(b"".join(os.fsencode(name) + b"\0" for name in chosen))
    print(f"claimcheck: {len(chosen)} file(s) to check ({mode} files"
          f"{', in ' + ' '.join(entries) if entries else ''})", file=sys.stderr)
    if args.github_output:
        with args.github_output.open("a", encoding="utf-8") as out:
            out.write(f"list={args.output}\ncount={len(chosen)}\nmode={mode}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
