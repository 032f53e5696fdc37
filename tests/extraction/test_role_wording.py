"""Nationalities and titles however they are worded, and descriptions that refer back."""

from __future__ import annotations

import pytest

from claimcheck.checker import check_claims
from claimcheck.models import Qualifier


def _person(cs, name):
    return next(e for e in cs.entities if e.name == name)


def _countries(cs, name):
    return {r.country_code for r in _person(cs, name).roles if r.country_code}


NATIONALITY = [
    ("copula, adjective", "Marta Lindqvist is Swedish and has lived in Oslo for years.",
     "Marta Lindqvist", "SE"),
    ("copula after an appositive subject",
     "The new conductor, Pavel Horak, is Czech and trained in Vienna.", "Pavel Horak", "CZ"),
    ("relative clause", "Elena Moravcova, who is Slovak, joined the board in March.",
     "Elena Moravcova", "SK"),
    ("apposition, irregular noun", "Later, Henrik Saarinen, a Finn, answered questions.",
     "Henrik Saarinen", "FI"),
    ("apposition, noun like the adjective", "Jonas Petraitis, a Lithuanian, won the race.",
     "Jonas Petraitis", "LT"),
    ("apposition, a nationality the tagger calls an adjective",
     "Brigitte Lehner, an Italian, chairs the jury this year.", "Brigitte Lehner", "IT"),
    ("apposition, adjective and national",
     "Tomasz Wrona, a Polish national, was detained at the border.", "Tomasz Wrona", "PL"),
    ("apposition, adjective and citizen",
     "Rachel Dumont, a Canadian citizen, was released on Friday.", "Rachel Dumont", "CA"),
    ("copula, adjective and citizen", "Miguel Antunes is a Portuguese citizen.", "Miguel Antunes",
     "PT"),
    ("copula, noun", "Soren Kjaer Madsen is a Dane who moved to Berlin.", "Soren Kjaer Madsen",
     "DK"),
    ("premodifier", "Greek Finance Minister Nikos Andreou arrived on Monday.", "Nikos Andreou",
     "GR"),
    ("possessive of a country, apposition",
     "Austria's foreign minister, Karl Huber, spoke to reporters.", "Karl Huber", "AT"),
    ("possessive of a country before the name",
     "Kenya's President Amani Okello opened the summit.", "Amani Okello", "KE"),
]


@pytest.mark.parametrize(("text", "name", "country"), [r[1:] for r in NATIONALITY],
                         ids=[r[0] for r in NATIONALITY])
def test_nationality(claims, text, name, country):
    assert country in _countries(claims(text), name)


NO_NATIONALITY = [
    ("born, not nationality", "The Norwegian-born painter Hanna Vikstrom opened a show.",
     "Hanna Vikstrom"),
    ("a nationality inside a compound modifier",
     "Lars Eriksen Holm, a Danish-trained surgeon, operated on Monday.", "Lars Eriksen Holm"),
    ("a nationality of another noun in the apposition",
     "Sofia Marin Luna, who works for a Spanish bank, resigned.", "Sofia Marin Luna"),
    ("a nationality of a group she met", "Petra Novakova met Czech officials in Brno.",
     "Petra Novakova"),
    ("a nationality of a company he named",
     "Tomas Bergkvist said a Norwegian company would bid.", "Tomas Bergkvist"),
    ("married to a national", "Karin Dahlberg, who is married to a Dane, lives in Malmo.",
     "Karin Dahlberg"),
    ("the other side", "Oskar Lindgren said the Danish side had not replied.", "Oskar Lindgren"),
]


@pytest.mark.parametrize(("text", "name"), [r[1:] for r in NO_NATIONALITY],
                         ids=[r[0] for r in NO_NATIONALITY])
def test_no_nationality(claims, text, name):
    assert _countries(claims(text), name) == set()


HOLDER = "Swedish Trade Minister Marta Lindqvist opened the fair in Gdansk on Monday."
FILLER = "Exhibitors from twelve countries praised the new venue."

REFERS_BACK = [
    ("a later sentence, another nationality",
     f"{HOLDER} {FILLER} The Finnish trade minister later toured the harbour.", "FI"),
    ("a later paragraph, the same nationality",
     f"{HOLDER}\n\n{FILLER}\n\nThe Swedish trade minister later toured the harbour.", "SE"),
    ("a description as an object",
     f"{HOLDER} {FILLER} Dock workers greeted the Estonian trade minister warmly.", "EE"),
]


@pytest.mark.parametrize(("text", "country"), [r[1:] for r in REFERS_BACK],
                         ids=[r[0] for r in REFERS_BACK])
def test_definite_description_refers_back(claims, text, country):
    person = _person(claims(text), "Marta Lindqvist")
    found = [r for r in person.roles if r.country_code == country]
    assert found and found[-1].span.text.lower().endswith("trade minister")
    assert found[-1].span.start > len(HOLDER)


