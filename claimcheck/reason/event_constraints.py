"""What events say about days: the dates attached to them, their orders and tense."""

from __future__ import annotations

from claimcheck.models import (
    AnchorKind,
    ClaimSet,
    Event,
    EventStatus,
    LinkBasis,
    RelationType,
    StatusBasis,
    Tense,
    TimeRole,
)
from claimcheck.models.spans import Span
from claimcheck.reason.constraint_builder import PUBLICATION, ConstraintBuilder, label_of
from claimcheck.reason.conventions import INTERVAL_EVENT_KINDS
from claimcheck.reason.days import days_in_offset
from claimcheck.reason.model import ConstraintKind, Strength, event_label
from claimcheck.reason.time_constraints import reach_strength

_RELATIONS = {
    RelationType.BEFORE: (None, 0, "before"),
    RelationType.AFTER: (0, None, "after"),
    RelationType.ON_OR_BEFORE: (None, 0, "on or before"),
    RelationType.ON_OR_AFTER: (0, None, "on or after"),
    RelationType.SAME_DAY: (0, 0, "on the same day as"),
}


def event_constraints(b: ConstraintBuilder, e: Event, claims: ClaimSet, known: set[str]) -> None:
    name = event_label(e)
    # a dateline dates the report, a deadline or schedule is not when the event happens
    times = [t for t in e.times if (x := claims.time(t)) is not None
             and x.role not in (TimeRole.DATELINE, TimeRole.SCHEDULE)]
    # "two days after November 5": November 5 dates the anchor, not this event
    anchors = {x.anchor.ref for t in times if (x := claims.time(t)) is not None
               and x.anchor.kind is AnchorKind.EXPRESSION and x.anchor.offset}
    times = [t for t in times if t not in anchors]
    # several happenings, or one that may last days: each date is a day of one of them or
    # within it, unless a mention puts the whole of it on one day ("held on Sunday")
    interval = e.several or (e.kind.value in INTERVAL_EVENT_KINDS and not e.one_day)
    crowded = _crowded(b, claims, times)
    basis = {t: link_basis(claims, e, x.span, declared)
             for t in times if (x := claims.time(t)) is not None
             for declared in [next((k.basis for k in e.time_links if k.time == t), None)]}
    ranged = _range_ends(claims, times)
    if not (interval and len(times) > 1):
        for tid in times:
            t = claims.time(tid)
            if t is None or t.id not in known:
                continue
            if tid in ranged:
                # "on March 1 and 2", "from Monday to Tuesday": the event runs from one
                # to the other; neither day alone is the day it happened
                b.add(ConstraintKind.SAME_DAY, link_strength(basis.get(tid)), [e.id, tid],
                      f"{name} runs from {label_of(claims, ranged[tid])} until {t.span.text!r}",
                      [(e.trigger, "event"), (t.span, "date")], max_diff=0)
                continue
            # two dates in one sentence may date two clauses, and a date found by the
            # sentence or through another mention is a guess: neither is proof
            strength = Strength.ASSUMED if tid in crowded else link_strength(basis.get(tid))
            b.add(ConstraintKind.SAME_DAY, strength, [e.id, tid],
                  f"{name} is dated {t.span.text!r}",
                  [(e.trigger, "event"), (t.span, "date")], min_diff=0, max_diff=0)
    for r in e.relations:
        if r.target not in known or r.target == e.id:
            continue
        target_text = label_of(claims, r.target)
        n = days_in_offset(r.offset)
        if n is not None and r.type in (RelationType.AFTER, RelationType.BEFORE):
            k = n if r.type is RelationType.AFTER else -n
            b.add(ConstraintKind.OFFSET, reach_strength(claims, r.cue or e.trigger, r.target),
                  [e.id, r.target],
                  f"{name} is {n} days {r.type.value} {target_text}",
                  [(e.trigger, "event"), (r.cue, "offset")], min_diff=k, max_diff=k)
            continue
        lo, hi, words = _RELATIONS[r.type]
        b.add(ConstraintKind.ORDER, reach_strength(claims, r.cue or e.trigger, r.target),
              [e.id, r.target],
              f"{name} is {words} {target_text}",
              [(e.trigger, "event"), (r.cue, "order")], min_diff=lo, max_diff=hi)
    # an event placed only against a date ("met after November 28") is told in the tense of
    # the verb that governs that date as much as one dated by it
    ordered = [r.target for r in e.relations if r.target in known and r.target != e.id
               and claims.time(r.target) is not None]
    tenses = {x.tense for t in times + ordered if (x := claims.time(t)) is not None}
    # a status read from context (another verb, the publication date) is no proof
    told = Strength.ASSUMED if e.status_basis is StatusBasis.INFERRED else Strength.CONVENTION
    if e.status in (EventStatus.OCCURRED, EventStatus.REPORTED) and (times or ordered) \
            and Tense.FUTURE not in tenses:
        # the event's status and its date's verb must agree before a tense conflict is proof;
        # and a dated story may appear a day after the date it carries (time zones, wires)
        if tenses == {Tense.PAST}:
            b.add(ConstraintKind.TENSE, told, [e.id, PUBLICATION],
                  f"{name} is told as past: at most a day after the publication date",
                  [(e.trigger, "event")], max_diff=1)
        if Tense.PAST in tenses:
            # "Chelsea host Wolves on Jan. 20 and travel to City five days later": a date
            # with no past verb is a fixture list as often as a past event
            b.add(ConstraintKind.TENSE, Strength.ASSUMED, [e.id, PUBLICATION],
                  f"{name} is told as past: on or before publication", [(e.trigger, "event")],
                  max_diff=0)
    elif e.status is EventStatus.PLANNED and (times or ordered) and Tense.PAST not in tenses:
        b.add(ConstraintKind.TENSE, Strength.ASSUMED, [e.id, PUBLICATION],
              f"{name} is told as planned: on or after publication", [(e.trigger, "event")],
              min_diff=0)


