"""TimeML conventions added in the second pass, one table row per rule.

Each row is a sentence written for this test, with the publication date it is
read against, and the TIMEX3 value a TimeML annotator would give the phrase.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extraction.time import find_times

SAT = dt.date(2024, 11, 23)  # a Saturday
RESULTS = dt.date(2024, 10, 30)  # a results story of late October

# (id, text, published, phrase, value)
ROWS = [
    # "set" plans only with what it is set for or to
    (
        "set-as-deadline-past",
        "The court set Friday as the deadline for the filing.",
        SAT,
        "Friday",
        "2024-11-22",
    ),
    (
        "record-set-on-past",
        "The index closed near the record it set on Aug. 9.",
        dt.date(2025, 2, 6),
        "Aug. 9",
        "2024-08-09",
    ),
    (
        "set-for-future",
        "The council vote is set for Tuesday.",
        SAT,
        "Tuesday",
        "2024-11-26",
    ),
    (
        "scheduled-future",
        "The hearing was scheduled for Monday.",
        SAT,
        "Monday",
        "2024-11-25",
    ),
    # a day fronted before a planning verb in the past dates the planning, not the plan
    (
        "fronted-day-of-the-planning",
        "On Thursday, the league scheduled the final for Sunday.",
        SAT,
        "Thursday",
        "2024-11-21",
    ),
    (
        "fronted-day-plan-ahead",
        "On Thursday, the league scheduled the final for Sunday.",
        SAT,
        "Sunday",
        "2024-11-24",
    ),
    (
        "fronted-day-planned-strike",
        "On Wednesday the union planned a strike for Monday.",
        SAT,
        "Wednesday",
        "2024-11-20",
    ),
    # a possessive weekday under a future verb names the nearest such day
    (
        "possessive-under-future-verb",
        "Lawyers said they would appeal Thursday's ruling.",
        SAT,
        "Thursday",
        "2024-11-21",
    ),
    (
        "future-verb-plain-weekday",
        "Lawyers said they would appeal on Thursday.",
        SAT,
        "Thursday",
        "2024-11-28",
    ),
    # "as soon as / as early as <weekday>" is a time not yet reached
    (
        "as-soon-as-weekday-past-verb",
        "Officials said the group was ready to leave as soon as Tuesday.",
        dt.date(2024, 11, 20),
        "Tuesday",
        "2024-11-26",
    ),
    # "the previous/following <weekday>" counts from the day last named
    (
        "previous-weekday-anaphoric",
        "The talks collapsed on Nov. 14, 2024. The previous Friday, the envoy had resigned.",
        SAT,
        "The previous Friday",
        "2024-11-08",
    ),
    (
        "following-weekday-anaphoric",
        "The talks collapsed on Nov. 14, 2024. The following Monday, the envoy resigned.",
        SAT,
        "The following Monday",
        "2024-11-18",
    ),
    (
        "previous-weekday-no-reference",
        "The envoy resigned the previous Friday.",
        SAT,
        "the previous Friday",
        "2024-11-22",
    ),
    # "the week of <day>" is the ISO week holding that day
    (
        "week-of-day",
        "The trial resumes the week of March 6.",
        dt.date(2024, 2, 20),
        "the week of March 6",
        "2024-W10",
    ),
    (
        "week-of-dated-day",
        "Sales peaked in the week of Dec. 2, 2019.",
        SAT,
        "the week of Dec. 2, 2019",
        "2019-W49",
    ),
    # a comparison period already a year back is not shifted a second time
    # a part of the day: evening and afternoon are kept in the value, night is not
    (
        "weekday-evening-keeps-part",
        "Protesters marched through the square on Thursday evening.",
        SAT,
        "Thursday evening",
        "2024-11-21TEV",
    ),
    (
        "weekday-afternoon-keeps-part",
        "The minister resigned on Tuesday afternoon.",
        SAT,
        "Tuesday afternoon",
        "2024-11-19TAF",
    ),
    # a deferral names a time still ahead, whatever the verb's tense
    (
        "postponed-until-weekday",
        "The council postponed the vote until Monday.",
        SAT,
        "Monday",
        "2024-11-25",
    ),
    (
        "deadline-extended-until",
        "The agency extended its deadline until 9 a.m. Tuesday.",
        SAT,
        "9 a.m. Tuesday",
        "2024-11-26T09:00",
    ),
    (
        "past-stay-until-is-past",
        "The envoy stayed in the capital until Thursday.",
        SAT,
        "Thursday",
        "2024-11-21",
    ),
    # "could" is as often past ability as future possibility: the nearest such day
    (
        "could-not-be-reached",
        "The mayor could not be reached for comment on Thursday.",
        SAT,
        "Thursday",
        "2024-11-21",
    ),
    # a bare participle takes the tense of the clause it hangs on
    (
        "participle-under-future",
        "The airline will add flights, with the last one departing on Aug. 6.",
        dt.date(2024, 2, 13),
        "Aug. 6",
        "2024-08-06",
    ),
    # an infinitive under a past verb may aim either side of publication
    (
        "agreed-to-acquire-in-month",
        "The bank said it reached an agreement to acquire the lender in January.",
        dt.date(2024, 10, 2),
        "January",
        "2025-01",
    ),
    (
        "past-month-stays-past",
        "In January, a fire destroyed the warehouse.",
        dt.date(2024, 10, 25),
        "January",
        "2024-01",
    ),
    # an infinitive of intent, or one that modifies a noun, looks ahead
    (
        "agreed-to-meet",
        "The two leaders agreed to meet on Thursday.",
        dt.date(2024, 3, 11),
        "Thursday",
        "2024-03-14",
    ),
    (
        "expected-to-be-signed",
        "The bill is expected to be signed into law on Thursday.",
        dt.date(2024, 3, 11),
        "Thursday",
        "2024-03-14",
    ),
    (
        "to-be-held",
        "The vote, to be held on Sunday, is expected to be close.",
        dt.date(2024, 3, 13),
        "Sunday",
        "2024-03-17",
    ),
    # an adjective of plan or likelihood whose infinitive a noun carries, in a past clause
    (
        "due-to-be-in-past-clause",
        "She said the ruling, due to be announced on Sunday, had been difficult.",
        dt.date(2024, 3, 13),
        "Sunday",
        "2024-03-17",
    ),
    (
        "had-been-due-to-is-overtaken",
        "The offer had been due to expire on Friday.",
        dt.date(2024, 3, 13),
        "Friday",
        "2024-03-08",
    ),
    (
        "likely-to-in-past-clause",
        "The report, likely to come out on Friday, was delayed twice.",
        dt.date(2024, 3, 13),
        "Friday",
        "2024-03-15",
    ),
    (
        "went-to-see-is-past",
        "He went to Paris to see the show on Monday.",
        dt.date(2024, 3, 13),
        "Monday",
        "2024-03-11",
    ),
    # the present progressive with a day is an arrangement ahead
    (
        "progressive-arrangement",
        "The president is traveling to Japan on Sunday.",
        dt.date(2024, 3, 13),
        "Sunday",
        "2024-03-17",
    ),
    # deferrals by any wording
    (
        "pushed-back-to",
        "The vote was pushed back to Tuesday.",
        dt.date(2024, 3, 15),
        "Tuesday",
        "2024-03-19",
    ),
    (
        "rescheduled-for",
        "The hearing was rescheduled for Tuesday.",
        dt.date(2024, 3, 15),
        "Tuesday",
        "2024-03-19",
    ),
    # the holiday's own "Eve" is no "on the eve of"
    (
        "christmas-eve-past",
        "Shops closed early on Christmas Eve.",
        dt.date(2025, 12, 31),
        "Christmas Eve",
        "2025-12-24",
    ),
    # a future-tense month is rarely behind publication
    (
        "future-month-next-year",
        "The festival will return in October.",
        dt.date(2025, 11, 23),
        "October",
        "2026-10",
    ),
    # a day before the reported clause's subject dates the saying, not the clause
    (
        "said-on-monday-he-would",
        "The minister said on Monday he would resign on Friday.",
        dt.date(2024, 3, 13),
        "Monday",
        "2024-03-11",
    ),
    (
        "year-ago-quarter-then-year-ago",
        "The bank earned $4 million for the quarter ended Sept. 30. It lost $2 million "
        "in the year-ago quarter. The year-ago figures were restated.",
        RESULTS,
        "year-ago",
        "2023-Q3",
    ),
    (
        "year-ago-after-current-quarter",
        "Profit rose in the third quarter from year-ago levels.",
        RESULTS,
        "year-ago",
        "2023-Q3",
    ),
    # "the quarter ended <day>": the calendar quarter holding most of the three months
    (
        "quarter-ended-off-calendar",
        "In the quarter ended July 31, the retailer lost money.",
        RESULTS,
        "the quarter",
        "2024-Q2",
    ),
    (
        "quarter-ended-on-calendar",
        "In the quarter ended Sept. 30, the retailer lost money.",
        RESULTS,
        "the quarter",
        "2024-Q3",
    ),
    # "for the year" without an end day is the year itself; "the year ended ..." twelve months
    (
        "for-the-year-period",
        "Sales rose in the third quarter. For the year, volume was flat.",
        RESULTS,
        "the year",
        "2024",
    ),
    (
        "the-year-ended-duration",
        "Net income for the year ended Aug. 31 fell.",
        RESULTS,
        "the year",
        "P1Y",
    ),
    # a plan in the pluperfect is overtaken: its day is not read ahead
    (
        "pluperfect-plan-not-ahead",
        "The offer had been scheduled to expire on Friday, but it was extended.",
        SAT,
        "Friday",
        "2024-11-22",
    ),
    (
        "plan-ahead",
        "The offer is scheduled to expire on Friday.",
        SAT,
        "Friday",
        "2024-11-29",
    ),
    # "mid-" before a part of the day: that part of the day named with it or last named
    (
        "mid-part-with-day",
        "Trading halted in mid-afternoon yesterday.",
        SAT,
        "mid-afternoon yesterday",
        "2024-11-22TAF",
    ),
    (
        "mid-part-of-day-last-named",
        "On Tuesday, Nov. 19, by mid morning the crowd had gone.",
        SAT,
        "mid morning",
        "2024-11-19TMO",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [pytest.param(*row[1:], id=row[0]) for row in ROWS],
)
def test_convention(nlp, text, published, phrase, value):
    found = {}
    for t in find_times(nlp(text), published=published):
        found.setdefault(t.span.text, t)
    assert phrase in found, f"{phrase!r} not found; found {sorted(found)}"
    assert found[phrase].value == value


# The adjective "recent" alone is tagged by annotators in under half its uses.
NOT_TAGGED = [
    ("recent-adjective", "The recent sale of the plant raised cash.", "recent"),
    # "Now," opening a sentence is a discourse marker
    ("discourse-now", "Sales fell. Now, the chairman says, the plan must change.", "now"),
    ("discourse-now-first", "Now, analysts argue, the market is calmer.", "now"),
]

TAGGED = [
    ("recently", "The plant was recently sold.", "recently", "PAST_REF"),
    ("now", "The plant is now closed.", "now", "PRESENT_REF"),
    ("now-opening-no-comma", "Sales fell. Now the plant is closed.", "Now", "PRESENT_REF"),
    ("now-comma-mid-sentence", "Prices are high now, traders say.", "now", "PRESENT_REF"),
    ("currently", "The firm currently employs 40 people.", "currently", "PRESENT_REF"),
    ("recent-years", "Sales have grown in recent years.", "recent years", "PXY"),
]


@pytest.mark.parametrize(("text", "word"), [pytest.param(*r[1:], id=r[0]) for r in NOT_TAGGED])
def test_rarely_tagged_word_is_left_out(nlp, text, word):
    found = [t.span.text.lower() for t in find_times(nlp(text), published=SAT)]
    assert word not in found


@pytest.mark.parametrize(
    ("text", "phrase", "value"), [pytest.param(*r[1:], id=r[0]) for r in TAGGED]
)
def test_usually_tagged_word_is_kept(nlp, text, phrase, value):
    found = {t.span.text: t.value for t in find_times(nlp(text), published=SAT)}
    assert found.get(phrase) == value
