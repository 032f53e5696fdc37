"""Quote wording reduced to the words, for comparing mentions."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from claimcheck.models import Quote

_WORDS = re.compile(r"[\w']+")


def words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORDS.findall(text.replace("’", "'"))]


SHINGLE = 3
"""Words in a shingle. Two quotes that are equal, one inside the other, or
similar enough for QT02 (75% of their words in matching runs) always share a
run of three words, so pairs that share none need no comparison."""

CROWDED = 64
"""A shingle found in more quotes than this ('we will not') picks no pairs:
in a real article it never happens, and it keeps a pathological one linear."""


def candidate_pairs(quotes: Sequence[Quote]) -> list[tuple[Quote, Quote]]:
    """Pairs of quotes worth comparing, in text order: those that share a shingle."""
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        w = words(quote.content.text)
        for shingle in {tuple(w[j:j + SHINGLE]) for j in range(len(w) - SHINGLE + 1)}:
            buckets[shingle].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if 1 < len(members) <= CROWDED:
            pairs.update(combinations(members, 2))
    return [(quotes[i], quotes[j]) for i, j in sorted(pairs)]