def link_basis(claims: ClaimSet, e: Event, span: Span, declared: LinkBasis | None) -> LinkBasis:
    """How ``span`` (a time or place of ``e``) is attached: as declared, and at best a
    coreference when it lies in another sentence than the event's trigger (only another
    mention of the event can reach it there)."""
    basis = declared or LinkBasis.CLAUSE
    if basis in (LinkBasis.CLAUSE, LinkBasis.EXPLICIT):
        here, there = claims.sentence_of(e.trigger), claims.sentence_of(span)
        if here is not None and there is not None and here != there:
            return LinkBasis.COREFERENCE
    return basis


def link_strength(basis: LinkBasis | None) -> Strength:
    """How sure a time's attachment to an event is: inside the clause or stated on the
    mention itself is convention; by the sentence or through coreference, a guess."""
    if basis in (LinkBasis.SENTENCE, LinkBasis.COREFERENCE):
        return Strength.ASSUMED
    return Strength.CONVENTION


def _range_ends(claims: ClaimSet, times: list[str]) -> dict[str, str]:
    """Ends of ranges among an event's times, each with its range's start."""
    found = {}
    spans = {t: x for t in times if (x := claims.time(t)) is not None}
    for r in claims.ranges:
        start = next((t for t, x in spans.items() if x.span.overlaps(r.start_span)), None)
        end = next((t for t, x in spans.items() if x.span.overlaps(r.end_span)
                    and not x.span.overlaps(r.start_span)), None)
        if start is not None and end is not None:
            found[end] = start
    for t, x in spans.items():
        if x.role is TimeRole.RANGE_END and t not in found:
            before = [u for u, y in spans.items() if y.span.end <= x.span.start]
            if before:
                found[t] = max(before, key=lambda u: spans[u].span.start)
    return found


def _crowded(b: ConstraintBuilder, claims: ClaimSet, times: list[str]) -> set[str]:
    """Times of one event that share a sentence with another of its times, not in apposition
    nor ends of one range."""
    sentence = {t: claims.sentence_of(x.span) for t in times
                if (x := claims.time(t)) is not None}
    ends = _range_ends(claims, times)
    crowded: set[str] = set()
    for a in sentence:
        for c in sentence:
            if a >= c or frozenset((a, c)) in b.apposed or ends.get(a) == c or ends.get(c) == a:
                continue
            if sentence[a] is not None and sentence[a] == sentence[c]:
                crowded.update((a, c))
    return crowded
