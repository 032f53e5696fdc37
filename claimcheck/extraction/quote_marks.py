"""Quotation marks to quote spans: pairing, continuation and unbalanced marks.

Works on the text alone, line by line (a line is a paragraph in scraped
news). Curly marks pair “ with ”; straight marks toggle. A paragraph that
opens a quote without closing it continues when the next paragraph opens
with a quote mark (the news convention for long quotations); otherwise the
quote is kept up to the end of its paragraph and flagged unbalanced. Nothing
here can raise on odd input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Marked:
    """One quotation: offsets of the whole (with marks) and of the words inside."""

    start: int
    end: int
    content_start: int
    content_end: int
    balanced: bool


def find_marked(text: str, skip: Callable[[int], bool] = lambda _: False) -> list[Marked]:
    """Every quotation in ``text`` outside lines where ``skip(offset)`` holds."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)
             if m.group().strip() and not skip(m.start())]
    out: list[Marked] = []
    open_at: int | None = None
    carried = False  # the open quote started on an earlier line
    for n, (start, end) in enumerate(lines):
        first = _first_char(text, start, end)
        for pos in range(start, end):
            ch = text[pos]
            if ch not in (OPENING, CLOSING, STRAIGHT):
                continue
            if open_at is not None and carried and pos == first and ch in (OPENING, STRAIGHT):
                carried = False  # continuation of the previous paragraph's quote
                continue
            if ch == OPENING or (ch == STRAIGHT and open_at is None):
                if open_at is not None:
                    out.append(_unbalanced(text, open_at, pos))
                open_at, carried = pos, False
            elif open_at is not None:
                out.append(Marked(open_at, pos + 1, open_at + 1, pos, True))
                open_at = None
            else:  # a closing mark nothing opened
                out.append(_unbalanced_close(text, first, pos))
        if open_at is not None:
            following = lines[n + 1][0] if n + 1 < len(lines) else None
            if following is not None and text[_first_char(text, following, len(text))] in (
                    OPENING, STRAIGHT):
                carried = True
                continue
            out.append(_unbalanced(text, open_at, end))
            open_at, carried = None, False
    return out


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
