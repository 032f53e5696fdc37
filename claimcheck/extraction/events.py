"""Events: triggers, participants and places, read from the dependency parse.

A trigger is a noun ("talks", "the meeting", "a statement", "election
victory") or a verb ("met", "visited"). A noun's event also owns the verb
that carries it: the light verb of "held talks" and the verb of "the
meeting took place", so that the subject, the "with" objects, the place
and the time of that verb belong to the event. Linking events to times,
to each other and to later mentions is in ``event_links``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimcheck.extraction.attachment import auxiliaries, word_children
from claimcheck.extraction.entities import EntityIndex, event_nouns
from claimcheck.extraction.event_stages import stage_word
from claimcheck.extraction.line_breaks import same_line, text_of
from claimcheck.extraction.places import resolve
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.lang.en.events import (
    AHEAD_NOUNS,
    BACK_REFERRING_DETERMINERS,
    CALL_NOUNS,
    CONDITIONAL_MARKERS,
    CONFERENCE_GUARD,
    COUNT_NOUNS,
    DEFINITE_DETERMINERS,
    ELECTION_RESULTS,
    ITERATION_ADVERBS,
    MODAL_IDIOM_ADVERBS,
    MODAL_IDIOM_AUXILIARIES,
    NOUN_TRIGGERS,
    ONE_HAPPENING_PLURALS,
    PERSON_COUNT_NOUNS,
    PLANNED_ADJECTIVES,
    PLANNED_MARKERS,
    REPORTED_MARKERS,
    UNCERTAIN_MARKERS,
    VERB_TRIGGERS,
)
from claimcheck.lang.en.grammar import (
    ACT_TIME_PREPOSITIONS,
    COMPANY_PREPOSITIONS,
    LATER_PREPOSITIONS,
    OCCASION_PREPOSITIONS,
    ORDER_OR_SOURCE_PREPOSITIONS,
    PERFECT_AUXILIARIES,
    PLACE_PREPOSITIONS,
    PROSPECTIVE_PREPOSITIONS,
)
from claimcheck.lang.en.numbers import BOTH, CARDINALS
from claimcheck.lang.en.time_words import PAST_ADJECTIVES
from claimcheck.lang.en.verbs import (
    CONFIRM_VERBS,
    LIGHT_VERBS,
    OCCUR_VERBS,
    PHASE_VERBS,
    PRONOUNS,
    PROSPECTIVE_VERBS,
    RELATION_VERBS,
    REQUEST_VERBS,
    SCHEDULING_VERBS,
    STATEMENT_VERBS,
    SUPPORT_VERBS,
    WISHING_VERBS,
)
from claimcheck.models import (
    EntityKind,
    EventKind,
    EventStatus,
    LinkBasis,
    Span,
    StatedCount,
    StatusBasis,
)

_NAME_TYPES = {"PERSON", "GPE", "LOC", "FAC", "NORP"}
_NUMBERS = {**{w: n for w, n in CARDINALS.items() if 2 <= n <= 6}, **BOTH}
_NOT_EVENT_VERBS = frozenset({"be"})
"""Verb lemmas that state a property, not a happening, when the parser calls them verbs."""
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""Verb tags with a tense of their own (past, present third person, present)."""
_CLAUSE_DEPS = frozenset({"ROOT", "xcomp", "advcl", "conj", "ccomp", "pcomp", "parataxis"})
"""Where a verb with no tense of its own heads a clause of its own, not a noun's modifier."""


@dataclass
class Draft:
    """An event while it is being read; ``anchors`` are the tokens that stand for it.

    ``key`` names the draft inside one article (its position in the stage's list), so
    that relations and anchors can name a draft without Python object ids.
    """

    kind: EventKind
    trigger: Token
    trigger_span: Span
    anchors: set[int]
    definite: bool
    distinct: bool  # modifiers that name a different event: "a", "another", "Budapest meeting"
    participants: list[tuple[Token, str, str]] = field(default_factory=list)  # token, role, id
    places: list[Token] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    status: EventStatus = EventStatus.OCCURRED
    count: StatedCount | None = None
    count_refers_back: bool = False  # a definite count of people: the ones named before
    several: bool = False  # its own words tell of more than one happening
    one_day: bool = False  # a verb of occurrence puts it on one day: "held on Sunday"
    mentions: list[Span] = field(default_factory=list)
    refers_to: list[Draft] = field(default_factory=list)
    merged_into: Draft | None = None
    cue_verb: Token | None = None
    in_title: bool = False
    key: int = -1
    time_basis: dict[str, LinkBasis] = field(default_factory=dict)  # time id -> basis
    place_basis: dict[int, LinkBasis] = field(default_factory=dict)  # token index -> basis
    status_basis: StatusBasis = StatusBasis.INFERRED
    generic: bool = False  # a happening of no named kind, found by its part of speech
    dated_only: bool = False  # a non-finite verb: an event only when it has a date of its own
    prospective: bool = False  # a verb that plans or promises: only a day of its own act
    stem: str = ""  # the verb a nominalisation comes from ("signing" -> "sign"), else lemma

    def __post_init__(self) -> None:
        self.stem = self.stem or self.trigger.lemma_.lower()

    @property
    def wants_a_day(self) -> bool:
        """A verb that is an event only with a day of its own (a non-finite verb, a verb
        that plans) and has none: no event, so it names no one a later count refers to."""
        return (self.dated_only or self.prospective) and not self.times

    def root(self) -> Draft:
        """The event this mention belongs to (union-find, with path compression).

        ``merged_into`` is only ever set by :meth:`join`, which links one root to a
        different root, so the links form a forest and this walk always ends.
        """
        top = self
        while top.merged_into is not None:
            top = top.merged_into
        d = self
        while d.merged_into is not None and d.merged_into is not top:
            d.merged_into, d = top, d.merged_into
        return top

    def join(self, other: Draft) -> tuple[Draft, Draft] | None:
        """Make this mention's event part of ``other``'s: (absorbed root, surviving root).

        None when both are already one event: nothing to merge, and no link that
        could make an event its own parent.
        """
        mine, theirs = self.root(), other.root()
        if mine is theirs:
            return None
        mine.merged_into = theirs
        return mine, theirs


