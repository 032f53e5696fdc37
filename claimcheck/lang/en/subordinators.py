"""Temporal subordinators: the words that open a clause ordered against the main clause.

"He resigned five days after he was questioned": the main clause's event is
after the subordinate clause's. Only the words that order and nothing else are
here: "since" is as often causal ("since the talks failed, ..."), "as" and
"when" state no order a day count could test, "until" bounds a state.
"""

from __future__ import annotations

from claimcheck.models import RelationType

CLAUSE_ORDER_MARKS: dict[str, RelationType] = {
    "after": RelationType.AFTER,
    "before": RelationType.BEFORE,
}
"""Subordinator -> how the main clause's event stands to the subordinate clause's."""
