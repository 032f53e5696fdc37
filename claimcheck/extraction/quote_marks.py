"""Quotation marks to quote spans: pairing, continuation and unbalanced marks.

Works on the text alone, paragraph by paragraph (a line is a paragraph in scraped
news; where blank lines part paragraphs, single line breaks are wraps inside one).
Curly marks pair “ with ”, one level of nesting allowed; straight marks toggle. A paragraph that
opens a quote without closing it continues when the next paragraph opens
with a quote mark (the news convention for long quotations); otherwise the
quote is kept up to the end of its paragraph and flagged unbalanced. Nothing
here can raise on odd input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
_LINE = re.compile(r"[^\n]+")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_SINGLE = re.compile(r"[^\S\n]*\n[^\S\n]*")
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))+\s*/?>")


@dataclass(frozen=True)
class Marked:
    """One quotation: offsets of the whole (with marks) and of the words inside."""

    start: int
    end: int
    content_start: int
    content_end: int
    balanced: bool


def paragraphs(text: str, skip: Callable[[int], bool] = lambda _: False
               ) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a run of lines between blank lines when the text has
    blank lines (its single line breaks are then wraps inside a paragraph), else a line.

    A line is left out when ``skip`` holds at both its ends: a skipped run at its start
    only (a label in capitals before a dash) leaves the rest of the line in."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)
             if m.group().strip() and not (skip(m.start()) and skip(m.end() - 1))]
    if not _BLANK.search(text):
        return lines
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out and _SINGLE.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def find_marked(text: str, skip: Callable[[int], bool] = lambda _: False) -> list[Marked]:
    """Every quotation in ``text`` outside lines ``skip`` covers (see ``paragraphs``).

    Marks pair inside a paragraph, across its line breaks; one quotation may nest inside
    another (“a “b” c”); marks inside markup tags (``<a title="...">``) are not quotes.
    """
    lines = paragraphs(text, skip)
    tags = [(m.start(), m.end()) for m in _TAG.finditer(text)]
    out: list[Marked] = []
    open_at: int | None = None
    depth = 0
    carried = False  # the open quote started on an earlier paragraph
    for n, (start, end) in enumerate(lines):
        first = _first_char(text, start, end)
        for pos in range(start, end):
            ch = text[pos]
            if ch not in (OPENING, CLOSING, STRAIGHT) or _in_tag(tags, pos):
                continue
            if open_at is not None and carried and pos == first and ch in (OPENING, STRAIGHT):
                carried = False  # continuation of the previous paragraph's quote
                continue
            if ch == OPENING and open_at is not None and depth == 1 \
                    and text[open_at] == OPENING:
                depth = 2  # one quotation inside another
            elif ch == OPENING or (ch == STRAIGHT and open_at is None):
                if open_at is not None:
                    out.append(_unbalanced(text, open_at, pos))
                open_at, carried, depth = pos, False, 1
            elif depth == 2 and ch == CLOSING:
                depth = 1
            elif open_at is not None:
                out.append(Marked(open_at, pos + 1, open_at + 1, pos, True))
                open_at, depth = None, 0
            else:  # a closing mark nothing opened
                out.append(_unbalanced_close(text, first, pos))
        if open_at is not None:
            following = lines[n + 1][0] if n + 1 < len(lines) else None
            if following is not None and text[_first_char(text, following, len(text))] in (
                    OPENING, STRAIGHT):
                carried, depth = True, 1
                continue
            out.append(_unbalanced(text, open_at, end))
            open_at, carried, depth = None, False, 0
    return out


def _in_tag(tags: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(tags, (pos, 1 << 62)) - 1
    return i >= 0 and tags[i][0] < pos < tags[i][1]


def _first_char(text: str, start: int, end: int) -> int:
    pos = start
    while pos < end and text[pos].isspace():
        pos += 1
    return min(pos, len(text) - 1)


def _unbalanced(text: str, open_at: int, end: int) -> Marked:
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    return Marked(open_at, end, open_at + 1, end, False)


def _unbalanced_close(text: str, line_start: int, close_at: int) -> Marked:
    return Marked(line_start, close_at + 1, line_start, close_at, False)
