"""False-alarm mechanisms from real edited news, each as a table of our own sentences:
consistent text gives no error (an error is a proof), the broken twin is still caught."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import validate
from claimcheck.models import Severity


def _findings(text: str, published: dt.date, code: str | None = None):
    found = validate(text, published=published).files[0].findings
    return [f for f in found if code is None or f.code == code]


# 1. A signalled duration in apposition to a date ("on Sunday, four days later") renames
#    that day: it counts from the date stated before it, never from the day beside it.
APPOSED_OFFSET = [
    # (published, text, consistent?)
    (dt.date(2022, 8, 9), "The walkout began on Aug. 3 and ended on Sunday, four days later, "
     "when the union took the offer.", True),
    (dt.date(2022, 8, 9), "The walkout began on Aug. 2 and ended on Sunday, four days later, "
     "when the union took the offer.", False),
    (dt.date(2023, 5, 20), "Divers found the wreck on May 2. They raised it on Friday, May 12, "
     "ten days later.", True),
    (dt.date(2023, 5, 20), "Divers found the wreck on May 2. They raised it on Friday, May 12, "
     "nine days later.", False),
    (dt.date(2023, 5, 20), "Divers found the wreck on May 2, 2023. They raised it on Friday, "
     "May 12, 2023, ten days later.", True),
    (dt.date(2021, 3, 27), "The ferry sank on March 20. Rescuers reached it on Tuesday, "
     "three days later, and the inquiry opened a week after that.", True),
    (dt.date(2021, 3, 27), "The ferry sank on March 20. Rescuers reached it on Tuesday, "
     "two days later, and the inquiry opened a week after that.", False),
]


@pytest.mark.parametrize(("published", "text", "consistent"), APPOSED_OFFSET)
def test_apposed_offset_counts_from_the_earlier_date(nlp, published, text, consistent):
    dt02 = _findings(text, published, "DT02")
    if consistent:
        assert dt02 == [], [f.message for f in dt02]
    else:  # caught; an error only where every link is stated (the year-less date is guessed)
        assert dt02, text


def test_apposed_offset_from_a_stated_year_is_an_error(nlp):
    # one sentence: every link stated (across sentences the anchor is a guess: a warning)
    text = ("Divers found the wreck on May 2, 2023, and raised it on Friday, May 12, 2023, "
            "nine days later.")
    assert any(f.severity is Severity.ERROR for f in _findings(text, dt.date(2023, 5, 20), "DT02"))


def test_apposed_offset_with_no_earlier_date_is_no_proof(nlp):
    text = "The strike ended on Sunday, four days later, when the union took the offer."
    assert [f for f in _findings(text, dt.date(2022, 8, 9))
            if f.severity is Severity.ERROR] == []
