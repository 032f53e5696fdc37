"""Where the paragraphs trafilatura extracted stand in the HTML the user opened.

trafilatura hands back text, not positions. To report a finding on the
page's own line, the page's visible characters are listed with their
offsets (``text_stream``): text outside tags, from ``<body>`` on (the
``<title>`` repeats the headline), without ``<script>``, ``<style>`` and
comments, entities decoded (each decoded character sits at its ``&``).
Whitespace and invisible format characters (soft hyphen, zero-width
space) are left out on both sides, so whitespace folding, line breaks in
the source and tags between words do not matter.

Each extracted paragraph is then looked for in that stream, in order,
from where the previous one was found (``locate_paragraphs``); one that is
not there whole is looked for in pieces of a few words, in order. What is
found is exact to the character; what is not (trafilatura rewrote it, or
joined text across elements in a way the stream does not) is left
``UNKNOWN``, which the source map reports as approximate.
"""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from dataclasses import dataclass

from claimcheck.ingest.source_map import UNKNOWN

_SKIP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|template|noscript)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)|<[!?/]?[A-Za-z][^>]*>?|<[!?][^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_PIECE = 24
"""Characters (whitespace left out) per piece when a paragraph is looked for in pieces."""


@dataclass(frozen=True)
class Stream:
    """The page's visible characters without whitespace, and the offset of each."""

    chars: str
    offsets: list[int]


def ignorable(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def text_stream(page: str) -> Stream:
    """Visible characters of ``page`` from ``<body>`` on (the whole page if it has none)."""
    body = _BODY.search(page)
    pos = body.end() if body else 0
    chars: list[str] = []
    offsets: list[int] = []
    for tag in _SKIP.finditer(page, pos):
        _text(page, pos, tag.start(), chars, offsets)
        pos = tag.end()
    _text(page, pos, len(page), chars, offsets)
    return Stream("".join(chars), offsets)


def _text(page: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    i = start
    while i < end:
        amp = page.find("&", i, end)
        stop = end if amp == -1 else amp
        for j in range(i, stop):
            ch = page[j]
            if not ignorable(ch):
                chars.append(ch)
                offsets.append(j)
        if amp == -1:
            return
        m = _ENTITY.match(page, amp, end)
        if m is None:
            chars.append("&")
            offsets.append(amp)
            i = amp + 1
            continue
        for ch in htmllib.unescape(m.group()):
            if not ignorable(ch):
                chars.append(ch)
                offsets.append(amp)
        i = m.end()


class ParagraphLocator:
    """Finds paragraphs in a page's text stream, each after the one before."""

    def __init__(self, page: str) -> None:
        self.stream = text_stream(page)
        self.cursor = 0
        self.found = 0
        self.partial = 0
        self.missed = 0

    def locate(self, paragraph: str) -> list[int]:
        """The page offset of each character of ``paragraph`` (UNKNOWN where not found).

        Whitespace takes the offset just after the character before it, so a
        run of text stays one segment of the source map where the page has
        it on one line with single spaces.
        """
        key_index = [i for i, ch in enumerate(paragraph) if not ignorable(ch)]
        key = "".join(paragraph[i] for i in key_index)
        hits = self._whole(key)
        if hits is None:
            hits = self._pieces(key)
        out = [UNKNOWN] * len(paragraph)
        for k, i in enumerate(key_index):
            out[i] = hits[k]
        last = UNKNOWN
        for i, value in enumerate(out):
            if value == UNKNOWN and ignorable(paragraph[i]) and last != UNKNOWN:
                out[i] = last + 1
            elif value != UNKNOWN:
                last = value
        known = sum(h != UNKNOWN for h in hits)
        if key and known == len(key):
            self.found += 1
        elif known:
            self.partial += 1
        elif key:
            self.missed += 1
        return out

    def _whole(self, key: str) -> list[int] | None:
        if not key:
            return []
        at = self.stream.chars.find(key, self.cursor)
        if at == -1:
            at = self.stream.chars.find(key)
            if at == -1:
                return None
        self.cursor = max(self.cursor, at + len(key))
        return self.stream.offsets[at:at + len(key)]

    def _pieces(self, key: str) -> list[int]:
        hits = [UNKNOWN] * len(key)
        reach = self.cursor + 4 * len(key) + 2000
        for lo in range(0, len(key), _PIECE):
            piece = key[lo:lo + _PIECE]
            if len(piece) < 8:
                continue
            at = self.stream.chars.find(piece, self.cursor, reach + len(piece))
            if at == -1:
                continue
            hits[lo:lo + len(piece)] = self.stream.offsets[at:at + len(piece)]
            self.cursor = at + len(piece)
        return hits
