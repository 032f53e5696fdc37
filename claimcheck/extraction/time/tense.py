"""The tense of the verb a time expression hangs on, from the dependency parse.

News mode resolves "Friday" backwards in a past-tense sentence ("met on
Friday") and forwards in a future one ("will meet on Friday"); this module
says which. It walks from the expression's root up to the nearest verb and
reads its tag and auxiliaries.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimcheck.extraction.attachment import auxiliaries, saying_verb
from claimcheck.lang.en.events import AHEAD_ADJECTIVES, AHEAD_NOUNS
from claimcheck.lang.en.grammar import (
    AHEAD_OBJECT_PREPOSITIONS,
    FUTURE_AUXILIARIES,
    LATER_THAN_PREPOSITIONS,
    MODAL_AUXILIARIES,
    PLAN_PREPOSITIONS,
    UNTIL_PREPOSITIONS,
)
from claimcheck.lang.en.verbs import DEFERRING_VERBS, INTENT_WORDS, PLANNING_VERBS
from claimcheck.models import Tense


def _deferred_to(verb: Token, span_root: Token) -> bool:
    head = span_root.head
    while head.i != verb.i and head.dep_ in ("npadvmod", "compound", "nmod", "appos"):
        head = head.head
    if head.lower_ == "after" and head.head.lower_ in UNTIL_PREPOSITIONS:
        head = head.head  # "postponed until after Wednesday"
    if head.head.lower_ in ("back", "off", "forward") and head.head.head.i == verb.i:
        # "pushed back to Tuesday"
        return verb.lemma_ in DEFERRING_VERBS and head.lower_ in UNTIL_PREPOSITIONS
    if head.lower_ == "for" and verb.lemma_ != "reschedule":
        return False  # "rescheduled for Tuesday"; "delayed for Tuesday" is rare
    return verb.lemma_ in DEFERRING_VERBS and head.lower_ in UNTIL_PREPOSITIONS \
        and head.head.i == verb.i


_AHEAD_WORDS = AHEAD_NOUNS | {"ahead"}
"""An expression on an event still to come: "the upcoming vote on Sunday", "ahead of
Tuesday's summit", "in anticipation of the meeting on Saturday", "in advance of".
The main verb's tense dates the saying, not the event."""


def _ahead_on_path(span: Span, verb: Token) -> bool:
    """Whether an "ahead" word lies between the expression and its verb (the expression's
    own words do not count: "Christmas Eve" is no "eve of")."""
    token, came_by = span.root, None
    for _ in range(8):
        if token.i == verb.i or token.head.i == token.i:
            return False
        inside = span.start <= token.i < span.end
        if not inside and token.lower_ in _AHEAD_WORDS and (
                came_by is None or came_by.lower_ in AHEAD_OBJECT_PREPOSITIONS):
            return True  # "the eve of", "plans for", "the run-up to" (not "the plan in")
        if not inside and token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.lower_ in AHEAD_ADJECTIVES for c in token.children
        ):
            return True
        came_by, token = token, token.head
    return False


def _behind_later(span: Span, verb: Token) -> bool:
    """Whether the expression hangs on a noun that is the object of "before"/"until" on
    the way to its verb (through coordination: "a vote for councils and the house Sunday")."""
    token = span.root
    for _ in range(8):
        if token.i == verb.i or token.head.i == token.i:
            return False
        inside = span.start <= token.i < span.end
        if not inside and token.dep_ == "pobj" and token.head.lower_ in LATER_THAN_PREPOSITIONS \
                and token.pos_ in ("NOUN", "PROPN"):
            return True
        token = token.head
    return False


def _plans(verb: Token) -> bool:
    if verb.lemma_ not in PLANNING_VERBS:
        return False
    if verb.lemma_ != "set":
        return True
    return any(c.lower_ in PLAN_PREPOSITIONS or c.dep_ == "xcomp" for c in verb.children)


