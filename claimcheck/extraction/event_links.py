"""Events linked to their times and to each other.

- A time expression dates the event it modifies: its head chain is followed
  up to the first token that stands for an event, never through another verb,
  so "sought the meeting two days after November 5" dates the seeking.
- "ahead of the meeting", "after the talks", "two days after the election"
  order the event they modify against the event they name.
- A statement that confirms a clause refers to the event in that clause and
  comes on or after it.

Coreference of later mentions is in ``event_coref``.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from spacy.tokens import Doc, Token

from claimcheck.extraction.attachment import saying_verb
from claimcheck.extraction.entities import EntityIndex
from claimcheck.extraction.events import (
    Draft,
    _governing_verb,
    _participants,
    act_phrase,
    on_noun_mention,
    scheduled_by,
    status_of,
)
from claimcheck.extraction.line_breaks import same_line, text_of
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.extraction.time.calendar import weekday_on_or_after
from claimcheck.lang.en.datelines import is_wire_date
from claimcheck.lang.en.events import ORDER_CUES, TIME_ORDER_PREPS
from claimcheck.lang.en.grammar import (
    COMPARISON_PREPOSITIONS,
    ORDER_OR_SOURCE_PREPOSITIONS,
    SETTING_OCCASION_PREPOSITIONS,
)
from claimcheck.lang.en.time_words import TIME_NOUNS
from claimcheck.lang.en.verbs import CONFIRM_VERBS, STATEMENT_VERBS
from claimcheck.models import (
    Anchor,
    AnchorKind,
    DayRange,
    Direction,
    EventKind,
    EventRelation,
    EventStatus,
    LinkBasis,
    Span,
    StatedDate,
    TimeExpression,
    TimexType,
)

MAX_CLIMB = 6
"""Head-chain steps a time expression may climb to find its event."""

_CUE_STARTS = frozenset(words.split()[0] for words in ORDER_CUES)


def add_statements(doc: Doc, drafts: list[Draft], index: EntityIndex,
                   resolver: PronounResolver, skip: set[int]) -> None:
    """Statement events for reporting verbs; "confirmed in a statement" is one event."""
    by_anchor = {i: d for d in drafts for i in d.anchors}
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or t.i in skip or lemma not in STATEMENT_VERBS | CONFIRM_VERBS:
            continue
        noun = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
                     and same_line(p, t)
                     for o in p.children if o.dep_ == "pobj" and o.i in by_anchor
                     and by_anchor[o.i].kind is EventKind.STATEMENT), None)
        if noun is not None:
            d = by_anchor[noun.i]
        else:
            d = Draft(EventKind.STATEMENT, t, Span.of(text_of(doc), t.idx, t.idx + len(t.text)),
                      set(), False, True)
            drafts.append(d)
        d.anchors.add(t.i)
        d.cue_verb = t
        by_anchor[t.i] = d
        d.participants.clear()
        _participants(d, index, resolver)
        if noun is None:  # "said" is past by its own words, "will announce" planned
            d.status, d.status_basis = status_of(d, doc)
        if lemma in CONFIRM_VERBS:
            for c in t.children:
                if c.dep_ in ("ccomp", "parataxis") and same_line(c, t):
                    target = _event_of_clause(c, by_anchor)
                    if target is not None and target is not d:
                        d.refers_to.append(target)
    _according_to(doc, drafts, by_anchor)


def _according_to(doc: Doc, drafts: list[Draft], by_anchor: dict[int, Draft]) -> None:
    """ "The meeting lasted two hours, according to a statement released on Sunday": the
    statement reports the clause's event, so it comes on or after it (as a confirmation)."""
    for d in drafts:
        if d.kind is not EventKind.STATEMENT or d.cue_verb is not None:
            continue
        noun = d.trigger
        to = noun.head
        if noun.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
            continue
        according = to.head
        clause = according.head
        if not same_line(clause, according) or clause.pos_ not in ("VERB", "AUX"):
            continue
        target = _event_of_clause(clause, by_anchor)
        if target is not None and target is not d:
            d.refers_to.append(target)
            d.cue_verb = according


def _event_of_clause(verb: Token, by_anchor: dict[int, Draft]) -> Draft | None:
    if verb.i in by_anchor:
        return by_anchor[verb.i]
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i in by_anchor:
            return by_anchor[c.i]
    return None


