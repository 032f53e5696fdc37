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


# 2a. A nominal event behind "before"/"until" is later than the clause that mentions it:
#     the clause's past tense neither dates it in the past nor makes it occurred.
LATER_EVENT = [
    # (published, text, consistent?)
    (dt.date(1997, 4, 12), "Villagers spent a tense day Saturday before a regional vote for "
     "mayors and the assembly Sunday.", True),
    (dt.date(2024, 4, 24), "A survey released on Wednesday, a week before the referendum on "
     "May 1, found a narrow lead.", True),
    (dt.date(2024, 4, 24), "A survey released on Wednesday, April 24, 2024, a week before the "
     "referendum on May 1, 2024, found a narrow lead.", True),
    (dt.date(1997, 4, 12), "Villagers waited on Saturday, April 12, 1997, before the vote on "
     "Sunday, April 6, 1997.", False),
]


@pytest.mark.parametrize(("published", "text", "consistent"), LATER_EVENT)
def test_event_behind_before_takes_no_past(nlp, published, text, consistent):
    dated = [f for f in _findings(text, published) if f.code.startswith("DT")]
    if consistent:
        assert dated == [], [f.message for f in dated]
    else:
        assert any(f.severity is Severity.ERROR for f in dated), [f.message for f in dated]


# 2b. An announcement of a planned event comes on or before it, never after it.
ANNOUNCED = [
    (dt.date(2024, 4, 24), "The office announced Friday that he will meet the nominee on "
     "Thursday.", True),
    (dt.date(2024, 4, 17), "The ministry said on Friday, April 12, 2024, that the minister "
     "will visit on Tuesday, April 16, 2024.", True),
    (dt.date(2024, 4, 22), "The office announced on Friday, April 19, 2024, that he met the "
     "nominee on Saturday, April 20, 2024.", False),
]


@pytest.mark.parametrize(("published", "text", "consistent"), ANNOUNCED)
def test_announcement_precedes_what_it_announces(nlp, published, text, consistent):
    dt03 = _findings(text, published, "DT03")
    assert (dt03 == []) is consistent, [f.message for f in dt03]


def test_announcement_relation_points_forward(nlp):
    from claimcheck import extract
    from claimcheck.models import EventStatus, RelationType

    cs = extract("The agency announced on Monday that the two firms will sign the deal on "
                 "Friday.", published="2024-04-08")
    planned = {e.id for e in cs.events if e.status is EventStatus.PLANNED}
    rels = [r for e in cs.events for r in e.relations if r.target in planned]
    assert rels and all(r.type is RelationType.ON_OR_BEFORE for r in rels)


# 2c. Messages never show the solver's calendar edges (year 1, year 9999).
@pytest.mark.parametrize("text", [
    "A poll published on Wednesday, eight days before the general election on May 1, showed "
    "the opposition ahead.",
    "The office announced Friday that he will meet the nominee on Thursday.",
    "The talks, which ended a day after the summit, began on Monday, the day before.",
])
def test_no_calendar_edge_in_messages(nlp, text):
    for published in (dt.date(2024, 4, 24), dt.date(2024, 4, 29)):
        for f in _findings(text, published):
            assert not any(y in f.message for y in (", 1 ", ", 1,", " 9999")), f.message
