"""Orders stated between clauses: a subordinate clause, and a clause reported as past.

``event_links.order_relations`` reads orders stated by a preposition whose object
is an event noun ("two days after the election"). A clause can state the same:

- a temporal subordinator ("after", "before") heads an adverbial clause: the
  main clause's event is after (before) the subordinate clause's event, and a
  measure phrase on the subordinator counts the days ("resigned on Friday, five
  days after he was questioned", "After the talks ended, the delegations flew
  home");
- a reporting verb with a complement clause in the past ("said on Monday that
  the talks had taken place on Sunday", "said that the bridge collapsed"): what is
  reported as past had happened by the time it was said, so the saying is on or
  after it. A complement in the present or future, or with a modal, states nothing.

Both are relations of the parse (a ``mark`` on an ``advcl``; a ``ccomp`` of a
reporting verb), so they are read for every clause, whatever the words in it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimcheck.extraction.events import Draft
from claimcheck.extraction.line_breaks import same_line, text_of
from claimcheck.lang.en.grammar import MODALS, PLUPERFECT_AUXILIARIES
from claimcheck.lang.en.subordinators import CLAUSE_ORDER_MARKS
from claimcheck.lang.en.verbs import REPORTING_VERBS
from claimcheck.models import AnchorKind, EventRelation, RelationType, Span, TimeExpression


def add_clause_orders(doc: Doc, drafts: list[Draft], times: list[TimeExpression],
                      relations: dict[int, list[EventRelation]]) -> list[TimeExpression]:
    """Add the orders stated between clauses to ``relations`` (keyed by root draft key).

    Returns ``times``, with a measure phrase that counts the days between two clauses
    anchored on the subordinate clause's event (as ``order_relations`` does for nouns).
    """
    by_anchor = {i: d for d in drafts for i in d.anchors}
    measures = _measures(doc, times)
    out = {t.id: t for t in times}
    for t in doc:
        if t.dep_ == "mark" and t.lower_ in CLAUSE_ORDER_MARKS:
            found = _subordinate(t, by_anchor)
            if found is None:
                continue
            source, target = found
            kind = CLAUSE_ORDER_MARKS[t.lower_]
            measure = _measure_of(t, measures)
            offset, cue = None, _span(doc, t)
            if measure is not None:
                offset, cue = measure.anchor.offset, measure.span
                out[measure.id] = measure.model_copy(update={"anchor": measure.anchor.model_copy(
                    update={"kind": AnchorKind.EVENT, "ref": f"@{target.key}"})})
            _add(relations, source, EventRelation(type=kind, target=f"@{target.key}",
                                                  offset=offset, cue=cue))
        elif t.dep_ == "ccomp" and _past_report(t):
            saying, reported = by_anchor.get(t.head.i), by_anchor.get(t.i)
            if saying is None or reported is None or not same_line(t, t.head):
                continue
            saying, reported = saying.root(), reported.root()
            if saying is not reported:
                _add(relations, saying, EventRelation(
                    type=RelationType.ON_OR_AFTER, target=f"@{reported.key}",
                    cue=_span(doc, t.head)))
    return [out[t.id] for t in times]


def _subordinate(mark: Token, by_anchor: dict[int, Draft]) -> tuple[Draft, Draft] | None:
    """(main clause's event, subordinate clause's event) of an "after"/"before" clause."""
    sub = mark.head
    if sub.dep_ != "advcl" or sub.pos_ not in ("VERB", "AUX") or not same_line(sub, sub.head):
        return None
    main = sub.head
    if main.i not in by_anchor or sub.i not in by_anchor:
        return None
    source, target = by_anchor[main.i].root(), by_anchor[sub.i].root()
    return None if source is target else (source, target)


def _measures(doc: Doc, times: list[TimeExpression]) -> dict[int, TimeExpression]:
    """Token index -> the day-count expression ("five days") it is part of."""
    found: dict[int, TimeExpression] = {}
    for tx in times:
        if not tx.anchor.offset or tx.anchor.kind is AnchorKind.EXPRESSION:
            continue  # "two days after May 5" already counts from its own date
        span = doc.char_span(tx.span.start, tx.span.end, alignment_mode="expand")
        for tok in span or ():
            found[tok.i] = tx
    return found


def _measure_of(mark: Token, measures: dict[int, TimeExpression]) -> TimeExpression | None:
    """The measure phrase on the subordinate clause, just before its subordinator
    ("five days after he was questioned": "days" is an npadvmod of the clause's verb)."""
    for c in mark.head.children:
        if c.dep_ == "npadvmod" and c.i < mark.i and c.i in measures \
                and all(doc_tok.i in measures or doc_tok.i == mark.i
                        for doc_tok in mark.doc[c.i:mark.i]):
            return measures[c.i]
    return None


def _past_report(verb: Token) -> bool:
    """A complement clause told as past under a reporting verb: "said (that) it collapsed",
    "said it had been held"; not "said it would", "says it is", "said it will"."""
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in REPORTING_VERBS:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in MODALS for c in aux):
        return False
    if verb.tag_ == "VBD" and not aux:
        return True
    return verb.tag_ == "VBN" and any(  # "had met", "was arrested", "had been held"
        (c.dep_ == "aux" and c.lower_ in PLUPERFECT_AUXILIARIES)
        or (c.dep_ == "auxpass" and c.tag_ == "VBD")
        for c in aux)


def _add(relations: dict[int, list[EventRelation]], source: Draft, rel: EventRelation) -> None:
    rels = relations.setdefault(source.key, [])
    if not any(r.target == rel.target for r in rels):  # a noun's own order came first
        rels.append(rel)


def _span(doc: Doc, t: Token) -> Span:
    return Span.of(text_of(doc), t.idx, t.idx + len(t.text))
