"""The severity policy on hand-built claims: an error needs every link of its proof strong.

Each case is our own sentence with its claims built by hand; the link bases
(``TimeLink.basis``, ``PlaceRef.basis``, ``Event.status_basis``) and what
extraction hands over decide whether a conflict is an error, a warning or
nothing at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.checker import check_claims
from claimcheck.models import (
    ClaimSet,
    EventStatus,
    LinkBasis,
    ListCue,
    Severity,
    Span,
    StatusBasis,
    TimeLink,
)
from claimcheck.rules import all_rules
from tests.rules.builders import Claims, EntityKind, EventKind, Tense, place
from tests.rules.cases import CASES, PUB

PALM_BEACH = place("Palm Beach", "city", "United States", "US", ["Florida", "United States"],
                   "Florida", 4167505)
WASHINGTON = place("Washington", "city", "United States", "US", ["United States"],
                   "District of Columbia", 4140963)


def _levels(claims: ClaimSet, code: str) -> list[Severity]:
    return [f.severity for f in check_claims(claims, select=[code]).findings if f.code == code]


def _linked(c: Claims, times: list[str], basis: LinkBasis) -> None:
    e = c.events[-1]
    c.events[-1] = e.model_copy(update={
        "time_links": [TimeLink(time=t, basis=basis) for t in times]})


# times attached by the sentence or through another mention ----------------------------

@pytest.mark.parametrize(("basis", "expect"), [
    (LinkBasis.CLAUSE, Severity.ERROR),
    (LinkBasis.EXPLICIT, Severity.ERROR),
    (LinkBasis.SENTENCE, Severity.WARNING),
    (LinkBasis.COREFERENCE, Severity.WARNING),
])
def test_a_second_date_is_proof_only_when_attached_in_its_clause(basis, expect):
    text = "The board convened on Friday. Its session, on November 19, ran late."
    c = Claims(text, PUB)
    t1 = c.time("Friday")
    t2 = c.time("November 19", month=11, day=19)
    c.event("convened", times=[t1, t2])
    _linked(c, [t2], basis)
    # sentences unknown (an extractor that hands none over): the declared basis decides
    claims = c.build().model_copy(update={"sentences": []})
    assert _levels(claims, "DT08") == [expect]


def test_a_second_date_in_another_sentence_is_a_coreference():
    text = "The board convened on Friday. Its session, on November 19, ran late."
    c = Claims(text, PUB)
    t1 = c.time("Friday")
    t2 = c.time("November 19", month=11, day=19)
    c.event("convened", times=[t1, t2])
    assert _levels(c.build(), "DT08") == [Severity.WARNING]


@pytest.mark.parametrize(("basis", "expect"), [
    (LinkBasis.CLAUSE, Severity.ERROR),
    (LinkBasis.COREFERENCE, Severity.WARNING),
])
def test_a_past_event_after_publication_through_coreference_is_a_warning(basis, expect):
    c = Claims("The envoys conferred in Oslo, and the session was on December 2, 2024.", PUB)
    t = c.time("December 2, 2024", year=2024, month=12, day=2)
    c.event("conferred", times=[t])
    _linked(c, [t], basis)
    assert _levels(c.build(), "DT04") == [expect]


@pytest.mark.parametrize(("basis", "expect"), [
    (StatusBasis.STATED, Severity.ERROR),
    (StatusBasis.INFERRED, Severity.WARNING),
])
def test_an_inferred_past_is_no_proof(basis, expect):
    c = Claims("The ministers signed the accord on December 4, 2024.", PUB)
    t = c.time("December 4, 2024", year=2024, month=12, day=4)
    c.event("signed", EventKind.OTHER, times=[t])
    c.events[-1] = c.events[-1].model_copy(update={"status_basis": basis})
    assert _levels(c.build(), "DT04") == [expect]


@pytest.mark.parametrize(("basis", "expect"), [
    (LinkBasis.CLAUSE, Severity.ERROR),
    (LinkBasis.SENTENCE, Severity.WARNING),
    (LinkBasis.COREFERENCE, Severity.WARNING),
])
def test_a_place_through_another_mention_is_a_warning(basis, expect):
    # two places in one sentence are never compared: the builder's sentence splitter keeps
    # this text one sentence, and the case tests the declared basis alone
    text = "Kessler hosted Ortiz in Palm Beach on Friday; the meeting was held in Washington."
    c = Claims(text, PUB)
    a = c.entity("Palm Beach", EntityKind.PLACE, place=PALM_BEACH)
    b = c.entity("Washington", EntityKind.PLACE, place=WASHINGTON)
    c.event("hosted", places=[("Palm Beach", a), ("Washington", b)])
    e = c.events[-1]
    c.events[-1] = e.model_copy(update={"places": [e.places[0], e.places[1].model_copy(
        update={"basis": basis})]})
    claims = c.build()
    first = Span.of(text, 0, text.index(";") + 1)  # the second place's sentence left unknown
    claims = claims.model_copy(update={"sentences": [first]})
    assert _levels(claims, "PL01") == [expect]


def test_a_place_in_another_sentence_than_the_event_is_a_coreference():
    text = "Kessler hosted Ortiz in Palm Beach on Friday. The meeting was held in Washington."
    c = Claims(text, PUB)
    a = c.entity("Palm Beach", EntityKind.PLACE, place=PALM_BEACH)
    b = c.entity("Washington", EntityKind.PLACE, place=WASHINGTON)
    c.event("hosted", places=[("Palm Beach", a), ("Washington", b)])
    assert _levels(c.build(), "PL01") == [Severity.WARNING]


# a year-less date takes the year its tense asks for ----------------------------------

def test_a_yearless_past_date_long_after_publication_is_last_years():
    # published 1997-03-01: "on July 15" told as past is July 15, 1996, not months ahead
    c = Claims("Parliament dissolved itself on July 15 after a long dispute.",
               dt.date(1997, 3, 1))
    t = c.time("July 15", month=7, day=15)
    c.event("dissolved", EventKind.OTHER, times=[t])
    assert _levels(c.build(), "DT04") == []


def test_a_yearless_past_date_shortly_after_publication_is_a_warning():
    # "on March 15" told as past two weeks before it: likely a slip, but the tense argues
    # for last year's March 15, so the year is a guess and the finding a warning
    c = Claims("Parliament dissolved itself on March 15 after a long dispute.",
               dt.date(1997, 3, 1))
    t = c.time("March 15", month=3, day=15)
    c.event("dissolved", EventKind.OTHER, times=[t])
    assert _levels(c.build(), "DT04") == [Severity.WARNING]


def test_a_yearless_past_date_keeps_its_weekday_check_in_the_year_it_takes():
    # July 15, 1996 was a Monday: "Saturday, July 15" told as past is still wrong
    c = Claims("Parliament dissolved itself on Saturday, July 15, after a dispute.",
               dt.date(1997, 3, 1))
    t = c.time("Saturday, July 15", month=7, day=15)
    c.event("dissolved", EventKind.OTHER, times=[t])
    found = _levels(c.build(), "DT01")
    assert found == [Severity.WARNING]  # the year is a guess: a warning at most


def test_a_yearless_future_date_before_publication_is_next_years():
    c = Claims("The league will stage its final on January 5.", dt.date(1997, 3, 1))
    t = c.time("January 5", month=1, day=5, tense=Tense.FUTURE)
    c.event("stage", EventKind.OTHER, times=[t], status=EventStatus.PLANNED)
    report = check_claims(c.build())
    assert [f for f in report.findings if f.severity >= Severity.WARNING] == []


def test_a_yearless_date_near_publication_is_still_checked():
    c = Claims("The leaders met on Friday, November 21, in Rome.", PUB)
    t = c.time("Friday, November 21", month=11, day=21)
    c.event("met", times=[t])
    assert _levels(c.build(), "DT01") == [Severity.ERROR]


# a range's first and last day ----------------------------------------------------------

def test_an_event_from_one_day_to_the_next_is_no_conflict():
    text = "Delegates met from November 18 to November 19 in Lisbon."
    c = Claims(text, PUB)
    t1 = c.time("November 18", month=11, day=18)
    t2 = c.time("November 19", month=11, day=19)
    c.event("met", times=[t1, t2])
    claims = c.build()
    assert claims.time(t2).role == "range_end"
    assert _levels(claims, "DT08") == []


def test_a_range_ending_before_it_starts_still_conflicts():
    text = "Delegates met from November 18 to November 16 in Lisbon."
    c = Claims(text, PUB)
    t1 = c.time("November 18", month=11, day=18)
    t2 = c.time("November 16", month=11, day=16)
    c.event("met", times=[t1, t2])
    assert _levels(c.build(), "DT08")


# counted lists --------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "cue", "typed", "expect"), [
    (3, ListCue.COLON, True, [Severity.ERROR]),
    (3, ListCue.COLON, False, [Severity.WARNING]),   # a noun of no known kind: heuristic
    (5, ListCue.INCLUDING, True, []),                # a sample may be shorter than the count
    (3, ListCue.INCLUDING, True, [Severity.ERROR]),  # but not longer
])
def test_counted_lists(value, cue, typed, expect):
    word = {3: "three", 5: "five"}[value]
    c = Claims(f"Observers came from {word} nations: Chad, Mali, Niger and Benin.", PUB)
    c.count(word, value, "nations", ["Chad", "Mali", "Niger", "Benin"], cue=cue,
            items_typed=typed)
    assert _levels(c.build(), "NU01") == expect


# spellings that are no misspelling -------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "expect"), [
    ("Ministry of Defence", "Defense", []),     # British and American spelling
    ("Tehran", "Teheran", []),                  # a gazetteer alternate name
    ("Zürich", "Zurich", []),                   # diacritics only
    ("Tehran", "Tehrun", [Severity.WARNING]),   # the same template with a slip is reported
    ("Ministry of Defence", "Defance", [Severity.WARNING]),
])
def test_known_variants_are_no_misspelling(first, second, expect):
    text = f"Officials in {first} spoke on Monday. Later a {second} aide confirmed it."
    c = Claims(text, PUB)
    c.entity(first, EntityKind.ORGANISATION if "Ministry" in first else EntityKind.PLACE)
    assert _levels(c.build(), "PE02") == expect


@pytest.mark.parametrize(("other", "expect"), [
    ("Junel", [Severity.WARNING]),  # a slip in the name is reported ...
    ("June", []),                   # ... a month is not
])
def test_a_month_is_no_name_variant(other, expect):
    text = f"Ambassador Junes Okafor arrived on Monday. Aides of {other} Okafor spoke later."
    c = Claims(text, PUB)
    c.entity("Junes Okafor")
    assert _levels(c.build(), "PE02") == expect


@pytest.mark.parametrize(("other", "expect"), [
    ("Brendt", [Severity.WARNING]),
    ("Brand", []),  # an English word, not a variant of the name
])
def test_a_dictionary_word_is_no_name_variant(other, expect):
    text = f"Senator Brandt spoke on Monday. A {other} spokesman declined to comment."
    c = Claims(text, PUB)
    c.entity("Senator Brandt")
    assert _levels(c.build(), "PE02") == expect


# the rules read claims only ---------------------------------------------------------------

def _masked(claims: ClaimSet) -> ClaimSet:
    """The same claims over a text with every character outside the claims' spans blanked."""
    text = claims.article.text
    keep = bytearray(len(text))

    def walk(value) -> None:
        if isinstance(value, Span):
            keep[value.start:value.end] = b"\x01" * (value.end - value.start)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)
        elif hasattr(type(value), "model_fields") and not isinstance(value, type):
            for name in type(value).model_fields:
                if name not in ("article", "sentences", "paragraphs"):
                    walk(getattr(value, name))

    walk(claims)
    masked = "".join(ch if keep[i] else " " for i, ch in enumerate(text))
    return claims.model_copy(update={
        "article": claims.article.model_copy(update={"text": masked}),
        "sentences": [Span.of(masked, s.start, s.end) for s in claims.sentences],
        "paragraphs": [Span.of(masked, s.start, s.end) for s in claims.paragraphs],
    })


