"""Corrections to where the small English model hangs a phrase in the parse.

"The minister said on Monday he would meet the president on Friday": the
model makes "on Monday" a dependent of "meet", inside the reported clause,
although it stands before that clause's subject and so dates the saying.
Both the time stage (tense) and the events stage (which event a date
belongs to) ask here.
"""

from __future__ import annotations

from spacy.tokens import Token


def saying_verb(start: int, end: int, verb: Token) -> Token:
    """The verb that tokens ``start:end`` (governed by ``verb``) really depend on.

    When ``verb`` heads a reported clause (``ccomp``) and the phrase lies between
    the reporting verb and that clause's subject, the phrase is the reporting
    verb's, unless a complementizer ("that") before the phrase has opened the
    clause already; otherwise ``verb`` itself.
    """
    if verb.dep_ != "ccomp" or verb.head.i >= start:
        return verb
    if any(c.dep_ == "mark" and c.i < start for c in verb.children):
        return verb  # "said that on Monday the sides would meet": "that" opened the clause
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and end <= min(subjects):
        return verb.head
    return verb
