"""Event coreference: a mention that takes an event on to a later stage stays apart."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EventKind

PUB = dt.date(2024, 3, 15)  # a Friday


def _talks(cs):
    return [e for e in cs.events if e.kind is EventKind.TALKS]


def _places(cs, ev):
    return {cs.entity(p.entity).name for p in ev.places if p.entity}


def _days(cs, ev):
    return {cs.time(t).value for t in ev.times}


STAGES = [
    "The talks began in Oslo on Monday. On Tuesday, the talks in Madrid continued late.",
    "Negotiators held talks in Oslo on Monday. On Wednesday, the talks in Madrid resumed.",
    "Negotiators held talks in Oslo on Monday. The talks in Madrid were set to resume on "
    "Wednesday.",
]


@pytest.mark.parametrize("text", STAGES)
def test_a_later_stage_is_not_merged_into_the_first(claims, text):
    cs = claims(text, PUB)
    talks = _talks(cs)
    assert not any(_places(cs, e) >= {"Oslo", "Madrid"} for e in talks), \
        [(e.trigger.text, _places(cs, e)) for e in talks]
    first = next(e for e in talks if "Oslo" in _places(cs, e))
    assert _days(cs, first) == {"2024-03-11"}


def test_the_stage_verb_dates_the_stage(claims):
    cs = claims("The talks began in Oslo on Monday. On Tuesday, the talks in Madrid continued "
                "late.", PUB)
    stage = next(e for e in _talks(cs) if "Madrid" in _places(cs, e))
    assert _days(cs, stage) == {"2024-03-12"}


def test_the_resumption_of_the_talks_is_a_stage(claims):
    cs = claims("Negotiators held talks in Oslo on Monday. The resumption of the talks in "
                "Madrid took two days.", PUB)
    assert not any(_places(cs, e) >= {"Oslo", "Madrid"} for e in _talks(cs))


@pytest.mark.parametrize("text", [
    "Negotiators held talks in Oslo on Monday. The talks took place in Madrid on Monday, an "
    "aide said.",
    "Negotiators held talks in Oslo on Monday. The talks ended in Madrid on Monday night.",
])
def test_the_same_talks_said_again_still_merge(claims, text):
    cs = claims(text, PUB)
    assert any(_places(cs, e) == {"Oslo", "Madrid"} for e in _talks(cs))


def test_a_relative_clause_that_resumes_the_talks_is_a_stage(claims):
    cs = claims("Negotiators held talks in Oslo on Monday. The talks, which resumed in Madrid on "
                "Wednesday, ended with a draft.", PUB)
    stage = [e for e in _talks(cs) if "Madrid" in _places(cs, e)]
    assert stage and all(_places(cs, e) == {"Madrid"} for e in stage)
    assert all(_days(cs, e) == {"2024-03-13"} for e in stage)



def test_a_headline_naming_a_later_stage_takes_no_body_mention(nlp):
    from claimcheck import validate
    text = ("Ceasefire talks continue in Rome after Vienna round\n\n"
            "VIENNA, Jan 22 - The talks began in Vienna on Monday, Jan. 20. On Tuesday, the "
            "talks continued in Rome, where Italian officials hosted the two delegations.\n\n"
            "The Vienna round focused on aid. The talks in Rome dealt with a ceasefire, an "
            "Italian minister said on Tuesday evening.")
    findings = validate(text, published=dt.date(2025, 1, 22)).files[0].findings
    assert [f.code for f in findings if f.code == "PL01"] == []
