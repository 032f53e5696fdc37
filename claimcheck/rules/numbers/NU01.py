"""NU01: a stated count that does not match the items listed."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, Finding, ListCue, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule


class CountMismatch(Rule):
    """A number announces a list ("the three countries") and the list has another length.

    Why it matters: the count and the list are both checkable at a glance,
    and a mismatch tells the reader that an item was dropped or added in
    editing.

    Fails: "the three countries North Korea, Iran, China and Russia".
    Also fails: "three countries: Chad, Mali, Niger and Sudan" and "the two
    leaders, including Macron, Scholz and Meloni" (a sample longer than the
    count).

    Passes: "the four countries North Korea, Iran, China and Russia", and
    "five countries, including Chad and Mali" (a sample may be shorter).

    An error needs a list the extractor read by its marks (a colon, a dash, a
    parenthesis, or names right after the noun) whose every item is of the
    counted noun's kind (states are places, leaders are people); a list of a
    noun of no known kind is read by heuristics and gives a warning.

    Fix: correct the number or the list.
    """

    code = "NU01"
    name = "numbers.count_mismatch"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for c in claims.counts:
            if len(c.items) < 2 or len(c.items) == c.value:
                continue
            if c.cue is ListCue.INCLUDING and len(c.items) < c.value:
                continue  # "five countries, including Chad and Mali": a sample
            listed = ", ".join(i.text for i in c.items)
            yield self.finding(
                claims, f"{c.value_span.text!r} {c.noun} are announced but {len(c.items)} are "
                f"listed: {listed}",
                [(c.value_span, "count"), *((i, "item") for i in c.items)],
                derivation=[f"stated: {c.value}", f"listed: {len(c.items)} ({listed})"],
                severity=None if c.items_typed and c.cue is not None else Severity.WARNING)
