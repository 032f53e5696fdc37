"""The event stage: the parsed document and the time and entity records in, frozen
event records out.

``find_events`` runs the steps of the event layer in the order they depend on —
triggers and their participants, places and status (``events``), statements
(``event_links.add_statements``), each mention's own times (``attach_times``),
coreference (``event_coref``), order relations (``order_relations``) — on drafts
that live only inside this call, and hands over :class:`EventRecords`: the events,
the time expressions (an offset's anchor moved onto the event it counts from), and
where each kept event is mentioned, so that a later stage (the quotes' settings)
asks by offset and never sees a draft. Drafts are named by their ``key`` (their
place in the list), never by a Python object id.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimcheck.extraction.clause_order import add_clause_orders
from claimcheck.extraction.entities import EntityIndex
from claimcheck.extraction.event_coref import corefer, counted_participants
from claimcheck.extraction.event_links import (
    add_statements,
    attach_times,
    order_relations,
    resolve_from_saying,
)
from claimcheck.extraction.event_settings import (
    anchor_participles,
    date_by_setting,
    mark_one_day,
)
from claimcheck.extraction.events import Draft, find_drafts
from claimcheck.extraction.line_breaks import text_of
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.lang.en.verbs import CONFIRM_VERBS
from claimcheck.models import (
    AnchorKind,
    Event,
    EventKind,
    EventRelation,
    EventStatus,
    LinkBasis,
    Participant,
    PlaceRef,
    RelationType,
    Span,
    TimeExpression,
    TimeLink,
)


@dataclass(frozen=True)
class Mention:
    """Where a kept event is mentioned: the trigger's start, and whether the event is a
    happening of no named kind (a named event is preferred when both are in a setting)."""

    start: int
    generic: bool
    event: str


@dataclass(frozen=True)
class EventRecords:
    """What the event stage hands over."""

    events: tuple[Event, ...]
    times: tuple[TimeExpression, ...]
    mentions: tuple[Mention, ...]  # every mention of a kept event, in draft order

    def event_in(self, start: int, end: int) -> str | None:
        """The event mentioned between ``start`` and ``end`` (a quote's setting): a named
        event before a bare happening, else the first."""
        inside = sorted((m for m in self.mentions if start <= m.start < end),
                        key=lambda m: m.generic)
        return inside[0].event if inside else None


def find_events(doc: Doc, index: EntityIndex, resolver: PronounResolver,
                times: list[TimeExpression], skip: set[int], title_end: int) -> EventRecords:
    """The events of ``doc``, outside the tokens of ``skip`` (boilerplate, quotations);
    ``title_end`` is where the headline ends."""
    drafts = find_drafts(doc, index, resolver, skip | _time_heads(doc, times), title_end)
    anchor_participles(doc, drafts)
    add_statements(doc, drafts, index, resolver, skip)
    for n, d in enumerate(drafts):
        d.key = n
    time_relations = attach_times(doc, drafts, _outside(doc, times, skip))  # own times first,
    times = resolve_from_saying(doc, drafts, times)
    date_by_setting(drafts)
    mark_one_day(doc, drafts, times)
    corefer(drafts, index, times)  # so that coreference can compare them
    counted_participants(drafts, index)
    relations, times = order_relations(doc, drafts, times)
    times = add_clause_orders(doc, drafts, times, relations)
    for key, rels in time_relations.items():
        relations.setdefault(drafts[key].root().key, []).extend(rels)
    events, ids = _events(drafts, relations, index, doc)
    mentions = tuple(Mention(d.trigger_span.start, d.root().generic, ids[f"@{d.root().key}"])
                     for d in drafts if f"@{d.root().key}" in ids)
    return EventRecords(tuple(events), tuple(_event_anchor(t, ids) for t in times), mentions)


def _events(drafts: list[Draft], relations: dict[int, list[EventRelation]], index: EntityIndex,
            doc: Doc) -> tuple[list[Event], dict[str, str]]:
    """Frozen event records for the drafts that stand for an event (the union-find roots).

    ``relations`` are keyed by a root draft's ``key``; an event is referred to as
    ``@key`` until it has its id.
    """
    targeted = {r.target for rels in relations.values() for r in rels}
    roots = [d for d in drafts if d.merged_into is None
             and (_worth_keeping(d, relations) or f"@{d.key}" in targeted)]
    roots.sort(key=lambda d: d.trigger.i)
    ids = {f"@{d.key}": f"ev{n}" for n, d in enumerate(roots, 1)}
    kinds: dict[int, Counter[EventKind]] = {d.key: Counter() for d in roots}
    several: set[int] = set()
    one_day: set[int] = set()
    for d in drafts:
        root = d.root()
        if root.key in kinds:  # the first body mention counts double
            kinds[root.key][d.kind] += 2 if d is root else 1
            if d.several:
                several.add(root.key)
            if d.one_day:
                one_day.add(root.key)
    events = []
    for d in roots:
        rels = [r.model_copy(update={"target": ids[r.target]}) if r.target in ids else r
                for r in relations.get(d.key, []) if r.target in ids or r.target.startswith("t")]
        reported = {ids[f"@{r.root().key}"]: r.root().status for r in d.refers_to
                    if f"@{r.root().key}" in ids}
        refers = list(reported)
        if d.cue_verb is not None and refers and (
                d.cue_verb.lemma_.lower() in CONFIRM_VERBS or d.cue_verb.lower_ == "according"):
            cue = Span.of(text_of(doc), d.cue_verb.idx, d.cue_verb.idx + len(d.cue_verb.text))
            rels += [EventRelation(type=_report_order(reported[r]), target=r, cue=cue)
                     for r in refers if not any(x.target == r for x in rels)]
        vote = kinds[d.key].most_common()
        kind = max(vote, key=lambda kv: (kv[1], kv[0] is EventKind.MEETING))[0] if vote else d.kind
        events.append(Event(
            id=ids[f"@{d.key}"], kind=kind, trigger=d.trigger_span,
            lemma=d.trigger.lemma_.lower(),
            mentions=_unique_spans(d.mentions, d.trigger_span),
            predicates=_unique_spans([_token_span(doc[i]) for i in d.anchors
                                      if doc[i].pos_ in ("VERB", "AUX")], d.trigger_span),
            participants=[_participant(t, role, ident, index) for t, role, ident in d.participants],
            participant_count=d.count,
            places=_places(d, index),
            times=(own := list(dict.fromkeys(d.times))),
            time_links=[TimeLink(time=t, basis=d.time_basis.get(t, LinkBasis.CLAUSE))
                        for t in own],
            status=d.status, status_basis=d.status_basis,
            refers_to=list(dict.fromkeys(refers)), relations=rels,
            several=d.key in several, one_day=d.key in one_day,
        ))
    return events, ids


def _report_order(status: EventStatus) -> RelationType:
    """A statement about a happening comes on or after it; an announcement of a planned one
    ("announced Friday that he will meet ... on Thursday") comes on or before it."""
    return RelationType.ON_OR_BEFORE if status is EventStatus.PLANNED else RelationType.ON_OR_AFTER


def _worth_keeping(d: Draft, relations: dict[int, list[EventRelation]]) -> bool:
    """A reporting verb is always an event: the saying happened, and keeps its own day
    ("said on Monday") apart from the day of what it reports. A request needs people or a
    day; a verb with no tense of its own a day; any other happening a participant, time,
    place, later mention or relation; a verb that plans or promises a day of its act."""
    if d.kind is EventKind.STATEMENT and d.cue_verb is not None:
        return True
    if d.kind is EventKind.REQUEST:
        return bool(d.participants or d.times)
    if d.dated_only or d.prospective:
        return bool(d.times)
    return bool(d.participants or d.times or d.places or d.mentions or d.refers_to
                or relations.get(d.key))


def _unique_spans(spans: list[Span], trigger: Span) -> list[Span]:
    seen = {(trigger.start, trigger.end)}
    out = []
    for s in sorted(spans, key=lambda s: s.start):
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out


def _token_span(token: Token) -> Span:
    return Span.of(text_of(token.doc), token.idx, token.idx + len(token.text))


def _participant(token, role: str, ident: str, index: EntityIndex) -> Participant:
    m = index.mention_at(token)
    text = text_of(token.doc)
    span = index.span_of(m) if m is not None else Span.of(text, token.idx, token.idx + len(token))
    return Participant(entity=ident, span=span, role=role)


def _places(d: Draft, index: EntityIndex) -> list[PlaceRef]:
    out, seen = [], set()
    for token in d.places:
        m = index.mention_at(token)
        cluster = index.at(token)
        if m is None or cluster is None or m.char_start in seen:
            continue
        seen.add(m.char_start)
        out.append(PlaceRef(entity=cluster.id, span=index.span_of(m),
                            basis=d.place_basis.get(token.i, LinkBasis.CLAUSE)))
    return out


def _time_heads(doc: Doc, times: list[TimeExpression]) -> set[int]:
    """The head word of each time expression, which names a time, not a happening: "the
    end of this week", "the start of the year" (an event noun inside one still is an
    event: "two days after the vote")."""
    out = set()
    for t in times:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is not None and len(span):
            out.add(span.root.i)
    return out


def _outside(doc: Doc, times: list[TimeExpression], skip: set[int]) -> list[TimeExpression]:
    """The times that may date an event: none inside a quotation or boilerplate.

    Events are not read inside quotations, so a date there belongs to the quoted
    speech; climbing the parse from it would reach the reporting verb outside
    ("'... by February 20,' he said" does not date the saying).
    """
    out = []
    for t in times:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is None or span.start not in skip:
            out.append(t)
    return out


def _event_anchor(t: TimeExpression, ids: dict[str, str]) -> TimeExpression:
    if t.anchor.kind is AnchorKind.EVENT and t.anchor.ref and t.anchor.ref.startswith("@"):
        return t.model_copy(update={"anchor": t.anchor.model_copy(
            update={"ref": ids[t.anchor.ref]})})  # relation targets are always kept
    return t


