"""What extraction hands over from the wording: sentences, time roles, ranges, lists."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.checker import check_claims
from claimcheck.extraction import extract_claims
from claimcheck.extraction.counts import find_counts
from claimcheck.models import Article, Deixis, ListCue, Severity, TimeRole

PUB = dt.date(2024, 11, 9)


def _claims(nlp, text: str, published: dt.date = PUB):
    return extract_claims(nlp(text), Article(text=text, published=published))


def _time(claims, words: str):
    return next(t for t in claims.times if words in t.span.text)


def test_sentences_and_paragraphs_cover_the_text(nlp):
    text = "Talks opened on Monday. They ended late.\n\nA second paragraph follows here."
    claims = _claims(nlp, text)
    assert [s.text for s in claims.sentences] == [
        "Talks opened on Monday.", "They ended late.", "A second paragraph follows here."]
    assert len(claims.paragraphs) == 2
    assert claims.paragraph_of(claims.sentences[2]) == 1
    assert claims.sentence_of(_time(claims, "Monday").span) == 0


@pytest.mark.parametrize(("text", "words", "role"), [
    ("The board declared a dividend payable Dec. 1 to holders.", "Dec. 1", TimeRole.SCHEDULE),
    ("The notes fall due March 15, the lender said.", "March 15", TimeRole.SCHEDULE),
    ("The vote is scheduled for Friday, officials said.", "Friday", TimeRole.SCHEDULE),
    ("The council called a special election for May 9 in the district.", "May 9",
     TimeRole.SCHEDULE),
    ("She spoke on Friday, two days after the November 5 election.", "November 5", None),
    ("LIMA, Nov. 4, 2024 - The minister resigned on Sunday.", "Nov. 4", TimeRole.DATELINE),
])
def test_time_roles(nlp, text, words, role):
    assert _time(_claims(nlp, text), words).role == role


def test_the_documented_relative_date_conflict_is_found(nlp):
    # a date that modifies a noun behind "after the" is no deadline (issue 14)
    text = "The mayor met the governor on Friday, two days after the November 5 election."
    found = [f for f in check_claims(_claims(nlp, text)).findings if f.code == "DT02"]
    assert found and found[0].severity is Severity.ERROR


def test_apposition_and_settings(nlp):
    claims = _claims(nlp, "The pact runs until 2031. Yesterday, Tuesday, the envoy resigned.")
    assert _time(claims, "Tuesday").apposed_to == _time(claims, "Yesterday").id
    assert _time(claims, "Yesterday").publication_offset == (-1, -1)
    assert _time(claims, "2031").sets_year is False
    assert _time(claims, "Tuesday").sets_year is True


def test_impossible_dates_are_records(nlp):
    claims = _claims(nlp, "The referendum is set for June 31, the council said.")
    assert [(w.month, w.day, w.span.text) for w in claims.impossible_dates] == [
        (6, 31, "June 31")]


def test_a_range_announced_by_a_length(nlp):
    claims = _claims(nlp, "He began a three-day tour from May 1 to 5 across the region.")
    r = claims.ranges[0]
    assert (r.start.month, r.start.day, r.end.day, r.end_span.text) == (5, 1, 5, "5")
    assert claims.time(r.duration).span.text.startswith("three-day")


@pytest.mark.parametrize(("text", "expect"), [
    ("The bloc has four members: Bosnia and Herzegovina, Serbia and Croatia.",
     (4, ["Bosnia and Herzegovina", "Serbia", "Croatia"], ListCue.COLON)),
    ("Twelve states, including Ohio, Texas and Iowa, voted early.",
     (12, ["Ohio", "Texas", "Iowa"], ListCue.INCLUDING)),
    ("Aid went to the three countries Japan, Brazil, Kenya and Norway last year.",
     (3, ["Japan", "Brazil", "Kenya", "Norway"], ListCue.APPOSITION)),
])
def test_counted_lists(nlp, text, expect):
    found = find_counts(nlp(text))
    assert [(c.value, [i.text for i in c.items], c.cue) for c in found] == [expect]


@pytest.mark.parametrize("text", [
    "The two men, Jones and Brown said, had left.",          # a comma opens no list
    "The two states: Ohio and the federal government sued.",  # an item of another kind
    "The three countries: Chad remained calm.",               # fewer than two items
])
def test_no_counted_list(nlp, text):
    assert find_counts(nlp(text)) == []


def test_capitalised_words(nlp):
    claims = _claims(nlp, "Zalmay Khalilzad arrived in March. The Defence ministry and "
                          "Defense officials met.")
    uses = {w.text: w for w in claims.words}
    assert uses["March"].calendar and not uses["Zalmay"].dictionary_word
    assert "Defense" in uses["Defence"].variants


@pytest.mark.parametrize(("text", "words", "not_words"), [
    # a hyphenated name is one word: its pieces are no words of their own
    ("Flags of Herceg-Bosna flew over Mostar.", {"Mostar"}, {"Bosna", "Herceg"}),
    ("Sheikh Abdallah al-Ahmar was elected.", set(), {"Ahmar"}),
    # a compound of names the text also writes alone pairs them: each is a word
    ("Reagan picked a running mate. The Reagan-Marsden alliance held.", {"Reagan", "Marsden"},
     {"Reagan-Marsden"}),
])
def test_hyphenated_compounds_as_words(nlp, text, words, not_words):
    uses = {w.text for w in _claims(nlp, text).words}
    assert words <= uses and not (not_words & uses)


def test_a_determiner_is_handed_over_and_checked(nlp):
    claims = _claims(nlp, "The council met last Friday, November 1, in Lagos.")
    t = _time(claims, "Friday")
    assert t.deixis is Deixis.LAST
    assert not [f for f in check_claims(claims).findings if f.code.startswith("DT")]
