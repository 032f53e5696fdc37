"""The wire-dateline test on a time expression's span (time role DATELINE, event linking)."""

from __future__ import annotations

import pytest

from claimcheck.lang.en.datelines import find_dateline, is_wire_date

CASES = [
    # text, the date in it, a dateline (place optional), a dateline with its place
    ("Headline\n\nLISBON, March 3, 2021 – The talks began.", "March 3, 2021", True, True),
    ("Headline\n\nST. PAUL, Minn., Feb. 9 (AP) — Voters met.", "Feb. 9", True, True),
    ("Headline\n\nKIGALI, Rwanda, Aug. 2 - The vote.", "Aug. 2", True, True),
    ("Live updates\n\n10:15 am — The mayor spoke.", "10:15 am", True, False),
    ("The council met on March 3 - and voted.", "March 3", False, False),
    ("LISBON, March 3, 2021 the talks began.", "March 3, 2021", False, False),
    ("Headline\n\nlisbon, March 3 – The talks began.", "March 3", False, False),
]


@pytest.mark.parametrize("text, date, anywhere, with_place", CASES)
def test_wire_date(text: str, date: str, anywhere: bool, with_place: bool) -> None:
    start = text.index(date)
    end = start + len(date)
    assert is_wire_date(text, start, end) is anywhere
    assert is_wire_date(text, start, end, place=True) is with_place


def test_the_publication_dateline_and_the_span_test_read_the_same_grammar() -> None:
    text = "ST. PAUL, Minn., Feb. 9, 2022 (AP) — Voters met."
    found = find_dateline(text)
    assert found is not None and found.date is not None and found.date.isoformat() == "2022-02-09"
    start = text.index("Feb. 9, 2022")
    assert is_wire_date(text, start, start + len("Feb. 9, 2022"), place=True)