NO_REFERENCE = [
    ("two holders of the title",
     "Swedish Trade Minister Marta Lindqvist and Estonian Trade Minister Kadri Tamm opened the "
     f"fair on Monday. {FILLER} The Finnish trade minister later toured the harbour."),
    ("the same sentence as the name",
     "Swedish Trade Minister Marta Lindqvist met the Finnish trade minister in Gdansk."),
    ("the country is in the article otherwise",
     f"{HOLDER} She flies to Helsinki on Tuesday. The Finnish trade minister will meet her."),
    ("another title", f"{HOLDER} {FILLER} The Finnish foreign minister later toured the harbour."),
    ("another period", f"{HOLDER} {FILLER} The former Finnish trade minister toured the harbour."),
    ("an indefinite description", f"{HOLDER} {FILLER} A Finnish trade minister once came too."),
    ("a counterpart", f"{HOLDER} {FILLER} Her Finnish counterpart toured the harbour."),
]


@pytest.mark.parametrize("text", [r[1] for r in NO_REFERENCE], ids=[r[0] for r in NO_REFERENCE])
def test_no_reference(claims, text):
    assert "FI" not in _countries(claims(text), "Marta Lindqvist")


PE01_CASES = [
    ("copula then apposition",
     "The new goalkeeper, Emil Rasmussen, is Danish and played in Leeds. "
     f"{FILLER} Rasmussen, a Swede, starts on Saturday."),
    ("relative clause then premodifier",
     "Emil Rasmussen, who is Danish, runs the clinic. "
     f"{FILLER} Norwegian Health Minister Emil Rasmussen visited it."),
    ("premodifier then description", f"{HOLDER} {FILLER} The Finnish trade minister left."),
    ("national then noun",
     f"Emil Rasmussen, a Danish national, was held on Monday. {FILLER} "
     "Rasmussen, a Pole, was freed."),
]


@pytest.mark.parametrize("text", [r[1] for r in PE01_CASES], ids=[r[0] for r in PE01_CASES])
def test_pe01_catches(claims, text):
    assert any(f.code == "PE01" for f in check_claims(claims(text)).findings)


PE01_CLEAN = [
    ("copula then same noun",
     f"The new goalkeeper, Emil Rasmussen, is Danish. {FILLER} Rasmussen, a Dane, starts."),
    ("description of the same country", f"{HOLDER} {FILLER} The Swedish trade minister left."),
    ("a counterpart's description",
     f"{HOLDER} She met her Finnish counterpart. {FILLER} The Finnish trade minister left."),
    ("another person's nationality in a relative clause",
     "Emil Rasmussen, who is Danish, met Jan Kowalczyk, who is Polish."),
]


@pytest.mark.parametrize("text", [r[1] for r in PE01_CLEAN], ids=[r[0] for r in PE01_CLEAN])
def test_pe01_clean(claims, text):
    assert not any(f.code == "PE01" for f in check_claims(claims(text)).findings)


def test_a_full_name_before_a_title_apposition_is_a_person_after_a_headline(claims):
    text = ("Tanner warns on rents\n\nVeikko Tanner, the Norwegian housing minister, warned on "
            "Monday that rents would rise.")
    person = _person(claims(text), "Veikko Tanner")
    assert "NO" in {r.country_code for r in person.roles}


def test_a_single_word_before_a_title_apposition_is_not_made_a_name(claims):
    cs = claims("Yesterday, the treasurer, the deputy minister, and others left early.")
    assert not [e for e in cs.entities if e.kind.value == "person"]


def test_a_former_post_keeps_its_qualifier(claims):
    cs = claims("Lars Holmberg, a former Danish ambassador to Chile, now teaches in Aarhus.")
    roles = {(r.title, r.qualifier, r.country_code) for r in _person(cs, "Lars Holmberg").roles}
    assert roles == {("ambassador", Qualifier.FORMER, "DK")}


def test_the_countrys_title_without_a_country_adds_nothing(claims):
    cs = claims(f"{HOLDER} {FILLER} The country's trade minister later toured the harbour.")
    assert len(_person(cs, "Marta Lindqvist").roles) == 1


def test_a_conflict_through_a_description_is_a_warning_and_on_the_name_an_error(claims):
    """The severity policy: a role reached by a description that refers back rests on that
    coreference, so the conflict is a warning; said of the name itself it is an error."""
    described = check_claims(claims(f"{HOLDER} {FILLER} The Finnish trade minister left."))
    assert [f.severity.value for f in described.findings if f.code == "PE01"] == ["warning"]
    named = check_claims(claims(
        "Marta Lindqvist, the Swedish trade minister, opened the fair. "
        f"{FILLER} Lindqvist, the Finnish trade minister, left early."))
    assert [f.severity.value for f in named.findings if f.code == "PE01"] == ["error"]
