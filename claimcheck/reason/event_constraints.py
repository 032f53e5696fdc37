"""What events say about days: the dates attached to them, their orders and tense."""

from __future__ import annotations

from claimcheck.models import (
    AnchorKind,
    ClaimSet,
    Event,
    EventStatus,
    RelationType,
    Tense,
)
from claimcheck.reason.builder import PUBLICATION, ConstraintBuilder, label_of
from claimcheck.reason.days import days_in_offset
from claimcheck.reason.lexicon import INTERVAL_EVENT_KINDS
from claimcheck.reason.model import ConstraintKind, Strength, event_label
from claimcheck.reason.text_cues import SENTENCE_BREAK, is_dateline, is_scheduled

_RELATIONS = {
    RelationType.BEFORE: (None, 0, "before"),
    RelationType.AFTER: (0, None, "after"),
    RelationType.ON_OR_BEFORE: (None, 0, "on or before"),
    RelationType.ON_OR_AFTER: (0, None, "on or after"),
    RelationType.SAME_DAY: (0, 0, "on the same day as"),
}


def event_constraints(b: ConstraintBuilder, e: Event, claims: ClaimSet, known: set[str]) -> None:
    name = event_label(e)
    text = claims.article.text
    times = [t for t in e.times if (x := claims.time(t)) is not None
             and not is_dateline(text, x.span) and not is_scheduled(text, x.span)]
    # "two days after November 5": November 5 dates the anchor, not this event
    anchors = {x.anchor.ref for t in times if (x := claims.time(t)) is not None
               and x.anchor.kind is AnchorKind.EXPRESSION and x.anchor.offset}
    times = [t for t in times if t not in anchors]
    interval = e.kind.value in INTERVAL_EVENT_KINDS
    crowded = _crowded(b, claims, times)
    if not (interval and len(times) > 1):
        for tid in times:
            t = claims.time(tid)
            if t is None or t.id not in known:
                continue
            # two dates in one sentence may date two clauses: the attachment is a guess
            strength = Strength.ASSUMED if tid in crowded else Strength.CONVENTION
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
            b.add(ConstraintKind.OFFSET, Strength.STATED, [e.id, r.target],
                  f"{name} is {n} days {r.type.value} {target_text}",
                  [(e.trigger, "event"), (r.cue, "offset")], min_diff=k, max_diff=k)
            continue
        lo, hi, words = _RELATIONS[r.type]
        b.add(ConstraintKind.ORDER, Strength.STATED, [e.id, r.target],
              f"{name} is {words} {target_text}",
              [(e.trigger, "event"), (r.cue, "order")], min_diff=lo, max_diff=hi)
    tenses = {x.tense for t in times if (x := claims.time(t)) is not None}
    if e.status in (EventStatus.OCCURRED, EventStatus.REPORTED) and times \
            and Tense.FUTURE not in tenses:
        # the event's status and its date's verb must agree before a tense conflict is proof;
        # and a dated story may appear a day after the date it carries (time zones, wires)
        if tenses == {Tense.PAST}:
            b.add(ConstraintKind.TENSE, Strength.CONVENTION, [e.id, PUBLICATION],
                  f"{name} is told as past: at most a day after the publication date",
                  [(e.trigger, "event")], max_diff=1)
        if Tense.PAST in tenses:
            # "Chelsea host Wolves on Jan. 20 and travel to City five days later": a date
            # with no past verb is a fixture list as often as a past event
            b.add(ConstraintKind.TENSE, Strength.ASSUMED, [e.id, PUBLICATION],
                  f"{name} is told as past: on or before publication", [(e.trigger, "event")],
                  max_diff=0)
    elif e.status is EventStatus.PLANNED and times and Tense.PAST not in tenses:
        b.add(ConstraintKind.TENSE, Strength.ASSUMED, [e.id, PUBLICATION],
              f"{name} is told as planned: on or after publication", [(e.trigger, "event")],
              min_diff=0)


def _crowded(b: ConstraintBuilder, claims: ClaimSet, times: list[str]) -> set[str]:
    """Times of one event that share a sentence with another of its times, not in apposition."""
    text = claims.article.text
    spans = {t: x.span for t in times if (x := claims.time(t)) is not None}
    crowded: set[str] = set()
    for a in spans:
        for c in spans:
            if a >= c or frozenset((a, c)) in b.apposed:
                continue
            lo, hi = sorted((spans[a], spans[c]), key=lambda s: s.start)
            if not SENTENCE_BREAK.search(text, lo.end, hi.start):
                crowded.update((a, c))
    return crowded


