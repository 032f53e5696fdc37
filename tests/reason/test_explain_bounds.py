"""A conflict's message names only bounds the text gave, never the solver's calendar edges."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.reason.days import FIRST_DAY, LAST_DAY
from claimcheck.reason.domain import Domain
from claimcheck.reason.explain import _span_of

D = dt.date(2024, 4, 19).toordinal()

CASES = [
    (Domain(lo=FIRST_DAY, hi=LAST_DAY), "no day it states"),
    (Domain(lo=FIRST_DAY + 8, hi=LAST_DAY), "no day it states"),  # an edge moved by a week
    (Domain(lo=FIRST_DAY + 3, hi=D), "a day on or before Friday, April 19, 2024"),
    (Domain(lo=D, hi=LAST_DAY - 2), "a day on or after Friday, April 19, 2024"),
    (Domain(lo=D, hi=D + 30), "a day between Friday, April 19, 2024 and Sunday, May 19, 2024"),
    (Domain(lo=D, hi=D), "Friday, April 19, 2024"),
]


@pytest.mark.parametrize(("domain", "said"), CASES)
def test_span_of_names_only_real_bounds(domain, said):
    text = _span_of(domain.normal())
    assert text == said
    assert "9999" not in text and ", 1 " not in text and not text.endswith(", 1")
