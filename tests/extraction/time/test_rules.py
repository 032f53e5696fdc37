"""Meta-tests: every pattern has a normaliser, and no normaliser is orphaned."""

from __future__ import annotations

from claimcheck.extraction.time.finder import HANDLERS
from claimcheck.extraction.time.patterns import COMPILED


def test_every_pattern_has_a_normaliser():
    assert {name for name, _ in COMPILED} <= set(HANDLERS)


def test_every_normaliser_has_a_source():
    assert set(HANDLERS) - {name for name, _ in COMPILED} == {"entity"}


def test_pattern_names_are_unique():
    names = [name for name, _ in COMPILED]
    assert len(names) == len(set(names))
