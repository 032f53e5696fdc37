"""DT07: a date that cannot be pinned down (info)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import AnchorKind, ClaimSet, Finding, Severity
from claimcheck.reason import ConstraintKind, Timeline
from claimcheck.rules.base import Rule


class AmbiguousAnchor(Rule):
    """A weekday or a year-less date cannot be pinned to one day.

    Why it matters: "on Friday" means a particular Friday only relative to
    the publication date. Without it, or across New Year, the checker keeps
    every possible day and cannot prove or disprove what depends on it; a
    reader may be just as unsure.

    Fails (info): no publication date, "The meeting took place on Friday."
    Also (info): published 2025-01-02, "on December 30" (2024 or 2025).

    Passes: published 2024-11-23, "The meeting took place on Friday."

    Fix: give the publication date (front matter, ``--published``) or write
    the full date.
    """

    code = "DT07"
    name = "dates.ambiguous_anchor"
    severity = Severity.INFO

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        unanchored = []
        if claims.article.published is None:
            for t in claims.times:
                s = t.stated
                relative = t.anchor.kind is AnchorKind.PUBLICATION and t.resolved is None
                if s is not None and relative and (s.weekday or (s.day and not s.year)):
                    unanchored.append(t.span)
        if unanchored:
            names = ", ".join(repr(s.text) for s in unanchored[:5])
            yield self.finding(
                claims, f"without a publication date {names} cannot be dated to one day",
                [(s, "date") for s in unanchored])
        for c in timeline.constraints:
            if c.kind is ConstraintKind.YEARLESS_DATE and c.days and 1 < len(c.days) <= 3:
                years = " or ".join(str(d.year) for d in c.days)
                yield self.finding(
                    claims, f"{c.evidence[0].span.text!r} has no year: {years}",
                    [(e.span, e.role) for e in c.evidence], derivation=[c.statement])
