"""He and she: the most recent fitting person, outside quotations.

"Fitting" is a person last mentioned as a grammatical subject, since news
prose keeps its topic in subject position ("Rutte said he ... with Trump.
'...,' he said" is Rutte, not Trump). Mentions inside quotations do not
count, and the caller may exclude people named inside the quote itself.
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

    def resolve(self, pronoun: Token, exclude: set[str] = frozenset()) -> Cluster | None:
        """The person ``pronoun`` most likely names, or None."""
        i = bisect.bisect_left(self._starts, pronoun.idx)
        window = [x for x in self._mentions[max(0, i - LOOKBACK):i] if x[1].id not in exclude]
        for _, cluster, subject in reversed(window):
            if subject:
                return cluster
        return window[-1][1] if window else None
