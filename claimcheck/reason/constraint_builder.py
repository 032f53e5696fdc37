"""The constraint builder every part of ``constraints`` adds to, with its wording helpers."""

from __future__ import annotations

from claimcheck.models import ClaimSet
from claimcheck.models.spans import Span
from claimcheck.reason.model import Cited, Constraint, ConstraintKind, Strength, event_label

PUBLICATION = "pub"


class ConstraintBuilder:
    """Collects constraints with fresh ids."""

    def __init__(self, claims: ClaimSet) -> None:
        self.constraints: list[Constraint] = []
        self.claims = claims
        self.apposed: set[frozenset[str]] = set()

    def add(self, kind: ConstraintKind, strength: Strength, variables: list[str],
            statement: str, evidence: list[tuple[Span | None, str]], **fields) -> None:
        cited = [Cited(span=s, role=r) for s, r in evidence if s is not None]
        self.constraints.append(Constraint(
            id=f"k{len(self.constraints) + 1}", kind=kind, strength=strength,
            variables=variables, statement=statement, evidence=cited, **fields,
        ))


def label_of(claims: ClaimSet, ref: str) -> str:
    t = claims.time(ref)
    if t is not None:
        return repr(t.span.text)
    e = claims.event(ref)
    return event_label(e) if e else ref


def signed_days(lo: int, hi: int) -> str:
    def one(n: int) -> str:
        return "the same day as" if n == 0 else f"{abs(n)} day{'s' if abs(n) != 1 else ''} " + (
            "after" if n > 0 else "before")
    return one(lo) if lo == hi else f"{one(lo)} to {one(hi)}"


__all__ = ["PUBLICATION", "ConstraintBuilder", "label_of", "signed_days"]

