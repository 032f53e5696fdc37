"""Crashes fuzzing found in rules this part does not own, tracked until they are fixed.

Each test is the minimal input that crashes a rule when checked directly
(``strict=True``: when a fix lands, the xfail turns into a failure, and the
marker must go). Through the batch path (the command line, ``validate_article``)
the same input already gives one clear per-file error, not a traceback:
``test_the_batch_path_turns_them_into_one_error_each`` holds that.
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


CASES = [
    pytest.param(dangling_participants, id="PE03-dangling-entity-id", marks=pytest.mark.xfail(
        strict=True, raises=AttributeError,
        reason="PE03.check: claims.entity(i).name on an id with no entity (rules/people/PE03.py)")),
    pytest.param(empty_quote_at_the_end, id="QT03-span-at-text-end", marks=pytest.mark.xfail(
        strict=True, raises=ValueError,
        reason="QT03.check: Span.of(text, offset, offset + 1) past the end of the text "
               "(rules/quotes/QT03.py)")),
]


@pytest.mark.parametrize("build", CASES)
def test_rule_does_not_crash(build):
    check_claims(build())


@pytest.mark.parametrize("build", [dangling_participants, empty_quote_at_the_end])
def test_the_batch_path_turns_them_into_one_error_each(build):
    report = validate_article(build())
    assert report.error is not None and report.error.startswith("internal error: ")
    assert "\n" not in report.error and "--debug" in report.error
