"""Build and solve the timeline of one article."""

from __future__ import annotations

from claimcheck.models import ClaimSet
from claimcheck.reason.constraints import PUBLICATION, build_constraints
from claimcheck.reason.days import date_of
from claimcheck.reason.explain import day_list, explain, weakest
from claimcheck.reason.model import Conflict, Timeline, Variable, VariableKind, event_label
from claimcheck.reason.solver import minimal_conflicts, solve


def _variables(claims: ClaimSet) -> dict[str, Variable]:
    found = {PUBLICATION: Variable(id=PUBLICATION, kind=VariableKind.PUBLICATION,
                                   label="the publication date")}
    for t in claims.times:
        found[t.id] = Variable(id=t.id, kind=VariableKind.TIME, label=repr(t.span.text),
                               span=t.span)
    for e in claims.events:
        found[e.id] = Variable(id=e.id, kind=VariableKind.EVENT,
                               label=event_label(e), span=e.trigger)
    return found


def build_timeline(claims: ClaimSet) -> Timeline:
    """Day variables for the publication, each time expression and each event; solved.

    When the constraints cannot all hold, each minimal conflicting set becomes
    a ``Conflict`` with its arithmetic; the variables then carry the days
    allowed by what remains once the conflicts' weakest members are set aside.
    """
    constraints = build_constraints(claims)
    variables = _variables(claims)
    labels = {k: v.label for k, v in variables.items()}
    conflicts = []
    dropped: set[str] = set()
    for members in minimal_conflicts(constraints):
        message, steps = explain(members, labels)
        conflicts.append(Conflict(constraints=[m.id for m in members], message=message,
                                  arithmetic=steps, strength=weakest(members)))
        dropped.add(min(members, key=lambda m: (m.strength != "assumed",
                                                 m.strength != "convention")).id)
    domains = solve([c for c in constraints if c.id not in dropped]) or {}
    used = {v for c in constraints for v in c.variables}
    out = []
    for vid, var in variables.items():
        d = domains.get(vid)
        if vid not in used or d is None:
            out.append(var)
            continue
        bounded = d.lo > date_of(1).toordinal() and d.hi < date_of(3652059).toordinal()
        out.append(var.model_copy(update={
            "earliest": date_of(d.lo) if bounded else None,
            "latest": date_of(d.hi) if bounded else None,
            "days": day_list(d),
        }))
    return Timeline(published=claims.article.published, variables=out,
                    constraints=constraints, conflicts=conflicts)
