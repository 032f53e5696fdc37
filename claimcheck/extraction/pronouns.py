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
from claimcheck.models import EntityKind

LOOKBACK = 40
"""Person mentions looked at before falling back to the nearest one."""

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

    def resolve(self, pronoun: Token, exclude: set[str] = frozenset()) -> Cluster | None:
        """The person ``pronoun`` most likely names, or None."""
        i = bisect.bisect_left(self._starts, pronoun.idx)
        window = [x for x in self._mentions[max(0, i - LOOKBACK):i] if x[1].id not in exclude]
        for _, cluster, subject in reversed(window):
            if subject:
                return cluster
        return window[-1][1] if window else None
