"""One article's Doc to its ClaimSet: every extractor, in the order they depend on.

boilerplate -> entities (+ places) -> roles -> quotation marks -> times ->
events (+ statements, coreference, times, order) -> quotes (+ settings) ->
counts. Each step indexes by token or sentence, so the whole is linear in
the length of the article.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from claimcheck.extraction.boilerplate import Skipper
from claimcheck.extraction.clause_order import add_clause_orders
from claimcheck.extraction.document import hand_over
from claimcheck.extraction.entities import EntityIndex, find_entities
from claimcheck.extraction.event_coref import corefer, counted_participants
from claimcheck.extraction.event_links import add_statements, attach_times, order_relations
from claimcheck.extraction.event_settings import anchor_participles, date_by_setting
from claimcheck.extraction.events import Draft, find_drafts
from claimcheck.extraction.lexicon.verbs import CONFIRM_VERBS
from claimcheck.extraction.lines import text_of
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.extraction.quote_marks import find_marked
from claimcheck.extraction.quotes import build_quotes
from claimcheck.extraction.roles import assign_roles
from claimcheck.extraction.time import find_times
from claimcheck.models import (
    AnchorKind,
    Article,
    ClaimSet,
    CountClaim,
    Event,
    EventKind,
    EventRelation,
    EventStatus,
    LinkBasis,
    Participant,
    PlaceRef,
    Quote,
    RelationType,
    Span,
    TimeExpression,
    TimeLink,
)

MAX_TITLE_LINES = 3
_LINE = re.compile(r"[^\n]+")


def extract_claims(doc: Doc, article: Article) -> ClaimSet:
    """Every claim of ``article`` (whose text ``doc`` is), as span-anchored records."""
    text = text_of(doc)
    skipper = Skipper.of(text)
    index = find_entities(doc, skipper)
    assign_roles(index)
    marks = find_marked(text, skipper.covers)
    resolver = PronounResolver(index, [(m.start, m.end) for m in marks])
    times = [t for t in find_times(doc, published=article.published)
             if not skipper.covers(t.span.start)]
    skip = {t.i for t in doc if skipper.covers(t.idx)}
    for m in marks:
        span = doc.char_span(m.content_start, m.content_end, alignment_mode="contract")
        if span is not None:
            skip.update(range(span.start, span.end))
    drafts = find_drafts(doc, index, resolver, skip, headline_end(text, skipper))
    anchor_participles(doc, drafts)
    add_statements(doc, drafts, index, resolver, skip)
    for n, d in enumerate(drafts):
        d.key = n
    time_relations = attach_times(doc, drafts, times)  # each mention's own times first,
    date_by_setting(drafts)
    corefer(drafts, index, times)  # so that coreference can compare them
    counted_participants(drafts, index)
    relations, times = order_relations(doc, drafts, times)
    times = add_clause_orders(doc, drafts, times, relations)
    for key, rels in time_relations.items():
        relations.setdefault(drafts[key].root().key, []).extend(rels)
    events, ids = _events(drafts, relations, index, doc)
    times = [_event_anchor(t, ids) for t in times]
    quotes = _quotes(doc, marks, index, resolver, drafts, ids)
    return hand_over(doc, ClaimSet(article=article, times=times, entities=index.entities(),
                                   events=events, quotes=quotes, counts=_counts(doc, skipper)))


def headline_end(text: str, skipper: Skipper) -> int:
    """End offset of the headline lines at the top: short lines without a full stop."""
    end = 0
    seen = 0
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line or skipper.covers(m.start()):
            continue
        seen += 1
        if seen > MAX_TITLE_LINES or line.endswith((".", "!", "?", "”", '"', ":")) \
                or len(line.split()) > 25:
            break
        end = m.end()
    return end


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
    for d in drafts:
        root = d.root()
        if root.key in kinds:  # the first body mention counts double
            kinds[root.key][d.kind] += 2 if d is root else 1
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
            participants=[_participant(t, role, ident, index) for t, role, ident in d.participants],
            participant_count=d.count,
            places=_places(d, index),
            times=(own := list(dict.fromkeys(d.times))),
            time_links=[TimeLink(time=t, basis=d.time_basis.get(t, LinkBasis.CLAUSE))
                        for t in own],
            status=d.status, status_basis=d.status_basis,
            refers_to=list(dict.fromkeys(refers)), relations=rels,
        ))
    return events, ids


def _report_order(status: EventStatus) -> RelationType:
    """A statement about a happening comes on or after it; an announcement of a planned one
    ("announced Friday that he will meet ... on Thursday") comes on or before it."""
    return RelationType.ON_OR_BEFORE if status is EventStatus.PLANNED else RelationType.ON_OR_AFTER


def _worth_keeping(d: Draft, relations: dict[int, list[EventRelation]]) -> bool:
    """A bare "said" is only an event when it is dated, placed or ordered."""
    if d.kind is EventKind.STATEMENT and d.trigger.pos_ == "VERB":
        return bool(d.times or d.places or relations.get(d.key) or d.refers_to)
    if d.kind is EventKind.REQUEST:
        return bool(d.participants or d.times)
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


def _event_anchor(t: TimeExpression, ids: dict[str, str]) -> TimeExpression:
    if t.anchor.kind is AnchorKind.EVENT and t.anchor.ref and t.anchor.ref.startswith("@"):
        return t.model_copy(update={"anchor": t.anchor.model_copy(
            update={"ref": ids[t.anchor.ref]})})  # relation targets are always kept
    return t


def _quotes(doc: Doc, marks, index: EntityIndex, resolver: PronounResolver,
            drafts: list[Draft], ids: dict[str, str]) -> list[Quote]:
    out = []
    for quote, _verb in build_quotes(doc, marks, index, resolver):
        if quote.setting is not None:
            inside = [d.root() for d in drafts
                      if quote.setting.start <= d.trigger_span.start < quote.setting.end]
            inside.sort(key=lambda d: d.generic)  # a named event before a bare happening
            event = next((ids[f"@{d.key}"] for d in inside if f"@{d.key}" in ids), None)
            quote = quote.model_copy(update={"setting_event": event})
        out.append(quote)
    return out


def _counts(doc: Doc, skipper: Skipper) -> list[CountClaim]:
    try:
        from claimcheck.extraction.counts import find_counts
    except ImportError:  # issue 5's extractor has not landed
        return []
    return [c for c in find_counts(doc) if not skipper.covers(c.span.start)]