def trigger_kind(t: Token) -> EventKind | None:
    """The event a token names, if any."""
    lemma = t.lemma_.lower()
    if t.pos_ == "PROPN" and t.ent_type_ not in _NAME_TYPES and t.is_title:
        lemma = t.lower_.removesuffix("s") if t.lower_ != "talks" else "talks"
        return NOUN_TRIGGERS.get(lemma)  # "the Trilateral Ministerial Meeting"
    if t.pos_ == "VERB" and lemma in ("speak", "talk") and any(
            p.dep_ == "prep" and p.lower_ in ("by", "over", "on")
            and any(o.lower_ in CALL_NOUNS or o.lower_ == "telephone" for o in p.children)
            for p in t.children):
        return EventKind.CALL  # "spoke by phone with"
    if t.pos_ == "NOUN":
        if t.lower_ == "talks":
            return EventKind.TALKS
        if lemma in ELECTION_RESULTS and any(c.lemma_.lower() == "election" for c in t.children):
            return EventKind.ELECTION
        if (lemma == "election" and t.dep_ == "compound"
                and t.head.lemma_.lower() in ELECTION_RESULTS):
            return None  # the result noun is the trigger
        if lemma == "call":
            if any(c.lower_ in CALL_NOUNS for c in t.children) or t.head.lemma_ in LIGHT_VERBS:
                return EventKind.CALL
            return None
        if lemma == "conversation" and any(c.lower_ in CALL_NOUNS for c in t.children):
            return EventKind.CALL
        if lemma == "conference" and any(c.lower_ in CONFERENCE_GUARD for c in t.children):
            return EventKind.STATEMENT
        if lemma in NOUN_TRIGGERS:
            return NOUN_TRIGGERS[lemma]
        return EventKind.OTHER if lemma in event_nouns() else None
    if t.pos_ == "VERB":
        return VERB_TRIGGERS.get(lemma)
    return None


def find_drafts(doc: Doc, index: EntityIndex, resolver: PronounResolver,
                skip: set[int], title_end: int) -> list[Draft]:
    """Every event trigger outside ``skip`` (boilerplate and quotations), read once."""
    drafts = []
    nouns: dict[int, Draft] = {}
    for t in doc:
        if t.i in skip:
            continue
        kind = trigger_kind(t)
        if kind is None:
            continue
        if kind is EventKind.OTHER and t.pos_ == "VERB" and t.dep_ == "relcl" \
                and t.head.i in nouns and same_line(t, t.head) and any(
                    c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in t.children):
            nouns[t.head.i].anchors.add(t.i)  # "the bombing that killed ten": what the
            continue  # event itself did; not "the accord, signed in Oslo" (another act)
        d = _draft(doc, t, kind)
        if t.pos_ in ("NOUN", "PROPN"):
            nouns[t.i] = d
        drafts.append(d)
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in REQUEST_VERBS \
                and t.head.i not in skip and t.head.pos_ == "VERB" and same_line(t, t.head):
            verb = t.head  # "sought the meeting": a request that refers to the meeting
            request = Draft(EventKind.REQUEST, verb, Span.of(text_of(doc), verb.idx,
                            verb.idx + len(verb.text)), {verb.i}, False, True)
            request.refers_to.append(d)
            # "called a general shutdown on May 3": a verb that plans keeps only a day (and a
            # place) of its own act; the rest is the requested happening's
            request.prospective = verb.lemma_.lower() in PROSPECTIVE_VERBS
            drafts.append(request)
    drafts += _nominalisations(doc, drafts, skip)
    _stage_anchors(drafts)
    drafts += _happenings(doc, drafts, skip)
    for d in drafts:
        d.in_title = d.trigger.idx < title_end
        _participants(d, index, resolver)
        d.status, d.status_basis = status_of(d, doc)
    for d in drafts:
        if d.kind is EventKind.REQUEST:  # "asked for a meeting with X": both share the people
            for wanted in d.refers_to:
                _share(d, wanted)
                if not wanted.definite:
                    wanted.status = EventStatus.PLANNED
    _places(doc, drafts, index)
    for d in drafts:
        d.several = tells_of_several(d)
    return drafts


