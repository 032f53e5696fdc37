"""Done-when test: the seed article's claims match the hand-written expectation.

Ids differ between extractors, so everything is compared by meaning: entity
names, event kinds with their participants' names, places, and resolved days.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import ClaimSet, Event, EventKind, RelationType

PUBLISHED = dt.date(2024, 11, 23)


@pytest.fixture(scope="module")
def got(claims, seed_text) -> ClaimSet:
    return claims(seed_text, PUBLISHED)


def _names(cs: ClaimSet, ev: Event) -> set[str]:
    return {cs.entity(p.entity).name for p in ev.participants if p.entity}


def _places(cs: ClaimSet, ev: Event) -> set[str]:
    return {cs.entity(p.entity).name for p in ev.places if p.entity}


def _days(cs: ClaimSet, ev: Event) -> set[str]:
    return {str(cs.time(t).resolved.start) for t in ev.times if cs.time(t).resolved}


def _find(cs: ClaimSet, kind: EventKind, names: set[str]) -> Event:
    hits = [e for e in cs.events if e.kind is kind and _names(cs, e) == names]
    if kind is EventKind.STATEMENT and len(hits) > 1:
        # every reporting verb is a statement event; the one meant is dated or ordered
        hits = [e for e in hits if e.times or e.refers_to or e.relations]
    assert len(hits) == 1, f"{kind} with {names}: {[(e.kind, _names(cs, e)) for e in cs.events]}"
    return hits[0]


def test_every_expected_event_is_found_with_its_place_and_day(got, seed_claims):
    for want in seed_claims.events:
        ev = _find(got, want.kind, _names(seed_claims, want))
        assert ev.status is want.status, want.id
        assert _places(seed_claims, want) <= _places(got, ev), want.id
        assert _days(got, ev) == _days(seed_claims, want), want.id


def test_the_meeting_is_in_palm_beach_florida_on_friday(got):
    meeting = _find(got, EventKind.MEETING, {"Mark Rutte", "Donald Trump"})
    palm = next(got.entity(p.entity) for p in meeting.places
                if got.entity(p.entity).name == "Palm Beach")
    assert palm.place.within == ["Florida", "United States"]
    assert palm.place.geonameid == 4167505
    assert _days(got, meeting) == {"2024-11-22"}
    assert len(meeting.mentions) >= 4  # "meets", "The meeting", "The talks", "visit"


def test_the_budapest_meeting_stays_a_separate_event(got):
    budapest = _find(got, EventKind.MEETING, {"European leaders", "Mark Rutte"})
    assert _places(got, budapest) == {"Budapest"}
    assert budapest.mentions == []


def test_relations_statement_request_and_ahead_of(got):
    meeting = _find(got, EventKind.MEETING, {"Mark Rutte", "Donald Trump"})
    statement = _find(got, EventKind.STATEMENT, {"Farah Dakhlallah"})
    assert meeting.id in statement.refers_to
    orders = {(r.type, r.target) for r in statement.relations}
    assert (RelationType.ON_OR_AFTER, meeting.id) in orders
    election = _find(got, EventKind.ELECTION, {"Donald Trump"})
    request = _find(got, EventKind.REQUEST, {"Mark Rutte", "Donald Trump"})
    rel = {(r.type, r.target, r.offset) for r in request.relations}
    assert (RelationType.AFTER, election.id, "P2D") in rel
    ahead = _find(got, EventKind.STATEMENT, {"Mark Rutte"})
    assert (RelationType.BEFORE, meeting.id) in {(r.type, r.target) for r in ahead.relations}


def test_offset_anchor_moves_onto_the_election(got):
    election = _find(got, EventKind.ELECTION, {"Donald Trump"})
    offset = next(t for t in got.times if t.span.text == "two days after")
    assert (offset.anchor.kind.value, offset.anchor.ref) == ("event", election.id)


def test_quotes_with_speakers(got, seed_claims):
    expected = {q.content.text: seed_claims.entity(q.speaker).name for q in seed_claims.quotes}
    found = {q.content.text: got.entity(q.speaker).name for q in got.quotes if q.speaker}
    assert found == expected
    by_text = {q.content.text: q for q in got.quotes}
    for want in seed_claims.quotes:
        q = by_text[want.content.text]
        assert (q.partial, q.balanced) == (want.partial, want.balanced)
        setting = q.setting.text if q.setting else None
        assert setting == (want.setting.text if want.setting else None)
    setting = next(q for q in got.quotes if q.setting)
    assert got.event(setting.setting_event).kind is EventKind.MEETING


def test_titles(got, seed_claims):
    def roles(cs: ClaimSet) -> set[tuple]:
        return {(e.name, r.title, r.qualifier, r.organisation, r.nationality, r.country_code)
                for e in cs.entities for r in e.roles}
    assert roles(seed_claims) <= roles(got)


def test_expected_entities_are_merged_and_resolved(got, seed_claims):
    by_name = {e.name: e for e in got.entities}
    for want in seed_claims.entities:
        e = by_name[want.name]
        assert e.kind is want.kind, want.name
        assert set(want.aliases) <= set(e.aliases), want.name
        if want.place is not None:
            assert (e.place.feature, e.place.country_code, e.place.within) == (
                want.place.feature, want.place.country_code, want.place.within)


def test_boilerplate_lines_make_no_claims(got):
    text = got.article.text
    for line in ("Site icon Premium Politics", "Exit mobile version"):
        start = text.index(line)
        end = start + len(line)
        spans = [m for e in got.entities for m in e.mentions]
        spans += [t.span for t in got.times] + [q.span for q in got.quotes]
        spans += [e.trigger for e in got.events]
        assert not [s for s in spans if s.start < end and start < s.end], line
