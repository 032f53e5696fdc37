"""The source line under a finding, clipped to its sentence, with the evidence underlined.

News paragraphs are often one long line, so the whole line would bury the
words that matter; the window is the sentence around the evidence, and at
most ``WIDTH`` characters, with ``…`` where it was cut. When two pieces of
evidence sit too far apart on one line to share a window (a press release
in one paragraph), each gets its own window, under the same line number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimcheck.models import Evidence

WIDTH = 110
CONTEXT = 30
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def lines_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of every line, without the newline."""
    spans, start = [], 0
    for m in re.finditer("\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def render_snippet(
    text: str,
    evidence: Sequence[Evidence],
    *,
    paint: Callable[[str], str] = lambda s: s,
    width: int = WIDTH,
) -> list[str]:
    """Numbered source lines with ``^~~~`` under each evidence span (first line of each)."""
    lines = lines_of(text)
    marks: dict[int, list[tuple[int, int]]] = {}
    for ev in evidence:
        if ev.line > len(lines) or not ev.span.text.strip():
            continue  # blanked text (a comment) has nothing to show
        start, end = lines[ev.line - 1]
        lo = ev.span.start - start
        hi = min(ev.span.end, end) - start
        marks.setdefault(ev.line, []).append((lo, max(hi, lo + 1)))
    if not marks:
        return []
    gutter = len(str(max(marks)))
    out = []
    for number in sorted(marks):
        start, end = lines[number - 1]
        line = text[start:end].replace("\t", " ")
        for group in _groups(marks[number], len(line), width):
            shown, shift = _window(line, group, width)
            under = [" "] * (len(shown) + 1)
            for lo, hi in group:
                lo, hi = max(lo - shift, 0), min(hi - shift, len(shown))
                for i in range(lo, max(hi, lo + 1)):
                    under[i] = "^" if i == lo else "~"
            out.append(f"{number:>{gutter}} | {shown}")
            out.append(f"{'':>{gutter}} | " + paint("".join(under).rstrip()))
    return out


def _groups(
    marks: list[tuple[int, int]], length: int, width: int
) -> list[list[tuple[int, int]]]:
    """Marks of one line in groups that each fit one window, left to right.

    A mark longer than a window is shown by its start (the underline runs to
    the window's edge), so no window grows past ``width`` whatever the span.
    """
    room = max(width - 2 * CONTEXT, 1)
    ordered = sorted((lo, min(hi, lo + room)) for lo, hi in marks)
    if length <= width:
        return [ordered]
    groups: list[list[tuple[int, int]]] = []
    for lo, hi in ordered:
        if groups and max(hi, groups[-1][-1][1]) - groups[-1][0][0] <= room:
            groups[-1].append((lo, hi))
        else:
            groups.append([(lo, hi)])
    return groups


def _window(line: str, marks: list[tuple[int, int]], width: int) -> tuple[str, int]:
    """The part of ``line`` to show and how many characters were cut from its front."""
    lo = min(m[0] for m in marks)
    hi = max(m[1] for m in marks)
    if len(line) <= width:
        start, end = 0, len(line)
    else:
        start = max((m.end() for m in _SENTENCE_END.finditer(line, 0, lo)), default=0)
        after = _SENTENCE_END.search(line, hi)
        end = after.start() + len(after.group().rstrip()) if after else len(line)
        if end - start > width:
            cut_start = max(start, min(lo - CONTEXT, end - width))
            cut_end = min(end, max(hi + CONTEXT, cut_start + width))
            start = _word_start(line, cut_start, lo) if cut_start > start else start
            end = _word_end(line, cut_end, hi) if cut_end < end else end
    while start < lo and line[start] == " ":
        start += 1
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(line.rstrip()) else ""
    return prefix + line[start:end].rstrip() + suffix, start - len(prefix)


def _word_start(line: str, cut: int, limit: int) -> int:
    """``cut`` moved forward to the start of a word, not past ``limit``."""
    space = line.find(" ", cut - 1, limit)
    return space + 1 if space != -1 else cut


def _word_end(line: str, cut: int, limit: int) -> int:
    """``cut`` moved back to the end of a word, not before ``limit``."""
    space = line.rfind(" ", limit, cut + 1)
    return space if space != -1 else cut
