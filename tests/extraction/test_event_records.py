"""The event stage on its own inputs: the parse, the entity records and the time records
in, frozen event records out, with no draft and no object id leaving the stage."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from claimcheck.extraction.boilerplate import Skipper
from claimcheck.extraction.entities import find_entities
from claimcheck.extraction.event_records import EventRecords, Mention, find_events
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.extraction.time import find_times
from claimcheck.models import EventKind

PUB = dt.date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def stage(nlp):
    """``stage(text)`` -> (the stage's time inputs, its records)."""
    def run(text: str):
        doc = nlp(text)
        index = find_entities(doc, Skipper.of(text))
        times = find_times(doc, published=PUB)
        before = [t.model_dump() for t in times]
        records = find_events(doc, index, PronounResolver(index, []), times, set(), 0)
        assert [t.model_dump() for t in times] == before, "the stage changed its inputs"
        return times, records
    return run


def test_the_records_are_frozen(stage):
    _, records = stage("The ministers met in Rome on Tuesday.")
    assert isinstance(records.events, tuple) and isinstance(records.times, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        records.events = ()  # type: ignore[misc]


@pytest.mark.parametrize("text", [
    "The ministers met in Rome on Tuesday, two days after the election.",
    "Rescuers pulled two people from the river on Monday, officials said on Tuesday.",
    "The talks began on Monday. The talks ended on Wednesday.",
])
def test_every_reference_names_a_record_of_the_stage(stage, text):
    _, records = stage(text)
    ids = {e.id for e in records.events}
    time_ids = {t.id for t in records.times}
    assert records.events and all(e.id.startswith("ev") for e in records.events)
    for e in records.events:
        assert set(e.times) <= time_ids
        assert set(e.refers_to) <= ids
        assert all(r.target in ids | time_ids for r in e.relations)
    assert {m.event for m in records.mentions} <= ids
    anchored = [t.anchor.ref for t in records.times if t.anchor.ref]
    assert all(ref in ids | time_ids for ref in anchored), anchored


def test_an_offset_is_anchored_on_the_event_it_counts_from(stage):
    times, records = stage("The ministers met on Thursday, two days after the election.")
    election = next(e for e in records.events if e.kind is EventKind.ELECTION)
    offset = next(t for t in records.times if t.anchor.offset)
    assert offset.anchor.ref == election.id
    assert next(t for t in times if t.id == offset.id).anchor.ref != election.id


@pytest.mark.parametrize(("mentions", "span", "expected"), [
    ((Mention(5, True, "ev1"), Mention(9, False, "ev2")), (0, 20), "ev2"),
    ((Mention(5, True, "ev1"), Mention(9, True, "ev2")), (0, 20), "ev1"),
    ((Mention(5, False, "ev1"),), (6, 20), None),
    ((), (0, 20), None),
])
def test_a_setting_names_a_named_event_before_a_bare_happening(mentions, span, expected):
    assert EventRecords((), (), mentions).event_in(*span) == expected
