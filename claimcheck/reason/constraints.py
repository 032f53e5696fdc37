"""From claims to constraints: what each date, weekday, offset and order says about days.

Each constraint records the spans it rests on and how sure the text makes
it (``Strength``), so a conflict can be shown in place and graded.
"""

from __future__ import annotations

from claimcheck.models import ClaimSet
from claimcheck.reason.constraint_builder import PUBLICATION, ConstraintBuilder
from claimcheck.reason.event_constraints import event_constraints
from claimcheck.reason.model import Constraint, ConstraintKind, Strength
from claimcheck.reason.time_constraints import appositions, time_constraints


def build_constraints(claims: ClaimSet) -> list[Constraint]:
    """Every constraint the claims state, in text order of their sources."""
    b = ConstraintBuilder(claims)
    published = claims.article.published
    if published is not None:
        b.add(ConstraintKind.PUBLICATION, Strength.STATED, [PUBLICATION],
              f"the article is dated {published.isoformat()}", [], days=[published])
    time_ids = set()
    for t in claims.times:
        if time_constraints(b, t, published):
            time_ids.add(t.id)
    appositions(b, claims, time_ids)
    event_ids = {e.id for e in claims.events}
    for e in claims.events:
        event_constraints(b, e, claims, time_ids | event_ids)
    return b.constraints


__all__ = ["PUBLICATION", "build_constraints"]
