"""Character ranges of a text, joined where they overlap, asked about one offset at a time."""

from __future__ import annotations

import bisect


class Covered:
    """Answers "is this offset inside one of the ranges?" with a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.ranges = merged
        self._starts = [s for s, _ in merged]

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self.ranges[i][1]
