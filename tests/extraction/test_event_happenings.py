"""The event stage's general mechanisms: any dated, placed or peopled happening is an
event; attachment by the parse, with the link's basis; status with its basis; a
happening of no named kind joins another mention only when nothing differs."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import EventStatus, LinkBasis, StatusBasis

PUB = dt.date(2024, 3, 15)  # a Friday


def _by_lemma(cs, lemma):
    return [e for e in cs.events if e.lemma == lemma]


def _days(cs, ev):
    return {cs.time(t).value for t in ev.times}


def _basis(cs, ev):
    return {cs.time(link.time).value: link.basis for link in ev.time_links}


@pytest.mark.parametrize(("text", "lemma", "day"), [
    ("The old bridge collapsed on Monday.", "collapse", "2024-03-11"),
    ("Rescuers pulled two people from the river on Tuesday.", "pull", "2024-03-12"),
    ("Wednesday's earthquake damaged hundreds of homes.", "earthquake", "2024-03-13"),
    ("An explosion at the plant on March 4 injured three workers.", "explosion", "2024-03-04"),
    ("The referendum on Sunday, March 10, was the first in a decade.", "referendum",
     "2024-03-10"),
    ("Workers walked out on Thursday at the port.", "walk", "2024-03-14"),
    # a light verb's participle on a noun that is no event tells of its own act
    ("The warrant issued on Monday names two suspects.", "issue", "2024-03-11"),
    ("A letter published Tuesday asks for calm.", "publish", "2024-03-12"),
    # a light verb's infinitive whose object is no event is a happening of its own
    ("The brewery plans to open a second site on March 20.", "open", "2024-03-20"),
    ("Two more states are expected to join on March 25.", "join", "2024-03-25"),
    ("The studio hopes to release the film on March 29.", "release", "2024-03-29"),
    # the subject of a raising verb is its complement's: the occurrence verb is the event's
    ("The hearing is expected to take place on March 21.", "hearing", "2024-03-21"),
    ("The strike is likely to end on March 22.", "strike", "2024-03-22"),
    # a "when" clause right after a date tells what happened then, wherever the parse
    # hangs it
    ("Since March 4, when the council closed the bridge, traffic has slowed.", "close",
     "2024-03-04"),
    ("Residents remember March 1, when the river flooded the town.", "flood",
     "2024-03-01"),
    ("The fair reopened on Saturday, March 9, when crowds filled the square.", "fill",
     "2024-03-09"),
])
def test_a_dated_happening_of_no_named_kind_is_an_event(claims, text, lemma, day):
    cs = claims(text, PUB)
    found = _by_lemma(cs, lemma)
    assert found, [(e.lemma, e.kind) for e in cs.events]
    assert day in _days(cs, found[0])
    assert len(cs.events) == len({e.trigger.start for e in cs.events})


@pytest.mark.parametrize(("text", "lemma"), [
    ("The museum will reopen its west wing at the end of next week.", "reopen"),
    ("Crews began repairs at the start of the month.", "begin"),
    ("Ferries will sail again at the end of the month.", "sail"),
])
def test_the_head_of_a_time_expression_is_a_time_not_an_event(claims, text, lemma):
    cs = claims(text, PUB)
    heads = {"end", "start"}
    assert not [e for e in cs.events if e.lemma in heads]
    assert [t for e in _by_lemma(cs, lemma) for t in e.times], \
        [(e.lemma, e.times) for e in cs.events]


@pytest.mark.parametrize("text", [
    # a date of the figure a change starts from, or of the term of a comparison
    "Exports recovered from the lows of early March.",
    "Prices rose more sharply than in March.",
    "Sales grew faster than a year earlier.",
])
def test_a_date_of_what_is_compared_is_not_the_events(claims, text):
    cs = claims(text, PUB)
    assert not [t for e in cs.events for t in e.times], \
        [(e.lemma, e.times) for e in cs.events]


@pytest.mark.parametrize(("text", "lemma", "days"), [
    # "of" and a date after a noun that is no event: the date names that thing
    ("Four men were arrested on March 13 under the Public Order Act of 1986.", "arrest",
     {"2024-03-13"}),
    ("The court upheld the verdict on Monday, citing the treaty of 1951.", "uphold",
     {"2024-03-11"}),
    # but a stretch of time "of" a day is a time of that day
    ("The doctor was shot on the night of March 8 in his kitchen.", "shoot", {"2024-03-08"}),
    ("Police arrested him in the early hours of Thursday.", "arrest", {"2024-03-14"}),
])
def test_a_date_after_of_belongs_to_its_noun(claims, text, lemma, days):
    cs = claims(text, PUB)
    ev = _by_lemma(cs, lemma)
    assert ev and _days(cs, ev[0]) == days, [(e.lemma, _days(cs, e)) for e in cs.events]


def test_an_undated_unplaced_happening_with_nobody_named_is_no_event(claims):
    cs = claims("It rained a lot and things got worse.", PUB)
    assert not _by_lemma(cs, "rain") and not _by_lemma(cs, "get")


@pytest.mark.parametrize(("text", "lemma", "basis"), [
    ("Tuesday's vote ended a long campaign.", "vote", LinkBasis.EXPLICIT),
    ("The vote on Tuesday ended a long campaign.", "vote", LinkBasis.EXPLICIT),
    ("The vote, held on Tuesday, ended a long campaign.", "vote", LinkBasis.EXPLICIT),
    ("Lawmakers approved the budget on Tuesday.", "approve", LinkBasis.CLAUSE),
    ("On Tuesday, lawmakers approved the budget.", "approve", LinkBasis.CLAUSE),
])
def test_each_time_link_says_how_it_is_attached(claims, text, lemma, basis):
    cs = claims(text, PUB)
    ev = _by_lemma(cs, lemma)[0]
    assert _basis(cs, ev) == {"2024-03-12": basis}
    assert ev.times == [link.time for link in ev.time_links]


@pytest.mark.parametrize("text", [
    "The two sides will sign the deal on Thursday, March 21, officials said on Monday.",
    "Officials said on Monday that the two sides would sign the deal on Thursday, March 21.",
])
def test_a_reporting_verb_keeps_its_own_date(claims, text):
    cs = claims(text, PUB)
    sign = _by_lemma(cs, "sign")[0]
    said = _by_lemma(cs, "say")[0]
    assert _days(cs, sign) == {"2024-03-21"}
    assert _days(cs, said) == {"2024-03-11"}
    assert sign.status is EventStatus.PLANNED and sign.status_basis is StatusBasis.STATED


@pytest.mark.parametrize(("text", "lemma", "status", "basis"), [
    ("The council met on Monday.", "meet", EventStatus.OCCURRED, StatusBasis.STATED),
    ("The council will meet on Monday.", "meet", EventStatus.PLANNED, StatusBasis.STATED),
    ("The council may meet on Monday.", "meet", EventStatus.UNCERTAIN, StatusBasis.STATED),
    ("A poll released on Monday, ten days before the referendum on March 21, showed a "
     "lead.", "referendum", EventStatus.UNCERTAIN, StatusBasis.INFERRED),  # nothing to go on
    ("Pollsters surveyed voters for the March 21 referendum.", "referendum",
     EventStatus.UNCERTAIN, StatusBasis.INFERRED),  # a purpose looks ahead
    ("The council met two days after the March 4 strike.", "strike", EventStatus.OCCURRED,
     StatusBasis.INFERRED),  # behind "after" a past verb: earlier, so past too
    ("Reporters covered the March 4 strike.", "strike", EventStatus.OCCURRED,
     StatusBasis.INFERRED),  # the object of a past verb
    ("The referendum on March 21 divided the town.", "referendum", EventStatus.OCCURRED,
     StatusBasis.INFERRED),  # the subject of a past verb
    ("The upcoming referendum on March 21 divides the town.", "referendum",
     EventStatus.PLANNED, StatusBasis.STATED),
])
def test_status_comes_with_its_basis(claims, text, lemma, status, basis):
    cs = claims(text, PUB)
    ev = _by_lemma(cs, lemma)[0]
    assert (ev.status, ev.status_basis) == (status, basis)


def test_a_verbal_and_a_nominal_mention_of_one_happening_are_one_event(claims):
    cs = claims("Police arrested Omar Haddad at his home in Lyon on Monday. The arrest drew "
                "protests from his neighbours.", PUB)
    arrests = _by_lemma(cs, "arrest")
    assert len(arrests) == 1 and [m.text for m in arrests[0].mentions] == ["arrest"]


@pytest.mark.parametrize("text", [
    "A bombing in Lagos on Monday killed four. The bombing in Abuja on Wednesday killed two.",
    "Police arrested Omar Haddad in Lyon on Monday. The arrest in Paris on Thursday of his "
    "brother followed.",
])
def test_two_happenings_of_one_word_with_different_dates_stay_two(claims, text):
    cs = claims(text, PUB)
    word = "bombing" if "bombing" in text else "arrest"
    events = _by_lemma(cs, word)
    assert len(events) == 2, [(e.trigger.text, [m.text for m in e.mentions]) for e in events]
    assert all(len(_days(cs, e)) <= 1 and len(e.places) <= 1 for e in events)


def test_a_place_premodifier_is_the_events_place(claims):
    cs = claims("The Oslo talks ended on Monday without a deal.", PUB)
    talks = next(e for e in cs.events if e.trigger.text == "talks")
    assert [(cs.entity(p.entity).name, p.basis) for p in talks.places] == \
        [("Oslo", LinkBasis.EXPLICIT)]


def test_a_merged_mentions_time_is_a_coreference_link(claims):
    cs = claims("Rutte met Trump in Washington.\n\nThe meeting on Thursday lasted an hour.",
                PUB)
    meeting = next(e for e in cs.events if e.lemma == "meet")
    assert _basis(cs, meeting) == {"2024-03-14": LinkBasis.COREFERENCE}


@pytest.mark.parametrize(("text", "lemma"), [
    ("Prices fell amid uncertainty surrounding the vote on March 21.", "surround"),
    ("A launch date of March 21 proposed for the mission could slip.", "propose"),
    ("Investors awaited a rate decision on March 21.", "await"),
    ("Talks have been pencilled in for March 21.", "pencil"),
    ("The budget was not passed on Monday.", "pass"),
    ("The bill could fail if it is not signed before the deadline of March 21.", "sign"),
    # a request made by a verb that plans keeps only a day of its own act
    ("Opposition parties have called a general strike in the capital on March 21.", "call"),
    ("The mayor proposed a referendum on March 21 to settle the matter.", "propose"),
    # "in" a dated occasion is often "about" it: no day shared
    ("Police gathered evidence in Monday's shooting near the port.", "gather"),
])
def test_a_modifier_a_schedule_or_a_negated_verb_is_no_dated_happening(claims, text, lemma):
    cs = claims(text, PUB)
    assert not [e for e in _by_lemma(cs, lemma) if e.times], \
        [(e.lemma, e.times) for e in cs.events]


@pytest.mark.parametrize(("text", "city", "country"), [
    ("LISBON, March 13 (Reuters) - The president met union leaders on Tuesday.", "Lisbon",
     "PT"),
    ("BERLIN — The chancellor met union leaders on Tuesday.", "Berlin", "DE"),
    ("Strike ends\n\nOSLO, March 13 - Port workers returned to work on Tuesday.", "Oslo", "NO"),
])
def test_an_all_caps_dateline_city_resolves_in_the_gazetteer(claims, text, city, country):
    cs = claims(text, PUB)
    places = [e for e in cs.entities if e.place is not None and e.place.name == city]
    assert places and places[0].place.country_code == country


def test_an_all_caps_headline_is_no_dateline(claims):
    cs = claims("PORTS CLOSE AS STRIKE SPREADS\n\nWorkers walked out on Tuesday.", PUB)
    assert not any(e.place is not None for e in cs.entities)


def test_the_event_noun_table_is_language_data_from_timeml_and_wordnet():
    from claimcheck.lang.en.events import event_nouns
    nouns = event_nouns()
    assert {"arrest", "referendum", "earthquake", "strike"} <= nouns  # TimeML's
    assert {"funeral", "coup", "trading", "shutdown", "stampede"} <= nouns  # WordNet's
    # a noun with a sense that is no act or event is left out ("meeting" is also a group,
    # "service" a group and an artifact): the TimeML counts or a named kind must take it
    assert not nouns & {"year", "company", "percent", "service", "policy", "government"}


@pytest.mark.parametrize(("text", "lemma", "place", "day"), [
    ("The funeral took place in Nairobi on Sunday.", "funeral", "Nairobi", "2024-03-10"),
    ("A stampede at the stadium in Lagos on Saturday injured dozens.", "stampede", "Lagos",
     "2024-03-09"),
    ("The coup in Lima on Wednesday was condemned abroad.", "coup", "Lima", "2024-03-13"),
])
def test_a_wordnet_happening_noun_is_an_event(claims, text, lemma, place, day):
    cs = claims(text, PUB)
    ev = _by_lemma(cs, lemma)
    assert ev, [(e.lemma, e.times) for e in cs.events]
    assert _days(cs, ev[0]) == {day}
    assert {cs.entity(p.entity).name for p in ev[0].places} == {place}


@pytest.mark.parametrize(("text", "stem"), [
    ("The two countries signed the accord in Lisbon on Monday. The signing in Madrid ended "
     "two years of talks.", "sign"),
    ("Police arrested Omar Haddad in Paris on Monday. The arrest in Lisbon drew protests.",
     "arrest"),
])
def test_a_nominal_mention_in_another_place_joins_the_verbal_one(claims, text, stem):
    cs = claims(text, PUB)
    joined = [e for e in cs.events if e.lemma == stem and e.mentions]
    assert joined and len(joined[0].places) == 2
    assert {p.basis for p in joined[0].places} == {LinkBasis.CLAUSE, LinkBasis.COREFERENCE}


@pytest.mark.parametrize(("text", "days"), [
    ("The rail strike began on Monday and ended on Wednesday.", {"2024-03-11", "2024-03-13"}),
    ("The talks opened in Oslo on Monday and ended on Wednesday.",
     {"2024-03-11", "2024-03-13"}),
])
def test_coordinated_predicates_of_an_event_noun_date_that_event(claims, text, days):
    cs = claims(text, PUB)
    ev = next(e for e in cs.events if e.trigger.text in ("strike", "talks"))
    assert _days(cs, ev) == days


@pytest.mark.parametrize(("text", "lemma", "place", "day"), [
    ("Dock workers went on strike in Nairobi on Monday.", "strike", "Nairobi", "Monday"),
    ("The two regions went to war in 1990 over the border.", "war", None, "1990"),
    ("The convoy came under attack near Kandahar on Friday.", "attack", "Kandahar", "Friday"),
])
def test_a_support_verb_stands_for_its_event_noun(claims, text, lemma, place, day):
    """ "went on strike": the verb's place and day are the strike's."""
    cs = claims(text, dt.date(2024, 3, 16))
    ev = next(e for e in cs.events if e.lemma == lemma)
    assert [cs.time(t).span.text for t in ev.times] == [day]
    assert [p.span.text for p in ev.places] == ([place] if place else [])