def tells_of_several(d: Draft) -> bool:
    """Whether a mention's own words tell of more than one happening of its kind.

    A plural event noun ("the attacks", "statements made Friday and Thursday"),
    unless news uses the plural for one happening ("the talks"); a verb or noun
    that happens again ("made the request on Jan. 23 and again on Jan. 24");
    places coordinated on one mention ("the shootings in Paris and Nice", "the
    shooting of doctors in Winnipeg and Rochester"). Each date or place may then
    belong to another of the happenings.
    """
    t = d.trigger
    if t.tag_ in ("NNS", "NNPS") and t.lower_ != t.lemma_.lower() \
            and t.lower_ not in ONE_HAPPENING_PLURALS:
        return True
    holders = [t.doc[i] for i in d.anchors]
    # "again" on the verb or on one of its phrases ("and again on March 5")
    near = [c for h in holders for c in h.children]
    near += [g for c in near if c.dep_ == "prep" for g in c.children]
    if any(c.lower_ in ITERATION_ADVERBS and c.dep_ == "advmod" for c in near):
        return True
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for p in d.places for c in p.children)


def _stage_anchors(drafts: list[Draft]) -> None:
    """ "On Tuesday, the talks resumed": the stage verb stands for the mention of the talks."""
    taken = {i for d in drafts for i in d.anchors}
    for d in sorted(drafts, key=lambda d: d.trigger.i):
        word = stage_word(d)
        if word is not None and word.i not in taken:
            d.anchors.add(word.i)
            taken.add(word.i)


def _happenings(doc: Doc, drafts: list[Draft], skip: set[int]) -> list[Draft]:
    """Every other verb is a happening of no named kind ("the bridge collapsed on Monday").

    A verb not negated ("was not passed" did not happen). A verb that schedules, awaits
    or promises (``PROSPECTIVE_VERBS``) is a happening too, the act of planning, but it
    keeps only a day of that act (``act_phrase``): most dates near it belong to what it
    plans. Not a
    verb that already stands for a named event ("held talks"), a clause on an
    event noun ("the talks, which took place"), a reporting verb (the statement stage
    makes those), or a copula. A verb whose subject is a named event noun tells what
    that event did ("the talks produced a draft"): it stands for the event. Whether a
    happening is kept is decided when its times, places and participants are known:
    only a happening with one of them is an event; a verb with no tense of its own (an
    infinitive, a participle: "planned to leave on Thursday", "Rescued on Nov. 25 by
    fishermen, the boy ...") only when a date of its own lands on it.
    """
    taken = {i for d in drafts for i in d.anchors}
    named = {d.trigger.i: d for d in drafts if d.kind not in (EventKind.OTHER, EventKind.REQUEST)
             and d.trigger.pos_ in ("NOUN", "PROPN")}
    nominal = {i: d for d in drafts if d.trigger.pos_ in ("NOUN", "PROPN") for i in d.anchors
               if i != d.trigger.i}  # verbs whose subject (or object) is an event noun
    nouns = {d.trigger.i: d for d in drafts if d.trigger.pos_ in ("NOUN", "PROPN")}
    reporting = STATEMENT_VERBS | CONFIRM_VERBS
    by_verb = {i: d for d in drafts for i in d.anchors if d.trigger.doc[i].pos_ == "VERB"}
    out = []
    for t in doc:
        if t.pos_ != "VERB" or t.i in skip or t.i in taken:
            continue
        lemma = t.lemma_.lower()
        if lemma in reporting or lemma in _NOT_EVENT_VERBS \
                or not t.is_alpha or any(c.dep_ == "neg" for c in t.children):
            continue
        if t.dep_ in ("relcl", "acl") and t.head.i in taken:
            if t.head.i in nouns and lemma not in PROSPECTIVE_VERBS:  # "the vote, held on
                nouns[t.head.i].anchors.add(t.i)  # Monday": the clause tells of the event
                taken.add(t.i)
            continue
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in PHASE_VERBS \
                and t.head.i in by_verb and same_line(t, t.head):
            by_verb[t.head.i].anchors.add(t.i)  # "began trading in August": one happening
            taken.add(t.i)
            continue
        finite = _finite(t) or _own_subject(t)
        if lemma in PROSPECTIVE_VERBS:  # never a predicate of what it plans ("the talks
            out.append(_happening(doc, t, finite, prospective=True))  # were scheduled")
            by_verb[t.i] = out[-1]
            continue
        # a light verb whose object is an event noun is already that noun's anchor ("to
        # hold talks", in ``taken``); with any other object or none it is a happening of
        # its own ("plans to open a plant on March 3", "expected to join in April")
        if not finite and t.dep_ not in _CLAUSE_DEPS and not (
                t.dep_ == "acl" and t.tag_ == "VBN"):
            continue  # "uncertainty surrounding the vote on May 1": a noun's modifier; but
            # a passive one is a clause that tells of a happening ("the warrant issued Monday")
        if t.dep_ == "conj" and t.head.i in nominal and same_line(t, t.head) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            nominal[t.head.i].anchors.add(t.i)  # "the strike began on X and ended on Y"
            taken.add(t.i)
            continue
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i in named and same_line(c, t)), None)
        if subject is not None and lemma not in RELATION_VERBS:  # "On Tuesday, the talks
            # in Paris produced a draft": what the talks did, and when
            named[subject.i].anchors.add(t.i)
            nominal[t.i] = named[subject.i]
            by_verb[t.i] = named[subject.i]
            taken.add(t.i)
            continue
        out.append(_happening(doc, t, finite))
        by_verb[t.i] = out[-1]
    return out


