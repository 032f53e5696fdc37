"""A date in apposition to "today" near the start of the body: the weakest publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ingest import find_body_date, read_text
from claimcheck.lang.en.today_dates import MAX_CHARS
from claimcheck.models import PublishedSource

FOUND = [
    ("The harbour board said today (Sunday, 6 May 2018) that fees will rise.",
     dt.date(2018, 5, 6)),
    ("The harbour board said today (6 May 2018) that fees will rise.", dt.date(2018, 5, 6)),
    ("The museum announced today [13 September 2024] a new wing.", dt.date(2024, 9, 13)),
    ("The museum announced today [Friday 13 September 2024] a new wing.",
     dt.date(2024, 9, 13)),
    ("Today, March 5, 2013, the council approved the plan.", dt.date(2013, 3, 5)),
    ("Today, Tuesday, March 5, 2013, the council approved the plan.", dt.date(2013, 3, 5)),
    ("TODAY (Tue. Mar. 5th, 2013) the council met.", dt.date(2013, 3, 5)),
    ("The two clubs merged today, 5 March 2013.", dt.date(2013, 3, 5)),
    ("The two clubs merged today — 5 March 2013 — after a long vote.", dt.date(2013, 3, 5)),
    ("The agency reported today (2013-03-05) a fall in prices.", dt.date(2013, 3, 5)),
    ("The court ruled today (March 5, 2013, at 10:30 a.m. EST) on the appeal.",
     dt.date(2013, 3, 5)),
    ("Harbour Gazette\n\nA ferry company said today (Monday, 4 June 2012) it would add routes.",
     dt.date(2012, 6, 4)),
    ("\n\n   Today, 4 June 2012, the ferry left on time.", dt.date(2012, 6, 4)),
    # the first apposition wins, even when a later one names another day
    ("Officials said today (4 June 2012) the ferry left. On Tuesday, today (5 June 2012) it "
     "returned.", dt.date(2012, 6, 4)),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:30] for t, _ in FOUND])
def test_body_date_found(text, expected):
    found = find_body_date(text)
    assert found is not None and found.date == expected
    assert text[found.start:found.end] == found.text
    assert found.text.lower().startswith("today")


REFUSED = [
    # a year-less apposition gives no date, and it decides: no later one is used
    "The minister will travel today (Sunday, 6 May) for two days of talks.",
    "Today, March 5, the council approved the plan.",
    "The minister left today (Sunday, 6 May). Later, today (Sunday, 6 May 2018) she landed.",
    # the weekday disagrees with the date (6 May 2018 was a Sunday)
    "The minister left today (Monday, 6 May 2018) for two days of talks.",
    "Today, Friday, March 5, 2013, the council approved the plan.",
    # no such day
    "The board met today (30 February 2019) to vote.",
]


@pytest.mark.parametrize("text", REFUSED, ids=[t[:30] for t in REFUSED])
def test_body_date_refused(text):
    found = find_body_date(text)
    assert found is not None and found.date is None


NOT_FOUND = [
    # not in apposition: a date near "today" is a claim about another day
    "The mayor said today March 5, 2013 was the wettest day on record.",
    "The mayor said today that on March 5, 2013 the river flooded.",
    "Today, the mayor recalled March 5, 2013, when the river flooded.",
    "Today's meeting (March 5, 2013) was short.",
    "Yesterday (March 4, 2013) the river rose.",
    "The mayor spoke today (Tuesday) about the flood.",
    "Nothing here is dated at all.",
    # too far into the body
    "The river rose. " * (MAX_CHARS // 16 + 1) + "Today, March 5, 2013, the river fell.",
]


@pytest.mark.parametrize("text", NOT_FOUND, ids=[t[:30] for t in NOT_FOUND])
def test_no_body_date(text):
    assert find_body_date(text) is None


def test_limit_counts_from_first_non_blank_character():
    text = " " * 2000 + "Today, March 5, 2013, the river fell."
    found = find_body_date(text)
    assert found is not None and found.date == dt.date(2013, 3, 5)


ARTICLES = [
    # (text, published, published_source)
    ("A ferry company said today (Monday, 4 June 2012) it would add routes.",
     dt.date(2012, 6, 4), PublishedSource.BODY),
    # a date line at the top beats a dated "today" in the body
    ("June 1, 2012\n\nA ferry company said today (Monday, 4 June 2012) it would add routes.",
     dt.date(2012, 6, 1), PublishedSource.DATELINE),
    ("LIMA, June 1, 2012 (AP) - A ferry company said today (Monday, 4 June 2012) it would "
     "add routes.", dt.date(2012, 6, 1), PublishedSource.DATELINE),
    # a year-less dateline gives no date, so the body's full date is used
    ("LIMA, June 4 (AP) - A ferry company said today (Monday, 4 June 2012) it would add "
     "routes.", dt.date(2012, 6, 4), PublishedSource.BODY),
    ("A ferry company said today (Monday, 4 June) it would add routes.",
     None, PublishedSource.UNKNOWN),
    ("A ferry company said today (Tuesday, 4 June 2012) it would add routes.",
     None, PublishedSource.UNKNOWN),
]


@pytest.mark.parametrize(("text", "published", "source"), ARTICLES,
                         ids=[t[:30] for t, _, _ in ARTICLES])
def test_read_text_publication_date(text, published, source):
    article = read_text(text, "a.txt")
    assert article.published == published
    assert article.published_source is source
