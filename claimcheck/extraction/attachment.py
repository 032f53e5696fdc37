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
    if end < len(verb.doc) and verb.doc[end].tag_ == "POS":
        return verb  # "said last month's discovery was ...": a possessor is its noun's
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and end <= min(subjects):
        return verb.head
    return verb


def word_pieces(token: Token) -> list[Token]:
    """The pieces of the hyphenated word ``token`` is part of, in order, hyphens left out
    (itself alone when it is no piece of one).

    The tokenizer splits "re-introduced" into "re", "-" and "introduced", and the
    parser may then hang the auxiliaries of the whole word on one piece and the
    phrases after it on another ("would be re-introduced on April 30")."""
    doc, lo, hi = token.doc, token.i, token.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ \
            and not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ \
            and not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha:
        hi += 2
    return [doc[i] for i in range(lo, hi + 1, 2)]


def word_children(token: Token) -> list[Token]:
    """The children of ``token`` and of the other pieces of its hyphenated word, the
    word's own pieces and hyphens left out."""
    pieces = word_pieces(token)
    if len(pieces) == 1:
        return list(token.children)
    inside = range(pieces[0].i, pieces[-1].i + 1)
    return sorted((c for p in pieces for c in p.children if c.i not in inside),
                  key=lambda c: c.i)


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``'s word, and theirs: the parser sometimes hangs one
    auxiliary on another ("would" on "be" in "would be re-introduced")."""
    out = [c for c in word_children(verb) if c.dep_ in ("aux", "auxpass")]
    for a in list(out):
        out += [c for c in a.children if c.dep_ in ("aux", "auxpass")]
    return sorted(out, key=lambda c: c.i)
