"""``offsets.Covered``: character ranges joined where they overlap, so one bisection
answers for any offset (what ``word_uses`` asks of the time expressions and the
boilerplate skipper of its lines)."""

from __future__ import annotations

import pytest

from claimcheck.extraction.offsets import Covered


@pytest.mark.parametrize(("spans", "merged"), [
    ([], []),
    ([(5, 9)], [(5, 9)]),
    ([(10, 20), (0, 4)], [(0, 4), (10, 20)]),  # out of order
    ([(0, 10), (3, 6)], [(0, 10)]),  # one inside another
    ([(0, 5), (5, 8), (7, 12)], [(0, 12)]),  # touching and overlapping
    ([(0, 5), (6, 8)], [(0, 5), (6, 8)]),  # apart
])
def test_overlapping_ranges_are_joined(spans, merged):
    assert Covered(spans).ranges == merged


@pytest.mark.parametrize(("offset", "inside"), [
    (0, False), (2, True), (4, True), (5, False), (9, False), (10, True), (12, False),
])
def test_an_offset_is_covered_by_a_range_that_holds_it(offset, inside):
    assert Covered([(10, 12), (2, 5), (3, 4)]).covers(offset) is inside
