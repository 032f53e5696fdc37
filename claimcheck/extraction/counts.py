"""Stated counts with the items they announce: "the three countries A, B, C and D".

A count is a number word (or digits) modifying a plural noun, followed at
once by a closed list ("A, B and C") in apposition, after a comma, a colon or
a dash. Lists opened by "including", "such as" or "like" are open-ended and
never yield a count: the rule that reads these (NU01) must not compare a
count with a sample.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimcheck.models import CountClaim, Span

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "both": 2,
}
OPEN_ENDED = {"including", "include", "includes", "such", "like", "among", "e.g.", "notably",
              "especially", "mainly", "mostly", "other", "others"}
SEPARATORS = {",", ":", "—", "–", "-", "("}
CONJUNCTIONS = {"and", "or"}
INSERTIONS = ({"of", "course"}, {"also"}, {"finally"})
MAX_VALUE = 12
MAX_ITEM_TOKENS = 5


def _value(tok: Token) -> int | None:
    if tok.lower_ == "both":
        return None  # "both" counts, but it never announces a list of its own
    if tok.lower_ in NUMBER_WORDS:
        return NUMBER_WORDS[tok.lower_]
    if tok.text.isascii() and tok.text.isdecimal() and 2 <= int(tok.text) <= MAX_VALUE:
        return int(tok.text)
    return None


NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
TIME_NOUNS = {"days", "weeks", "months", "years", "hours", "minutes", "seconds", "decades",
              "times", "percent", "nights", "points", "people", "dollars"}


def _item_token(tok: Token, loose: bool) -> bool:
    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.is_alpha):
        return True
    if tok.ent_iob_ == "I" and tok.ent_type_ in NAME_ENTITIES:
        return True
    return loose and tok.pos_ in ("NOUN", "ADJ") and tok.is_alpha


def _items(doc: Doc, i: int, loose: bool) -> tuple[list[tuple[int, int]], int] | None:
    """Token ranges of a closed list starting at ``i``, or None when it is not one."""
    items: list[tuple[int, int]] = []
    closed = False
    n = len(doc)
    while i < n:
        start = i
        while i < n and i - start < MAX_ITEM_TOKENS and (
                _item_token(doc[i], loose) or (i > start and doc[i].lower_ in ("of", "the")
                                               and i + 1 < n and _item_token(doc[i + 1], loose))):
            i += 1
        if i == start:
            return None
        items.append((start, i))
        if closed:
            return items, i
        if i < n and doc[i].text == ",":
            i += 1
        if i < n and doc[i].lower_ in CONJUNCTIONS:
            i += 1
            closed = True
            for words in INSERTIONS:
                k = len(words)
                if {t.lower_ for t in doc[i:i + k]} == words:
                    i += k
            continue
        if i >= n or doc[i - 1].text != ",":
            return None
    return None


def find_counts(doc: Doc) -> list[CountClaim]:
    """Every count that announces a closed list of items, in text order."""
    found: list[CountClaim] = []
    text = doc.text
    for tok in doc:
        value = _value(tok)
        noun = tok.head
        if value is None or tok.dep_ != "nummod" or noun.i <= tok.i or noun.i - tok.i > 3:
            continue
        if noun.tag_ not in ("NNS", "NNPS") or noun.lower_ in TIME_NOUNS:
            continue
        if any(t.lower_ in OPEN_ENDED for t in doc[tok.i:noun.i + 3]):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("of", "than", "about", "nearly", "over"):
            continue
        i = noun.i + 1
        loose = False
        if i < len(doc) and doc[i].text in SEPARATORS:
            loose = doc[i].text in (":", "—", "–")
            i += 1
        parsed = _items(doc, i, loose)
        if parsed is None:
            continue
        items, _ = parsed
        if len(items) < 2:
            continue
        after = doc[items[-1][1]:items[-1][1] + 3].text.lower()
        if "among others" in after or after.startswith(("etc", ", etc")):
            continue
        spans = [Span.of(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
                 for a, b in items]
        found.append(CountClaim(
            id=f"c{len(found) + 1}", span=Span.of(text, tok.idx, spans[-1].end), value=value,
            value_span=Span.of(text, tok.idx, tok.idx + len(tok.text)), noun=noun.text,
            items=spans))
    return found
