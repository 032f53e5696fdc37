"""The ranges of time expressions that ``word_uses`` tests each capitalised word against:
joined where they overlap, so one bisection answers for any offset."""

from __future__ import annotations

import pytest

from claimcheck.extraction.name_words import _merged


@pytest.mark.parametrize(("spans", "merged"), [
    ([], []),
    ([(5, 9)], [(5, 9)]),
    ([(10, 20), (0, 4)], [(0, 4), (10, 20)]),  # out of order
    ([(0, 10), (3, 6)], [(0, 10)]),  # one inside another
    ([(0, 5), (5, 8), (7, 12)], [(0, 12)]),  # touching and overlapping
    ([(0, 5), (6, 8)], [(0, 5), (6, 8)]),  # apart
])
def test_overlapping_ranges_are_joined(spans, merged):
    assert _merged(spans) == merged
