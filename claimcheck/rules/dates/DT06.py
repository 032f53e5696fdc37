"""DT06: a duration that does not match its start and end."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, Finding, Severity, TimexType
from claimcheck.reason import Timeline
from claimcheck.reason.days import days_in_offset
from claimcheck.rules.base import Rule

MAX_RANGE_DAYS = 62


class DurationMismatch(Rule):
    """A stated length ("three-day") disagrees with the dates it runs between.

    Why it matters: "the three-day summit from November 7 to 8" cannot be
    right: November 7 to 8 is two days. One of the three numbers is wrong.

    Fails: "the three-day summit from November 7 to 8".

    Passes: "the three-day summit from November 7 to 9" (also "a two-night
    stay from May 1 to 3" is not checked: nights are not days).

    Fix: correct the length or one of the dates. Counting is inclusive; a
    length equal to the exclusive count (end minus start) is accepted.
    """

    code = "DT06"
    name = "dates.duration_mismatch"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for r in claims.ranges:
            d = claims.time(r.duration) if r.duration else None
            n = days_in_offset(d.value) if d is not None and d.type is TimexType.DURATION else None
            if d is None or not n:
                continue
            first, last = r.start, r.end
            inclusive = (last - first).days + 1
            if inclusive < 1 or inclusive > MAX_RANGE_DAYS or n in (inclusive, inclusive - 1):
                continue
            yield self.finding(
                claims,
                f"{d.span.text!r} does not fit {first:%B} {first.day} to {last:%B} {last.day}, "
                f"which is {inclusive} day{'s' if inclusive != 1 else ''}",
                [(d.span, "duration"), (r.start_span, "start"), (r.end_span, "end")],
                derivation=[f"{d.span.text!r} is {n} days",
                            f"{first:%B} {first.day} to {last:%B} {last.day} inclusive is "
                            f"{inclusive} days"])
