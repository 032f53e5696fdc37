"""Properties: consistent articles give no error; shifting one stated value gives exactly
the expected finding. Claims-level (fast) and a small end-to-end one through spaCy."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import validate
from claimcheck.checker import check_claims
from claimcheck.models import Severity
from tests.rules.builders import Claims, EventKind, RelationType

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CITIES = ["Lima", "Oslo", "Nairobi", "Lisbon"]
QUOTES = ["We agreed to keep talking for as long as it takes",
          "Nobody here wants these talks to fail before they start",
          "Our partners deserve clear answers and they will get them"]


@st.composite
def scenarios(draw):
    published = draw(st.dates(dt.date(2000, 3, 1), dt.date(2030, 12, 1)))
    meeting = published - dt.timedelta(days=draw(st.integers(0, 5)))
    statement = meeting + dt.timedelta(days=draw(st.integers(0, (published - meeting).days)))
    offset = draw(st.integers(2, 9))
    return {"published": published, "meeting": meeting, "statement": statement,
            "offset": offset, "election": meeting - dt.timedelta(days=offset),
            "city": draw(st.sampled_from(CITIES)), "weekday": meeting.weekday()}


def _md(d: dt.date) -> str:
    return f"{d:%B} {d.day}"


def build(s: dict):
    m, e, st_ = s["meeting"], s["election"], s["statement"]
    full = f"{WEEKDAYS[s['weekday']]}, {_md(m)}, {m.year}"
    offset_words = f"{NUMBERS[s['offset']]} days after"
    text = (f"Rutte met Trump in {s['city']} on {full}, {offset_words} the election on "
            f"{_md(e)}. Bennett confirmed the meeting in a statement on "
            f"{WEEKDAYS[st_.weekday()]}.")
    c = Claims(text, s["published"])
    t_full = c.time(full, year=m.year, month=m.month, day=m.day, weekday=s["weekday"] + 1)
    t_off = c.offset(offset_words, "t3", s["offset"])
    t_elec = c.time(_md(e), nth=-1, month=e.month, day=e.day)  # the last: after the meeting
    t_stmt = c.time(WEEKDAYS[st_.weekday()], nth=0 if WEEKDAYS[st_.weekday()] not in full else 1)
    c.event("met", times=[t_full, t_off])
    c.event("election", EventKind.ELECTION, times=[t_elec])
    c.event("statement", EventKind.STATEMENT, times=[t_stmt],
            relations=[(RelationType.ON_OR_AFTER, "ev1", "confirmed", None)])
    return c.build()


def errors(claims) -> list[str]:
    return [f.code for f in check_claims(claims).findings if f.severity is Severity.ERROR]


@given(scenarios())
def test_consistent_scenario_has_no_error(s):
    assert errors(build(s)) == []


@given(scenarios(), st.integers(1, 6))
def test_wrong_weekday_is_exactly_dt01(s, shift):
    s = {**s, "weekday": (s["weekday"] + shift) % 7}
    assert errors(build(s)) == ["DT01"]


@given(scenarios(), st.sampled_from([-3, -2, -1, 1, 2, 3]))
def test_shifted_anchor_is_exactly_dt02(s, shift):
    s = {**s, "election": s["election"] + dt.timedelta(days=shift)}
    assert errors(build(s)) == ["DT02"]


@given(scenarios(), st.integers(1, 5))
def test_statement_before_meeting_is_exactly_dt03(s, back):
    statement = s["meeting"] - dt.timedelta(days=back)
    if (s["published"] - statement).days > 6:  # "on Tuesday" would then be a later Tuesday
        return
    # "Bennett confirmed the meeting" in the next sentence reaches the meeting through a
    # coreference: a warning by the severity policy, and only DT03
    found = check_claims(build({**s, "statement": statement})).findings
    assert [(f.code, f.severity) for f in found if f.severity >= Severity.WARNING] == [
        ("DT03", Severity.WARNING)]


@st.composite
def rendered(draw):
    s = draw(scenarios())
    m, e, stmt = s["meeting"], s["election"], s["statement"]
    quote = draw(st.sampled_from(QUOTES))
    text = (f"Rutte met Trump in {s['city']} on {WEEKDAYS[m.weekday()]}, {_md(m)}, {m.year}."
            f"\n\nThe meeting took place on {WEEKDAYS[m.weekday()]} in {s['city']}, Bennett "
            f"confirmed in a statement on {WEEKDAYS[stmt.weekday()]}.\n\nTrump sought the "
            f"meeting just {NUMBERS[s['offset']]} days after the election on {_md(e)}.\n\n"
            f"“{quote},” Rutte said after the talks.\n")
    return text, s


@settings(max_examples=15)
@given(rendered(), st.integers(1, 6))
def test_end_to_end_consistent_and_shifted(nlp, case, shift):
    text, s = case
    report = validate(text, published=s["published"]).files[0]
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    m = s["meeting"]
    wrong = WEEKDAYS[(m.weekday() + shift) % 7]
    broken = text.replace(f"on {WEEKDAYS[m.weekday()]}, {_md(m)}", f"on {wrong}, {_md(m)}", 1)
    codes = {f.code for f in validate(broken, published=s["published"]).files[0].findings
             if f.severity is Severity.ERROR}
    assert "DT01" in codes
