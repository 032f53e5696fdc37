"""Entities merged per referent, with kinds voted across mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EntityKind


def _entity(cs, name):
    hits = [e for e in cs.entities if e.name == name]
    assert len(hits) == 1, [(e.name, e.kind) for e in cs.entities]
    return hits[0]


MERGES = [
    ("surname", "Anna Kowalski arrived late. Kowalski then spoke to the press.",
     "Anna Kowalski", EntityKind.PERSON, {"Kowalski"}),
    ("possessive", "Anna Kowalski arrived late. Kowalski's plane was delayed.",
     "Anna Kowalski", EntityKind.PERSON, {"Kowalski"}),
    ("acronym", "The World Health Organization issued a warning. The WHO said cases rose.",
     "World Health Organization", EntityKind.ORGANISATION, {"WHO"}),
    ("parenthesised acronym", "The World Health Organization (WHO) warned on Tuesday.",
     "World Health Organization", EntityKind.ORGANISATION, {"WHO"}),
    ("country aliases", "The United States agreed. Officials in the U.S. were pleased.",
     "United States", EntityKind.PLACE, {"U.S."}),
    ("surname first", "Premier Li Wei met the delegation. Li said talks went well.",
     "Li Wei", EntityKind.PERSON, {"Li"}),
]


@pytest.mark.parametrize(("text", "name", "kind", "aliases"), [m[1:] for m in MERGES],
                         ids=[m[0] for m in MERGES])
def test_mentions_merge_into_one_entity(claims, text, name, kind, aliases):
    e = _entity(claims(text), name)
    assert e.kind is kind
    assert aliases <= set(e.aliases)


def test_vote_repairs_a_person_tagged_as_organisation(claims):
    cs = claims("Elena Petrova spoke first. “We will not back down,” she said.")
    assert _entity(cs, "Elena Petrova").kind is EntityKind.PERSON


def test_company_stays_an_organisation(claims):
    cs = claims("Goldman Sachs said profits rose.")
    assert _entity(cs, "Goldman Sachs").kind is EntityKind.ORGANISATION


def test_two_people_with_different_surnames_stay_apart(claims):
    cs = claims("Anna Kowalski met Paul Girard in Lyon. Girard left early.")
    names = {e.name for e in cs.entities if e.kind is EntityKind.PERSON}
    assert names == {"Anna Kowalski", "Paul Girard"}


def test_group_of_nationality_and_people(claims):
    cs = claims("Several European leaders met in Vienna on Monday.")
    assert _entity(cs, "European leaders").kind is EntityKind.GROUP


def test_places_use_nearby_context(claims):
    cs = claims("The talks were held in Palm Beach, Florida, on Friday.")
    palm = _entity(cs, "Palm Beach")
    assert palm.place.within == ["Florida", "United States"]


def test_unknown_place_keeps_its_text(claims):
    cs = claims("Officials gathered in Qorvath Springs on Monday.")
    unknown = [e for e in cs.entities if "Qorvath" in e.name]
    assert all(e.place is None for e in unknown)


NAME_VARIANTS = [
    ("middle initial", "Dana J. Whitfield arrived. Later Dana Whitfield spoke.",
     "Dana J. Whitfield", {"Dana Whitfield"}),
    ("particle surname", "Pieter van Dijk arrived in Oslo. Van Dijk met reporters and van Dijk "
     "left.", "Pieter van Dijk", {"van Dijk"}),
    ("article prefix", "Prime Minister Nouri al-Rashid arrived in Cairo on Monday. Rashid said "
     "he was pleased with the talks.", "Nouri al-Rashid", {"Rashid"}),
    ("upper-case transcript", "Secretary Dana Whitfield spoke.\n\nSECRETARY WHITFIELD: Thank you.",
     "Dana Whitfield", {"WHITFIELD"}),
]


@pytest.mark.parametrize(("text", "name", "aliases"), [v[1:] for v in NAME_VARIANTS],
                         ids=[v[0] for v in NAME_VARIANTS])
def test_name_variants_merge(claims, text, name, aliases):
    e = _entity(claims(text), name)
    assert aliases <= set(e.aliases)



def test_a_surname_said_again_is_the_person_even_unlabelled(claims):
    """The small model tags the repeated "Hoekstra" here as PRODUCT or nothing; it is the
    person, so the roles in apposition reach him."""
    text = ("EU and China hold climate talks in Beijing\n\n"
            "BEIJING, Sept 5 - European Union climate commissioner Wopke Hoekstra held talks "
            "with Chinese officials in Beijing on Thursday, a week before the two sides are due "
            "to present new targets.\n\n"
            "Hoekstra, a former Dutch finance minister, met Chinese Vice Premier Ding Xuexiang. "
            "The meeting, which lasted three hours, was described by both sides as \"candid.\"\n\n"
            "\"China and the EU have a special responsibility,\" Hoekstra told reporters after "
            "the talks.\n\n"
            "Hoekstra, a Belgian, will travel to Tokyo on Saturday for talks with Japanese "
            "officials.")
    cs = claims(text, dt.date(2025, 9, 5))
    person = next(e for e in cs.entities if e.name == "Wopke Hoekstra")
    assert [m.text for m in person.mentions].count("Hoekstra") == 3
    assert {r.nationality for r in person.roles} >= {"Dutch", "Belgian"}


COORDINATED = [
    # (text, the unlabelled conjunct that must be a person)
    # the small model labels the first of each pair a person and leaves the second bare
    ("Halvorsen met Obama and Vance in Oslo.", "Vance"),
    ("Ruiz met Lindqvist and Vance in Oslo.", "Vance"),
]


@pytest.mark.parametrize(("text", "name"), COORDINATED, ids=[c[1] for c in COORDINATED])
def test_a_name_joined_to_a_person_by_and_is_a_person(claims, text, name):
    people = {e.name for e in claims(text).entities if e.kind is EntityKind.PERSON}
    assert any(name in p or p in name for p in people), people


def test_a_place_joined_to_a_person_stays_a_place(claims):
    cs = claims("Ana Ruiz and Madrid officials signed the accord on Monday.")
    assert "Madrid" not in {e.name for e in cs.entities if e.kind is EntityKind.PERSON}


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a one-word name the model calls an organisation that only premodifies an event noun
    # and that the gazetteer knows as a country, region or big city is the event's place
    ("After the Oslo meeting, Wierzbicki flew home.", "Oslo", EntityKind.PLACE),
    ("Delegates left the Madrid summit early.", "Madrid", EntityKind.PLACE),
    # a company before an event noun stays a company
    ("After the Boeing talks, the union voted.", "Boeing", EntityKind.ORGANISATION),
])
def test_a_place_before_an_event_noun_is_a_place(claims, text, name, kind):
    found = {e.name: e.kind for e in claims(text).entities}
    assert found.get(name) is kind, found
