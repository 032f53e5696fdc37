"""Capitalised words as the text uses them: what a name-variant check compares.

For each word written with a capital and then lower case ("Zalmay") this
records how often it appears, where first, whether it appears inside a
sentence (not only at a sentence start), whether the text also writes it in
lower case, and whether it is an ordinary word rather than a name: a month
or weekday, a word inside a time expression, or an English dictionary word
(the GCIDE word list, through the ``english-words`` package); whether it is a name in
its own right (a first name of the SSA table, a place the gazetteer knows); and whether
the text marks it "[sic]", reproduced as its source wrote it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from claimcheck.budget import first_use
from claimcheck.extraction.offsets import Covered
from claimcheck.lang.en.calendar import MONTHS, WEEKDAYS
from claimcheck.lang.en.cues import SENTENCE_STARTERS
from claimcheck.models import Span, TimeExpression, WordUse

_WORD = re.compile(r"\b[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)*\b")  # hyphenated: one match
_PIECE = re.compile(r"[^\W\d_][^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n“\"]\s*|\n)$")
_CALENDAR = frozenset(k.rstrip(".") for k in (*MONTHS, *WEEKDAYS))
_SIC = re.compile(r"(?:['’]s)?\s*[\[(]sic[\])]", re.IGNORECASE)


@first_use
def dictionary() -> AbstractSet[str]:
    """Lower-case English dictionary words (GCIDE), loaded once when first needed (the
    package's own set, not a frozenset copy of its 114,000 words)."""
    from english_words import get_english_words_set

    return get_english_words_set(["gcide"], lower=True, alpha=True)


def word_uses(text: str, times: list[TimeExpression]) -> list[WordUse]:
    """Every capitalised word of ``text`` with its use, in order of first appearance."""
    inside_time = Covered([(t.span.start, t.span.end) for t in times])  # not a test per
    # word against every time: that was quadratic
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    mid: set[str] = set()
    in_time: set[str] = set()
    lower: set[str] = set()
    sic: set[str] = set()
    beside: dict[str, set[str]] = {}
    previous: tuple[int, int, str] | None = None
    for start, end, w in _words(text):
        if previous is not None and text[previous[1]:start] == " " \
                and _capitalised(previous[2]) and _capitalised(w):
            beside.setdefault(previous[2], set()).add(w)
            beside.setdefault(w, set()).add(previous[2])
        previous = (start, end, w)
        if w.islower():
            lower.add(w)
            continue
        if not (w[0].isupper() and w[1:].islower()):
            continue
        counts[w] += 1
        if _SIC.match(text, end):
            sic.add(w)
        first.setdefault(w, Span.of(text, start, end))
        if start and not _SENTENCE_START.search(text[max(0, start - 3):start]):
            mid.add(w)
        if inside_time.covers(start):
            in_time.add(w)
    from claimcheck.extraction.entities import first_names
    from claimcheck.extraction.gazetteer import look_up_cities

    look_up_cities(f for w in first for f in _forms(w))  # one pass, not a scan a word
    words = dictionary()
    variants = _variants(list(first))
    out = []
    for w, span in first.items():
        key = w.casefold()
        out.append(WordUse(
            text=w, count=counts[w], first=span, mid_sentence=w in mid,
            lower_case=w.lower() in lower or key in SENTENCE_STARTERS,
            calendar=key in _CALENDAR or w in in_time,
            dictionary_word=any(f in words for f in _forms(key)),
            first_name=any(f.casefold() in first_names() for f in _forms(w)),
            place_name=any(_place_name(f) for f in _forms(w)), as_written=w in sic,
            beside=sorted(beside.get(w, ())),
            variants=sorted(variants.get(w, ()))))
    return out


def _words(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` as (start, end, word); a hyphenated compound is one word.

    "Herceg-Bosna" and "al-Ahmar" are names of their own, so "Bosna" is no variant of
    "Bosnia". A compound whose capitalised pieces the text also writes alone pairs two
    names ("the Reagan-Schwieker alliance", with "Reagan" elsewhere) and is read as its
    pieces, each compared on its own.
    """
    matches = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    alone = {w for _, _, w in matches if "-" not in w}
    out = []
    for start, end, w in matches:
        if "-" not in w:
            out.append((start, end, w))
            continue
        pieces = [(start + p.start(), start + p.end(), p.group()) for p in _PIECE.finditer(w)]
        if any(_capitalised(x) and x in alone for _, _, x in pieces):
            out.extend(pieces)
        else:
            out.append((start, end, w))
    return out


def city_candidates(text: str, names: Iterable[str] = ()) -> set[str]:
    """What extraction may look up in the city gazetteer for ``text``: every capitalised
    word and its singular (``word_uses``), and ``names`` (the entities, as ``places.resolve``
    reads them: trimmed, without a leading "the"), for one pass over the city file."""
    words = [w for _, _, w in _words(text)] + _PIECE.findall(text)  # pieces of compounds too
    out = {f for w in words if _capitalised(w) for f in _forms(w)}
    for name in names:
        clean = name.strip()
        out.add(clean[4:] if clean.lower().startswith("the ") else clean)
    return out


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word[1:].islower()


def _forms(word: str) -> tuple[str, ...]:
    """The word, and for a plural in -s its singular: 'Koreas' is a form of 'Korea'."""
    return (word, word[:-1]) if len(word) > 3 and word.endswith("s") \
        and not word.endswith("ss") else (word,)


def _place_name(word: str) -> bool:
    """A country, US state or city of the gazetteer."""
    from claimcheck.extraction.gazetteer import cities_named, country_code, us_states_by_name

    return country_code(word) is not None or word.casefold() in us_states_by_name() \
        or bool(cities_named(word))


def _close(a: str, b: str) -> bool:
    """Within two edits of each other (a cheap filter before looking variants up)."""
    if abs(len(a) - len(b)) > 2 or a[:1] != b[:1]:
        return False
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1] <= 2


def _variants(words: list[str]) -> dict[str, set[str]]:
    """For the words that have a near neighbour among ``words``: which neighbours are known
    spellings of the same word."""
    from breame.spelling import get_american_spelling, get_british_spelling

    from claimcheck.extraction.gazetteer import cities_named

    present = set(words)
    out: dict[str, set[str]] = {}
    for a in words:
        # the known spellings first, the edit distance only for those the text has: a
        # distance from each word to every other was most of this function's time
        known = {get_american_spelling(a.lower()).capitalize(),
                 get_british_spelling(a.lower()).capitalize()}
        for city in cities_named(a):
            known.update(n for n in city.get("alternatenames", ()) if n in present)
        for b in known:
            if b == a or b not in present or not _close(a, b):
                continue
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return out
