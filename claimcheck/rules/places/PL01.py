"""PL01: one event in two places that cannot both hold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from claimcheck.models import ClaimSet, Finding, Place, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule

VAGUE_FEATURES = frozenset({"continent", "other", "region_group"})
ONE_PLACE_KINDS = frozenset({"meeting", "talks", "summit", "speech"})
"""Events that happen in one place; visits, trips and calls may span several."""
_BREAK = re.compile(r"[.!?][\"”’)]*\s|\n")


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


class EventInTwoPlaces(Rule):
    """One event is placed in two places that cannot both hold.

    Why it matters: a meeting in Palm Beach cannot also be in Washington;
    one of the places is wrong, or two events were run together.

    Fails: "Rutte met Trump in Palm Beach on Friday ... The meeting in
    Washington lasted an hour."

    Passes: "Rutte met Trump in Florida ... The meeting took place in Palm
    Beach." (Palm Beach is in Florida.) Places the gazetteer cannot resolve
    are not compared, nor places named together in one sentence, nor the
    places of visits, trips and calls, which may span several.

    Fix: correct the place, or make clear that these are two events.
    """

    code = "PL01"
    name = "places.event_in_two_places"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        text = claims.article.text
        for event in claims.events:
            if event.kind.value not in ONE_PLACE_KINDS:
                continue
            resolved = []
            for ref in event.places:
                entity = claims.entity(ref.entity) if ref.entity else None
                if entity is not None and entity.place is not None:
                    resolved.append((ref, entity.place))
            for (ra, a), (rb, b) in combinations(resolved, 2):
                first, second = sorted((ra.span, rb.span), key=lambda s: s.start)
                if compatible(a, b) or not _BREAK.search(text, first.end, second.start):
                    continue  # "in Geneva and Vienna" names two places on purpose
                yield self.finding(
                    claims,
                    f"the {event.kind.value} ({event.trigger.text!r}) is placed in {a.name} and "
                    f"in {b.name}, and neither is inside the other",
                    [(ra.span, "place"), (rb.span, "place"), (event.trigger, "event")],
                    derivation=[f"{a.name}: within {', '.join(a.within) or 'nothing known'}",
                                f"{b.name}: within {', '.join(b.within) or 'nothing known'}"])
                break
