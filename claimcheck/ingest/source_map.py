"""Per-character source offsets to a compact ``SourceMap``.

A reader that builds ``Article.text`` out of pieces of a file (Markdown
without its markup, HTML's text nodes, a JSON string decoded) records, for
every character of the text, the offset of the file character it came from,
or ``UNKNOWN``. ``source_map`` compresses that into runs: a new segment
starts wherever the next character is not the next one of the same source
line. Characters whose origin is unknown take the position of the last
known character before them (the first after, at the very start) and are
listed as ``approximate``.
"""

from __future__ import annotations

from claimcheck.models import LineIndex, SourceMap

UNKNOWN = -1


def source_map(offsets: list[int], source: str, *, first_line: int = 1) -> SourceMap:
    """The map of a text whose character ``i`` came from ``source[offsets[i]]``."""
    index = LineIndex(source)
    segments: list[tuple[int, int, int]] = []
    approximate: list[tuple[int, int]] = []
    known = next((o for o in offsets if o != UNKNOWN), 0)
    previous = UNKNOWN
    for i, offset in enumerate(offsets):
        if offset == UNKNOWN:
            if not approximate or approximate[-1][1] != i:
                approximate.append((i, i + 1))
                line, column = index.locate(known)
                segments.append((i, line + first_line - 1, column))
            else:
                approximate[-1] = (approximate[-1][0], i + 1)
            previous = UNKNOWN
            continue
        known = offset
        if previous == UNKNOWN or offset != previous + 1 or source[previous] == "\n":
            line, column = index.locate(offset)
            segments.append((i, line + first_line - 1, column))
        previous = offset
    return SourceMap(segments=segments or [(0, first_line, 1)], approximate=approximate)