@pytest.mark.parametrize(("code", "expect", "build"),
                         [pytest.param(c, e, b, id=f"{c}-{e}-{i}") for c, e, i, b in CASES])
def test_every_rule_gives_the_same_findings_without_the_text(code, expect, build):
    claims = build()
    codes = [r.code for r in all_rules()]
    assert code in codes

    def seen(cs: ClaimSet) -> list[tuple[str, str, str]]:
        return [(f.code, f.severity.value, f.message) for f in check_claims(cs).findings]

    assert seen(_masked(claims)) == seen(claims)


# an offset that points back into another sentence ------------------------------------

@pytest.mark.parametrize(("text", "expect"), [
    # "a day after" reaches its anchor in the sentence before: which day it means is a guess
    ("The vote was held on Thursday, November 28. Police detained six people on Saturday, "
     "a day after.", Severity.WARNING),
    ("Police detained six people on Saturday, a day after the vote on Thursday, November 28.",
     Severity.ERROR),
])
def test_an_offset_anchored_in_another_sentence_is_a_warning(text, expect):
    c = Claims(text, dt.date(2024, 11, 30))
    anchor = c.time("Thursday, November 28", year=2024, month=11, day=28)
    c.time("Saturday")
    c.offset("a day after", anchor, 1)
    c.times.sort(key=lambda t: t.span.start)
    assert _levels(c.build(), "DT02") == [expect]


def test_today_in_a_quotation_is_the_day_it_was_said():
    text = "Workers carried signs saying, “Shutdown today, bankruptcy tomorrow.”"
    c = Claims(text, PUB)
    t1 = c.time("today")
    t2 = c.time("tomorrow")
    c.event("saying", EventKind.STATEMENT, times=[t1, t2])
    c.quote("Shutdown today, bankruptcy tomorrow.")
    claims = c.build()
    assert [f for f in check_claims(claims).findings if f.severity >= Severity.WARNING] == []
    unquoted = claims.model_copy(update={"quotes": []})
    assert "DT08" in [f.code for f in check_claims(unquoted).findings]
