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
_MODAL_AUX = frozenset({"would", "might", "may", "could", "should", "must", "'d"})
"""Modals look ahead in news ("said it would close Tuesday")."""
_PLANNED = frozenset({"schedule", "set", "slate", "due", "expect", "plan", "intend"})
_PLAN_MARKS = frozenset({"for", "to"})
"""'set' plans only with what it is set for or to: "set for Friday", "set to vote"; "a record
set on Aug. 6" and "set Friday as the deadline" report a past act."""


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
        if token.head is token:
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
    if "to" in words and depth < 2 and verb.head is not verb:
        head = _governing_verb(verb.head)
        if head is not None:
            outer = verb_tense(head, depth + 1)
            return Tense.FUTURE if outer in (Tense.PRESENT, Tense.FUTURE) else outer
        return None
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return Tense.PRESENT
    if verb.tag_ == "MD":
        return Tense.FUTURE if verb.lower_ in _FUTURE_AUX else None
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense governing the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    return verb_tense(verb) if verb is not None else None
