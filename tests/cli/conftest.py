"""Running the command in-process, from the repository root, with its output split."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli
from tests.conftest import ROOT

DATA = ROOT / "tests" / "cli" / "data"
GOLDEN = ROOT / "tests" / "cli" / "golden"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(monkeypatch):
    """``run("validate", "x")`` -> Result, run from the repository root, no config file."""
    monkeypatch.chdir(ROOT)

    def invoke(*args: str, input: bytes | str | None = None, isolated: bool = True) -> Result:
        argv = list(args)
        if isolated and argv and argv[0] == "validate":
            argv.insert(1, "--isolated")
        result = CliRunner().invoke(cli, argv, input=input, catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)

    return invoke
