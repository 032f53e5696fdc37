"""The seed article's dates, as the issue's definition of done states them."""

from __future__ import annotations

import datetime as dt

from claimcheck.extraction.time import find_times
from claimcheck.models import AnchorKind, Direction

PUBLISHED = dt.date(2024, 11, 23)


def test_seed_dates(nlp, seed_text):
    times = find_times(nlp(seed_text), published=PUBLISHED)
    by_text = {t.span.text: t for t in times}
    assert by_text["Friday"].value == "2024-11-22"
    assert by_text["Saturday"].value == "2024-11-23"
    assert by_text["November 5"].value == "2024-11-05"
    offset = by_text["two days after"]
    assert offset.value == "2024-11-07"
    assert offset.anchor.kind is AnchorKind.EXPRESSION
    assert offset.anchor.ref == by_text["November 5"].id
    assert offset.anchor.direction is Direction.AFTER
    assert offset.anchor.offset == "P2D"
    assert [t.id for t in times] == [f"t{i}" for i in range(1, len(times) + 1)]
    assert [t.span.start for t in times] == sorted(t.span.start for t in times)


def test_seed_weekday_stated(nlp, seed_text):
    friday = next(
        t for t in find_times(nlp(seed_text), published=PUBLISHED) if t.span.text == "Friday"
    )
    assert friday.stated.weekday == 5
    assert friday.stated.weekday_span.text == "Friday"


def test_no_publication_date_keeps_values_unresolved(nlp, seed_text):
    times = {t.span.text: t for t in find_times(nlp(seed_text), published=None)}
    assert times["Friday"].value == "XXXX-WXX-5"
    assert times["Friday"].resolved is None
    assert times["Friday"].anchor.kind is AnchorKind.PUBLICATION
    assert times["November 5"].resolved is None
