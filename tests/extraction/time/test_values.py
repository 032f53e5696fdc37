"""Table-driven: (sentence, publication date) -> the TIMEX3 type and value of one phrase.

Every sentence here is written for this test. Rows are grouped by the kinds
of expression the issue lists; the id of each row says what it checks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extraction.time import find_times

SAT = dt.date(2024, 11, 23)  # a Saturday
WED = dt.date(2024, 3, 13)  # a Wednesday

# (id, text, published, phrase, type, value)
ROWS = [
    # dates with and without a year
    ("month-day", "The vote was held on November 5.", SAT, "November 5", "DATE", "2024-11-05"),
    ("abbrev-year", "He resigned on Nov. 5, 2019.", SAT, "Nov. 5, 2019", "DATE", "2019-11-05"),
    (
        "day-month",
        "The treaty was signed on 5 November 2021.",
        SAT,
        "5 November 2021",
        "DATE",
        "2021-11-05",
    ),
    ("numeric", "The filing is dated 11/05/2024.", SAT, "11/05/2024", "DATE", "2024-11-05"),
    ("iso", "Version 2 shipped on 2023-02-14.", SAT, "2023-02-14", "DATE", "2023-02-14"),
    ("month-year", "The plant closed in March 2020.", SAT, "March 2020", "DATE", "2020-03"),
    (
        "month-past",
        "Prices rose sharply in March.",
        dt.date(2024, 11, 2),
        "March",
        "DATE",
        "2024-03",
    ),
    (
        "month-last-year",
        "The deal closed in December.",
        dt.date(2024, 1, 10),
        "December",
        "DATE",
        "2023-12",
    ),
    (
        "month-next-year",
        "The law will take effect in January.",
        dt.date(2024, 11, 20),
        "January",
        "DATE",
        "2025-01",
    ),
    (
        "ordinal-day",
        "Voters went to the polls on the fifth of November.",
        SAT,
        "the fifth of November",
        "DATE",
        "2024-11-05",
    ),
    ("abbrev-no-period", "The vote is on Nov 5.", SAT, "Nov 5", "DATE", "2024-11-05"),
    (
        "range-year",
        "The envoy toured the region from January 4-11, 2021.",
        SAT,
        "January 4-11, 2021",
        "DATE",
        "2021-01-04",
    ),
    (
        "weekday-date",
        "The summit opened on Friday, November 22, 2024.",
        SAT,
        "Friday, November 22, 2024",
        "DATE",
        "2024-11-22",
    ),
    # weekdays
    ("weekday-past", "The ministers met on Friday.", SAT, "Friday", "DATE", "2024-11-22"),
    (
        "weekday-today",
        "The office confirmed it on Saturday.",
        SAT,
        "Saturday",
        "DATE",
        "2024-11-23",
    ),
    ("weekday-future", "The board will vote on Tuesday.", SAT, "Tuesday", "DATE", "2024-11-26"),
    ("weekday-last", "She spoke last Monday.", WED, "last Monday", "DATE", "2024-03-11"),
    ("weekday-next", "Talks resume next Friday.", WED, "next Friday", "DATE", "2024-03-15"),
    (
        "weekday-night",
        "Fans gathered Friday night outside the arena.",
        SAT,
        "Friday night",
        "DATE",
        "2024-11-22",
    ),
    # relative to the publication date
    ("yesterday", "The mayor resigned yesterday.", SAT, "yesterday", "DATE", "2024-11-22"),
    ("today", "The court rules today.", SAT, "today", "DATE", "2024-11-23"),
    ("tomorrow", "The results arrive tomorrow.", SAT, "tomorrow", "DATE", "2024-11-24"),
    ("this-week", "The envoy arrives this week.", WED, "this week", "DATE", "2024-W11"),
    ("last-week", "Shares fell last week.", WED, "last week", "DATE", "2024-W10"),
    ("last-month", "Exports dropped last month.", WED, "last month", "DATE", "2024-02"),
    ("next-year", "Elections are due next year.", WED, "next year", "DATE", "2025"),
    (
        "earlier-this-year",
        "The firm was sold earlier this year.",
        WED,
        "earlier this year",
        "DATE",
        "2024",
    ),
    ("days-ago", "The storm hit three days ago.", WED, "three days ago", "DATE", "2024-03-10"),
    # offsets from another expression
    (
        "days-after",
        "They met two days after the vote on November 5.",
        SAT,
        "two days after",
        "DATE",
        "2024-11-07",
    ),
    (
        "weeks-earlier",
        "The plant opened on May 2, 2010. Three weeks earlier, a fire broke out.",
        SAT,
        "Three weeks earlier",
        "DATE",
        "2010-04-11",
    ),
    (
        "day-later",
        "Protests began on June 25, 2022. A day later, police withdrew.",
        SAT,
        "A day",
        "DURATION",
        "P1D",
    ),
    (
        "following-day",
        "The law passed on 25 June 2020. The following day, 26 June, it was signed.",
        SAT,
        "The following day",
        "DATE",
        "2020-06-26",
    ),
    (
        "undated-event",
        "The ministers met two days after the election.",
        SAT,
        "two days",
        "DURATION",
        "P2D",
    ),
    (
        "offset-not-governing",
        "Two days after his arrival, he spoke on Monday.",
        SAT,
        "Two days",
        "DURATION",
        "P2D",
    ),
    # times of day
    (
        "clock",
        "The blast came at 7:30 a.m. EDT on Tuesday.",
        dt.date(2024, 11, 19),
        "7:30 a.m. EDT on Tuesday",
        "TIME",
        "2024-11-19T07:30",
    ),
    (
        "clock-pm",
        "Polls close at 8 p.m. Thursday.",
        dt.date(2024, 11, 19),
        "8 p.m. Thursday",
        "TIME",
        "2024-11-21T20:00",
    ),
    (
        "this-afternoon",
        "The senator will speak this afternoon.",
        SAT,
        "this afternoon",
        "TIME",
        "2024-11-23TAF",
    ),
    (
        "last-night",
        "Rioters were dispersed last night.",
        SAT,
        "last night",
        "TIME",
        "2024-11-22TNI",
    ),
    (
        "clock-on-day",
        "The blast came at 3:30 p.m. local time on Tuesday.",
        dt.date(2024, 11, 22),
        "3:30 p.m.",
        "TIME",
        "2024-11-19T15:30",
    ),
    (
        "military-gmt",
        "The ceasefire begins at 1300 GMT on Friday.",
        dt.date(2024, 11, 22),
        "1300 GMT on Friday",
        "TIME",
        "2024-11-22T13:00",
    ),
    ("noon", "The deadline passed at noon Friday.", SAT, "noon Friday", "TIME", "2024-11-22T12:00"),
    # durations
    ("two-days", "The strike lasted two days.", SAT, "two days", "DURATION", "P2D"),
    ("term", "She won a three-year term.", SAT, "a three-year term", "DURATION", "P3Y"),
    (
        "past-years",
        "Rents doubled over the past two years.",
        SAT,
        "the past two years",
        "DURATION",
        "P2Y",
    ),
    (
        "several",
        "The case dragged on for several months.",
        SAT,
        "several months",
        "DURATION",
        "PXM",
    ),
    ("hours", "Rescuers searched for five hours.", SAT, "five hours", "DURATION", "PT5H"),
    ("half-year", "The project took 2 1/2 years.", SAT, "2 1/2 years", "DURATION", "P2Y6M"),
    ("decade", "The dispute lasted two decades.", SAT, "two decades", "DURATION", "P20Y"),
    # sets
    ("every-week", "The council meets every week.", SAT, "every week", "SET", "P1W"),
    ("annually", "The prize is awarded annually.", SAT, "annually", "SET", "P1Y"),
    ("each-friday", "The market opens each Friday.", SAT, "each Friday", "SET", "XXXX-WXX-5"),
    ("twice-a-year", "Inspectors visit twice a year.", SAT, "twice a year", "SET", "P1Y"),
    # vague references
    ("recently", "The rules were recently changed.", SAT, "recently", "DATE", "PAST_REF"),
    ("now", "Now the talks are stalled.", SAT, "Now", "DATE", "PRESENT_REF"),
    ("the-past", "Such deals failed in the past.", SAT, "the past", "DATE", "PAST_REF"),
    ("the-future", "Nobody can predict the future.", SAT, "the future", "DATE", "FUTURE_REF"),
    ("currently", "He is currently in Rome.", SAT, "currently", "DATE", "PRESENT_REF"),
    # seasons, quarters, years, decades, fiscal years
    ("this-summer", "The bridge reopens this summer.", WED, "this summer", "DATE", "2024-SU"),
    ("last-fall", "The bill stalled last fall.", WED, "last fall", "DATE", "2023-FA"),
    (
        "quarter",
        "Profit rose in the third quarter.",
        dt.date(2024, 10, 30),
        "the third quarter",
        "DATE",
        "2024-Q3",
    ),
    (
        "quarter-year",
        "Sales fell in the fourth quarter of 2019.",
        SAT,
        "the fourth quarter of 2019",
        "DATE",
        "2019-Q4",
    ),
    ("year", "The company was founded in 1998.", SAT, "1998", "DATE", "1998"),
    ("decade-s", "The scheme dates from the 1990s.", SAT, "the 1990s", "DATE", "199"),
    ("early-decade", "It began in the early 1980s.", SAT, "the early 1980s", "DATE", "198"),
    ("century", "The church was built in the 12th century.", SAT, "the 12th century", "DATE", "11"),
    ("fiscal", "Revenue grew in fiscal 2023.", SAT, "fiscal 2023", "DATE", "2023"),
    ("mid-year", "Work stopped in mid-2016.", SAT, "mid-2016", "DATE", "2016"),
    (
        "first-half",
        "Orders slowed in the first half of 2022.",
        SAT,
        "the first half of 2022",
        "DATE",
        "2022-H1",
    ),
    # a weekday abbreviated without its period, right before a date (web bylines)
    (
        "byline-weekday-abbreviation",
        "Updated 2:15 PM EST, Fri Nov 22, 2024",
        SAT,
        "2:15 PM EST, Fri Nov 22, 2024",
        "TIME",
        "2024-11-22T14:15",
    ),
    ("dmy-weekday-abbreviation", "Posted Sat, 23 November 2024", SAT, "Sat, 23 November 2024",
     "DATE", "2024-11-23"),
    # "today's" with an event is that day; quoted speech is not a title
    ("today-s-event", "Today's vote was delayed.", SAT, "Today", "DATE", "2024-11-23"),
    ("quoted-speech-weekday", "\"We meet Friday,\" she said.", SAT, "Friday", "DATE",
     "2024-11-22"),
    # holidays: fixed, n-th weekday, and movable feasts counted from Easter
    ("holiday-fixed", "Crowds lined the parade on St. Patrick's Day.", SAT, "St. Patrick's Day",
     "DATE", "2024-03-17"),
    ("holiday-nth-weekday", "The store reopened after Labor Day.", SAT, "Labor Day", "DATE",
     "2024-09-02"),
    ("holiday-easter", "The church was full on Easter Sunday.", SAT, "Easter Sunday", "DATE",
     "2024-03-31"),
    ("holiday-good-friday-future", "The strike will end by Good Friday.", SAT, "Good Friday",
     "DATE", "2025-04-18"),
    ("holiday-easter-week", "Pilgrims arrived as Holy Week began.", dt.date(2025, 4, 14),
     "Holy Week", "DATE", "2025-W16"),
    ("holiday-present-nearest", "Women's rights are the theme as International Women's Day "
     "is this coming Saturday.", dt.date(2025, 3, 5), "International Women's Day", "DATE",
     "2025-03-08"),
    # analysts' period codes
    ("quarter-code", "Profit fell in Q3.", SAT, "Q3", "DATE", "2024-Q3"),
    ("quarter-code-year", "Sales rose in Q4 2023.", SAT, "Q4 2023", "DATE", "2023-Q4"),
    ("half-code-year", "Margins improved in H1 2024.", SAT, "H1 2024", "DATE", "2024-H1"),
    # "this <month>" is the publication year's
    ("this-month-name-future", "The election is due this September.", dt.date(2024, 2, 5),
     "this September", "DATE", "2024-09"),
    # the ten years up to now, not the previous calendar decade
    ("over-the-past-decade", "Rents doubled over the past decade.", SAT, "the past decade",
     "DURATION", "P10Y"),
    ("in-the-last-decade", "Wages lost ground in the last decade.", SAT, "the last decade",
     "DATE", "201"),
    # an event still ahead dates the weekday, not the verb that reports it
    ("upcoming-event-weekday", "Parties campaigned before the upcoming election on Sunday.", WED,
     "Sunday", "DATE", "2024-03-17"),
    ("half-and-unit", "A minute and a half later, the alarm sounded.", SAT,
     "A minute and a half", "DURATION", "PT1M30S"),
    # the end of a day range, in the month (and year) the range names
    # a range of days is one expression valued by its first day (tests/.../test_joins.py)
    ("range-with-year", "The fair runs from January 4-11, 2025.", SAT, "January 4-11, 2025",
     "DATE", "2025-01-04"),
    ("range-to", "The show ran from Jan. 4 to 11, 2024.", SAT, "Jan. 4 to 11, 2024", "DATE",
     "2024-01-04"),
    ("range-other-month", "The talks, held Feb. 27-March 2, failed.", SAT, "Feb. 27-March 2",
     "DATE", "2024-02-27"),
    ("range-no-year", "Hearings ran Nov. 12 – 15 in the capital.", SAT, "Nov. 12 – 15", "DATE",
     "2024-11-12"),
    # "in the morning" is the morning of the day last named
    ("in-the-morning-anaphoric", "The summit opens on Tuesday, Nov. 26. In the morning, the "
     "ministers will meet.", SAT, "the morning", "TIME", "2024-11-26TMO"),
    # "that same day" is the day last named; after a month, a day of that month
    ("that-same-day", "The fire started on Oct. 3. That same day, crews arrived.", SAT,
     "That same day", "DATE", "2024-10-03"),
    ("that-day-of-a-month", "The strike began in October 2019. That day, the port closed.",
     SAT, "That day", "DATE", "2019-10-XX"),
    # "this past week" on a weekend is the week now ending; midweek, the one before
    ("this-past-week-weekend", "Talks stalled this past week.", dt.date(2024, 11, 24),
     "this past week", "DATE", "2024-W47"),
    ("this-past-week-midweek", "Talks stalled this past week.", WED, "this past week", "DATE",
     "2024-W10"),
    # the parse hangs "on January 1" on the verb; it is still the vote's date
    ("offset-date-after-object", "The talks resumed 6 days after the vote on January 1, 2000.",
     SAT, "6 days after", "DATE", "2000-01-07"),
    # a past verb counts back from a day already told, not from a day still ahead
    ("past-offset-skips-a-day-ahead", "Crowds met at the hall on Friday, Nov. 22, ahead of "
     "the vote on Nov. 26. A day earlier, police sealed the square.", SAT, "A day earlier", "DATE",
     "2024-11-21"),
    ("past-same-day-skips-a-day-ahead", "The mayor spoke on Friday, Nov. 22. Her plan, due "
     "to be put to a vote on Nov. 28, is costly. She said earlier the same day that she "
     "would not resign.", SAT, "earlier the same day", "DATE", "2024-11-22"),
    # a future verb still counts from the day ahead
    ("future-offset-from-a-day-ahead", "The vote is set for Nov. 28. The results will be "
     "announced the next day.", SAT, "the next day", "DATE", "2024-11-29"),
    # a named day is no weekday counted from publication; a name before a weekday is no named day
    ("named-day", "Candidates campaigned ahead of Super Tuesday.", SAT, "Tuesday", "DATE",
     "XXXX-WXX-2"),
    ("named-day-shopping", "Stores opened early on Black Friday.", SAT, "Friday", "DATE",
     "XXXX-WXX-5"),
    ("person-before-weekday", "Rutte met Merkel Tuesday.", SAT, "Tuesday", "DATE",
     "2024-11-19"),
    # "the Sun" is a newspaper, not a Sunday
    ("newspaper-not-weekday", "It ran in the Sun Nov 17 edition.", SAT, "Nov 17", "DATE",
     "2024-11-17"),
]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "type_", "value"),
    [pytest.param(*row[1:], id=row[0]) for row in ROWS],
)
def test_value(nlp, text, published, phrase, type_, value):
    times = find_times(nlp(text), published=published)
    found = {t.span.text: t for t in times}
    assert phrase in found, f"{phrase!r} not found; found {sorted(found)}"
    assert (found[phrase].type.value, found[phrase].value) == (type_, value)


# (id, text, phrase, value) with no publication date: unresolved, never the clock
UNANCHORED = [
    ("weekday", "The ministers met on Friday.", "Friday", "XXXX-WXX-5"),
    ("month-day", "The vote was held on November 5.", "November 5", "XXXX-11-05"),
    ("yesterday", "The mayor resigned yesterday.", "yesterday", "XXXX-XX-XX"),
    ("last-year", "Sales fell last year.", "last year", "XXXX"),
    ("absolute", "He resigned on Nov. 5, 2019.", "Nov. 5, 2019", "2019-11-05"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "value"), [pytest.param(*r[1:], id=r[0]) for r in UNANCHORED]
)
def test_unknown_publication_date(nlp, text, phrase, value):
    found = {t.span.text: t for t in find_times(nlp(text), published=None)}
    assert found[phrase].value == value
    assert (found[phrase].resolved is None) == ("X" in value)


# (id, text) that hold no time expression
NOT_TIMES = [
    ("modal-may", "Officials may decide to wait."),
    ("age", "The 45-year-old driver was unhurt."),
    ("fraction", "About three-quarters of voters agreed."),
    ("count", "The club has 1,998 members."),
    ("money", "The ship cost $2020 to repair."),
    ("spring-verb", "Shoots spring up after rain."),
    ("name-may", "May Smith joined the board."),
    ("generic-today", "The song speaks to today's youth."),
    ("show-title", "The senator said on ABC's \"This Week\" that talks had stalled."),
    ("film-title", "The poster showed a still from ``High Noon.''"),
    ("money-rate", "The deal saves the firm $40 million a year."),
    ("holiday-in-name", "Ships sailed to Christmas Island."),
    ("weekday-in-name", "The Good Friday Agreement still holds."),
    ("not-a-half-code", "The H5N1 virus spread quickly."),
    ("early-hours", "Police came in the early hours."),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in NOT_TIMES])
def test_not_a_time(nlp, text):
    assert find_times(nlp(text), published=SAT) == []


def test_a_descending_pair_is_not_a_day_range(nlp):
    """ "March 3-1" is a score: no second date comes out of it."""
    found = [t.span.text for t in find_times(nlp("They won the March 3-1 decider."), published=SAT)]
    assert found == ["March 3"]