def _happening(doc: Doc, t: Token, finite: bool, prospective: bool = False) -> Draft:
    d = Draft(EventKind.OTHER, t, Span.of(text_of(doc), t.idx, t.idx + len(t.text)),
              {t.i}, False, True)
    d.generic = True
    d.dated_only = not finite
    d.prospective = prospective
    return d


def _nominalisations(doc: Doc, drafts: list[Draft], skip: set[int]) -> list[Draft]:
    """ "The signing in Paris": an -ing noun made from a verb the article uses is a mention
    of that happening ("signed the accord ... the signing"), with the verb as its stem."""
    verbs = {t.lemma_.lower() for t in doc if t.pos_ == "VERB"}
    taken = {d.trigger.i for d in drafts}
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.i in skip or t.i in taken or not t.lower_.endswith("ing"):
            continue
        base = t.lower_[:-3]
        stem = next((v for v in (base, base + "e", base[:-1]) if len(v) > 2 and v in verbs
                     and (v != base[:-1] or base[-1:] == base[-2:-1])), None)
        if stem is not None:
            d = _draft(doc, t, EventKind.OTHER)
            d.stem = stem
            out.append(d)
    return out


def _own_subject(verb: Token) -> bool:
    """A participle with a subject of its own and no auxiliary ("A conference ... opened in
    Dublin", tagged VBN by the model): a simple past the tagger mislabelled."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "conj", "ccomp") and any(
        c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("collapsed", "collapses", "has collapsed", "will
    meet"), not an infinitive, participle or gerund ("to sign", "surrounding", "proposed
    for"), whose status its own words cannot give."""
    if verb.tag_ in _FINITE_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def _place_premodifier(c: Token) -> bool:
    """ "the Prague summit": a place before the noun is the event's place (``_places``), not
    a name for another event, so the mention may still name an earlier one; the place rule
    then compares the two places (through coreference: a warning at most)."""
    return c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and c.i < c.head.i


def place_named(d: Draft) -> bool:
    """Whether a noun mention is named by a place before it ("the Turin summit")."""
    places = {p.i for p in d.places}
    return any(c.dep_ == "compound" and c.i < d.trigger.i and (
        c.i in places or _place_premodifier(c)) for c in d.trigger.children)


def _distinct(t: Token, places: frozenset[int] = frozenset()) -> bool:
    """Whether a noun mention's own words name another event than one told before: "a",
    "another", "the Biden meeting", "a recent meeting"; a place premodifier (``places``,
    or one the model tags as a place) is the event's place, not another event's name."""
    dets = {c.lower_ for c in t.children if c.dep_ in ("det", "poss")}
    return bool(dets & {"a", "an", "another", "every", "each", "some"}) or any(
        c.dep_ in ("amod", "compound", "nummod") and c.i not in places
        and not _place_premodifier(c) and (
            c.ent_type_ or c.pos_ == "PROPN"
            or c.lower_ in ("previous", "last", "next", "first", "second", "earlier", "later",
                            "other", "separate", "recent", "upcoming", "future", "annual"))
        for c in t.children)


