"""An event's status from its own words: a planning predicate ("the meeting was
scheduled"), auxiliaries shared across coordinated verbs ("may backfire and cost"), and
the modals ("would", "would have", "would not", "must", "had better")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EventStatus

PUB = dt.date(2016, 3, 10)


def _status(cs, lemma):
    return next(e for e in cs.events if e.lemma == lemma).status


@pytest.mark.parametrize(("text", "lemma", "status"), [
    ("Officials said the March 28 meeting with the envoy was scheduled last week.", "meeting",
     EventStatus.PLANNED),
    ("The summit on March 28 was planned months ago.", "summit", EventStatus.PLANNED),
    # a verb coordinated to a modal one shares the modal
    ("The policy may backfire and cost the party votes on March 13.", "cost",
     EventStatus.UNCERTAIN),
    ("The envoys will meet and sign the accord on March 13.", "sign", EventStatus.PLANNED),
    # a verb with its own tense keeps it
    ("The army crossed the river and took the town on March 3.", "take",
     EventStatus.OCCURRED),
    ("The minister may resign, and her deputy left on March 3.", "leave",
     EventStatus.OCCURRED),
    # a hyphenated verb is one word: the auxiliaries the parse hangs on one piece, or on
    # another auxiliary, are the whole word's
    ("Aides said the bill would be re-introduced on March 30.", "introduce",
     EventStatus.PLANNED),
    ("The envoys will co-sign the accord on March 13.", "sign", EventStatus.PLANNED),
    ("Senators re-introduced the bill on March 3.", "introduce", EventStatus.OCCURRED),
    ("The envoys co-signed the accord on March 3.", "sign", EventStatus.OCCURRED),
    # a finite verb keeps its own tense beside a coordinated modal one
    ("The mill will close its doors, and suffered a fire on March 3.", "suffer",
     EventStatus.OCCURRED),
    ("Police would not name him but said on March 3 that he was held.", "say",
     EventStatus.OCCURRED),
    # "would": ahead of the past it is told from, or conditional; not told as past
    ("The company would open a plant in Ohio on March 21.", "open", EventStatus.PLANNED),
    ("Under the accord the two banks would merge on April 1.", "merge", EventStatus.PLANNED),
    ("Officials said the firm would start hiring on March 21.", "start",
     EventStatus.PLANNED),
    ("Aides said he'd sign the bill on March 21.", "sign", EventStatus.PLANNED),
    # "would have": it did not happen
    ("Without the storm, the team would have won the final on March 3.", "win",
     EventStatus.UNCERTAIN),
    ("Without the storm, the team would've won the final on March 3.", "win",
     EventStatus.UNCERTAIN),
    # "would not": a refusal; what it refuses did not happen
    ("The spokesman wouldn't say on March 3 whether the deal was signed.", "say",
     EventStatus.UNCERTAIN),
    ("The minister would not resign on March 3, aides said.", "resign",
     EventStatus.UNCERTAIN),
    # "had better", "would rather": obligation and wish
    ("Coaches say we'd better meet in Oslo yesterday.", "meet",
     EventStatus.UNCERTAIN),
    ("Editors say we'd all better hire reporters -- and hire them yesterday.", "hire",
     EventStatus.UNCERTAIN),
    ("The board would rather meet in Oslo on March 21.", "meet",
     EventStatus.UNCERTAIN),
    # modals of possibility and obligation
    ("The boy must be returned to his father by March 21.", "return",
     EventStatus.UNCERTAIN),
    ("The council can vote on the plan on March 21.", "vote", EventStatus.UNCERTAIN),
    ("Critics said the team should resign on March 21.", "resign", EventStatus.UNCERTAIN),
    # and the past stays past
    ("The company opened a plant in Ohio on March 3.", "open", EventStatus.OCCURRED),
])
def test_status_from_the_events_own_words(claims, text, lemma, status):
    assert _status(claims(text, PUB), lemma) is status


@pytest.mark.parametrize(("text", "piece", "pieces"), [
    ("It would be re-introduced soon.", "introduced", ["re", "introduced"]),
    ("It would be re-introduced soon.", "re", ["re", "introduced"]),
    ("A well-to-do family.", "do", ["well", "to", "do"]),
    ("It fell - sharply.", "fell", ["fell"]),          # a spaced dash joins no word
    ("From 1990-1995 it grew.", "1995", ["1995"]),      # a range of numbers is no word
])
def test_word_pieces(nlp, text, piece, pieces):
    from claimcheck.extraction.attachment import word_pieces

    token = next(t for t in nlp(text) if t.text == piece)
    assert [t.text for t in word_pieces(token)] == pieces
