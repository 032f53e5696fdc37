"""One expression, one reading: ranges, choices, a clock time with its day, a day with its year."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extraction.time import find_times
from claimcheck.models import Joining

PUB = dt.date(2024, 11, 20)  # a Wednesday

# (id, text, phrase, value, until, resolved first .. last, joining)
RANGES = [
    ("hyphen", "The summit is on Nov. 15-16.", "Nov. 15-16", "2024-11-15", "2024-11-16",
     ("2024-11-15", "2024-11-16"), Joining.RANGE),
    ("day-first-to", "The fair ran from 11 to 15 September.", "11 to 15 September",
     "2024-09-11", "2024-09-15", ("2024-09-11", "2024-09-15"), Joining.RANGE),
    ("day-first-hyphen-year", "Hearings are set for 3-5 March 2025.", "3-5 March 2025",
     "2025-03-03", "2025-03-05", ("2025-03-03", "2025-03-05"), Joining.RANGE),
    ("between", "Voting took place between March 1 and March 9.", "March 1 and March 9",
     "2024-03-01", "2024-03-09", ("2024-03-01", "2024-03-09"), Joining.RANGE),
    ("and-day-number", "Delegates met on April 24 and 25.", "April 24 and 25", "2024-04-24",
     "2024-04-25", ("2024-04-24", "2024-04-25"), Joining.RANGE),
    ("across-months", "The talks, held Feb. 27-March 2, failed.", "Feb. 27-March 2",
     "2024-02-27", "2024-03-02", ("2024-02-27", "2024-03-02"), Joining.RANGE),
    ("weekday-choice", "The store will reopen on Monday or Tuesday.", "Monday or Tuesday",
     "2024-11-25", "2024-11-26", ("2024-11-25", "2024-11-26"), Joining.CHOICE),
    ("date-choice", "The verdict is due on Dec. 3 or Dec. 4.", "Dec. 3 or Dec. 4", "2024-12-03",
     "2024-12-04", ("2024-12-03", "2024-12-04"), Joining.CHOICE),
]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "until", "days", "kind"),
    [pytest.param(*row[1:], id=row[0]) for row in RANGES],
)
def test_range_is_one_expression(nlp, text, phrase, value, until, days, kind):
    times = find_times(nlp(text), published=PUB)
    assert [t.span.text for t in times] == [phrase]
    (t,) = times
    assert (t.value, t.until, t.joins) == (value, until, kind)
    assert (t.resolved.start.isoformat(), t.resolved.end.isoformat()) == days
    # no single day of the range is stated as *the* day
    assert t.stated is None or t.stated.day is None


# pairs that stay two expressions
APART = [
    ("date-and-weekday", "Prices fell from Sept. 14 to Thursday.", ["Sept. 14", "Thursday"]),
    ("too-long", "The strike lasted from Aug. 26 to Oct. 20.", ["Aug. 26", "Oct. 20"]),
    ("two-events", "He arrived on Friday and left on Monday.", ["Friday", "Monday"]),
    ("and-two-dates", "Polls closed on May 3 and counting began May 4.", ["May 3", "May 4"]),
    ("month-then-year-clause", "It opened in June; 1999 was worse.", ["June", "1999"]),
    ("date-then-an-offset", "He left on Nov. 4, a day after the vote.", ["Nov. 4", "a day"]),
    ("date-then-last-weekday", "He left on Nov. 4, last Friday's vote aside.",
     ["Nov. 4", "last Friday"]),
    ("same-clock-restated", "It starts at 4 in the morning (4 a.m. EST Friday).",
     ["4 in the morning", "4 a.m. EST Friday"]),
    ("month-then-offset-year", "Sales fell in June, a year after the merger.", ["June", "a year"]),
]


@pytest.mark.parametrize(("text", "phrases"), [pytest.param(*r[1:], id=r[0]) for r in APART])
def test_apart_stay_apart(nlp, text, phrases):
    assert [t.span.text for t in find_times(nlp(text), published=PUB)] == phrases


# (id, text, phrase, type, value)
WHOLES = [
    ("clock-then-day", "Kick-off is at 15:00 GMT Saturday.", "15:00 GMT Saturday", "TIME",
     "2024-11-23T15:00"),
    ("day-at-clock", "The teams met Saturday at 15:00 GMT.", "Saturday at 15:00 GMT", "TIME",
     "2024-11-16T15:00"),
    ("clock-on-day", "The vote opened at 9 a.m. on Thursday.", "9 a.m. on Thursday", "TIME",
     "2024-11-14T09:00"),
    ("odd-comma", "The pact was signed on July 24 , 2003 in Rome.", "July 24 , 2003", "DATE",
     "2003-07-24"),
    ("amount-choice", "The review could take weeks or months.", "weeks or months", "DURATION",
     "PXW"),
    ("month-spelled-year", "Rates rose in March nineteen ninety-one.",
     "March nineteen ninety-one", "DATE", "1991-03"),
    ("season-of-spelled-year", "Oil was cheap in the winter of nineteen eighty-six.",
     "the winter of nineteen eighty-six", "DATE", "1986-WI"),
    ("date-then-a-weekday", "Talks opened on Nov. 4, a Monday, in Oslo.", "Nov. 4, a Monday",
     "DATE", "2024-11-04"),
    ("weekday-then-date-in-parenthesis", "The bill passed on Monday (4 November).",
     "Monday (4 November)", "DATE", "2024-11-04"),
    ("date-then-weekday-in-parenthesis", "The bill passed on 4 November (Monday).",
     "4 November (Monday)", "DATE", "2024-11-04"),
    ("zone-restated", "The quake struck at 4:10 p.m. (0810 GMT).", "4:10 p.m.", "TIME",
     "2024-11-20T16:10"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"), [pytest.param(*r[1:], id=r[0]) for r in WHOLES]
)
def test_pieces_are_one_expression(nlp, text, phrase, type_, value):
    times = find_times(nlp(text), published=PUB)
    assert [(t.span.text, t.type.value, t.value) for t in times] == [(phrase, type_, value)]


# signalled durations: the signal word outside the span, the arithmetic in the anchor
SIGNALLED = [
    ("after-event", "She resigned three years after the war.", "three years", "after", "P3Y"),
    ("later-reference", "Riots broke out on June 25, 2022. Two days later, troops left.",
     "Two days", "after", "P2D"),
    ("before-event", "He sold the shares ten days before the merger.", "ten days", "before",
     "P10D"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "direction", "offset"), [pytest.param(*r[1:], id=r[0]) for r in SIGNALLED]
)
def test_signalled_duration(nlp, text, phrase, direction, offset):
    times = {t.span.text: t for t in find_times(nlp(text), published=PUB)}
    t = times[phrase]
    assert (t.type.value, t.value) == ("DURATION", offset)
    assert (t.anchor.direction.value, t.anchor.offset) == (direction, offset)


def test_later_counts_from_the_day_last_named(nlp):
    text = "Riots broke out on June 25, 2022. Two days later, troops left. The next day, calm."
    times = {t.span.text: t for t in find_times(nlp(text), published=PUB)}
    later = times["Two days"]
    assert later.anchor.ref == times["June 25, 2022"].id
    assert times["The next day"].value == "2022-06-28"  # counted from the day it landed on


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("They signed a two day truce.", "two day"),
        ("He began a six year reign.", "six year"),
        ("Talks lasted about three days.", "three days"),
        ("Prices rose over three years.", "three years"),
    ],
)
def test_article_and_approximator_outside(nlp, text, phrase):
    assert [t.span.text for t in find_times(nlp(text), published=PUB)] == [phrase]


# a year-less date in a past clause: the latest such day before publication
YEARLESS = [
    ("met", "The ministers met on Dec. 1 in Paris.", "Dec. 1", "2023-12-01"),
    ("passive", "The treaty was signed on Dec. 3, officials said.", "Dec. 3", "2023-12-03"),
    ("month", "Fighting resumed in December, aid groups said.", "December", "2023-12"),
    ("payable-ahead", "The firm declared a dividend payable Dec. 7.", "Dec. 7", "2024-12-07"),
    ("future", "The talks will resume on Dec. 1.", "Dec. 1", "2024-12-01"),
    ("weekday-decides", "The show opened on Saturday, Nov. 23.", "Saturday, Nov. 23",
     "2024-11-23"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "value"), [pytest.param(*r[1:], id=r[0]) for r in YEARLESS]
)
def test_yearless_date_in_a_past_clause(nlp, text, phrase, value):
    times = {t.span.text: t for t in find_times(nlp(text), published=PUB)}
    assert times[phrase].value == value


def test_same_period_last_year_is_one_expression(nlp):
    text = "Profit rose in the third quarter. Sales were flat from the same period last year."
    times = {t.span.text: t for t in find_times(nlp(text), published=PUB)}
    whole = times["the same period last year"]
    assert whole.value == "2023-Q3"
    assert whole.anchor.ref == times["the third quarter"].id
    assert (whole.anchor.direction.value, whole.anchor.offset) == ("before", "P1Y")


def test_comparison_period_is_not_moved_twice(nlp):
    text = "The loss compares with a profit for the corresponding period last year."
    (t,) = find_times(nlp(text), published=dt.date(1989, 11, 1))
    assert (t.span.text, t.value) == ("the corresponding period last year", "1988-Q3")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "until", "days"),
    [
        ("The 2009-2010 season was long.", "2009-2010", "2009", "2010",
         ("2009-01-01", "2010-12-31")),
        ("Its 2009–10 budget was cut.", "2009–10", "2009", "2010", ("2009-01-01", "2010-12-31")),
        ("Prices rose in 1998-99.", "1998-99", "1998", "1999", ("1998-01-01", "1999-12-31")),
    ],
)
def test_year_range_is_one_expression(nlp, text, phrase, value, until, days):
    (t,) = find_times(nlp(text), published=PUB)
    assert (t.span.text, t.value, t.until, t.joins) == (phrase, value, until, Joining.RANGE)
    assert (t.resolved.start.isoformat(), t.resolved.end.isoformat()) == days


def test_descending_years_are_not_a_range(nlp):
    assert all(t.joins is None for t in find_times(nlp("The score was 2010-09."), published=PUB))


# the weekday stated beside its date is kept, so a weekday that does not fit can be checked
APPOSED_WEEKDAYS = [
    ("comma-a", "Talks opened on Nov. 4, a Friday, in Oslo.", 5, "Friday"),
    ("parenthesis", "The bill passed on Thursday (4 November).", 4, "Thursday"),
    # a weekday with its part of the day, then the date: one time, its weekday still stated
    ("part-of-day", "The rally began on Friday afternoon, Nov. 4, in Oslo.", 5, "Friday"),
    ("part-of-day-evening", "They met on Tuesday evening, 4 November.", 2, "Tuesday"),
]


@pytest.mark.parametrize(
    ("text", "weekday", "said"), [pytest.param(*r[1:], id=r[0]) for r in APPOSED_WEEKDAYS]
)
def test_weekday_beside_its_date_is_stated(nlp, text, weekday, said):
    (t,) = find_times(nlp(text), published=PUB)
    assert t.stated is not None
    assert (t.stated.weekday, t.stated.day, t.stated.month) == (weekday, 4, 11)
    assert t.stated.weekday_span is not None and t.stated.weekday_span.text == said
