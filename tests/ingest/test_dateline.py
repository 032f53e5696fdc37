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


# Press-release labels open a date line like "Published:" does, in any case,
# with the same safeguards: a full date with a year, a weekday that agrees,
# nothing else on the line, and only in the first lines.
RELEASE_FOUND = [
    ("FOR IMMEDIATE RELEASE June 2, 2011\n\nThe mayor opened the bridge.", dt.date(2011, 6, 2)),
    ("For Immediate Release: June 2, 2011\nThe mayor spoke.", dt.date(2011, 6, 2)),
    ("for immediate release - 2 June 2011\nThe mayor spoke.", dt.date(2011, 6, 2)),
    ("Immediate Release: Thursday, June 2, 2011\nText.", dt.date(2011, 6, 2)),
    ("Release date: 14 October 2016\nThe report is out.", dt.date(2016, 10, 14)),
    ("RELEASE DATE: 2016-10-14\nThe report is out.", dt.date(2016, 10, 14)),
    ("Released: Oct. 14, 2016 at 9:30 a.m. EST\nText.", dt.date(2016, 10, 14)),
    ("Released on 14 October 2016\nText.", dt.date(2016, 10, 14)),
    (
        "City of Harbourtown\nPress Office\n______________\n"
        "**FOR IMMEDIATE RELEASE September 8, 2020**\nCouncil approves budget",
        dt.date(2020, 9, 8),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RELEASE_FOUND, ids=[t[:24] for t, _ in RELEASE_FOUND]
)
def test_release_label_date_line(text, expected):
    found = find_dateline(text)
    assert found is not None and found.date == expected
    assert text[found.start:found.end] == found.text


RELEASE_NOT_FOUND = [
    "FOR IMMEDIATE RELEASE\nThe mayor opened the bridge.",  # a label and no date
    "FOR IMMEDIATE RELEASE June 2\nText.",  # no year: not guessed
    "Released: Monday, June 2, 2011\nText.",  # June 2, 2011 was a Thursday
    "Release date: 31 June 2016\nText.",  # no such day
    "For immediate release June 2, 2011 the mayor said the bridge is open.",  # a sentence
    "The film was released June 2, 2011.\nText.",  # label inside a sentence
    "Embargoed until June 2, 2011\nText.",  # an embargo is not a publication date
    "Updated: June 2, 2011\nText.",
    "\n".join(["A line"] * 8 + ["Released: June 2, 2011"]),  # too far down
]


@pytest.mark.parametrize("text", RELEASE_NOT_FOUND, ids=[t[:24] for t in RELEASE_NOT_FOUND])
def test_release_label_refused(text):
    found = find_dateline(text)
    assert found is None or found.date is None