def _draft(doc: Doc, t: Token, kind: EventKind) -> Draft:
    start, end = t.idx, t.idx + len(t.text)
    for c in t.children:  # "election victory", "phone call"
        if c.dep_ == "compound" and c.i == t.i - 1 and (
                c.lemma_.lower() == "election" or c.lower_ in CALL_NOUNS):
            start = c.idx
    anchors = {t.i}
    if t.pos_ == "NOUN":
        if t.dep_ == "dobj" and t.head.lemma_ in LIGHT_VERBS and same_line(t, t.head):
            anchors.add(t.head.i)
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in OCCUR_VERBS \
                and same_line(t, t.head):
            anchors.add(t.head.i)
        if t.dep_ == "nsubjpass" and t.head.lemma_ in LIGHT_VERBS and same_line(t, t.head):
            anchors.add(t.head.i)  # "the meeting was held on Friday"
        if t.dep_ in ("nsubj", "nsubjpass"):  # the subject of a raising or control verb
            # (or adjective) is its complement's too: "the meeting is expected to take place
            # on Friday", "the talks are due to begin on Monday"
            heads = [t.head] + [a for a in t.head.children if a.dep_ == "acomp"]
            anchors.update(x.i for h in heads for x in h.children if x.dep_ == "xcomp"
                           and x.lemma_ in OCCUR_VERBS and same_line(x, t))
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and same_line(t, t.head.head) \
                and t.head.lower_ in SUPPORT_VERBS.get(t.head.head.lemma_.lower(), ()):
            anchors.add(t.head.head.i)  # "workers went on strike in Lyon on Monday"
    dets = {c.lower_ for c in t.children if c.dep_ in ("det", "poss")}
    definite = bool(dets & DEFINITE_DETERMINERS) or any(c.dep_ == "poss" for c in t.children)
    distinct = _distinct(t)
    return Draft(kind, t, Span.of(text_of(doc), start, end), anchors, definite, distinct)


def _share(a: Draft, b: Draft) -> None:
    ids_a = {p[2] for p in a.participants}
    ids_b = {p[2] for p in b.participants}
    a.participants += [(t, "participant", i) for t, _, i in b.participants if i not in ids_a]
    b.participants += [(t, r, i) for t, r, i in a.participants if i not in ids_b]


def _expand(t: Token) -> list[Token]:
    out = [t]
    for c in t.children:
        if c.dep_ == "conj":
            out.extend(_expand(c))
    return out


def _next_to(a: Token, head: Token) -> bool:
    """An apposition set right after its head, only punctuation between ("the two
    leaders, A and B"). One the parse hangs on the head across a modifier ("the three
    ministers of A of Poland, B of Hungary and C") is a piece of a longer list."""
    return a.dep_ == "appos" and a.i > head.i \
        and all(t.is_punct for t in head.doc[head.i + 1:a.left_edge.i])


def _participants(d: Draft, index: EntityIndex, resolver: PronounResolver) -> None:
    t = d.trigger
    found: list[tuple[Token, str]] = []
    holders = [t.doc[i] for i in sorted(d.anchors)]
    for h in holders:
        for c in h.children:
            if not same_line(c, h):
                continue
            if c.dep_ in ("nsubj", "nsubjpass") and c.i not in d.anchors:
                # "The three ministers, Halvorsen and Reinholt, met": the apposition names them
                named = [y for a in c.children if _next_to(a, c) for y in _expand(a)]
                found += [(x, "agent") for x in _expand(c) + named]
                if d.count is None and (counted := _count(c)) is not None:
                    d.count, d.count_refers_back = counted, _refers_back(c)
            elif c.dep_ == "dobj" and h.pos_ == "VERB" and c.i not in d.anchors:
                for x in _expand(c):
                    if d.kind is EventKind.VISIT and _is_place(index, x):
                        _add_place(d, x, LinkBasis.CLAUSE)  # "visited Lyon": where, not whom
                    else:
                        found.append((x, "participant"))
            elif c.dep_ == "poss":
                found += [(x, "agent") for x in _expand(c)]
            elif c.dep_ == "prep" and c.lower_ in COMPANY_PREPOSITIONS:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        found += [(x, "participant") for x in _expand(obj)]
            elif c.dep_ == "compound" and index.at(c) is not None and \
                    index.at(c).kind is EntityKind.PERSON:  # type: ignore[union-attr]
                found.append((c, "participant"))
    # "Speaking at a meeting": the speaker was there.
    if t.dep_ == "pobj" and t.head.lower_ in OCCASION_PREPOSITIONS and same_line(t, t.head.head):
        verb = t.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in ("advcl", "xcomp"):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and same_line(subject, t):
            found.append((subject, "participant"))
    seen: set[str] = set()
    found = [(x, role) for x, role in found if same_line(x, t)]
    for token, role in found:
        ident = _identify(token, index, resolver)
        if ident is None or ident[0] in seen:
            continue
        seen.add(ident[0])
        d.participants.append((ident[1], role, ident[0]))


