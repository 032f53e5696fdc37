"""Turning a minimal conflict into the sentence and arithmetic a reader can check.

The recipe: set aside the member a reader would most likely question (a
weekday, then an order, then a tense, then whatever is last), solve the
rest, and say what day the rest forces and what the set-aside member says
instead: "November 5 + 2 days = Thursday, November 7, 2024, but the text says
Friday".
"""

from __future__ import annotations

import datetime as dt

from claimcheck.reason.days import date_of, describe, weekday_name
from claimcheck.reason.domain import Domain
from claimcheck.reason.model import Constraint, ConstraintKind, Strength
from claimcheck.reason.solver import solve

_SET_ASIDE_FIRST = (
    ConstraintKind.ORDER,
    ConstraintKind.WEEKDAY,
    ConstraintKind.TENSE,
    ConstraintKind.PUBLICATION_OFFSET,
    ConstraintKind.WEEKDAY_WINDOW,
    ConstraintKind.OFFSET,
    ConstraintKind.SAME_DAY,
)


def weakest(members: list[Constraint]) -> Strength:
    order = [Strength.ASSUMED, Strength.CONVENTION, Strength.STATED]
    return min((m.strength for m in members), key=order.index)


def set_aside(members: list[Constraint]) -> Constraint:
    for kind in _SET_ASIDE_FIRST:
        picks = [m for m in members if m.kind is kind]
        if picks:
            return picks[-1]
    return members[-1]


_OPEN_LOW = dt.date(100, 1, 1).toordinal()
_OPEN_HIGH = dt.date(9900, 1, 1).toordinal()
"""A bound this near the solver's calendar edges (year 1, year 9999) is no bound the text
gave: a reader is never shown it."""


def _open_low(domain: Domain) -> bool:
    return domain.lo < _OPEN_LOW


def _open_high(domain: Domain) -> bool:
    return domain.hi > _OPEN_HIGH


def _fixed(domain: Domain) -> bool:
    """Whether the text bounds the day on at least one side."""
    return not (_open_low(domain) and _open_high(domain))


def _span_of(domain: Domain) -> str:
    if not _fixed(domain):
        return "no day it states"
    values = domain.values()
    if values is not None and len(values) == 1:
        return describe(values[0])
    if values is not None and len(values) <= 3:
        return " or ".join(describe(v) for v in values)
    if _open_low(domain):
        return f"a day on or before {describe(domain.hi)}"
    if _open_high(domain):
        return f"a day on or after {describe(domain.lo)}"
    return f"a day between {describe(domain.lo)} and {describe(domain.hi)}"


def _chain(members: list[Constraint], target: str) -> str | None:
    """'November 5 + 2 days' when a stated date reaches ``target`` through exact offsets."""
    dated = {m.variables[0]: m for m in members if len(m.variables) == 1 and m.days is not None
             and len(m.days) == 1}
    exact = [m for m in members if len(m.variables) == 2 and m.min_diff is not None
             and m.min_diff == m.max_diff]
    # breadth-first from the target over exact differences
    frontier: list[tuple[str, int]] = [(target, 0)]
    seen = {target}
    while frontier:
        var, total = frontier.pop(0)
        if var in dated and var != target:
            days = dated[var].days
            first = days[0] if days else None
            fallback = (f"the publication date ({first:%B} {first.day})" if first
                        else "the publication date")
            text = next((c.span.text for c in dated[var].evidence), fallback)
            if total == 0:
                return text
            sign = "+" if total > 0 else "-"
            return f"{text} {sign} {abs(total)} day{'s' if abs(total) != 1 else ''}"
        for m in exact:
            x, y = m.variables
            if x == var and y not in seen:
                seen.add(y)
                frontier.append((y, total + (m.min_diff or 0)))
            elif y == var and x not in seen:
                seen.add(x)
                frontier.append((x, total - (m.min_diff or 0)))
    return None


def explain(members: list[Constraint], labels: dict[str, str]) -> tuple[str, list[str]]:
    """A one-line message and the step-by-step arithmetic of a conflict."""
    aside = set_aside(members)
    rest = [m for m in members if m is not aside]
    steps = [f"{m.statement}" for m in rest]
    domains = solve(rest) or {}
    var = aside.variables[0]
    forced = domains.get(var)
    if aside.kind is ConstraintKind.WEEKDAY and forced is not None:
        chain = _chain(rest, var)
        lhs = f"{chain} = " if chain else ""
        says = next((c.span.text for c in aside.evidence), weekday_name(aside.weekday or 1))
        message = f"{lhs}{_span_of(forced)}, but the text says {says}"
    elif len(aside.variables) == 2 and forced is not None and domains.get(aside.variables[1]) \
            and _fixed(forced) and _fixed(domains[aside.variables[1]]):
        other = domains[aside.variables[1]]
        first, second = (labels.get(v, v) for v in aside.variables)
        message = (f"{aside.statement}, but the text puts {first} on {_span_of(forced)} "
                   f"and {second} on {_span_of(other)}")
    elif forced is not None and _fixed(forced):
        message = f"{_span_of(forced)} by the other statements, but {aside.statement}"
    else:
        message = f"{aside.statement}, but " + "; ".join(m.statement for m in rest)
    steps.append(f"but: {aside.statement}")
    return message, steps


def day_list(domain: Domain, *, limit: int = 7) -> list | None:
    values = domain.values()
    if values is None or len(values) > limit:
        return None
    return [date_of(v) for v in values]
