"""Shared fixtures: the spaCy pipeline loads once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"

settings.register_profile(
    "default", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("ci", max_examples=50, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
"""CI runs the same examples every time: a red build means a change broke something, not
that a new random example was drawn. Locally (default profile) examples vary, and
benchmarks/fuzz.py runs the long searches."""
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def nlp():
    """The shared pipeline (the same object claimcheck.nlp uses)."""
    from claimcheck.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "000_83666e781e89d9a2.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_claims():
    from claimcheck.models import ClaimSet

    path = SEEDS / "000_83666e781e89d9a2.claims.json"
    return ClaimSet.model_validate_json(path.read_text(encoding="utf-8"))