def _identify(
    token: Token, index: EntityIndex, resolver: PronounResolver
) -> tuple[str, Token] | None:
    cluster = index.at(token)
    if cluster is not None and cluster.kind is not EntityKind.PLACE:
        return cluster.id, token
    if cluster is not None and cluster.place is not None and cluster.place.feature == "country":
        return cluster.id, token  # "talks with Russia": the country as a party
    if token.lower_ in PRONOUNS:
        person = resolver.resolve(token)
        if person is not None:
            return person.id, token
    if cluster is None and (holder := resolver.resolve_title(token)) is not None:
        return holder.id, token
    if cluster is None and (person := index.person_by_surname(token)) is not None:
        return person.id, token
    return None


def _is_place(index: EntityIndex, token: Token) -> bool:
    cluster = index.at(token)
    if cluster is None:
        return False
    return cluster.kind is EntityKind.PLACE or resolve(cluster.name) is not None


def _count(subject: Token) -> StatedCount | None:
    """ "the two leaders" -> 2."""
    if subject.lemma_.lower() not in COUNT_NOUNS:
        return None
    for c in subject.children:
        if c.lower_ in _NUMBERS:
            doc = subject.doc
            span = doc[min(c.i, subject.i):subject.i + 1]
            return StatedCount(value=_NUMBERS[c.lower_],
                               span=Span.of(text_of(doc), span.start_char, span.end_char))
    return None


def _refers_back(subject: Token) -> bool:
    """ "the two leaders", "both men": a count of people that names no one new.

    A count of parties ("the two sides", "the two countries") counts sides,
    not the people who spoke for them, and an indefinite count ("three women
    gave birth") introduces people of its own; neither takes the names of an
    earlier event.
    """
    if subject.lemma_.lower() not in PERSON_COUNT_NOUNS:
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in BACK_REFERRING_DETERMINERS
               or c.lower_ == "both" for c in subject.children)


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun hangs on, through prepositions: "travel ... for two days of talks"."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i or not same_line(node, node.head):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def status_of(d: Draft, doc: Doc) -> tuple[EventStatus, StatusBasis]:
    """Planned, uncertain or reported from the auxiliaries of the verb that carries the event.

    A noun says it itself when it is "upcoming" or the object of "preparations
    for" / "in anticipation of". The basis is ``stated`` when the event's own words
    say it (its own verb's auxiliaries or past tense, its own modifiers), ``inferred``
    when it comes from a verb the event merely hangs on or from nothing at all; a
    noun behind "before", "after", "until" ... takes nothing from the clause around
    it ("a poll released on Monday, before the referendum": the referendum is not past).
    """
    t = d.trigger
    if t.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "amod" and c.lower_ in PLANNED_ADJECTIVES for c in t.children):
            return EventStatus.PLANNED, StatusBasis.STATED
        if t.dep_ == "pobj" and t.head.head.lemma_.lower() in AHEAD_NOUNS:
            return EventStatus.PLANNED, StatusBasis.STATED
        if any(c.dep_ == "amod" and c.lower_ in PAST_ADJECTIVES for c in t.children):
            return EventStatus.OCCURRED, StatusBasis.STATED  # "a recent meeting"
        if scheduled_noun(t):  # "the meeting was scheduled", "postponed the vote": what is
            return EventStatus.PLANNED, StatusBasis.STATED  # scheduled is still ahead of it
    for i in sorted(d.anchors):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            verbs = [tok]
        elif tok.dep_ == "pobj" and tok.head.lower_ in ORDER_OR_SOURCE_PREPOSITIONS:
            continue
        else:
            governing = _governing_verb(tok)
            verbs = [tok] if governing is None else [tok, governing]
        for v in verbs:
            # the event's own verb ("will meet", "the vote will take place"), or only one it
            # hangs on ("will speak ahead of the vote")
            basis = StatusBasis.STATED if v.i in d.anchors else StatusBasis.INFERRED
            shared = _with_shared_auxiliaries(v)
            for c in shared:
                word = c.lower_
                if c.dep_ in ("aux", "auxpass") and word in UNCERTAIN_MARKERS:
                    return EventStatus.UNCERTAIN, basis
                if c.dep_ in ("aux", "auxpass") and word in PLANNED_MARKERS:
                    return EventStatus.PLANNED, basis
                if c.dep_ == "aux" and word in MODAL_IDIOM_AUXILIARIES \
                        and any(a.dep_ == "advmod" and c.i < a.i < c.head.i
                                and a.lower_ in MODAL_IDIOM_ADVERBS for a in c.head.children):
                    return EventStatus.UNCERTAIN, basis  # "we'd better leave"
                if c.dep_ == "aux" and word in CONDITIONAL_MARKERS \
                        and (word == "would" or v.tag_ == "VB"):
                    # "said ... would sign", "the merger would close": ahead of the past
                    # it is told from; "would have signed", "would not say": it did not
                    # happen (a refusal is no saying)
                    if any(a.dep_ == "neg" for a in c.head.children) or any(
                            a.dep_ == "aux" and a.lower_ in PERFECT_AUXILIARIES and a.i > c.i
                            for a in shared):
                        return EventStatus.UNCERTAIN, basis
                    return EventStatus.PLANNED, basis
                if c.dep_ == "advmod" and word in REPORTED_MARKERS:
                    return EventStatus.REPORTED, basis
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in PLANNED_MARKERS | WISHING_VERBS:
                return EventStatus.PLANNED, basis
    if any(_past(doc[i]) for i in d.anchors):
        return EventStatus.OCCURRED, StatusBasis.STATED
    if t.pos_ in ("NOUN", "PROPN") and _argument_of_past_verb(t):
        # "thousands attended the funeral": the clause's past tells of its own argument
        return EventStatus.OCCURRED, StatusBasis.INFERRED
    if d.dated_only:
        return _nonfinite_status(t)
    if t.pos_ not in ("NOUN", "PROPN"):
        return EventStatus.OCCURRED, StatusBasis.INFERRED
    # a noun with nothing of its own and no past predicate ("a poll published eight days
    # before the election on May 1", "support for the referendum"): its status is unknown
    return EventStatus.UNCERTAIN, StatusBasis.INFERRED


