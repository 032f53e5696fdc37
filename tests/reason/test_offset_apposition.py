"""An offset followed by the day it names ("five days later, on Sunday") is one day:
end to end, the day count is checked against the weekday, for any happening."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.api import extract
from claimcheck.checker import check_claims

PUB = dt.date(2024, 3, 12)  # a Tuesday; March 7 was a Thursday


@pytest.mark.parametrize(("text", "expect"), [
    ("A reporter was detained on March 7 and freed four days later, on Monday.", None),
    ("A reporter was detained on March 7 and freed five days later, on Monday.", "error"),
    ("The ferry sank on March 7. Two days later, on Saturday, divers found it.", None),
    ("The ferry sank on March 7. Three days later, on Saturday, divers found it.", "warning"),
])
def test_an_offset_apposed_to_a_day_names_that_day(text, expect):
    found = [f for f in check_claims(extract(text, published=PUB)).findings if f.code == "DT02"]
    assert [f.severity.value for f in found] == ([expect] if expect else []), found
