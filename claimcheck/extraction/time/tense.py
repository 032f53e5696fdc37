"""The tense of the verb a time expression hangs on, from the dependency parse.

News mode resolves "Friday" backwards in a past-tense sentence ("met on
Friday") and forwards in a future one ("will meet on Friday"); this module
says which. It walks from the expression's root up to the nearest verb and
reads its tag and auxiliaries.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimcheck.models import Tense

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
_MODAL_AUX = frozenset({"would", "might", "may", "should", "must", "'d"})
"""Modals look ahead in news ("said it would close Tuesday"). "could" is not one of
them: it is as often past ability ("could not be reached Wednesday") as a possibility
ahead, so it reads as present tense, the nearest such day."""
_PLANNED = frozenset({"schedule", "set", "slate", "due", "expect", "plan", "intend"})
_PLAN_MARKS = frozenset({"for", "to"})
"""'set' plans only with what it is set for or to: "set for Friday", "set to vote"; "a record
set on Aug. 6" and "set Friday as the deadline" report a past act."""


_DEFER = frozenset(
    {"postpone", "delay", "defer", "adjourn", "recess", "extend", "give", "push", "put", "suspend"}
)
_UNTIL = frozenset({"until", "till", "til", "to"})
"""A deferral names a time still ahead: "postponed until Monday", "extended the deadline
until Tuesday", "gave them until Friday", whatever the verb's own tense."""


def _deferred_to(verb: Token, span_root: Token) -> bool:
    head = span_root.head
    while head.i != verb.i and head.dep_ in ("npadvmod", "compound", "nmod", "appos"):
        head = head.head
    return verb.lemma_ in _DEFER and head.lower_ in _UNTIL and head.head.i == verb.i


_AHEAD_ADJ = frozenset({"upcoming", "forthcoming", "coming", "impending"})
_AHEAD_WORDS = frozenset({"ahead", "anticipation", "preparation", "advance", "eve"})
"""An expression on an event still to come: "the upcoming vote on Sunday", "ahead of
Tuesday's summit", "in anticipation of the meeting on Saturday", "in advance of".
The main verb's tense dates the saying, not the event."""


def _ahead_on_path(token: Token, verb: Token) -> bool:
    for _ in range(8):
        if token.i == verb.i or token.head.i == token.i:
            return False
        if token.lower_ in _AHEAD_WORDS:
            return True
        if token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.lower_ in _AHEAD_ADJ for c in token.children
        ):
            return True
        token = token.head
    return False


def _plans(verb: Token) -> bool:
    if verb.lemma_ not in _PLANNED:
        return False
    if verb.lemma_ != "set":
        return True
    return any(c.lower_ in _PLAN_MARKS or c.dep_ == "xcomp" for c in verb.children)


def _governing_verb(token: Token) -> Token | None:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_tense(verb: Token, depth: int = 0) -> Tense | None:
    """Past, present or future for ``verb`` with its auxiliaries, or None when untold."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.tag_ == "VBN" and "have" in words and words & _MODAL_AUX:
        return Tense.PAST  # "may have been"
    if words & (_FUTURE_AUX | _MODAL_AUX) or verb.lower_ in _FUTURE_AUX:
        return Tense.FUTURE
    if "could" in words:
        return Tense.PRESENT  # "could not be reached Wednesday" / "could close Friday"
    if _plans(verb):
        return Tense.FUTURE  # "planned a rally on Saturday", "is scheduled for Friday"
    if "going" in words or (
        verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)
    ):
        return Tense.FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return Tense.PAST
    if verb.tag_ == "VBN":
        if any(a.lower_ in ("has", "have", "'ve", "'s") for a in auxes):
            return Tense.PAST
        if _plans(verb):
            return Tense.FUTURE
        return Tense.PAST if not auxes else None
    if "to" in words and depth < 2 and verb.head.i != verb.i:
        head = _governing_verb(verb.head)
        if head is not None:
            outer = verb_tense(head, depth + 1)
            # "agreed to acquire it in January": what a past verb aims at may lie
            # either side of publication, so a past outer verb tells nothing.
            return Tense.FUTURE if outer in (Tense.PRESENT, Tense.FUTURE) else None
        return None
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
        return Tense.FUTURE if verb.lower_ in _FUTURE_AUX else None
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense governing the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    if _deferred_to(verb, span.root) or _ahead_on_path(span.root, verb):
        return Tense.FUTURE
    return verb_tense(verb)
