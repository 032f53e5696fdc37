"""Hypothesis properties the issue asks for, over generated dates and sentences."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.time import find_times
from claimcheck.lang.en.numbers import SMALL_NUMBERS

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBER_WORDS = {
    v: k for k, v in SMALL_NUMBERS.items() if isinstance(v, int) and 2 <= v <= 12 and " " not in k
}
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31))


def _only(nlp, text: str, published: dt.date | None):
    times = find_times(nlp(text), published=published)
    assert len(times) >= 1, text
    return times


@given(published=dates, weekday=st.integers(min_value=1, max_value=7))
def test_past_weekday_is_latest_on_or_before_publication(nlp, published, weekday):
    text = f"The ministers met on {WEEKDAY_NAMES[weekday - 1]}."
    (t,) = _only(nlp, text, published)
    day = dt.date.fromisoformat(t.value)
    assert day.isoweekday() == weekday
    assert day <= published
    assert (published - day).days < 7


@given(anchor=dates, days=st.integers(min_value=2, max_value=12), words=st.booleans())
def test_days_after_a_date_is_that_date_plus_n(nlp, anchor, days, words):
    amount = NUMBER_WORDS[days] if words else str(days)
    stated = f"{MONTH_NAMES[anchor.month - 1]} {anchor.day}, {anchor.year}"
    text = f"The talks resumed {amount} days after the vote on {stated}."
    times = _only(nlp, text, dt.date(2061, 1, 1))
    offset = next(t for t in times if t.span.text.endswith("after"))
    target = next(t for t in times if t.span.text == stated)
    assert offset.value == (anchor + dt.timedelta(days=days)).isoformat()
    assert offset.anchor.ref == target.id


@given(day=dates)
def test_rendered_date_parses_back_to_itself(nlp, day):
    rendered = (
        f"{WEEKDAY_NAMES[day.isoweekday() - 1]}, {MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"
    )
    (t,) = _only(nlp, f"The summit opened on {rendered}.", None)
    assert t.span.text == rendered
    assert t.value == day.isoformat()
    assert t.stated.weekday == day.isoweekday()
    assert (t.stated.year, t.stated.month, t.stated.day) == (day.year, day.month, day.day)
    assert t.stated.weekday_span.text == WEEKDAY_NAMES[day.isoweekday() - 1]


VOCABULARY = (
    "the a last next this past early late mid- earlier later that following two 12 1,000 2 1/2 "
    "several half day days week weekend month quarter year decade century hour ago after before "
    "from now of in Jan. Sept. May Monday Fri. Tuesdays night morning tonight today yesterday "
    "noon 7:30 a.m. EDT 1300 GMT 1998 '98 1990s '80s 20th third fiscal spring fall Christmas "
    "every twice daily recently future current 11/05/2024 2024-02-30 31 29 February fifth , . ’s "
    "year-end year-ago period"
).split()


@given(
    words=st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14),
    published=st.one_of(st.none(), st.dates()),
)
def test_any_mix_of_time_words_gives_valid_ordered_records(nlp, words, published):
    text = " ".join(words)
    times = find_times(nlp(text), published=published)
    assert [t.id for t in times] == [f"t{i}" for i in range(1, len(times) + 1)]
    for before, after in zip(times, times[1:], strict=False):
        assert before.span.end <= after.span.start
    for t in times:
        assert text[t.span.start : t.span.end] == t.span.text
        if published is None:
            assert t.resolved is None or "X" not in t.value
