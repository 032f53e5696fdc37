"""Crashes fuzzing found in code this part does not own: fixed ones kept as regressions,
open ones tracked as strict xfails until they are fixed.

Each test is the minimal input. ``strict=True``: when a fix lands, the
xfail turns into a failure, and the marker must go. Through the batch path
(the command line, ``validate_article``) an open crash already gives one
clear per-file error, not a traceback.
"""

from __future__ import annotations

import pytest

from claimcheck.batch import validate_article
from claimcheck.checker import check_claims
from claimcheck.models import (
    Article,
    ClaimSet,
    Event,
    EventKind,
    Participant,
    Quote,
    Span,
    StatedCount,
)

TEXT = "Three people met. He said so."


def dangling_participants() -> ClaimSet:
    """PE03: participants whose entity ids name no entity (a hand-written .claims.json)."""
    event = Event(
        id="ev1", kind=EventKind.MEETING, trigger=Span.of(TEXT, 13, 16),
        participant_count=StatedCount(value=3, span=Span.of(TEXT, 0, 5)),
        participants=[Participant(entity="ent1", span=Span.of(TEXT, 0, 5), role="x"),
                      Participant(entity="ent2", span=Span.of(TEXT, 6, 12), role="x")],
    )
    return ClaimSet(article=Article(text=TEXT), events=[event])


def empty_quote_at_the_end() -> ClaimSet:
    """QT03: an unbalanced quote whose (empty) span starts at the end of the text."""
    end = len(TEXT)
    quote = Quote(id="q1", span=Span.of(TEXT, end, end), content=Span.of(TEXT, 0, 0),
                  balanced=False)
    return ClaimSet(article=Article(text=TEXT), quotes=[quote])


@pytest.mark.parametrize("build", [dangling_participants, empty_quote_at_the_end],
                         ids=["PE03-dangling-entity-id", "QT03-span-at-text-end"])
def test_fixed_rule_crashes_stay_fixed(build):
    check_claims(build())
    assert validate_article(build()).error is None


SUPERSCRIPT = "The vote passed ² times."


@pytest.mark.usefixtures("nlp")
@pytest.mark.xfail(strict=True, raises=ValueError,
                   reason="extraction/counts.py _value: '²'.isdigit() is True but int('²') "
                   "raises; str.isdecimal() is the test int() agrees with")
def test_a_superscript_digit_does_not_crash_extraction(nlp):
    from claimcheck.extraction import extract_claims

    extract_claims(nlp(SUPERSCRIPT), Article(text=SUPERSCRIPT))


@pytest.mark.usefixtures("nlp")
def test_the_batch_path_turns_an_extraction_crash_into_one_error_line():
    report = validate_article(Article(text=SUPERSCRIPT, source="a.txt"))
    if report.error is not None:  # until counts.py is fixed
        assert report.error.startswith("internal error: ValueError: invalid literal for int()")
        assert "\n" not in report.error and "--debug" in report.error
