"""Words that name events, and the words that order one event against another."""

from __future__ import annotations

import functools
from pathlib import Path

from claimcheck.models import EventKind, RelationType

NOUN_TRIGGERS: dict[str, EventKind] = {
    "meeting": EventKind.MEETING,
    "meet": EventKind.MEETING,
    "encounter": EventKind.MEETING,
    "talks": EventKind.TALKS,
    "discussion": EventKind.TALKS,
    "negotiation": EventKind.TALKS,
    "dialogue": EventKind.TALKS,
    "consultation": EventKind.TALKS,
    "call": EventKind.CALL,
    "conversation": EventKind.TALKS,
    "phone call": EventKind.CALL,
    "visit": EventKind.VISIT,
    "trip": EventKind.TRAVEL,
    "tour": EventKind.TRAVEL,
    "summit": EventKind.SUMMIT,
    "conference": EventKind.SUMMIT,
    "statement": EventKind.STATEMENT,
    "announcement": EventKind.STATEMENT,
    "readout": EventKind.STATEMENT,
    "speech": EventKind.SPEECH,
    "election": EventKind.ELECTION,
    "vote": EventKind.ELECTION,
    "request": EventKind.REQUEST,
}
"""Noun lemmas that name an event ("the talks", "a statement", "the election")."""

VERB_TRIGGERS: dict[str, EventKind] = {
    "meet": EventKind.MEETING,
    "visit": EventKind.VISIT,
    "travel": EventKind.TRAVEL,
    "fly": EventKind.TRAVEL,
    "arrive": EventKind.TRAVEL,
    "phone": EventKind.CALL,
    "elect": EventKind.ELECTION,
    "negotiate": EventKind.TALKS,
    **{verb: EventKind.OTHER for verb in (
        "shoot", "kill", "attack", "arrest", "sign", "resign", "die", "crash", "explode",
        "assassinate", "kidnap", "invade", "sentence", "convict", "indict",
    )},
}
"""Verb lemmas that are events themselves ("Rutte met Trump")."""

CALL_NOUNS = frozenset({"phone", "telephone", "video", "conference"})
"""Modifiers that make "call" a call and not a demand ("a phone call")."""

ELECTION_RESULTS = frozenset({"victory", "win", "defeat", "loss", "triumph"})
"""Nouns that name an election when "election" modifies them."""

CONFERENCE_GUARD = frozenset({"press", "news"})
"""A "press conference" is a statement, not a summit."""

COREFERENT_KINDS: tuple[frozenset[EventKind], ...] = (
    frozenset({EventKind.MEETING, EventKind.TALKS, EventKind.VISIT}),
    frozenset({EventKind.SUMMIT, EventKind.MEETING}),
    frozenset({EventKind.CALL, EventKind.TALKS}),
    frozenset({EventKind.STATEMENT}),
    frozenset({EventKind.SPEECH}),
    frozenset({EventKind.ELECTION}),
    frozenset({EventKind.TRAVEL, EventKind.VISIT}),
)
"""Kinds a later definite mention may share with the event it names."""

ORDER_CUES: dict[str, RelationType] = {
    "ahead of": RelationType.BEFORE,
    "before": RelationType.BEFORE,
    "prior to": RelationType.BEFORE,
    "in advance of": RelationType.BEFORE,
    "after": RelationType.AFTER,
    "following": RelationType.AFTER,
    "since": RelationType.AFTER,
    "during": RelationType.SAME_DAY,
    "at": RelationType.SAME_DAY,
    "on the sidelines of": RelationType.SAME_DAY,
}
"""Prepositions that order the event they modify against the event they govern."""

PERSON_COUNT_NOUNS = frozenset({"leader", "man", "woman", "president", "official", "minister",
                                "head"})
"""Nouns of "the two leaders": a stated number of people taking part."""

PARTY_COUNT_NOUNS = frozenset({"side", "country", "nation", "delegation"})
"""Nouns of "the two sides": a number of parties, each of which may be several people."""

COUNT_NOUNS = PERSON_COUNT_NOUNS | PARTY_COUNT_NOUNS
"""Nouns of "the two leaders": a stated number of participants."""

BACK_REFERRING_DETERMINERS = frozenset({"the", "these", "those", "both", "all"})
"""Determiners of a count that points back at people already named ("the two men",
"these three", "both leaders"); without one ("three women said ...") the count
introduces people of its own."""

