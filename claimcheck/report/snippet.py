"""The source line under a finding, clipped to its sentence, the evidence underlined and labelled.

::

    3 | The meeting took place on Friday, November 21, in Palm Beach.
      |                           ^~~~~~  ^~~~~~~~~~~ date
      |                           weekday

The text shown is the file's own (``Article.displayed_source``): for
Markdown and HTML the line as written, markup and all, with the evidence's
line and column from the article's source map. Each source line is shown
once, however many spans sit on it; each span gets its role as a label,
the rightmost beside its underline, the others on rows below at their own
column, with ``|`` marking the spans still to be labelled.

News paragraphs are often one long line, so the whole line would bury the
words that matter; the window is the sentence around the evidence, and at
most ``WIDTH`` characters, with ``…`` where it was cut. When two pieces of
evidence sit too far apart on one line to share a window (a press release
in one paragraph), each gets its own window, and the windows stand side by
side on the one row, ``…`` between them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from claimcheck.models import Evidence, LineIndex

WIDTH = 110
CONTEXT = 30
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")

Mark = tuple[int, int, str | None]
"""``(start, end, label)``: an underline in source offsets."""


@functools.lru_cache(maxsize=4)
def _index(source: str) -> LineIndex:
    return LineIndex(source)


def source_offsets(source: str, ev: Evidence, first_line: int = 1) -> tuple[int, int] | None:
    """Offsets in ``source`` of the first line of ``ev``, or None when it is not in it."""
    index = _index(source)
    line = ev.line - first_line + 1
    if line < 1 or line > len(index._starts):
        return None
    start, end = index.line_span(line)
    end = len(source) if end == -1 else end
    lo = start + ev.column - 1
    hi = start + ev.end_column - 1 if ev.end_line == ev.line else end
    if lo > end:
        return None
    return lo, min(max(hi, lo + 1), max(end, lo + 1))


def render_snippet(
    text: str,
    evidence: Sequence[Evidence],
    *,
    first_line: int = 1,
    paint: Callable[[str], str] = lambda s: s,
    width: int = WIDTH,
) -> list[str]:
    """Numbered source lines of ``text`` with ``^~~~`` and a label under each evidence span.

    ``text`` is what the evidence's lines and columns point into, its first
    line numbered ``first_line``. Only the text near each span is looked at
    (a few windows' width), never the whole line: a report of many findings
    on a megabyte line costs what it shows, not findings times megabytes.
    Evidence whose position is approximate, or that covers only blanks (a
    comment), is not drawn.
    """
    marks: dict[int, list[Mark]] = {}
    for ev in evidence:
        if ev.approximate:
            continue
        where = source_offsets(text, ev, first_line)
        if where is None or not text[where[0]:where[1]].strip():
            continue
        marks.setdefault(ev.line, []).append((*where, ev.role))
    if not marks:
        return []
    gutter = len(str(max(marks)))
    out = []
    for number in sorted(marks):
        shown, local = _row(text, marks[number], width)
        out.append(f"{number:>{gutter}} | {shown}")
        out.extend(f"{'':>{gutter}} | " + paint(row) for row in _underlines(shown, local))
    return out


def _row(text: str, marks: list[Mark], width: int) -> tuple[str, list[Mark]]:
    """One line's windows side by side, and the marks in the row's columns."""
    labels = {(lo, hi): label for lo, hi, label in marks}
    pieces: list[str] = []
    local: list[Mark] = []
    at = 0
    for group in _groups(text, [(lo, hi) for lo, hi, _ in marks], width):
        start, end, cut_front, cut_back = _excerpt(text, group, width)
        line = text[start:end].replace("\t", " ")
        within = [(lo - start, hi - start) for lo, hi in group]
        shown, shift = _window(line, within, width, cut_front, cut_back)
        if pieces:
            at += 1
        for (lo, hi), (wlo, whi) in zip(group, within, strict=True):
            a, b = max(wlo - shift, 0), min(whi - shift, len(shown))
            local.append((at + a, at + max(b, a + 1), labels.get((lo, hi))))
        pieces.append(shown)
        at += len(shown)
    return " ".join(pieces), local


def _underlines(shown: str, marks: list[Mark]) -> list[str]:
    """The ``^~~~`` row, the rightmost label beside it, and a row for each other label."""
    ordered = sorted(set(marks))
    under = [" "] * (len(shown) + 1)
    for lo, hi, _ in ordered:
        for i in range(lo, max(hi, lo + 1)):
            if i >= len(under):
                under.extend(" " * (i - len(under) + 1))
            under[i] = "^" if i == lo else ("~" if under[i] == " " else under[i])
    rows = ["".join(under).rstrip()]
    labelled = [m for m in ordered if m[2]]
    if labelled and labelled[-1] == ordered[-1]:
        rows[0] += " " + _label(labelled[-1][2])
        labelled = labelled[:-1]
    for k in range(len(labelled) - 1, -1, -1):
        lo, _, label = labelled[k]
        row = [" "] * lo
        for plo, _, _ in labelled[:k]:
            row[plo] = "|"
        rows.append("".join(row) + _label(label))
    return rows


def _label(role: str | None) -> str:
    return (role or "").replace("_", " ")


def _groups(
    text: str, marks: list[tuple[int, int]], width: int
) -> list[list[tuple[int, int]]]:
    """Marks of one line in groups that each fit one window, left to right.

    A line short enough to show whole is one group. A mark longer than a
    window is shown by its start (the underline runs to the window's edge),
    so no window grows past ``width`` whatever the span.
    """
    room = max(width - 2 * CONTEXT, 1)
    ordered = sorted(marks)
    clipped = [(lo, min(hi, lo + room)) for lo, hi in ordered]
    start, end, cut_front, cut_back = _excerpt(text, clipped, width)
    if not (cut_front or cut_back) and end - start <= width:
        return [ordered]
    groups: list[list[tuple[int, int]]] = []
    for (lo, hi), (_, chi) in zip(ordered, clipped, strict=True):
        if groups and max(chi, min(groups[-1][-1][1], groups[-1][-1][0] + room)) \
                - groups[-1][0][0] <= room:
            groups[-1].append((lo, hi))
        else:
            groups.append([(lo, hi)])
    return groups


def _excerpt(text: str, marks: list[tuple[int, int]], width: int) -> tuple[int, int, bool, bool]:
    """``(start, end, cut_front, cut_back)``: the line around ``marks``, at most two windows
    either side; the flags say where the line goes on past the excerpt."""
    room = max(width - 2 * CONTEXT, 1)
    lo = min(m[0] for m in marks)
    hi = max(min(m[1], m[0] + room) for m in marks)
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
    room = max(width - 2 * CONTEXT, 1)
    lo = min(m[0] for m in marks)
    hi = max(min(m[1], m[0] + room) for m in marks)
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
    prefix = "…" if line[:start].strip() or cut_front else ""
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
