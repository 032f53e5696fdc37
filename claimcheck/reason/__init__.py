"""The timeline reasoner: every dated thing is a day variable, every statement a constraint.

``build_timeline(claims)`` turns a ``ClaimSet`` into a ``Timeline``: the
constraints the text states (dates, weekdays, offsets, orders, tense against
the publication date), the days each variable can still take, and each
smallest set of constraints that cannot all hold, with its arithmetic.
"""

from claimcheck.reason.model import (
    Cited,
    Conflict,
    Constraint,
    ConstraintKind,
    Strength,
    Timeline,
    Variable,
    VariableKind,
)
from claimcheck.reason.timeline import build_timeline

__all__ = [
    "Cited",
    "Conflict",
    "Constraint",
    "ConstraintKind",
    "Strength",
    "Timeline",
    "Variable",
    "VariableKind",
    "build_timeline",
]
