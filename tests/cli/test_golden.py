"""Every output format against a golden file, on hand-made ClaimSets (no model).

Regenerate after an intended change of output (or of a rule's message):

    CLAIMCHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/cli -q -k golden
"""

from __future__ import annotations

import os

import pytest

from .conftest import GOLDEN

INPUTS = [
    "tests/cli/data/weekday.claims.json",
    "tests/cli/data/clean.claims.json",
    "tests/cli/data/suppressed.claims.json",
]
UPDATE = os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1"


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"missing {path}: run with CLAIMCHECK_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} changed; if intended: CLAIMCHECK_UPDATE_GOLDEN=1"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab", "junit"])
def test_golden_claims(run, fmt):
    result = run("validate", "--format", fmt, *INPUTS)
    assert result.code == 1 and result.err == ""
    check_golden(f"claims.{fmt}", result.out)
