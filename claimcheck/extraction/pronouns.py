"""He and she: the most recent fitting person, outside quotations.

"Fitting" is a person last mentioned as a grammatical subject, since news
prose keeps its topic in subject position ("Rutte said he ... with Trump.
'...,' he said" is Rutte, not Trump). Mentions inside quotations do not
count, and the caller may exclude people named inside the quote itself.

A title used as a name ("the Foreign Secretary will meet ...") resolves to
the one person the article gives that title, and to nobody when two people
share it ("the President" in a story about two presidents).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from claimcheck.extraction.entities import Cluster, EntityIndex
from claimcheck.extraction.lexicon.people import FEMININE, MASCULINE
from claimcheck.models import EntityKind

LOOKBACK = 40
"""Person mentions looked at before falling back to the nearest one."""

GENDER_WINDOW = 6
"""Recent mentions among which a person marked with the pronoun's gender wins."""


def _gender(index: EntityIndex, cluster: Cluster) -> str | None:
    """ "f", "m" or None, from the titles and honorifics the article gives the person."""
    words = {w for r in cluster.roles if r.title for w in r.title.split()}
    for m in cluster.mentions:
        if m.start > 0:
            words.add(index.doc[m.start - 1].lower_)
    female, male = bool(words & FEMININE), bool(words & MASCULINE)
    return "f" if female and not male else "m" if male and not female else None

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


class PronounResolver:
    def __init__(self, index: EntityIndex, quoted: list[tuple[int, int]]) -> None:
        starts = [s for s, _ in quoted]
        ends = [e for _, e in quoted]

        def inside(offset: int) -> bool:
            i = bisect.bisect_right(starts, offset) - 1
            return i >= 0 and offset < ends[i]

        self._mentions: list[tuple[int, Cluster, bool]] = []
        for c in index.clusters:
            if c.kind is not EntityKind.PERSON:
                continue
            for m in c.mentions:
                if inside(m.char_start):
                    continue
                root = index.doc[m.start:m.end].root
                self._mentions.append((m.char_start, c, root.dep_ in _SUBJECT_DEPS))
        self._mentions.sort(key=lambda x: x[0])
        self._starts = [x[0] for x in self._mentions]
        holders: dict[str, set[str]] = {}
        self._clusters = {c.id: c for c in index.clusters}
        for c in index.clusters:
            for role in c.roles:
                if role.title:
                    holders.setdefault(role.title, set()).add(c.id)
        self._holders = holders
        self._gender = {c.id: g for c in index.clusters
                        if c.kind is EntityKind.PERSON and (g := _gender(index, c)) is not None}

    def resolve_title(self, noun: Token) -> Cluster | None:
        """The one person holding the title ``noun`` heads ("the Secretary"), or None."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [c.lower_ for c in noun.lefts if c.dep_ == "compound"] + [noun.lower_]
        for n in range(len(words)):
            ids = self._holders.get(" ".join(words[n:]))
            if ids:
                return self._clusters[next(iter(ids))] if len(ids) == 1 else None
        return None

    def resolve(
        self, pronoun: Token, exclude: set[str] | frozenset[str] = frozenset()
    ) -> Cluster | None:
        """The person ``pronoun`` most likely names, or None.

        A person the article marks with the pronoun's gender ("the NATO
        spokeswoman" for "she") among the last few mentions wins; otherwise
        the latest subject, then the latest mention, whose gender does not
        contradict the pronoun.
        """
        want = "f" if pronoun.lower_ in ("she", "her") else "m"
        i = bisect.bisect_left(self._starts, pronoun.idx)
        window = [x for x in self._mentions[max(0, i - LOOKBACK):i] if x[1].id not in exclude
                  and self._gender.get(x[1].id, want) == want]
        for _, cluster, _ in reversed(window[-GENDER_WINDOW:]):
            if self._gender.get(cluster.id) == want:
                return cluster
        for _, cluster, subject in reversed(window):
            if subject:
                return cluster
        return window[-1][1] if window else None
