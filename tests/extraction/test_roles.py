"""Titles, qualifiers, organisations and nationalities from three constructions."""

from __future__ import annotations

import pytest

from claimcheck.models import Qualifier

ROLES = [
    ("title before name", "NATO spokeswoman Ilse Berg said nothing.", "Ilse Berg",
     ("spokeswoman", None, "NATO", None, None)),
    ("qualifier -elect", "United States President-elect John Carver spoke.", "John Carver",
     ("president", Qualifier.ELECT, "United States", None, "US")),
    ("acting", "Acting Defence Minister Anna Kowalski arrived in Warsaw.", "Anna Kowalski",
     ("defence minister", Qualifier.ACTING, None, None, None)),
    ("designate", "Prime Minister-designate Olaf Berg met reporters.", "Olaf Berg",
     ("prime minister", Qualifier.DESIGNATE, None, None, None)),
    ("apposition", "Pieter Janssen, the former Belgian finance minister, spoke to reporters.",
     "Pieter Janssen", ("finance minister", Qualifier.FORMER, None, "Belgian", "BE")),
    ("copular", "Pieter Janssen is the European Commission's deputy director general.",
     "Pieter Janssen", ("director general", Qualifier.DEPUTY, "European Commission", None, None)),
    ("nationality before title", "Dutch Prime Minister Willem Smit arrived on Monday.",
     "Willem Smit", ("prime minister", None, None, "Dutch", "NL")),
    ("of after name", "President Amani Okello of Kenya spoke on Monday.", "Amani Okello",
     ("president", None, "Kenya", None, "KE")),
    ("nationality alone in apposition", "Later, Pieter Janssen, a Belgian, said it went well.",
     "Pieter Janssen", (None, None, None, "Belgian", "BE")),
    ("nationality alone, copular", "Pieter Janssen is Dutch.", "Pieter Janssen",
     (None, None, None, "Dutch", "NL")),
]


def _roles(cs, name):
    person = next(e for e in cs.entities if e.name == name)
    return {(r.title, r.qualifier, r.organisation, r.nationality, r.country_code)
            for r in person.roles}


@pytest.mark.parametrize(("text", "name", "role"), [r[1:] for r in ROLES],
                         ids=[r[0] for r in ROLES])
def test_role(claims, text, name, role):
    assert role in _roles(claims(text), name)


NO_ROLES = [
    ("place before name", "Iran's Maryam Tehrani met reporters in Vienna.", "Maryam Tehrani"),
    ("plain name", "Anna Kowalski arrived in Warsaw on Monday.", "Anna Kowalski"),
    ("apposition without a title", "Anna Kowalski, a keen runner, arrived in Warsaw.",
     "Anna Kowalski"),
]


@pytest.mark.parametrize(("text", "name"), [r[1:] for r in NO_ROLES], ids=[r[0] for r in NO_ROLES])
def test_no_role(claims, text, name):
    cs = claims(text)
    person = next(e for e in cs.entities if e.name == name)
    assert person.roles == []


def test_title_is_lower_case_and_span_is_the_phrase(claims):
    text = "Foreign Secretary James Holt will travel to Oslo."
    cs = claims(text)
    role = next(e for e in cs.entities if e.name == "James Holt").roles[0]
    assert role.title == "foreign secretary"
    assert role.span.text == "Foreign Secretary"


def test_a_shorter_title_said_again_is_not_a_second_role(claims):
    text = ("Secretary of State Dana Whitfield arrived in Oslo. Later, Secretary Whitfield met "
            "reporters.")
    person = next(e for e in claims(text).entities if e.name == "Dana Whitfield")
    assert [r.title for r in person.roles] == ["secretary of state"]


def test_different_nationalities_are_both_kept(claims):
    text = ("Dutch Prime Minister Willem Smit arrived on Monday. On Tuesday, Belgian Prime "
            "Minister Willem Smit spoke.")
    person = next(e for e in claims(text).entities if e.name == "Willem Smit")
    assert {r.nationality for r in person.roles} == {"Dutch", "Belgian"}


def test_apposition_needs_its_commas(claims):
    text = "The talks with Minister Ana Reyes and Chile Minister of Energy Tomas Vidal ended."
    person = next(e for e in claims(text).entities if e.name == "Ana Reyes")
    assert "minister of energy" not in {r.title for r in person.roles}


@pytest.mark.parametrize("text", [
    "The Austrian minister of defense, Karl Huber, did not comment on the plan.",
    "Karl Huber, the Austrian minister of defense, did not comment on the plan.",
])
def test_apposition_either_side_of_the_name(claims, text):
    roles = _roles(claims(text), "Karl Huber")
    assert ("minister of defense", None, None, "Austrian", "AT") in roles


def test_apposition_read_from_words_when_a_headline_is_glued_on(claims):
    text = ("Readout of the Minister's Meeting With Karl Huber\n\n"
            "The Austrian minister of defense, Karl Huber, did not comment on the plan.")
    roles = _roles(claims(text), "Karl Huber")
    assert ("minister of defense", None, None, "Austrian", "AT") in roles


@pytest.mark.parametrize(("text", "name", "title", "exclusive"), [
    ("Dutch Prime Minister Willem Smit arrived on Monday.", "Willem Smit", "prime minister",
     True),
    ("Pieter Janssen, the former Belgian finance minister, spoke.", "Pieter Janssen",
     "finance minister", True),
    ("NATO spokeswoman Ilse Berg said nothing.", "Ilse Berg", "spokeswoman", False),
    ("Ana Ruiz, the mayor of Lyon, opened the bridge.", "Ana Ruiz", "mayor", True),
])
def test_a_role_says_whether_its_office_is_held_alone(claims, text, name, title, exclusive):
    """PE01 reads ``Role.exclusive``; the list of such offices is the language pack's."""
    person = next(e for e in claims(text).entities if e.name == name)
    role = next(r for r in person.roles if r.title == title)
    assert role.exclusive is exclusive
