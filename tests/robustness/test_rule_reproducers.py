"""Crashes fuzzing found in code this part does not own, each its minimal input.

All three were fixed by their owners while this part was built; the tests
stay as regressions. A new one goes here as ``xfail(strict=True)`` until
fixed: through the batch path (the command line, ``validate_article``) it
already gives one clear per-file error, not a traceback.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

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


def _dangling_event() -> Event:
    return Event(
        id="ev1", kind=EventKind.MEETING, trigger=Span.of(TEXT, 13, 16),
        participant_count=StatedCount(value=3, span=Span.of(TEXT, 0, 5)),
        participants=[Participant(entity="ent1", span=Span.of(TEXT, 0, 5), role="x"),
                      Participant(entity="ent2", span=Span.of(TEXT, 6, 12), role="x")],
    )


def dangling_participants() -> ClaimSet:
    """PE03: participants whose entity ids name no entity (a hand-written .claims.json).

    Such a set is refused when it is validated (the ClaimSet contract); built without
    validation, the rule still must not crash on it."""
    return ClaimSet.model_construct(article=Article(text=TEXT), events=[_dangling_event()])


def test_a_claim_set_with_dangling_participants_is_refused():
    with pytest.raises(ValidationError, match=r"events\[0\]\.participants\[0\]\.entity"):
        ClaimSet(article=Article(text=TEXT), events=[_dangling_event()])


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


SUPERSCRIPT = "The vote passed ² times, 5² in all."


@pytest.mark.usefixtures("nlp")
def test_a_superscript_digit_does_not_crash_extraction(nlp):
    """'²'.isdigit() is True but int('²') raised, in extraction/counts.py (fixed in 200238f)."""
    from claimcheck.extraction import extract_claims

    extract_claims(nlp(SUPERSCRIPT), Article(text=SUPERSCRIPT))
    assert validate_article(Article(text=SUPERSCRIPT, source="a.txt")).error is None


def test_the_batch_path_turns_an_extraction_crash_into_one_error_line(monkeypatch):
    """A bug in an extractor is that article's error line; the next article is still checked."""
    from claimcheck.batch import validate_articles
    from claimcheck.models import Article

    real = __import__("claimcheck.extraction", fromlist=["extract_claims"]).extract_claims

    def crash_on_the_first(doc, article):
        if article.source == "bad.txt":
            raise RuntimeError("extractor bug")
        return real(doc, article)

    monkeypatch.setattr("claimcheck.extraction.extract_claims", crash_on_the_first)
    articles = [Article(text="The ministers met in Oslo on Monday. They agreed on a plan.",
                        source=name) for name in ("bad.txt", "good.txt")]
    bad, good = validate_articles(articles, time_limit=None)
    assert bad.error is not None and "internal error: RuntimeError: extractor bug" in bad.error
    assert good.error is None
