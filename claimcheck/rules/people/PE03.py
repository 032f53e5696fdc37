"""PE03: a stated number of participants that does not match the people named."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, EntityKind, Finding, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule


class ParticipantCount(Rule):
    """The text counts an event's participants ("the two leaders") but names another number.

    Why it matters: "the three leaders" after naming two means a name is
    missing or the number is wrong.

    Fails: "Rutte met Trump and Vance in Palm Beach. The two leaders
    discussed Ukraine."

    Passes: "Rutte met Trump in Palm Beach. The two leaders discussed
    Ukraine."

    Fix: correct the number or name everyone. Events with a group among
    their participants ("European leaders") are not counted.
    """

    code = "PE03"
    name = "people.participant_count"
    severity = Severity.WARNING

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for event in claims.events:
            count = event.participant_count
            if count is None or not event.participants:
                continue
            ids = {p.entity for p in event.participants}
            entities = [claims.entity(i) for i in sorted(i for i in ids if i)]
            if None in ids or any(e is None for e in entities):
                continue  # someone unresolved: the count cannot be compared
            kinds = {e.kind for e in entities if e is not None}
            if EntityKind.GROUP in kinds or EntityKind.ORGANISATION in kinds:
                continue
            named = len(ids)
            if named == count.value or named < 2:
                continue
            people = ", ".join(e.name for e in entities if e is not None)
            yield self.finding(
                claims, f"{count.span.text!r} counts {count.value}, but the "
                f"{event.kind.value} names {named}: {people}",
                [(count.span, "count"), *((p.span, "participant") for p in event.participants)],
                derivation=[f"stated: {count.value}", f"named: {named} ({people})"])
