"""An unlabelled name that starts with a first name is a person when a person is told of.

The small model's labels are removed before ``first_named`` runs, so each case tests the
mechanism, not what the model happened to label."""

from __future__ import annotations

import pytest

from claimcheck.extraction.entities import _a_place, first_names
from claimcheck.extraction.names import first_named
from claimcheck.models import EntityKind


def _named(nlp, text: str) -> list[str]:
    doc = nlp(text)
    doc.ents = []
    for t in doc:
        t.ent_type_ = ""
    return [m.text for m in first_named(doc, set(), first_names(), _a_place)]


PERSONS = [
    # (text, the name found); a pronoun of the first name's sex, or a verb people do
    ("Tobias Reinholt was more cautious. He said the plan would cost too much.",
     "Tobias Reinholt"),
    ("Ingrid Halvorsen spoke first, and her deputy followed.", "Ingrid Halvorsen"),
    ("After the vote, Marta Oyelaran Quist thanked her supporters.", "Marta Oyelaran Quist"),
    ("Officials said Pieter Okonkwo met the envoy in Lagos.", "Pieter Okonkwo"),
    # the object of a verb of meeting
    ("The envoy met Tobias Reinholt in Lisbon on Tuesday.", "Tobias Reinholt"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS, ids=[p[1] for p in PERSONS])
def test_a_first_name_and_a_person_told_of_make_a_person(nlp, text, name):
    assert _named(nlp, text) == [name]


NOT_PERSONS = [
    # a place the gazetteer knows, though its first word is a first name
    "Virginia Beach was quiet on Sunday, and she said the storm had passed.",
    # no pronoun of that sex and no verb people do
    "Tobias Reinholt Hall stood empty on Sunday.",
    # a pronoun of the other sex only
    "Ingrid Halvorsen was more cautious. He said the plan would cost too much.",
    # the object of a verb of meeting that is a place
    "The envoy visited Virginia Beach on Tuesday.",
    # not a first name at all
    "Zyxwv Reinholt was more cautious. He said the plan would cost too much.",
    # an organisation word
    "Paul Girard Foundation was more cautious. He said the plan would cost too much.",
]


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_no_person_without_every_signal(nlp, text):
    assert _named(nlp, text) == []


def test_the_found_name_takes_the_quote_of_its_pronoun(claims):
    """End to end: a paragraph between two speakers no longer costs the second one."""
    text = ("Ingrid Halvorsen spoke first. \u201cWe need help now,\u201d she said.\n\n"
            "Officials have said little in public about the details of the proposal.\n\n"
            "Tobias Reinholt was more cautious.\n\n"
            "\u201cWe will need more time,\u201d he said on Tuesday.")
    cs = claims(text)
    people = {e.id: e.name for e in cs.entities if e.kind is EntityKind.PERSON}
    assert [people.get(q.speaker or "") for q in cs.quotes] == ["Ingrid Halvorsen",
                                                                "Tobias Reinholt"]
