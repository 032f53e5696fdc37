"""The pre-commit hook, run by a real pre-commit on a throwaway repository (issue 13).

The throwaway repository's ``.pre-commit-config.yaml`` points at this
repository by its local path and pins ``rev`` to its HEAD commit, the way
docs/ci.md tells users to pin a commit. pre-commit clones that commit and
builds the hook's environment with pip (the first run downloads the
dependencies, later runs reuse pre-commit's cache). The test is skipped only
when pre-commit is not installed; it is not in the ``dev`` extra because
building the hook environment takes minutes the first time.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest
import yaml

from tests.cli.conftest import DATA
from tests.conftest import ROOT

from .test_changed_files import git


def pre_commit() -> list[str] | None:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    found = shutil.which("pre-commit")
    return [found] if found else None


COMMAND = pre_commit()
pytestmark = pytest.mark.skipif(COMMAND is None, reason="pre-commit is not installed")


def head() -> str | None:
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def test_the_hook_file_is_what_pre_commit_reads():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["entry"] == "claimcheck validate --force-exclude"
    assert hook["language"] == "python" and hook["require_serial"] is True


def test_pre_commit_runs_the_hook_pinned_to_a_commit(tmp_path):
    sha = head()
    if sha is None:
        pytest.skip("this checkout is not a git repository")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {sha}\n    hooks:\n      - id: claimcheck\n"
    )
    shutil.copy(DATA / "weekday.claims.json", repo / "bad.json")
    shutil.copy(DATA / "clean.claims.json", repo / "good.json")
    (repo / "package.json").write_text('{"name": "site"}')
    git(repo, "add", ".")
    env = {**os.environ, "PYTHONPATH": "", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("VIRTUAL_ENV", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*COMMAND, "run", *args], cwd=repo, env=env, capture_output=True,
                              text=True, timeout=1800)

    failing = run()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "bad.json:3:26  DT01" in failing.stdout
    assert "package.json" not in failing.stdout
    git(repo, "rm", "-q", "--cached", "bad.json")
    passing = run()
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "claimcheck" in passing.stdout and "Passed" in passing.stdout
