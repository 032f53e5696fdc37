"""PE02: a name variant that looks like a misspelling."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from claimcheck.models import ClaimSet, EntityKind, Finding, Severity, WordUse
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule

MIN_LENGTH = 5
_WORD = re.compile(r"\b[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)*\b")  # as claims.words counts them


def last_letter_only(a: str, b: str) -> bool:
    """'Germans'/'Germany', 'Communism'/'Communist': endings, not misspellings."""
    return len(a) == len(b) and a[:-1] == b[:-1]


def one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


class NameVariant(Rule):
    """A name is spelt two ways one letter apart, as if mistyped.

    Why it matters: "Ljubljana" and "Liubljana", "Zalmay" and "Zalmai" in one
    article is a misspelling (or a transliteration left unreconciled); search,
    archives and readers treat them as different names.

    Fails: "Zalmay Khalilzad arrived on Monday. ... Zalmai Khalilzad said ..."

    Passes: "Zalmay Khalilzad arrived on Monday. ... Khalilzad said ..."
    Variants where one is the other plus an ending ("Korea" / "Korean") or
    differs only in its last letter ("Germans" / "Germany", unless it is a
    person's name: "Zalmay" / "Zalmai" is reported), two spellings
    both used more than once, and two resolved place names are not reported;
    nor a month, a weekday, a word inside a time expression or an English
    dictionary word ("March" is no variant of "Marco"), nor a difference in
    diacritics only ("Francois" / "François") or a known spelling variant
    ("Defence" / "Defense", "Teheran" / "Tehran"); nor two words that are
    each a name or word in its own right (a dictionary word, a place the
    gazetteer knows, or a first name of the first-name table against one of
    those: "Osama" / "Obama", "India" / "Indira", "Koreas" / "Koreans")
    unless a name holds each with a shared other word ("Mario Rubio" /
    "Marco Rubio" is reported); two first names alone ("Hilary" /
    "Hillary") are reported; nor a spelling the text marks "[sic]", nor a
    piece of a hyphenated name ("Bosna" of "Herceg-Bosna" against "Bosnia").

    Fix: spell the name one way throughout.
    """

    code = "PE02"
    name = "people.name_variant"
    severity = Severity.WARNING

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        names: set[str] = set()
        places: set[str] = set()
        people: set[str] = set()
        holders: dict[str, list[set[str]]] = {}  # token -> the other words of names holding it
        for e in claims.entities:
            if e.kind is EntityKind.GROUP:
                continue
            for n in {e.name, *e.aliases}:
                words = set(_WORD.findall(n))
                for w in words:
                    holders.setdefault(w, []).append(words - {w})
            if e.kind is EntityKind.PLACE and e.place is not None:
                places.update(_WORD.findall(e.name))
            if e.kind is EntityKind.PERSON:
                people.update(_WORD.findall(e.name))
            for n in [e.name, *e.aliases, *(m.text for m in e.mentions)]:
                names.update(w for w in _WORD.findall(n)
                             if len(w) >= MIN_LENGTH and w[0].isupper() and w[1:].islower())
        uses = {w.text: w for w in claims.words}
        reported: set[frozenset[str]] = set()
        for a in sorted(names):
            ua = uses.get(a)
            if ua is None or ua.calendar:
                continue  # "March" is no one's name, nor a word inside a date
            for b, ub in sorted(uses.items()):
                pair = frozenset((a, b))
                if pair in reported or len(b) < MIN_LENGTH or a[0] != b[0]:
                    continue
                if a.startswith(b) or b.startswith(a) or not one_edit_apart(a, b) \
                        or (last_letter_only(a, b) and a not in people):
                    continue
                if ub.calendar or ub.dictionary_word or b in ua.variants or a in ub.variants \
                        or _plain(a) == _plain(b):
                    continue  # "Defense"/"Defence", "Tehran"/"Teheran", "Zurich"/"Zürich"
                if min(ua.count, ub.count) >= 2 or (a in places and b in places):
                    continue  # both used again and again, or both real places: two names
                if ua.as_written or ub.as_written:
                    continue  # "Angela Correy's [sic]": the source's spelling, kept on purpose
                xs = [x for x in holders.get(a, []) if x]
                ys = [y for y in holders.get(b, []) if y]
                shared = any(x & y for x in xs for y in ys) or bool(
                    set(ua.beside) & set(ub.beside))
                if xs and ys and not shared:
                    continue  # "Maine" and "Marine Corps", "Elian Gonzalez" and "Elias Ruiz"
                if _attested(ua) and _attested(ub) and not shared \
                        and (_word_or_place(ua) or _word_or_place(ub)):
                    continue  # "Osama" and "Obama", "India" and "Indira": two known names
                if ua.lower_case or ub.lower_case or (
                        not ub.mid_sentence and b not in names and len(b) < 7):
                    continue  # a capitalised common word at a sentence start is no name
                reported.add(pair)
                rare, common = sorted((ua, ub), key=lambda w: (w.count, w.text))
                yield self.finding(
                    claims, f"{rare.text!r} looks like a misspelling of {common.text!r}",
                    [(common.first, "name"), (rare.first, "variant")],
                    derivation=[f"{common.text!r} appears {common.count} times, {rare.text!r} "
                                f"{rare.count}", "they differ by one letter"])


def _attested(word: WordUse) -> bool:
    """A word or name in its own right: a dictionary word, a first name, a known place."""
    return word.dictionary_word or word.first_name or word.place_name


def _word_or_place(word: WordUse) -> bool:
    """Attested by more than the first-name table, which holds every spelling parents chose
    ("Hilary" and "Hillary", "Brandt" and "Brendt"), so two of its names may be one misspelt."""
    return word.dictionary_word or word.place_name


def _plain(word: str) -> str:
    """The word without its diacritics: 'Zürich' is 'Zurich'."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c)).casefold()