def _governing_verb(token: Token) -> Token | None:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _pluperfect(verb: Token) -> bool:
    """ "had been scheduled", "had planned": a plan told as already overtaken."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD"
        for c in verb.children
    )


def _infinitive_tense(verb: Token, depth: int) -> Tense | None:
    if verb.dep_ == "acl":
        return Tense.FUTURE  # "the vote, to be held on Sunday,"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lemma_ in INTENT_WORDS:
        # "her decision, due to be announced on Sunday,": the adjective the infinitive
        # completes says it is ahead, whatever the clause around it; "had been due to
        # expire Friday" (the adjective a predicate of a pluperfect) is a plan overtaken
        due = verb.head
        return None if due.dep_ == "acomp" and _pluperfect(due.head) else Tense.FUTURE
    head = _governing_verb(verb.head)
    if head is None:
        return None
    if _pluperfect(head):
        return None  # "the offer had been scheduled to expire Friday": no longer ahead
    if head.lemma_ in INTENT_WORDS:
        return Tense.FUTURE
    outer = verb_tense(head, depth + 1)
    # "reached an agreement to acquire it in January": what a past verb aims at may
    # lie either side of publication, so a past outer verb tells nothing.
    return Tense.FUTURE if outer in (Tense.PRESENT, Tense.FUTURE) else None


def verb_tense(verb: Token, depth: int = 0) -> Tense | None:
    """Past, present or future for ``verb`` with its auxiliaries, or None when untold."""
    auxes = auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    if verb.tag_ == "VBN" and "have" in words and words & MODAL_AUXILIARIES:
        return Tense.PAST  # "may have been"
    if words & (FUTURE_AUXILIARIES | MODAL_AUXILIARIES) or verb.lower_ in FUTURE_AUXILIARIES:
        return Tense.FUTURE
    if "could" in words:
        return Tense.PRESENT  # "could not be reached Wednesday" / "could close Friday"
    if _plans(verb) and _pluperfect(verb):
        return None  # "had been scheduled for Friday": a plan overtaken, not a time ahead
    if _plans(verb):
        return Tense.FUTURE  # "planned a rally on Saturday", "is scheduled for Friday"
    if "going" in words or (
        verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)
    ):
        return Tense.FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return Tense.PAST
    if "to" in words and depth < 2 and verb.head.i != verb.i:
        return _infinitive_tense(verb, depth)
    if verb.tag_ == "VBN":
        if any(a.lower_ in ("has", "have", "'ve", "'s") for a in auxes):
            return Tense.PAST
        if _plans(verb):
            return Tense.FUTURE
        return Tense.PAST if not auxes else None
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
        return Tense.FUTURE  # "is traveling to Japan on Sunday": an arrangement ahead
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return Tense.PRESENT
    if verb.tag_ == "VBG" and not auxes and depth < 2 and verb.head.i != verb.i:
        # "a term starting in January", "the flights departing from August 6":
        # a bare participle takes the tense of the clause it hangs on.
        # A present-tense clause says nothing of when ("premium over Thursday's price").
        head = _governing_verb(verb.head)
        outer = verb_tense(head, depth + 1) if head is not None else None
        return outer if outer is not Tense.PRESENT else None
    if verb.tag_ == "MD":
        return Tense.FUTURE if verb.lower_ in FUTURE_AUXILIARIES else None
    return None


def _dates_the_planning(span: Span, verb: Token) -> bool:
    """ "On Monday, officials scheduled talks for Thursday": a day set before a planning
    verb in the past, as its own adverbial (not on a noun: "Monday's vote was scheduled"),
    tells when the planning was done; only what follows the verb is ahead."""
    if span.end > verb.i or not _plans(verb) or _pluperfect(verb):
        return False
    if not (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries(verb))):
        return False
    head = span.root.head
    return head.i == verb.i or (head.pos_ == "ADP" and head.head.i == verb.i)


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense governing the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    verb = saying_verb(span.start, span.end, verb)
    if _deferred_to(verb, span.root) or _ahead_on_path(span, verb):
        return Tense.FUTURE
    if _dates_the_planning(span, verb):
        return Tense.PAST
    tense = verb_tense(verb)
    if tense is Tense.PAST and _behind_later(span, verb):
        return None  # a later event's day: the past of the clause tells nothing of it
    return tense


_TO_CLAUSE = frozenset({"pobj", "npadvmod", "nummod", "compound", "appos", "prep", "tmod"})


def in_past_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the expression modifies a verb in the simple past ("met on Dec. 1", "was
    signed on Dec. 1"): its own clause is past, not only the sentence around it ("declared
    a dividend payable Dec. 7" dates the payment, which may still be ahead)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(4):
        if token.dep_ not in _TO_CLAUSE or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX") or token.i == span.root.i:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
        return False
    if token.tag_ == "VBD":
        return True
    return token.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in token.children
    )