def _with_shared_auxiliaries(verb: Token) -> list[Token]:
    """The children of ``verb``, and the auxiliaries it shares with the verb it is
    coordinated to when it has none of its own ("may backfire and cost her votes":
    the cost is as uncertain as the backfiring); a finite form that is not the bare verb
    has a tense of its own ("will close the plant, and laid off 40 last week"; "would not
    comment but said ..."; "cost" may be either, and the tagger's guess is not trusted)."""
    # "would be re-introduced": the auxiliaries of the whole word, and theirs
    children = word_children(verb)
    children += [a for a in auxiliaries(verb) if a not in children]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not (verb.tag_ in _FINITE_TAGS and verb.lower_ != verb.lemma_.lower()) \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children):
        children += [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return children


def _nonfinite_status(verb: Token) -> tuple[EventStatus, StatusBasis]:
    """A verb with no tense of its own and no marker: a past participle tells of something
    done ("Rescued on Nov. 25 by fishermen, the boy ..."), a present participle shares the
    past of the clause it hangs on; an infinitive, or a present participle on a clause
    that is not past, says nothing ("agreed to sign on Monday")."""
    head = verb.head
    if verb.tag_ == "VBN":  # a past participle tells of something done ("Rescued on ...")
        return EventStatus.OCCURRED, StatusBasis.INFERRED
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "conj", "xcomp") \
            and head.i != verb.i and same_line(verb, head) and _past(head):
        return EventStatus.OCCURRED, StatusBasis.INFERRED
    return EventStatus.UNCERTAIN, StatusBasis.INFERRED


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _argument_of_past_verb(noun: Token) -> bool:
    """Whether ``noun`` is the subject or object of a past verb, or the object of a
    preposition on one ("spoke at the ceremony"), on one line; not through "before",
    "after", "until" ... nor a noun between ("support for the referendum")."""
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "the election victory": the phrase's head noun
    if noun.dep_ in _ARGUMENT_DEPS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.lower_ not in LATER_PREPOSITIONS | PROSPECTIVE_PREPOSITIONS:
        verb = noun.head.head
        if verb.dep_ == "npadvmod" and verb.pos_ == "NOUN":
            verb = verb.head  # "two days after the vote": the past verb "two days" hangs on
    else:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and not any(
            c.dep_ == "aux" for c in verb.children) and same_line(verb, verb.head):
        verb = verb.head  # "Speaking at the meeting, he warned": the participle's clause
    return verb.i != noun.i and same_line(noun, verb) and _past(verb)


