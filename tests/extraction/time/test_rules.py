"""Meta-tests: every pattern has a normaliser, and no normaliser is orphaned."""

from __future__ import annotations

from claimcheck.extraction.time.finder import HANDLERS
from claimcheck.extraction.time.patterns import NAMES


def test_every_pattern_has_a_normaliser():
    assert set(NAMES) <= set(HANDLERS)


def test_every_normaliser_has_a_source():
    assert set(HANDLERS) - set(NAMES) == {"entity"}


def test_pattern_names_are_unique():
    names = NAMES
    assert len(names) == len(set(names))
