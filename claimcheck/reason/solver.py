"""Exact solving over day variables, and the smallest sets of constraints that conflict.

Constraints are unary (a set, range or weekday of days) or differences
between two days bounded by ``min_diff``..``max_diff``. Propagation is
bounds consistency (Bellman-Ford style, so order cycles are caught) plus
support filtering on listed days; a small backtracking search settles the
rest. Every step only removes days that cannot be, so an "unsatisfiable"
answer is a proof. When the search budget runs out the answer is
"satisfiable": the reasoner would rather miss a conflict than invent one.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.reason.days import day
from claimcheck.reason.domain import Domain, shift_weekdays
from claimcheck.reason.model import Constraint

SEARCH_BUDGET = 400


@dataclass(frozen=True)
class _Diff:
    x: str
    y: str
    lo: int | None
    hi: int | None


def _unary_domain(c: Constraint) -> Domain:
    d = Domain()
    if c.days is not None:
        d = d.restrict(days=frozenset(day(x) for x in c.days))
    if c.start is not None or c.end is not None:
        d = d.restrict(
            lo=day(c.start) if c.start else None, hi=day(c.end) if c.end else None
        )
    if c.weekday is not None:
        d = d.restrict(weekdays=frozenset({c.weekday}))
    return d.normal()


def _split(constraints: Iterable[Constraint]) -> tuple[dict[str, Domain], list[_Diff]]:
    domains: dict[str, Domain] = {}
    diffs: list[_Diff] = []
    for c in constraints:
        for v in c.variables:
            domains.setdefault(v, Domain())
        if len(c.variables) == 1:
            (v,) = c.variables
            u = _unary_domain(c)
            domains[v] = domains[v].restrict(lo=u.lo, hi=u.hi, weekdays=u.weekdays, days=u.days)
        else:
            diffs.append(_Diff(c.variables[0], c.variables[1], c.min_diff, c.max_diff))
    return domains, diffs


def _supported(xs: Domain, ys: Domain, lo: int | None, hi: int | None) -> Domain:
    """The days of ``xs`` with some day of ``ys`` such that x - y lies in lo..hi."""
    if xs.days is None or ys.days is None:
        return xs
    ys_sorted = sorted(ys.days)
    keep = set()
    for x in xs.days:
        first = x - hi if hi is not None else ys_sorted[0]
        last = x - lo if lo is not None else ys_sorted[-1]
        i = bisect.bisect_left(ys_sorted, first)
        if i < len(ys_sorted) and ys_sorted[i] <= last:
            keep.add(x)
    return xs.restrict(days=frozenset(keep))


def _revise(domains: dict[str, Domain], c: _Diff) -> bool | None:
    """Narrow both ends of one difference; None when one becomes empty."""
    x, y = domains[c.x], domains[c.y]
    nx = x.restrict(
        lo=y.lo + c.lo if c.lo is not None else None,
        hi=y.hi + c.hi if c.hi is not None else None,
    )
    ny = y.restrict(
        lo=x.lo - c.hi if c.hi is not None else None,
        hi=x.hi - c.lo if c.lo is not None else None,
    )
    if c.lo is not None and c.lo == c.hi:
        k = c.lo
        nx = nx.restrict(weekdays=shift_weekdays(ny.weekdays, k))
        ny = ny.restrict(weekdays=shift_weekdays(nx.weekdays, -k))
        if ny.days is not None:
            nx = nx.restrict(days=frozenset(d + k for d in ny.days))
        if nx.days is not None:
            ny = ny.restrict(days=frozenset(d - k for d in nx.days))
    else:
        nx = _supported(nx, ny, c.lo, c.hi)
        ny = _supported(ny, nx, -c.hi if c.hi is not None else None,
                        -c.lo if c.lo is not None else None)
    if nx.empty or ny.empty:
        return None
    changed = nx != x or ny != y
    domains[c.x], domains[c.y] = nx, ny
    return changed


def _by_variable(diffs: Sequence[_Diff]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, c in enumerate(diffs):
        index.setdefault(c.x, []).append(i)
        index.setdefault(c.y, []).append(i)
    return index


def propagate(
    domains: dict[str, Domain],
    diffs: Sequence[_Diff],
    *,
    touched: Iterable[str] | None = None,
    index: dict[str, list[int]] | None = None,
) -> dict[str, Domain] | None:
    """Narrow every domain until nothing changes; None when a domain empties.

    A worklist (AC-3): a difference is revised again only when a domain it
    touches has changed, so narrowing one variable in the search costs its
    neighbourhood, not the whole article. ``touched`` names the variables
    changed since ``domains`` was last at a fixpoint (all, when None).

    Bounds move like Bellman-Ford distances: if they still move after more
    revisions than rounds over all variables would make, the differences may
    form a negative cycle (an order that goes round in a circle), which is
    then checked directly.
    """
    domains = dict(domains)
    if any(d.empty for d in domains.values()):
        return None
    index = index if index is not None else _by_variable(diffs)
    if touched is None:
        queue = deque(range(len(diffs)))
    else:
        queue = deque(dict.fromkeys(i for v in touched for i in index.get(v, ())))
    queued = set(queue)
    limit = (2 * len(domains) + 8) * max(1, len(diffs))
    steps = 0
    while queue:
        i = queue.popleft()
        queued.discard(i)
        c = diffs[i]
        before = (domains[c.x], domains[c.y])
        result = _revise(domains, c)
        if result is None:
            return None
        if result:
            for v, old in zip((c.x, c.y), before, strict=True):
                if domains[v] != old:
                    for j in index[v]:
                        if j not in queued:
                            queue.append(j)
                            queued.add(j)
        steps += 1
        if steps == limit and _negative_cycle(domains, diffs):
            return None
        if steps >= 20 * limit:
            break  # slow to settle but never proved empty: treat as satisfiable
    return domains


def _negative_cycle(domains: dict[str, Domain], diffs: Sequence[_Diff]) -> bool:
    """Bellman-Ford on the difference graph with the bounds as edges from a zero node."""
    zero = "\0"
    edges = [(zero, v, d.hi) for v, d in domains.items()]
    edges += [(v, zero, -d.lo) for v, d in domains.items()]
    for c in diffs:
        if c.hi is not None:
            edges.append((c.y, c.x, c.hi))
        if c.lo is not None:
            edges.append((c.x, c.y, -c.lo))
    dist = dict.fromkeys([*domains, zero], 0)
    for _ in range(len(dist)):
        moved = False
        for a, b, w in edges:
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                moved = True
        if not moved:
            return False
    return True


def solve(constraints: Iterable[Constraint]) -> dict[str, Domain] | None:
    """Domains that can all hold together, or None when the constraints conflict."""
    domains, diffs = _split(constraints)
    budget = [SEARCH_BUDGET]
    return _search(domains, diffs, budget, _by_variable(diffs), None)


def _search(
    domains: dict[str, Domain],
    diffs: list[_Diff],
    budget: list[int],
    index: dict[str, list[int]],
    touched: Iterable[str] | None,
) -> dict[str, Domain] | None:
    narrowed = propagate(domains, diffs, touched=touched, index=index)
    if narrowed is None:
        return None
    open_vars = [
        (len(d.days), v) for v, d in narrowed.items() if d.days is not None and len(d.days) > 1
    ]
    if not open_vars or budget[0] <= 0:
        return narrowed
    _, var = min(open_vars)
    for value in sorted(narrowed[var].days or ()):
        budget[0] -= 1
        trial = dict(narrowed)
        trial[var] = narrowed[var].restrict(days=frozenset({value}))
        result = _search(trial, diffs, budget, index, (var,))
        if result is not None:
            # keep the narrowed domains, not one arbitrary solution
            return narrowed
        if budget[0] <= 0:
            return narrowed
    return None


def satisfiable(constraints: Iterable[Constraint]) -> bool:
    return solve(constraints) is not None


def minimal_conflict(constraints: Sequence[Constraint]) -> list[Constraint]:
    """A subset of unsatisfiable ``constraints`` that is unsatisfiable and minimal.

    Removing any one member makes the rest satisfiable, so each member is
    part of the explanation. Weaker members are tried for removal first, in
    blocks that halve until single constraints (so a long article costs a
    few dozen solves, not hundreds); two orders are tried and the smaller
    core kept.
    """
    best: list[Constraint] | None = None
    for direction in (-1, 1):
        core = _shrink(sorted(constraints, key=lambda k: _removal_order(k, direction)))
        if best is None or len(core) < len(best):
            best = core
    return best or []


def _shrink(core: list[Constraint]) -> list[Constraint]:
    chunk = max(1, len(core) // 2)
    while True:
        i = 0
        while i < len(core):
            trial = core[:i] + core[i + chunk:]
            if trial and not satisfiable(trial):
                core = trial  # the block was not needed
            else:
                i += chunk
        if chunk == 1:
            return core
        chunk = max(1, chunk // 2)


def _removal_order(c: Constraint, direction: int = -1) -> tuple[int, int]:
    rank = {"assumed": 0, "convention": 1, "stated": 2}[c.strength.value]
    return rank, direction * int(c.id[1:])


def components(constraints: Sequence[Constraint]) -> list[list[Constraint]]:
    """Constraints grouped by the variables they connect."""
    parent: dict[str, str] = {}

    def find(v: str) -> str:
        while parent.setdefault(v, v) != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for c in constraints:
        first = find(c.variables[0])
        for v in c.variables[1:]:
            parent[find(v)] = first
    groups: dict[str, list[Constraint]] = {}
    for c in constraints:
        groups.setdefault(find(c.variables[0]), []).append(c)
    return list(groups.values())


def minimal_conflicts(
    constraints: Sequence[Constraint], *, limit: int = 12
) -> list[list[Constraint]]:
    """Conflicts one after another: find one, set its weakest member aside, look again."""
    found: list[list[Constraint]] = []
    for group in components(constraints):
        remaining = list(group)
        while len(found) < limit and not satisfiable(remaining):
            core = minimal_conflict(remaining)
            found.append(sorted(core, key=lambda c: int(c.id[1:])))
            drop = min(core, key=_removal_order)
            remaining = [c for c in remaining if c is not drop]
    return _distinct(found)


def _distinct(conflicts: list[list[Constraint]]) -> list[list[Constraint]]:
    """The smallest conflicts first, without those that restate one already kept.

    Two conflicts resting on the same stated day (one date both too late and
    two days off) are one mistake seen twice: only the smaller is kept.
    """
    kept: list[list[Constraint]] = []
    facts: set[str] = set()
    for core in sorted(conflicts, key=len):
        own = {c.id for c in core if len(c.variables) == 1}
        if own & facts:
            continue
        kept.append(core)
        facts |= own
    return sorted(kept, key=lambda core: int(core[0].id[1:]))