TIME_ORDER_PREPS: dict[str, RelationType | None] = {
    "before": RelationType.BEFORE,
    "ahead": RelationType.BEFORE,
    "prior": RelationType.BEFORE,
    "after": RelationType.AFTER,
    "following": RelationType.AFTER,
    "by": RelationType.ON_OR_BEFORE,
    "since": RelationType.ON_OR_AFTER,
    "until": None,
    "till": None,
    "from": None,
    "through": None,
}
"""Prepositions that put a date beside an event without dating it: "before Friday" is a
relation to Friday; "since 2018" puts every day of what it tells ("have held the
residence since 2018", "the highest since 2018") on or after 2018, so the date has come;
"until" and "through" say when it ends, which may be still ahead."""

AHEAD_ADJECTIVES = frozenset({"upcoming", "forthcoming", "coming", "impending"})
"""Adjectives that put an event still ahead: "the upcoming vote"."""
PLANNED_ADJECTIVES = AHEAD_ADJECTIVES | {"planned", "scheduled", "proposed", "next", "future"}
"""Adjectives that make an event noun planned ("the planned summit"); the participles are
left out of AHEAD_ADJECTIVES, where "as previously planned Saturday night" misled tense."""
AHEAD_NOUNS = frozenset({"preparation", "anticipation", "plan", "run-up", "eve", "advance"})
"""Nouns whose object is an event still ahead: "in anticipation of the meeting", "on the eve
of the vote", "in advance of the talks"."""

PLANNED_MARKERS = frozenset({"will", "shall", "'ll", "plan", "schedule", "expect", "set", "due"})
UNCERTAIN_MARKERS = frozenset({"may", "might", "could", "can", "should", "must", "ought"})
"""Modals of possibility and obligation: what they govern is not told as happening ("the
ferry must be repaired by June", "the council can vote", "the coach should resign")."""
REPORTED_MARKERS = frozenset({"reportedly", "allegedly", "reported"})
CONDITIONAL_MARKERS = frozenset({"would", "'d", "’d"})
"""The auxiliary of the future seen from the past and of the conditional ("the merger
would close in June", "the mill would reopen next week"): what it governs is not told
as past. With "have" after it ("would have won") or negated ("would not comment on
Friday": a refusal, no comment) it did not happen. "'d" is "would" only before a bare
verb ("he'd double"; "he'd doubled" is "had")."""
MODAL_IDIOM_AUXILIARIES = CONDITIONAL_MARKERS | {"had"}
"""The auxiliaries of "had better", "would rather", "'d sooner"."""
MODAL_IDIOM_ADVERBS = frozenset({"better", "rather", "sooner"})
"""Between one of ``MODAL_IDIOM_AUXILIARIES`` and its verb, a modal of obligation or wish:
"we'd better leave", "would rather stay", "had sooner quit": what they govern is not
told as happening."""

DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "their", "his", "her", "its", "these"})
"""Determiners that make an event noun a mention of an event already named."""


_EVENT_NOUNS_FILE = Path(__file__).with_name("event_nouns.txt")


@functools.cache
def event_nouns() -> frozenset[str]:
    """Noun lemmas news uses as events, from the EVENT annotations of TimeML (TimeBank).

    Built by ``benchmarks/build_event_nouns.py`` into ``event_nouns.txt``; read once, on
    first use. A noun here that has a time, a place or a participant is an event.
    """
    lines = _EVENT_NOUNS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


ONE_HAPPENING_PLURALS = frozenset({
    "talks", "negotiations", "consultations", "discussions", "hostilities", "proceedings",
    "festivities", "celebrations", "elections", "games", "olympics",
})
"""Plural event nouns that news uses for one happening ("the talks in Geneva", "the
elections on Sunday"); any other plural event noun ("the attacks", "the shootings",
"statements") tells of several."""

ITERATION_ADVERBS = frozenset({"again", "repeatedly", "twice", "anew"})
"""Adverbs that make a verb tell of one more happening of its kind ("met again on
Tuesday", "asked twice")."""

STAGE_VERBS = frozenset({
    "continue", "resume", "reconvene", "recommence", "restart", "reopen", "move", "shift",
    "relocate", "transfer", "switch", "proceed",
})
"""Verbs that take an event on to a later stage, which may be elsewhere and on another day."""

STAGE_NOUNS = frozenset({
    "resumption", "continuation", "round", "leg", "session", "stage", "phase",
})
"""Nouns that name one stage of an event: "the resumption of the talks", "a leg of the tour"."""
