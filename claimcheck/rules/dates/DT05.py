"""DT05: a calendar date that does not exist."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, Finding, Severity, Span
from claimcheck.reason import Timeline
from claimcheck.reason.days import valid_date
from claimcheck.rules.base import Rule


class ImpossibleDate(Rule):
    """A date names a day the calendar does not have (31 June, 29 February 2023).

    Why it matters: an impossible date is always a typo, and every check that
    depends on it is then built on sand.

    Fails: "The vote is set for June 31." — June has 30 days.
    Also fails: "on 29 February 2023" (2023 is not a leap year).

    Passes: "The vote is set for June 30." and "on 29 February 2024".

    Fix: correct the day or the month. A year-less 29 February is checked
    against the publication year only as a warning.
    """

    code = "DT05"
    name = "dates.impossible_date"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        seen: list[Span] = []
        for t in claims.times:
            s = t.stated
            if s is None or not (s.month and s.day):
                continue
            span = s.date_span or t.span
            seen.append(span)
            yield from self._judge(claims, span, s.year, s.month, s.day)
        for w in claims.impossible_dates:  # written dates no time expression stands for
            if not any(w.span.overlaps(other) for other in seen):
                seen.append(w.span)
                yield from self._judge(claims, w.span, w.year, w.month, w.day)

    def _judge(self, claims: ClaimSet, span: Span, year: int | None, month: int,
               dom: int) -> Iterator[Finding]:
        if dom < 1 or dom > 31:
            return
        if not valid_date(year, month, dom):
            when = f"{year}" if year else "any year"
            yield self.finding(claims, f"{span.text!r} does not exist: there is no such day in "
                               f"{when}", [(span, "date")],
                               derivation=[f"month {month} has fewer than {dom} days in {when}"])
            return
        published = claims.article.published
        if year is None and published is not None and not valid_date(published.year, month, dom):
            yield self.finding(
                claims, f"{span.text!r} has no year and {published.year}, the year of "
                "publication, has no such day", [(span, "date")], severity=Severity.WARNING,
                derivation=[f"{published.year} is not a leap year"])