def attach_times(doc: Doc, drafts: list[Draft],
                 times: list[TimeExpression]) -> dict[int, list[EventRelation]]:
    """Put each time expression's id on the event it modifies, with the link's basis.

    A date behind "before", "after", "by", "since" is not the event's day: it becomes
    a relation to the expression instead; behind "until", "through" or "from", nothing.
    Returns those relations by the ``key`` of the draft they belong to.
    """
    by_anchor = {i: d for d in drafts for i in d.anchors}
    relations: dict[int, list[EventRelation]] = {}
    starts: dict[str, int] = {}  # time id -> its first token, for the times put on an event
    for tx in times:
        span = doc.char_span(tx.span.start, tx.span.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if tx.type not in (TimexType.DATE, TimexType.TIME) and not (
            tx.anchor.kind is AnchorKind.EXPRESSION and tx.anchor.offset
        ):
            continue  # "for a weekend of talks" says how long, not when ("two days after
            # the vote on May 5" names a day: its anchor counts from May 5)
        if is_wire_date(text_of(doc), tx.span.start, tx.span.end, place=True):
            continue  # "BAGHDAD, Oct. 19, 2012 -" dates the report, not the events in it
        root = span.root
        if root.dep_ in ("nummod", "compound", "amod") and root.head.pos_ == "PROPN" \
                and root.head.i not in by_anchor:
            continue  # a year inside a name: "the 2024 Security Committee" (not "1999 Summit")
        owner = next((t.head for t in span if t.dep_ == "poss"
                      and not span.start <= t.head.i < span.end), None)
        if owner is not None and owner.i not in by_anchor:
            continue  # "next Tuesday's primaries": the day is its possessor's, no event's
        # "the Dec. 28 meeting", "the Jan. 14 deadline": a premodifier dates its noun; when
        # the noun is no event, it dates the verb it is the subject of ("the Aug. 7 bombings
        # killed ...") but no verb it is an object of ("gave no reason for the Jan. 14
        # deadline", "paid the Nov. 30 dividend")
        premodifier = root.dep_ in ("nmod", "compound", "nummod", "amod") \
            and root.head.i > root.i and root.head.pos_ == "NOUN"
        noun_after = _noun_after_determined_date(span, by_anchor)
        found: tuple[Draft, LinkBasis] | None
        if noun_after is not None:  # "charged in the Dec. 21, 1988, bombing", parsed apart
            order, found = None, (by_anchor[noun_after.i], LinkBasis.EXPLICIT)
        else:
            if premodifier and root.head.i not in by_anchor \
                    and root.head.dep_ not in ("nsubj", "nsubjpass"):
                continue
            order = _order_prep(span)
            node = span.root if order is None else order[1]
            if not premodifier:
                node = _past_misattachment(span, node)
            found = _climb(node, by_anchor)
            if found is not None and found[0].prospective \
                    and not act_phrase(found[0].trigger, span.root):
                found = None  # "vowed to strike on Friday", "set the vote for Friday"
            found = found or _scheduled(span, node, by_anchor)
        if found is None:
            continue
        event, basis = found
        event = event.root()
        if order is None:
            event.times.append(tx.id)
            event.time_basis.setdefault(tx.id, basis)
            starts[tx.id] = span.start
        elif (kind := TIME_ORDER_PREPS[order[0]]) is not None:
            cue = Span.of(text_of(doc), order[1].idx, order[1].idx + len(order[1].text))
            relations.setdefault(event.key, []).append(
                EventRelation(type=kind, target=tx.id, cue=cue))
    _when_clauses(doc, times, by_anchor, starts)
    _share_across_coordination(doc, drafts, starts)
    _share_with_the_occasion(drafts, starts)
    _share_from_the_occasion(drafts, by_anchor, starts)
    return relations


def _share_from_the_occasion(drafts: list[Draft], by_anchor: dict[int, Draft],
                             starts: dict[str, int]) -> None:
    """ "NATO decided at last year's summit", "spoke during Tuesday's debate": a verb with
    no date of its own that happens at, during or on an occasion dated on its own mention
    is on that day (or in that period) too. Not "in": "evidence in the October slaying",
    "wanted for questioning in last month's shooting" are about the occasion. Only an
    occasion with one date: one that runs over several days may hold the verb on any of
    them. A ``sentence`` link: the day is the occasion's, not stated for the verb."""
    for d in drafts:
        verb = d.trigger
        if verb.pos_ != "VERB" or d.times or d.root() is not d:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in SETTING_OCCASION_PREPOSITIONS \
                    or not same_line(prep, verb):
                continue
            noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if noun is None or (n := by_anchor.get(noun.i)) is None \
                    or n.trigger.i != noun.i or (n := n.root()) is d:
                continue
            own = [t for t in n.times if t in starts
                   and n.time_basis.get(t) is LinkBasis.EXPLICIT]
            if len(set(n.times)) == 1 and own:
                d.times.append(own[0])
                d.time_basis.setdefault(own[0], LinkBasis.SENTENCE)
                break


def _share_with_the_occasion(drafts: list[Draft], starts: dict[str, int]) -> None:
    """ "Clinton welcomed the figures at a news conference Friday": the occasion a dated
    verb happens at, with no date of its own, is on that day too. A ``sentence`` link: the
    day is read from the verb, not stated for the occasion."""
    by_verb = {d.trigger.i: d for d in drafts if d.trigger.pos_ in ("VERB", "AUX")}
    for n in drafts:
        noun = n.trigger
        if noun.pos_ not in ("NOUN", "PROPN") or n.times or noun.dep_ != "pobj" \
                or noun.head.lower_ not in SETTING_OCCASION_PREPOSITIONS \
                or not same_line(noun, noun.head):
            continue
        verb = by_verb.get(noun.head.head.i)
        if verb is None or verb.root() is n.root():
            continue
        for tid in verb.times:
            if tid in starts and verb.time_basis.get(tid) is LinkBasis.CLAUSE:
                n.times.append(tid)
                n.time_basis.setdefault(tid, LinkBasis.SENTENCE)


def _when_clauses(doc: Doc, times: list[TimeExpression], by_anchor: dict[int, Draft],
                  starts: dict[str, int]) -> None:
    """ "last October, when the doctor was shot", "on Friday, when she set aside her
    plans": a "when" clause on a time expression tells what happened then. The parser
    often hangs the clause on the main verb instead ("Since 1985, when the army built a
    fence, the border has been quiet"); a "when" right after the expression, or after
    its comma, opens that clause all the same."""
    for tx in times:
        span = doc.char_span(tx.span.start, tx.span.end, alignment_mode="expand")
        if span is None or tx.type not in (TimexType.DATE, TimexType.TIME):
            continue
        clauses = [c for tok in span for c in tok.children
                   if c.dep_ in ("relcl", "advcl") and c.i >= span.end and any(
                       w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)]
        k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
        if k < len(doc) and doc[k].lower_ == "when" and doc[k].dep_ == "advmod" \
                and doc[k].head.dep_ in ("relcl", "advcl") and doc[k].head.i > k:
            clauses.append(doc[k].head)
        for c in clauses:
            if c.i in by_anchor and same_line(c, span.root):
                d = by_anchor[c.i].root()
                if tx.id not in d.times:
                    d.times.append(tx.id)
                    d.time_basis.setdefault(tx.id, LinkBasis.EXPLICIT)
                    starts.setdefault(tx.id, span.start)


def _share_across_coordination(doc: Doc, drafts: list[Draft], starts: dict[str, int]) -> None:
    """ "On Tuesday the president condemned the attack and offered condolences": a verb
    joined by "and" to a dated verb, with no subject and no date of its own, shares the
    date. Only a date before the first verb is said of the whole coordination; one after
    it may be the first verb's alone ("condemned the attack on Saturday and expressed
    sympathy": not shared). Shared in the order of the coordination, so "On Monday A, B
    and C" dates B and C."""
    by_verb = {d.trigger.i: d for d in drafts if d.trigger.pos_ in ("VERB", "AUX")}
    for d in sorted(by_verb.values(), key=lambda d: d.trigger.i):
        verb = d.trigger
        if verb.dep_ != "conj" or d.times or not same_line(verb, verb.head) or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        first = by_verb.get(verb.head.i)
        if first is None or first.root() is d.root():
            continue
        for tid in list(first.times):
            if tid not in starts or tid in d.times or starts[tid] > verb.head.i:
                continue
            d.times.append(tid)
            d.time_basis.setdefault(tid, LinkBasis.CLAUSE)


def _noun_after_determined_date(span, by_anchor: dict[int, Draft]) -> Token | None:
    """ "the Dec. 21, 1988, bombing": a date that takes a determiner and stands right
    before an event noun (a comma between at most) is that noun's premodifier, though
    the parse may make the date the determiner's noun and hang the event noun elsewhere."""
    doc = span.doc
    if not any(c.dep_ == "det" and c.i < span.start for c in span.root.children):
        return None
    after = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if after >= len(doc) or doc[after].pos_ != "NOUN" or after not in by_anchor \
            or doc[after].head.i == span.root.i or not same_line(doc[after], span.root):
        return None
    noun = doc[after]
    return noun if by_anchor[noun.i].trigger.i == noun.i else None


def _scheduled(span, start: Token, by_anchor: dict[int, Draft]) -> tuple[Draft, LinkBasis] | None:
    """ "Officials scheduled talks for Thursday", "the vote was postponed to June 3": a verb
    that schedules, awaits or defers a happening (``SCHEDULING_VERBS``) is no event of its
    own, and a date after it is the day set for the happening it names (its object, or its
    subject in the passive). A date before it ("On Monday, officials scheduled ...") is
    the scheduling's, and dates nothing. A plan can change, so the link is ``sentence``:
    a warning at most."""
    verb = _governing_verb(start)
    planned = None if verb is None else scheduled_by(verb, span[0], by_anchor)
    return None if planned is None else (planned, LinkBasis.SENTENCE)


def _order_prep(span) -> tuple[str, Token] | None:
    """("before", token) when the expression is the object of an ordering preposition."""
    root = span.root
    if root.dep_ != "pobj":
        return None
    prep = root.head
    word = prep.lower_
    if word in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
        prep, word = prep.head, prep.head.lower_
    if word in TIME_ORDER_PREPS and not (span.start <= prep.i < span.end):
        return word, prep
    return None


def _past_misattachment(span, node: Token) -> Token:
    """Start the climb at the reporting verb when the parse put a date of the saying into
    the reported clause ("said on Monday he would meet ... on Friday")."""
    verb = node
    for _ in range(MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return node
    saying = saying_verb(span.start, span.end, verb)
    return node if saying.i == verb.i else saying


def _climb(start: Token, by_anchor: dict[int, Draft]) -> tuple[Draft, LinkBasis] | None:
    """The event a phrase belongs to, up its head chain, and how it is attached.

    ``explicit`` when the phrase is stated on a noun mention ("Tuesday's vote", "the vote
    on Monday") or on a clause that modifies it ("the vote, held on Monday"); ``clause``
    when the event's predicate governs it.
    """
    node = start
    for _ in range(MAX_CLIMB):
        if not same_line(node, start):
            return None
        if node.i in by_anchor:
            d = by_anchor[node.i]
            return d, LinkBasis.EXPLICIT if on_noun_mention(node, d, by_anchor) \
                else LinkBasis.CLAUSE
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "acl") \
                and node.head.i in by_anchor:  # "the talks, held on Monday", "which took place"
            return by_anchor[node.head.i], LinkBasis.EXPLICIT
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return None
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.i == start.i \
                and node.head.head.pos_ in ("NOUN", "PROPN") \
                and node.head.head.i not in by_anchor \
                and node.head.head.lemma_.lower() not in TIME_NOUNS:
            return None  # "arrested under the Act of 1974": the date names the Act; but
            # "shot on the night of Oct. 23" is a time of that day
        if node.head.lower_ in COMPARISON_PREPOSITIONS or (
                node.dep_ == "pobj" and node.head.lower_ in ORDER_OR_SOURCE_PREPOSITIONS
                and node.i != start.i):
            # "passed before the deadline of May 14": May 14 is the deadline's; "climbed
            # from 40 in 2019 to ...": 2019 is the starting figure's; "faster than a
            # year earlier": the compared figure's
            return None
        node = node.head
    return None


def order_relations(doc: Doc, drafts: list[Draft],
                    times: list[TimeExpression]) -> tuple[dict[int, list[EventRelation]],
                                                          list[TimeExpression]]:
    """Relations stated by "ahead of", "after", "following", "two days after"...

    Returns the relations by draft (keyed by the root draft's ``key``) and
    the time expressions, with an offset's anchor moved onto the event it
    counts from ("two days after the election": anchor event, after, P2D).
    """
    by_anchor = {i: d for d in drafts for i in d.anchors}
    offsets: dict[int, TimeExpression] = {}  # token index -> the offset expression it is in
    tx: TimeExpression | None
    for tx in times:
        if tx.anchor.offset and tx.anchor.direction in (Direction.BEFORE, Direction.AFTER):
            span = doc.char_span(tx.span.start, tx.span.end, alignment_mode="expand")
            for tok in span or ():
                offsets[tok.i] = tx
    relations: dict[int, list[EventRelation]] = {}
    out_times = {tx.id: tx for tx in times}
    for t in doc:
        cue = _cue_at(doc, t)
        if cue is None:
            continue
        words, prep = cue
        target_tok = next((c for c in prep.children if c.dep_ == "pobj" and same_line(c, prep)),
                          None)
        if target_tok is None or target_tok.i not in by_anchor:
            continue
        source = _governing(prep, by_anchor)
        target = by_anchor[target_tok.i].root()
        if source is None or source.root() is target:
            continue
        offset = None
        cue_span = Span.of(text_of(doc), t.idx, prep.idx + len(prep.text))
        tx = offsets.get(t.i) or offsets.get(t.i - 1)  # "two days | after": cue outside
        target_id = f"@{target.key}"
        if tx is not None:
            offset, cue_span = tx.anchor.offset, tx.span
            out_times[tx.id] = tx.model_copy(update={"anchor": tx.anchor.model_copy(
                update={"kind": AnchorKind.EVENT, "ref": target_id})})
        relations.setdefault(source.root().key, []).append(EventRelation(
            type=ORDER_CUES[words], target=target_id, offset=offset, cue=cue_span))
    return relations, [out_times[tx.id] for tx in times]


def _cue_at(doc: Doc, t: Token) -> tuple[str, Token] | None:
    """(cue words, the preposition token whose object is the other event)."""
    if t.lower_ not in _CUE_STARTS:
        return None
    for words in sorted(ORDER_CUES, key=len, reverse=True):
        parts = words.split()
        if t.lower_ != parts[0] or t.i + len(parts) > len(doc):
            continue
        if [x.lower_ for x in doc[t.i:t.i + len(parts)]] != parts:
            continue
        prep = doc[t.i + len(parts) - 1]
        if words in ("at",):
            return None  # "at the summit" places a speaker, it does not order events
        return words, prep
    return None


def _governing(prep: Token, by_anchor: dict[int, Draft]) -> Draft | None:
    node = prep
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if not same_line(node, prep):
            return None
        if node.i in by_anchor:
            return by_anchor[node.i]
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


REPORT_CLIMB = 3
"""Clause steps (reported clause, open complement) from a reported event up to its saying."""


def resolve_from_saying(doc: Doc, drafts: list[Draft],
                        times: list[TimeExpression]) -> list[TimeExpression]:
    """A planned event reported in the past counts its bare weekday from the saying's day.

    "The minister said on Monday that the sides would meet on Thursday": Thursday is the
    first Thursday on or after that Monday, not the one after publication. The weekday's
    anchor becomes the saying's date (on or after it), so the reasoner checks it against
    that day instead of the publication window. Returns ``times`` with those expressions
    replaced; any other expression is returned as it is.
    """
    by_id = {t.id: t for t in times}
    sayings = {d.cue_verb.i: d for d in drafts
               if d.kind is EventKind.STATEMENT and d.cue_verb is not None}
    changed: dict[str, TimeExpression] = {}
    for d in drafts:
        if d.status is not EventStatus.PLANNED or d.kind is EventKind.STATEMENT:
            continue
        saying = _saying_of(d, sayings)
        if saying is None or saying.status is not EventStatus.OCCURRED:
            continue
        said_on: dict[dt.date, str] = {}
        for x in saying.times:
            r = by_id[x].resolved if x in by_id else None
            if r is not None and r.start == r.end and by_id[x].granularity.value == "day":
                said_on.setdefault(r.start, x)
        if len(said_on) != 1:
            continue
        (said, ref), = said_on.items()
        for tid in d.times:
            t = changed.get(tid, by_id.get(tid))
            if t is None or not _bare_weekday(t) or t.id in saying.times:
                continue
            day = weekday_on_or_after(said, cast(int, cast(StatedDate, t.stated).weekday))
            changed[tid] = t.model_copy(update={
                "value": day.isoformat(), "resolved": DayRange(start=day, end=day),
                "anchor": Anchor(kind=AnchorKind.EXPRESSION, ref=ref, direction=Direction.AFTER),
                "derivation": [*t.derivation, f"counted from the saying's day {said}"]})
    return [changed.get(t.id, t) for t in times]


def _saying_of(d: Draft, sayings: dict[int, Draft]) -> Draft | None:
    """The statement whose reported clause carries ``d``: its verb, or a verb it hangs on,
    is the reported clause (or an open complement inside it) of a saying verb."""
    doc = d.trigger.doc
    for i in sorted(d.anchors):
        node = doc[i]
        for _ in range(REPORT_CLIMB):
            if node.dep_ not in ("ccomp", "xcomp", "conj") or not same_line(node, node.head):
                break
            node = node.head
            if node.i in sayings:
                return sayings[node.i]
    return None


def _bare_weekday(t: TimeExpression) -> bool:
    """An expression that is a weekday name and nothing else ("on Thursday"; not "next
    Thursday", "Thursday, March 21"), counted from publication."""
    s = t.stated
    return s is not None and s.weekday is not None and not (s.day or s.month or s.year) \
        and s.weekday_span is not None and s.weekday_span.start == t.span.start \
        and s.weekday_span.end == t.span.end and t.deixis is None \
        and t.anchor.kind is AnchorKind.PUBLICATION and t.publication_offset is None
