"""Timeline conflicts, each given to exactly one DT rule by what it is made of.

A conflict with an offset is a relative-date conflict (DT02) even when a
weekday is in it too; the order below is the order of these questions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from claimcheck.models import ClaimSet, Finding, Severity
from claimcheck.reason import Conflict, ConstraintKind, Strength, Timeline
from claimcheck.rules.base import Rule

K = ConstraintKind
_CALENDAR = {K.DATE, K.YEARLESS_DATE, K.WEEKDAY, K.RANGE, K.APPOSITION}


def classify(conflict: Conflict, timeline: Timeline) -> str:
    members = timeline.members(conflict)
    kinds = {m.kind for m in members}
    if kinds <= _CALENDAR and K.WEEKDAY in kinds:
        return "DT01"
    if K.OFFSET in kinds or (K.APPOSITION in kinds and any(
            c.role == "offset" for m in members for c in m.evidence)):
        return "DT02"
    if K.ORDER in kinds:
        # "met after November 28" told as past: the order is against a date, not another
        # event, so what breaks is the event's day against publication
        dated = all(not v.startswith("ev") for m in members if m.kind is K.ORDER
                    for v in m.variables[1:])
        return "DT04" if dated and K.TENSE in kinds else "DT03"
    same_day = [m.variables[0] for m in members if m.kind is K.SAME_DAY]
    if len(same_day) > len(set(same_day)):  # one event tied to two of the days
        return "DT08"
    if K.TENSE in kinds or K.PUBLICATION_OFFSET in kinds:
        return "DT04"
    return "DT08"


class TimelineConflictRule(Rule):
    """Base of the rules that report the timeline's conflicts of one kind."""

    code: ClassVar[str] = ""

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for conflict in timeline.conflicts:
            if classify(conflict, timeline) != self.code:
                continue
            members = timeline.members(conflict)
            evidence = [(c.span, c.role) for m in members for c in m.evidence]
            severity = self.severity
            if conflict.strength is Strength.ASSUMED and severity is Severity.ERROR:
                severity = Severity.WARNING
            yield self.finding(claims, conflict.message, evidence,
                               derivation=conflict.arithmetic, severity=severity)
