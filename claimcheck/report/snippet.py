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


def render_snippet(
    text: str,
    evidence: Sequence[Evidence],
    *,
    paint: Callable[[str], str] = lambda s: s,
    width: int = WIDTH,
) -> list[str]:
    """Numbered source lines with ``^~~~`` under each evidence span (first line of each).

    Only the text near each span is looked at (a few windows' width), never
    the whole line or the whole text: a report of many findings on a
    megabyte line costs what it shows, not findings times megabytes.
    """
    marks: dict[int, list[tuple[int, int]]] = {}
    for ev in evidence:
        lo = ev.span.start
        if lo >= len(text) or not ev.span.text.strip():
            continue  # blanked text (a comment) has nothing to show
        newline = text.find("\n", lo, ev.span.end)
        hi = ev.span.end if newline == -1 else newline
        marks.setdefault(ev.line, []).append((lo, max(hi, lo + 1)))
    if not marks:
        return []
    gutter = len(str(max(marks)))
    out = []
    for number in sorted(marks):
        for group in _groups(text, marks[number], width):
            start, end, cut_front, cut_back = _excerpt(text, group, width)
            line = text[start:end].replace("\t", " ")
            local = [(lo - start, hi - start) for lo, hi in group]
            shown, shift = _window(line, local, width, cut_front, cut_back)
            under = [" "] * (len(shown) + 1)
            for lo, hi in local:
                lo, hi = max(lo - shift, 0), min(hi - shift, len(shown))
                for i in range(lo, max(hi, lo + 1)):
                    under[i] = "^" if i == lo else "~"
            out.append(f"{number:>{gutter}} | {shown}")
            out.append(f"{'':>{gutter}} | " + paint("".join(under).rstrip()))
    return out


def _groups(
    text: str, marks: list[tuple[int, int]], width: int
) -> list[list[tuple[int, int]]]:
    """Marks of one line in groups that each fit one window, left to right.

    A line short enough to show whole is one group. A mark longer than a
    window is shown by its start (the underline runs to the window's edge),
    so no window grows past ``width`` whatever the span.
    """
    room = max(width - 2 * CONTEXT, 1)
    ordered = sorted((lo, min(hi, lo + room)) for lo, hi in marks)
    start, end, cut_front, cut_back = _excerpt(text, ordered, width)
    if not (cut_front or cut_back) and end - start <= width:
        return [ordered]
    groups: list[list[tuple[int, int]]] = []
    for lo, hi in ordered:
        if groups and max(hi, groups[-1][-1][1]) - groups[-1][0][0] <= room:
            groups[-1].append((lo, hi))
        else:
            groups.append([(lo, hi)])
    return groups


def _excerpt(text: str, marks: list[tuple[int, int]], width: int) -> tuple[int, int, bool, bool]:
    """``(start, end, cut_front, cut_back)``: the line around ``marks``, at most two windows
    either side; the flags say where the line goes on past the excerpt."""
    lo = min(m[0] for m in marks)
    hi = max(m[1] for m in marks)
    reach = 2 * width
    newline = text.rfind("\n", max(0, lo - reach), lo)
    if newline != -1:
        start, cut_front = newline + 1, False
    else:
        start = max(0, lo - reach)
        cut_front = start > 0
    newline = text.find("\n", hi, hi + reach)
    if newline != -1:
        end, cut_back = newline, False
    else:
        end = min(len(text), hi + reach)
        cut_back = end < len(text)
    return start, end, cut_front, cut_back


def _window(
    line: str, marks: list[tuple[int, int]], width: int, cut_front: bool, cut_back: bool
) -> tuple[str, int]:
    """The part of ``line`` to show and how many characters were cut from its front."""
    lo = min(m[0] for m in marks)
    hi = max(m[1] for m in marks)
    if len(line) <= width and not (cut_front or cut_back):
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
    prefix = "…" if start > 0 or cut_front else ""
    suffix = "…" if end < len(line.rstrip()) or cut_back else ""
    return prefix + line[start:end].rstrip() + suffix, start - len(prefix)


def _word_start(line: str, cut: int, limit: int) -> int:
    """``cut`` moved forward to the start of a word, not past ``limit``."""
    space = line.find(" ", cut - 1, limit)
    return space + 1 if space != -1 else cut


def _word_end(line: str, cut: int, limit: int) -> int:
    """``cut`` moved back to the end of a word, not before ``limit``."""
    space = line.rfind(" ", limit, cut + 1)
    return space if space != -1 else cut