def _past(verb: Token) -> bool:
    """A verb in the past tense, or a perfect ("has met", "had been held")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBD" or _own_subject(verb):
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                   for c in verb.children))


def _places(doc: Doc, drafts: list[Draft], index: EntityIndex) -> None:
    """A place goes to the event its "in"/"at" phrase hangs on.

    The phrase may hang on the event's own words or on nouns below them
    ("talks with Trump in Florida"), but not through a preposition that
    sets another time: "arrived in Tokyo after a stop in Seoul" does not put
    the arrival in Seoul.
    """
    by_anchor = {i: d for d in drafts for i in d.anchors}
    seen: set[int] = set()
    for cluster in index.clusters:
        if cluster.kind is not EntityKind.PLACE:
            continue
        for m in cluster.mentions:
            root = doc[m.start:m.end].root
            if root.i in seen or root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPOSITIONS:
                continue
            seen.add(root.i)
            node = root.head.head
            for _ in range(5):
                if not same_line(node, root):
                    break
                if (planned := scheduled_by(node, root, by_anchor)) is not None:
                    _add_place(planned, root, LinkBasis.SENTENCE)
                    break
                if node.i in by_anchor:
                    d = by_anchor[node.i]
                    if not d.prospective or act_phrase(node, root, PLACE_PREPOSITIONS):
                        _add_place(d, root, LinkBasis.EXPLICIT
                                   if on_noun_mention(node, d, by_anchor) else LinkBasis.CLAUSE)
                    break
                if node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "acl") \
                        and node.head.i in by_anchor:  # "the talks, held in Rome"
                    _add_place(by_anchor[node.head.i], root, LinkBasis.EXPLICIT)
                    break
                if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                    break
                if node.dep_ == "pobj" and node.head.lower_ in ORDER_OR_SOURCE_PREPOSITIONS:
                    break
                node = node.head.head if node.dep_ == "pobj" else node.head
    for d in drafts:  # "the Oslo talks": a place premodifier is the event's place
        if d.trigger.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in d.trigger.children:
            if c.dep_ == "compound" and c.i < d.trigger.i and _is_place(index, c) \
                    and (cl := index.at(c)) is not None and " " not in cl.name.strip():
                _add_place(d, c, LinkBasis.EXPLICIT)  # a one-word name the gazetteer knows
                if d.distinct:  # "the Dakar summit" (tagged a person): a place, not a name
                    d.distinct = _distinct(d.trigger, frozenset(p.i for p in d.places))


def scheduled_noun(noun: Token) -> bool:
    """Whether ``noun`` is what a scheduling verb, not negated, schedules, awaits or defers:
    its object, or its subject in the passive ("scheduled talks", "the vote was postponed")."""
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.pos_ in ("NOUN", "PROPN") \
        and verb.pos_ == "VERB" and verb.lemma_.lower() in SCHEDULING_VERBS \
        and same_line(noun, verb) and not any(c.dep_ == "neg" for c in verb.children)


def scheduled_by(verb: Token, phrase: Token, by_anchor: dict[int, Draft]) -> Draft | None:
    """The happening a scheduling verb names when a phrase after the verb hangs on it:
    "scheduled talks in Oslo for Thursday" puts the talks in Oslo, as a guess (a plan can
    change)."""
    if phrase.i < verb.i:
        return None
    return next((by_anchor[c.i] for c in verb.children
                 if c.i in by_anchor and scheduled_noun(c)), None)


def act_phrase(verb: Token, date: Token, preps: frozenset[str] = ACT_TIME_PREPOSITIONS) -> bool:
    """Whether a date (or a place, behind one of ``preps``) hanging on a verb that plans,
    defers or promises (``PROSPECTIVE_VERBS``) tells of the act itself, not what it plans.

    The date must be the verb's own adverbial, not inside one of its arguments. A date
    before the verb ("On Monday, the council scheduled a vote for May 3", "Clinton
    Saturday vowed to ..."); or an adverbial after it, bare or behind a preposition of when
    (``ACT_TIME_PREPOSITIONS``), before the verb's object and any clause or purpose it
    governs ("vowed Saturday to hunt them down"). Not a date that is what the
    verb sets ("set Friday as the deadline"), nor, on a verb that schedules, a bare one
    after it or any when the verb names what it schedules ("scheduled talks Thursday",
    "a closing, which is expected in December"), nor one behind "for", "to", "until" ...,
    nor one after the verb's object or complement ("called a general strike on May 3",
    "promised to pay on Friday", "called for a vote on May 5").
    """
    phrase = date.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else date
    if phrase.head.i != verb.i or phrase.dep_ in _SET_DEPS or phrase.dep_ == "nsubj":
        return False  # not the verb's own adverbial: "a launch date of March 21 proposed"
    if date.i < verb.i:
        return True
    if phrase.dep_ == "prep" and phrase.lower_ not in preps:
        return False
    if verb.lemma_.lower() in SCHEDULING_VERBS and (any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or phrase.dep_ != "prep"):
        return False  # "set Friday as the deadline", parsed as an adverbial: what is set
    return not any(c.i < date.i and (c.dep_ in _PLANNED_DEPS or (
        c.dep_ == "prep" and c.lower_ not in preps)) for c in verb.children)


_SET_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
"""Where a date is what a verb sets or names, not when it acts."""

_PLANNED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "dative", "attr", "oprd"})
"""What a planning verb plans: a date after one of these is the planned thing's ("called a
general strike on May 3", "promised to resign on Friday")."""


def on_noun_mention(node: Token, d: Draft, by_anchor: dict[int, Draft]) -> bool:
    """Whether the anchor ``node`` of ``d`` is its noun mention or a clause on it ("the
    vote, held on Monday"): what hangs there is stated of the event outright."""
    return node.i == d.trigger.i and node.pos_ in ("NOUN", "PROPN") or \
        node.dep_ in ("relcl", "acl") and by_anchor.get(node.head.i) is d


def _add_place(d: Draft, token: Token, basis: LinkBasis) -> None:
    d.places.append(token)
    d.place_basis.setdefault(token.i, basis)
