"""Stated counts with the items they announce: "the three countries: A, B, C and D".

A count is a number word (or digits) modifying a plural noun, followed by a
list ("A, B and C") that a colon, a dash or a parenthesis opens, or that
follows the noun at once ("the three countries A, B and C"). A list opened by
"including" is a sample: it is kept with its cue, so the rule compares only
a longer list with the count. "such as", "like", "among" lists are never
read. Items are of the counted noun's kind when it has one (states are
places, leaders are people): a list with an item of another kind is not the
counted list. A counted noun that is the subject or the object of a clause may
announce the list that a colon or a dash opens at the end of that clause ("three
countries had pledged aid: A, B and C", "has visited four countries this year: A,
B, C and D"): the punctuation hangs on the clause's words, with no other
punctuation and no other count between. A list closed by the dash or parenthesis
that opened it ("the three finalists — A, B and C — will meet in Lima") is
whole: names after it are not more of its items. A multiword name with "and" in
it ("Bosnia and Herzegovina") is one item when the gazetteer knows it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimcheck.extraction.gazetteer import country_code, us_states_by_name
from claimcheck.extraction.line_breaks import text_of
from claimcheck.lang.en.cues import COUNTED_KINDS, ENTITY_KINDS, LIST_INTRODUCERS
from claimcheck.lang.en.grammar import LIST_CONJUNCTIONS, OPEN_LIST_WORDS
from claimcheck.lang.en.numbers import BOTH, CARDINALS, MEASURE_NOUNS
from claimcheck.models import CountClaim, ListCue, Span

NUMBER_WORDS = {**{w: n for w, n in CARDINALS.items() if 2 <= n <= 12}, **BOTH}
OPENERS = {":": ListCue.COLON, "—": ListCue.DASH, "–": ListCue.DASH, "-": ListCue.DASH,
           "--": ListCue.DASH, "(": ListCue.PARENTHESIS}
MAX_NAME_TOKENS = 6
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


def _item_token(tok: Token, loose: bool) -> bool:
    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.is_alpha):
        return True
    if tok.ent_iob_ == "I" and tok.ent_type_ in NAME_ENTITIES and tok.text not in (",", ";"):
        return True
    return loose and tok.pos_ in ("NOUN", "ADJ") and tok.is_alpha


def _items(doc: Doc, i: int, loose: bool) -> tuple[list[tuple[int, int]], int] | None:
    """Token ranges of a closed list starting at ``i``, or None when it is not one."""
    items: list[tuple[int, int]] = []
    closed = False
    n = len(doc)
    while i < n:
        start = i
        whole = _known_name(doc, i)
        if whole is not None:
            i = whole
        while whole is None and i < n and i - start < MAX_ITEM_TOKENS and (
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
        if i < n and doc[i].lower_ in LIST_CONJUNCTIONS:
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


def _known_name(doc: Doc, i: int) -> int | None:
    """End of the longest gazetteer name with "and" in it starting at ``i``
    ("Bosnia and Herzegovina", "Trinidad and Tobago"), or None."""
    for end in range(min(len(doc), i + MAX_NAME_TOKENS), i + 2, -1):
        words = doc[i:end]
        if any(t.lower_ == "and" for t in words[1:-1]) and words[-1].text[:1].isupper() \
                and country_code(words.text) is not None:
            return end
    return None


def _of_kind(doc: Doc, a: int, b: int, kind: str) -> bool:
    """Whether the item ``doc[a:b]`` names a thing of ``kind`` (a place, a person, an org)."""
    span = doc[a:b]
    if any(t.ent_type_ in ENTITY_KINDS[kind] for t in span):
        return True
    return kind == "place" and (country_code(span.text) is not None
                                or span.text.lower() in us_states_by_name())


def _goes_on(doc: Doc, items: list[tuple[int, int]], kind: str | None) -> bool:
    """Whether the sentence names more things like the items after the list ends: then the
    list is not the whole of what is counted."""
    labels = ENTITY_KINDS[kind] if kind else {t.ent_type_ for a, b in items for t in doc[a:b]
                                              if t.ent_type_}
    end = items[-1][1]
    sent_end = doc[end - 1].sent.end
    return any(t.ent_type_ in labels and t.ent_iob_ == "B" for t in doc[end:sent_end])


def _cue(doc: Doc, i: int) -> tuple[ListCue, int] | None:
    """What opens the list after the counted noun at ``i``, and where its items start."""
    n = len(doc)
    if i >= n:
        return None
    if doc[i].text in OPENERS:
        return OPENERS[doc[i].text], i + 1
    if doc[i].text == "," and i + 1 < n and doc[i + 1].lower_ in LIST_INTRODUCERS:
        return ListCue.INCLUDING, i + 2
    if doc[i].lower_ in LIST_INTRODUCERS:
        return ListCue.INCLUDING, i + 1
    if doc[i].pos_ == "PROPN" or doc[i].ent_iob_ == "B":
        return ListCue.APPOSITION, i
    return None  # "the two men, who ...": a comma opens no list


def _clause_end_cue(doc: Doc, noun: Token) -> tuple[ListCue, int] | None:
    """A colon or dash closing the clause the counted noun is the subject or object of."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for j in range(noun.i + 1, min(len(doc), verb.right_edge.i + 1)):
        tok = doc[j]
        if tok.is_punct or tok.is_space:
            if tok.text in (":", "—", "–", "--") and (
                    tok.head.i == verb.i or noun.i < tok.head.i < j):  # on the predicate
                return OPENERS[tok.text], j + 1
            return None
        if tok.sent != noun.sent or (_value(tok) is not None and tok.dep_ == "nummod"):
            return None  # the list is the nearer count's: "... to discuss three issues: ..."
    return None


