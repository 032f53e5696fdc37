"""Orders stated between clauses: "after"/"before" clauses (with a day count) and a
clause reported as past; end to end, the date rules see them."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.checker import check_claims
from claimcheck.models import RelationType

PUB = dt.date(2024, 3, 16)  # a Saturday


def _event(cs, lemma):
    return next(e for e in cs.events if e.lemma == lemma)


def _relations(cs, source):
    ev = _event(cs, source)
    return {(r.type, cs.event(r.target).lemma if cs.event(r.target) else r.target, r.offset)
            for r in ev.relations}


@pytest.mark.parametrize(("text", "source", "relation"), [
    ("Mira Dale resigned on Friday, three days after she was questioned by police on "
     "March 12.", "resign", (RelationType.AFTER, "question", "P3D")),
    ("After the talks ended on Monday, the delegates flew home on Tuesday.", "fly",
     (RelationType.AFTER, "talk", None)),
    ("Before the court ruled on Wednesday, the firm settled the case on Monday.", "settle",
     (RelationType.BEFORE, "rule", None)),
    ("A spokesman said on Thursday that the ferry had sunk on Tuesday.", "say",
     (RelationType.ON_OR_AFTER, "sink", None)),
    ("Police said on Thursday that the suspect was arrested on Tuesday.", "say",
     (RelationType.ON_OR_AFTER, "arrest", None)),
])
def test_a_clause_orders_its_event_against_the_other_clause(claims, text, source, relation):
    cs = claims(text, PUB)
    assert relation in _relations(cs, source), [(e.lemma, e.relations) for e in cs.events]


@pytest.mark.parametrize(("text", "source"), [
    # a saying of what is still ahead, or of a present state, states no order
    ("A spokesman said on Thursday that the ferry would sail on Tuesday.", "say"),
    ("A spokesman said on Thursday that the ferry sails on Tuesday.", "say"),
    # "since" is as often causal: no order from it
    ("Since the talks failed on Monday, the delegates flew home on Tuesday.", "fly"),
])
def test_no_order_without_a_temporal_subordinator_or_a_past_report(claims, text, source):
    cs = claims(text, PUB)
    ev = next((e for e in cs.events if e.lemma == source), None)
    assert ev is None or not [r for r in ev.relations
                              if r.type in (RelationType.ON_OR_AFTER, RelationType.AFTER)]


@pytest.mark.parametrize(("text", "code"), [
    ("Mira Dale resigned on Friday, two days after she was questioned by police on "
     "March 12.", "DT02"),
    ("After the talks ended on Tuesday, the delegates flew home on Monday.", "DT03"),
    ("A spokesman said on Tuesday that the ferry had sunk on Thursday.", "DT03"),
])
def test_a_clause_order_that_the_dates_break_is_found(claims, text, code):
    fail = check_claims(claims(text, PUB)).findings
    assert code in {f.code for f in fail}, [(f.code, f.message) for f in fail]


@pytest.mark.parametrize("text", [
    "Mira Dale resigned on Friday, three days after she was questioned by police on March 12.",
    "After the talks ended on Monday, the delegates flew home on Tuesday.",
    "A spokesman said on Thursday that the ferry had sunk on Tuesday.",
])
def test_a_clause_order_that_the_dates_keep_is_clean(claims, text):
    found = check_claims(claims(text, PUB)).findings
    assert not [f for f in found if f.code in ("DT02", "DT03")], found
