"""A count of people in an event's subject, and whose names it counts.

A definite count of people ("the two leaders", "both men") points back at the
people named together before it; an indefinite count ("three women") brings
people of its own, and a count of parties ("the two sides", "the two
countries") counts sides, not the people who spoke for them.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2024, 3, 16)


def _counted(cs):
    """(count, names) of each event that states a count."""
    return [(e.participant_count.value,
             sorted(cs.entity(p.entity).name for p in e.participants if p.entity))
            for e in cs.events if e.participant_count is not None]


@pytest.mark.parametrize(("text", "count", "names"), [
    ("Anna Berg met Paul Kline in Oslo on Monday. The two leaders discussed fishing rights.",
     2, ["Anna Berg", "Paul Kline"]),
    ("Anna Berg met Paul Kline and Rosa Diaz in Oslo on Monday. The three ministers "
     "agreed to meet again.", 3, ["Anna Berg", "Paul Kline", "Rosa Diaz"]),
    ("Anna Berg and Paul Kline held talks in Oslo on Monday. Both leaders later spoke "
     "to reporters.", 2, ["Anna Berg", "Paul Kline"]),
    # an apposition to the counted subject names the people it counts
    ("The three ministers, Anna Berg and Paul Kline, met in Oslo on Monday.", 3,
     ["Anna Berg", "Paul Kline"]),
    ("The two officials, Anna Berg and Paul Kline, arrived in Oslo on Monday.", 2,
     ["Anna Berg", "Paul Kline"]),
])
def test_a_definite_count_of_people_counts_the_people_named_before(claims, text, count, names):
    assert (count, names) in _counted(claims(text, PUB))


@pytest.mark.parametrize("text", [
    "The three ministers of Anna Berg of Norway, Paul Kline of Denmark and Rosa Diaz of "
    "Spain signed the accord in Oslo on Monday.",
    "At the castle in Turku, the three judges of Anna Berg of Norway, Paul Kline of "
    "Denmark and Rosa Diaz of Spain gave their ruling on Monday.",
])
def test_an_apposition_across_a_modifier_is_not_taken_as_the_whole_list(claims, text):
    """Only an apposition right after the counted noun names the people it counts; one the
    parse hangs on it across an "of" or "from" phrase may be part of a longer list."""
    assert all(len(names) in (0, count) for count, names in _counted(claims(text, PUB)))


@pytest.mark.parametrize("text", [
    "The three ministers, Anna Berg, Paul Kline and Rosa Diaz, met in Oslo on Monday.",
    "The two leaders — Anna Berg and Paul Kline — met in Oslo on Monday.",
])
def test_an_apposition_right_after_the_count_names_everyone(claims, text):
    counted = _counted(claims(text, PUB))
    assert counted and all(len(names) == count for count, names in counted)


@pytest.mark.parametrize("text", [
    # an indefinite count introduces people of its own
    "Anna Berg sent Paul Kline and Rosa Diaz to the border on Monday. Three women in the "
    "town have since given birth.",
    "Anna Berg met Paul Kline in Oslo on Monday. Four officials later resigned.",
    # a count of parties: each side may have several people speaking for it
    "Anna Berg met Paul Kline and Rosa Diaz in Oslo on Monday. The two countries hope to "
    "expand trade.",
    "Anna Berg met Paul Kline and Rosa Diaz in Oslo on Monday. The two sides agreed to "
    "meet again.",
])
def test_an_indefinite_count_or_a_count_of_parties_takes_no_earlier_names(claims, text):
    assert all(not names for _, names in _counted(claims(text, PUB)))