def find_counts(doc: Doc) -> list[CountClaim]:
    """Every count that announces a list of items, in text order."""
    found: list[CountClaim] = []
    text = text_of(doc)
    for tok in doc:
        if tok.dep_ != "nummod":
            continue
        value = _value(tok)
        noun = tok.head
        if value is None or noun.i <= tok.i or noun.i - tok.i > 3:
            continue
        if noun.tag_ not in ("NNS", "NNPS") or noun.lower_ in MEASURE_NOUNS:
            continue
        if any(t.lower_ in OPEN_LIST_WORDS for t in doc[tok.i:noun.i + 3]):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("of", "than", "about", "nearly", "over"):
            continue
        parsed = None
        for opened in (_cue(doc, noun.i + 1), _clause_end_cue(doc, noun)):
            if opened is not None:
                cue, i = opened
                parsed = _items(doc, i, cue in (ListCue.COLON, ListCue.DASH))
                if parsed is not None:
                    break
        if parsed is None:
            continue
        items, _ = parsed
        kind = COUNTED_KINDS.get(noun.lower_)
        if kind is not None and not all(_of_kind(doc, a, b, kind) for a, b in items):
            continue  # "the three states" lists places: an item of another kind ends it
        if len(items) < 2:
            continue
        end = items[-1][1]
        closed = end < len(doc) and (
            (cue is ListCue.DASH and doc[end].text in OPENERS and OPENERS[doc[end].text]
             is ListCue.DASH) or (cue is ListCue.PARENTHESIS and doc[end].text == ")"))
        if not closed and _goes_on(doc, items, kind):
            continue  # "nine states: A, B and C, where ..., along with D and E"
        after = doc[items[-1][1]:items[-1][1] + 3].text.lower()
        if "among others" in after or after.startswith(("etc", ", etc")):
            continue
        spans = [Span.of(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
                 for a, b in items]
        found.append(CountClaim(
            id=f"c{len(found) + 1}", span=Span.of(text, tok.idx, spans[-1].end), value=value,
            value_span=Span.of(text, tok.idx, tok.idx + len(tok.text)), noun=noun.text,
            items=spans, cue=cue, items_typed=kind is not None))
    return found
