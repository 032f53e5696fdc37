"""Datelines: found at the top in the shapes newsrooms use, never taken from the body."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ingest import find_dateline

FOUND = [
    ("OSLO, March 4, 2023 (Reuters) - Ministers met.", dt.date(2023, 3, 4)),
    ("NAIROBI, Kenya, 12 May 2021 (AP) — The vote went ahead.", dt.date(2021, 5, 12)),
    ("LIMA, Sept. 9, 2019 - Talks resumed.", dt.date(2019, 9, 9)),
    ("Tuesday, June 6th, 2023\n\nThe council voted.", dt.date(2023, 6, 6)),
    ("Published: 3 February 2022 09:15 GMT\n\nTwo leaders met.", dt.date(2022, 2, 3)),
    ("Posted on January 9, 2020\nA storm hit.", dt.date(2020, 1, 9)),
    ("2018-07-01\nThe treaty was signed.", dt.date(2018, 7, 1)),
    ("# Harbour news\n\n*Posted March 3, 2024*\n\nBoats left.", dt.date(2024, 3, 3)),
    ("Council minutes\nCity hall\nRoom 4\nApril 2, 2017\n\nThe mayor spoke.", dt.date(2017, 4, 2)),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:20] for t, _ in FOUND])
def test_dateline_found(text, expected):
    found = find_dateline(text)
    assert found is not None and found.date == expected
    assert text[found.start:found.end] == found.text


NOT_FOUND = [
    "The ministers met on March 4, 2023 in Oslo.",  # a date inside a sentence
    "A headline\nThe talks ended on June 6, 2023, officials said.",
    "Monday, June 6th, 2023\nText.",  # June 6, 2023 was a Tuesday: refuse, do not guess
    "February 30, 2022\nText.",  # no such day
    "June 6\nText.",  # a bare date line needs a year
    "\n".join(["A line"] * 9 + ["April 2, 2017"]),  # too far down: body, not dateline
    "Updated: 3 February 2022\nText.",  # an update time is not the publication date
]


@pytest.mark.parametrize("text", NOT_FOUND, ids=[t[:20] for t in NOT_FOUND])
def test_no_dateline(text):
    found = find_dateline(text)
    assert found is None or found.date is None


def test_wire_dateline_without_year_gives_no_date():
    found = find_dateline("OSLO, March 4 (Reuters) - Ministers met.")
    assert found is not None and found.date is None and found.text.startswith("OSLO")
