"""The set of days a variable can still take, kept small without listing millions of days.

A domain is a closed range of day numbers, a set of allowed weekdays and,
once something narrows it that far, an explicit set of days. Unconstrained
variables therefore cost nothing, and "Friday" alone stays the set of all
Fridays rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.reason.days import FIRST_DAY, LAST_DAY

ALL_WEEKDAYS = frozenset(range(1, 8))
MATERIALISE_BELOW = 400
"""A range shorter than this many days is listed day by day."""


def _weekday(day_number: int) -> int:
    # date(1, 1, 1) (ordinal 1) is a Monday
    return (day_number - 1) % 7 + 1


def shift_weekdays(weekdays: frozenset[int], by: int) -> frozenset[int]:
    return frozenset((w - 1 + by) % 7 + 1 for w in weekdays)


@dataclass(frozen=True)
class Domain:
    lo: int = FIRST_DAY
    hi: int = LAST_DAY
    weekdays: frozenset[int] = ALL_WEEKDAYS
    days: frozenset[int] | None = field(default=None)

    def normal(self) -> Domain:
        """The same domain with its bounds tight and small ranges listed."""
        lo, hi, weekdays, days = self.lo, self.hi, self.weekdays, self.days
        if days is None and hi - lo < MATERIALISE_BELOW:
            days = frozenset(range(lo, hi + 1))
        if days is not None:
            days = frozenset(d for d in days if lo <= d <= hi and _weekday(d) in weekdays)
            if not days:
                return EMPTY
            return Domain(min(days), max(days), frozenset(map(_weekday, days)), days)
        if not weekdays:
            return EMPTY
        while lo <= hi and _weekday(lo) not in weekdays:
            lo += 1
        while hi >= lo and _weekday(hi) not in weekdays:
            hi -= 1
        if lo > hi:
            return EMPTY
        return Domain(lo, hi, weekdays, None)

    @property
    def empty(self) -> bool:
        return self.lo > self.hi

    def restrict(
        self,
        *,
        lo: int | None = None,
        hi: int | None = None,
        weekdays: frozenset[int] | None = None,
        days: frozenset[int] | None = None,
    ) -> Domain:
        new_lo = max(self.lo, lo) if lo is not None else self.lo
        new_hi = min(self.hi, hi) if hi is not None else self.hi
        new_weekdays = self.weekdays & weekdays if weekdays is not None else self.weekdays
        new_days = self.days
        if days is not None:
            new_days = days if new_days is None else new_days & days
        if (new_lo, new_hi, new_weekdays) == (self.lo, self.hi, self.weekdays) and (
                new_days is self.days or (self.days is not None and new_days is not None
                                          and len(new_days) == len(self.days))):
            return self  # nothing narrowed: skip re-normalising
        return Domain(new_lo, new_hi, new_weekdays, new_days).normal()

    def values(self) -> list[int] | None:
        """The days listed in order, or None when there are too many to list."""
        return sorted(self.days) if self.days is not None else None


EMPTY = Domain(1, 0, frozenset(), frozenset())
