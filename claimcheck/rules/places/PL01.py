"""PL01: one event in two places that cannot both hold."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from claimcheck.models import (
    ClaimSet,
    Event,
    EventKind,
    Finding,
    LinkBasis,
    Place,
    Severity,
    Span,
    TimeExpression,
    TimeRole,
    TimexType,
)
from claimcheck.reason import Timeline
from claimcheck.reason.event_constraints import link_basis
from claimcheck.reason.model import event_label
from claimcheck.rules.base import Rule

VAGUE_FEATURES = frozenset({"continent", "other", "region_group"})
ONE_PLACE_KINDS = frozenset({"meeting", "talks", "summit", "speech"})
"""Events that happen in one place; visits, trips and calls may span several."""
ONE_COUNTRY_KINDS = frozenset({"election"})
"""Events held across many places of one country, never in two countries: a vote in
Lagos and in Kano may be one election, a vote in Lagos and in Prague is not."""


def compatible(a: Place, b: Place) -> bool:
    """Whether one event can be at both: the same place, or one inside the other."""
    if a.feature in VAGUE_FEATURES or b.feature in VAGUE_FEATURES:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    na, nb = a.name.casefold(), b.name.casefold()
    if na == nb or na in {w.casefold() for w in b.within} or nb in {w.casefold() for w in a.within}:
        return True
    for outer, inner in ((a, b), (b, a)):
        if outer.feature == "country" and outer.country_code and \
                outer.country_code == inner.country_code:
            return True
        if outer.feature == "region" and inner.region and \
                outer.name.casefold() == inner.region.casefold():
            return True
    return False


def same_country(a: Place, b: Place) -> bool:
    """Whether two places may lie in one country (unknown countries may)."""
    if a.feature in VAGUE_FEATURES or b.feature in VAGUE_FEATURES:
        return True
    return not (a.country_code and b.country_code) or a.country_code == b.country_code


def different_days(a: TimeExpression, b: TimeExpression) -> bool:
    """Whether two time expressions cannot name the same day ("Monday" and "Tuesday")."""
    if a.resolved is not None and b.resolved is not None:
        return a.resolved.end < b.resolved.start or b.resolved.end < a.resolved.start
    sa, sb = a.stated, b.stated
    if sa is None or sb is None:
        return False
    if sa.weekday is not None and sb.weekday is not None and sa.weekday != sb.weekday:
        return True
    if None in (sa.month, sa.day, sb.month, sb.day):
        return False
    return (sa.month, sa.day) != (sb.month, sb.day)


def _stage_dates(claims: ClaimSet, event: Event, span: Span,
                 claimed: set[str]) -> list[TimeExpression]:
    """The days given in the sentence of a place: the event's own, or a date no event claims
    ("On Tuesday, the talks in Paris produced a draft")."""
    n = claims.sentence_of(span)
    found = []
    for t in claims.times:
        if n is None or claims.sentence_of(t.span) != n \
                or (t.id in claimed and t.id not in event.times) \
                or t.type not in (TimexType.DATE, TimexType.TIME) \
                or t.role in (TimeRole.DATELINE, TimeRole.SCHEDULE):
            continue
        if t.id in event.times or t.granularity.value in ("day", "time"):
            found.append(t)
    return found


class EventInTwoPlaces(Rule):
    """One event is placed in two places that cannot both hold.

    Why it matters: a meeting in Palm Beach cannot also be in Washington;
    one of the places is wrong, or two events were run together.

    Fails (warning): "Rutte met Trump in Palm Beach on Friday ... The meeting in
    Washington lasted an hour."

    Passes: "Rutte met Trump in Florida ... The meeting took place in Palm
    Beach." (Palm Beach is in Florida.) An election is held in many places of
    one country, so its places are compared by country only (a vote in Lagos
    and in Kano may be one; in Lagos and in Prague it cannot). Places the
    gazetteer cannot resolve are not compared, nor places named together in
    one sentence, nor the
    places of visits, trips and calls, which may span several, nor the
    places of an event whose words tell of several happenings ("the attacks
    in Paris and San Bernardino", "met again in Rome"), nor the
    stages of one event dated to different days ("The talks began in
    Geneva on Monday ... On Tuesday, the talks in Paris produced a draft.").

    A place that reaches the event through another mention of it (another
    sentence, as here) or only by sharing a sentence makes this a warning: the
    coreference of the mentions is not proof (docs/rules-design.md).

    Fix: correct the place, or make clear that these are two events.
    """

    code = "PL01"
    name = "places.event_in_two_places"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        # a date that dates an event (or is its "before"/"after") dates no other event
        claimed = {t for e in claims.events for t in e.times} | {
            r.target for e in claims.events for r in e.relations}
        for event in claims.events:
            if event.several:
                continue  # "the attacks in Paris and San Bernardino": each has its own place
            one_country = event.kind.value in ONE_COUNTRY_KINDS
            if event.kind.value not in ONE_PLACE_KINDS and not one_country and not (
                    event.kind is EventKind.OTHER and event.mentions):
                # a happening of no named kind is compared only when a later mention of it
                # was joined ("arrested in Lyon ... the arrest in Paris"): one occurrence
                continue
            resolved = []
            for ref in event.places:
                entity = claims.entity(ref.entity) if ref.entity else None
                if entity is not None and entity.place is not None:
                    resolved.append((ref, entity.place))
            for (ra, a), (rb, b) in combinations(resolved, 2):
                first, second = sorted((ra.span, rb.span), key=lambda s: s.start)
                n = claims.sentence_of(first)
                fits = same_country(a, b) if one_country else compatible(a, b)
                if fits or (n is not None and n == claims.sentence_of(second)):
                    continue  # "in Geneva and Vienna" names two places on purpose
                days_a = _stage_dates(claims, event, ra.span, claimed)
                days_b = _stage_dates(claims, event, rb.span, claimed)
                if days_a and days_b and all(different_days(x, y) for x in days_a for y in days_b):
                    continue  # one stage on Monday in Geneva, the next on Tuesday in Paris
                # a place found by the sentence or through another mention is a guess
                weak = {link_basis(claims, event, r.span, r.basis) for r in (ra, rb)} & {
                    LinkBasis.SENTENCE, LinkBasis.COREFERENCE}
                yield self.finding(
                    claims,
                    f"{event_label(event)} is placed in {a.name} and "
                    f"in {b.name}, " + (f"in two countries ({a.country}, {b.country})"
                                        if one_country else "and neither is inside the other"),
                    [(ra.span, "place"), (rb.span, "place"), (event.trigger, "event")],
                    derivation=[f"{a.name}: within {', '.join(a.within) or 'nothing known'}",
                                f"{b.name}: within {', '.join(b.within) or 'nothing known'}"],
                    severity=Severity.WARNING if weak else None)
                break
