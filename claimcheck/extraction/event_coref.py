"""Event coreference: later mentions joined to the events they name.

A definite mention ("the meeting", "Rutte's visit") joins the most salient
compatible earlier event: the one with more mentions and more of the people
around the mention, the same trigger word preferred. A mention with its own
distinguishing modifiers ("a meeting in Budapest", "the G8 meeting", "a
recent meeting") never joins, because a wrong merge invents conflicts
downstream (one meeting in two cities) and a missed merge only loses a link.
Headline events join the first body event that shares a participant.

A mention that names a later stage of an event ("the talks continued in
Paris", "the talks, which resumed on Tuesday", "the resumption of the
talks") is kept apart: the stage may be in another place and on another day,
so merging it would make one event of two stages (talks in two cities).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.extraction.entities import EntityIndex
from claimcheck.extraction.event_stages import new_stage
from claimcheck.extraction.events import Draft, place_named
from claimcheck.extraction.line_breaks import text_of
from claimcheck.lang.en.events import COREFERENT_KINDS
from claimcheck.lang.en.grammar import OCCASION_PREPOSITIONS
from claimcheck.models import EntityKind, EventKind, EventStatus, LinkBasis, TimeExpression

_SAME_WORD_KINDS = frozenset({EventKind.STATEMENT, EventKind.SPEECH, EventKind.ELECTION,
                              EventKind.OTHER})
"""Kinds whose later mention must repeat the trigger word to name the same event."""

NEAR = 40
"""Tokens either side of a mention whose people count as "around" it."""

COREF_WINDOW = 30
"""Earlier events a definite mention may name; keeps long texts linear."""

COREF_SCAN = 300
"""Earlier mentions (of any kind) looked through to find those events: bounded, so that
an article full of happenings of other kinds stays linear."""


def _compatible(a: EventKind, b: EventKind) -> bool:
    return a == b or any(a in group and b in group for group in COREFERENT_KINDS)


def corefer(drafts: list[Draft], index: EntityIndex,
            times: Sequence[TimeExpression] = ()) -> None:
    """Merge headline mentions, then definite later mentions, into the events they name.

    ``times`` are the article's time expressions (already attached to the drafts): a
    happening of no named kind joins another mention only with the same word and when
    their dates do not differ ("the bombing on Monday" is not the bombing of 1998); the
    named kinds keep joining across dates, so that a contradiction between two mentions
    of one meeting can be seen (it rests on a coreference link).
    """
    by_anchor = {i: d for d in drafts for i in d.anchors}
    values: dict[str, str] = {t.id: t.value for t in times if t.value}
    starts = {t.id: t.span.start for t in times}
    days = {d.key: _days(d, by_anchor, values, starts) for d in drafts}
    ordered = sorted(drafts, key=lambda d: d.trigger.i)
    body = [d for d in ordered if not d.in_title]
    for d in ordered:
        if not d.in_title or d.kind in (EventKind.REQUEST, EventKind.STATEMENT) \
                or new_stage(d):
            continue
        own = _people(d, index)
        match = next((b for b in body if _compatible(b.kind, d.kind)
                      and b.kind not in (EventKind.REQUEST, EventKind.STATEMENT)
                      and own & _people(b, index) and _same_happening(d, b, days)),
                     None)
        if match is not None:
            _merge(d, match)
    for n, d in enumerate(ordered):
        if d.merged_into is not None or d.kind is EventKind.REQUEST or d.cue_verb is not None:
            continue
        if not d.definite or d.distinct or d.trigger.pos_ != "NOUN" or new_stage(d):
            continue
        # a headline naming a later stage ("talks continue in Paris") takes no body
        # mention: the body's "the talks" may be the first stage, elsewhere
        earlier = [e for e in ordered[max(0, n - COREF_SCAN):n]
                   if not (e.in_title and new_stage(e))]
        target = _best_earlier(d, earlier, index, days)
        if target is not None:
            _merge(d, target)


def counted_participants(drafts: list[Draft], index: EntityIndex) -> None:
    """ "The two leaders met ...": the counted people are the last ones named together.

    An event whose subject is a definite count of people ("the two leaders",
    "both men") and that names nobody takes the named people of the nearest
    earlier event with two or more of them, so that a wrong count ("the three
    leaders" after two were named) can be seen. An indefinite count ("three
    women gave birth") and a count of parties ("the two countries") refer to
    no one named before.
    """
    ordered = sorted((d for d in drafts if d.merged_into is None and not d.wants_a_day),
                     key=lambda d: d.trigger.i)
    for n, d in enumerate(ordered):
        if d.count is None or not d.count_refers_back:
            continue  # "three women gave birth", "the two countries": no one named before
        if any((c := index.by_id.get(ident)) is not None and c.kind is EntityKind.PERSON
               for _, _, ident in d.participants):
            continue  # counted people it names itself ("Ukraine" it discussed is no one)
        for earlier in reversed(ordered[max(0, n - COREF_WINDOW):n]):
            people = [p for p in earlier.participants
                      if (c := index.by_id.get(p[2])) is not None and c.kind is EntityKind.PERSON]
            if len(people) >= 2:
                d.participants = [(t, "participant", ident) for t, _, ident in people]
                break


def _people(d: Draft, index: EntityIndex) -> set[str]:
    return {ident for _, _, ident in d.participants}


def _days(d: Draft, by_anchor: dict[int, Draft], values: dict[str, str],
          starts: dict[str, int]) -> set[str]:
    """The days that tell which happening a mention is: its own, or its predicate's ("a
    bombing in Lagos on Monday killed four": the parse dates the killing, which tells of
    the bombing), or those of the clause that happens at it ("launched at the summit in
    March"). A day set off by a comma after the noun ("the referendum, held on 25
    February", "the meeting, on Wednesday, ...") is said of the happening already
    named, not used to pick it out, so it does not keep the mention apart."""
    own = {values[t] for t in d.times if t in values
           and not _set_off(d, starts.get(t))}
    head = d.trigger.head
    if not own and d.trigger.dep_ == "pobj" and head.lower_ in OCCASION_PREPOSITIONS:
        head = head.head  # "the work began at the Vienna summit in March": the same day
    elif d.trigger.dep_ not in ("nsubj", "nsubjpass"):
        return own
    if own or head.i not in by_anchor or by_anchor[head.i] is d:
        return own
    return {values[t] for t in by_anchor[head.i].times if t in values}


def _set_off(d: Draft, start: int | None) -> bool:
    """Whether a time after a noun mention is set off from it by a comma, in its sentence:
    a non-restrictive modifier ("the vote, held on May 5")."""
    t = d.trigger
    if start is None or t.pos_ != "NOUN" or start <= t.idx:
        return False
    gap = text_of(t.doc)[t.idx + len(t.text):start]
    return gap.lstrip().startswith(",") and len(gap) <= _SET_OFF_REACH \
        and not any(c in gap for c in ".;\n")


_SET_OFF_REACH = 40
"""Characters between a noun and a day set off after it ("the ceremony, held on")."""


def _same_happening(a: Draft, b: Draft, days: dict[int, set[str]]) -> bool:
    """For a happening of no named kind: the same word (a verb and its nominalisation:
    "arrested" / "the arrest", "signed" / "the signing"), and no differing date.

    A differing place does not part them: "was arrested in Lyon ... the arrest in Paris"
    is one arrest told two ways, which is what the place rule must see (through a
    coreference link, so at most a warning); two dates say two happenings ("the bombing
    on Monday", "the bombing on Wednesday").
    """
    if EventKind.OTHER not in (a.kind, b.kind):
        return True
    if a.stem != b.stem:
        return False
    return _days_agree(a, b, days)


def _days_agree(a: Draft, b: Draft, days: dict[int, set[str]]) -> bool:
    days_a, days_b = days.get(a.key, set()), days.get(b.key, set())
    return not (days_a and days_b and not days_a & days_b)


def _one_of_many(d: Draft, r: Draft) -> bool:
    """A singular mention of a plural event's word names one of them, not the series:
    "a series of bombings ... the Birmingham bombing"."""
    return r.trigger.tag_ == "NNS" and d.trigger.tag_ == "NN" \
        and r.trigger.lemma_.lower() == d.trigger.lemma_.lower()


def _best_earlier(d: Draft, earlier: list[Draft], index: EntityIndex,
                  days: dict[int, set[str]]) -> Draft | None:
    own = _people(d, index)
    sent, at = d.trigger.sent, d.trigger.i
    near = d.trigger.doc[max(sent.start, at - NEAR):min(sent.end, at + NEAR)]
    sentence = {c.id for t in near if (c := index.at(t)) is not None}
    best, best_score = None, 0.0
    roots: list[Draft] = []
    seen: set[int] = {d.root().key}  # never the mention's own event
    for e in reversed(earlier):  # nearest first, and only a window of them
        r = e.root()
        if r.key not in seen and _compatible(r.kind, d.kind) and r.kind is not EventKind.REQUEST:
            seen.add(r.key)
            roots.append(r)
            if len(roots) >= COREF_WINDOW:
                break
    roots.reverse()
    for rank, r in enumerate(roots):
        if d.kind in _SAME_WORD_KINDS and r.stem != d.stem:
            continue  # "the announcements" is not the readout before it
        if not _same_happening(d, r, days) or _one_of_many(d, r):
            continue
        if place_named(d) and (not _days_agree(d, r, days) or any(
                place_named(e) for e in earlier if e.root() is r)):
            # "the Turin summit in March last year" is not this week's meeting, nor is it
            # "the Amsterdam summit": two events named by their places are two
            continue
        theirs = _people(r, index)
        if own - theirs and len(theirs) >= 2:
            continue  # "the Biden meeting" is not the Rutte-Trump meeting
        if d.status is EventStatus.PLANNED and r.status is EventStatus.OCCURRED \
                and d.trigger.dep_ not in ("nsubj", "nsubjpass"):
            # "will be central to the discussions": other talks, still to come (but "the trip
            # will reset ties" speaks of the trip that happened)
            continue
        # an event of the same kind ("talks in Ankara ... the talks") is named more surely
        # than a busier event of a merely compatible kind ("met ... the talks")
        same_word = r.trigger.lemma_.lower() == d.trigger.lemma_.lower()
        score = 1.0 + len(r.mentions) + 2 * len(theirs & (own | sentence)) + rank * 0.1 \
            + 1.5 * (r.kind is d.kind) + 0.5 * same_word
        if score > best_score:
            best, best_score = r, score
    return best


def _merge(d: Draft, target: Draft) -> None:
    """Join ``d``'s event into ``target``'s; a no-op when they are one event already."""
    joined = d.join(target)
    if joined is None:
        return
    d, target = joined
    target.mentions.append(d.trigger_span)
    target.anchors |= d.anchors
    names = {ident for _, _, ident in target.participants}
    for p in d.participants:
        if p[2] not in names:
            target.participants.append(p)
            names.add(p[2])
    target.mentions.extend(d.mentions)
    target.places.extend(d.places)
    target.times.extend(d.times)
    for t in d.times:  # known through the other mention
        target.time_basis.setdefault(t, LinkBasis.COREFERENCE)
    for place in d.places:
        target.place_basis.setdefault(place.i, LinkBasis.COREFERENCE)
    target.refers_to.extend(r for r in d.refers_to if r.root() is not target)
