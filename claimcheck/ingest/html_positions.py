"""Where the paragraphs trafilatura extracted stand in the HTML the user opened.

trafilatura hands back text, not positions. To report a finding on the
page's own line, the page's visible characters are listed with their
offsets (``text_stream``): text outside tags, from ``<body>`` on (the
``<title>`` repeats the headline), without ``<script>``, ``<style>`` and
comments, entities decoded (each decoded character sits at its ``&``).
Whitespace and invisible format characters (soft hyphen, zero-width
space) are left out on both sides, so whitespace folding, line breaks in
the source and tags between words do not matter.

Each extracted paragraph (without the ``- `` trafilatura writes before a
list item, which is placed at the item's first character) is then looked
for in that stream, in order, from where the previous one was found
(``ParagraphLocator``); one that is not there whole is looked for in
pieces of 24 characters, in order, a piece not found halved down to 12
characters (trafilatura sometimes joins a link and the text after it
without a space, or in another order). What is found is exact to the
character; what is not (trafilatura rewrote it, or joined text across
elements in a way the stream does not) is left ``UNKNOWN``, which the
source map reports as approximate.
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
_LIST_MARKER = re.compile(r"- (?=\S)")
"""The bullet trafilatura writes before a list item's text."""
_PIECE = 24
"""Characters (whitespace left out) per piece when a paragraph is looked for in pieces."""
_SMALLEST = 12
"""A piece that is not found is halved until its halves would be shorter than this
(shorter pieces would too often be found in the wrong place)."""


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
        marker = _LIST_MARKER.match(paragraph)
        skip = marker.end() if marker else 0
        key_index = [i for i, ch in enumerate(paragraph) if not ignorable(ch) and i >= skip]
        key = "".join(paragraph[i] for i in key_index)
        hits = self._whole(key)
        if hits is None:
            hits = self._pieces(key)
        out = [UNKNOWN] * len(paragraph)
        for k, i in enumerate(key_index):
            out[i] = hits[k]
        if skip and hits and hits[0] != UNKNOWN:
            out[:skip] = [hits[0]] * skip  # trafilatura's list bullet, not in the page
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
            self._piece(key, lo, min(lo + _PIECE, len(key)), hits, reach)
        return hits

    def _piece(self, key: str, lo: int, hi: int, hits: list[int], reach: int) -> None:
        """``key[lo:hi]`` found after the cursor, or its halves, down to 8 characters."""
        if hi - lo < _SMALLEST:
            return
        piece = key[lo:hi]
        at = self.stream.chars.find(piece, self.cursor, reach + len(piece))
        if at != -1:
            hits[lo:hi] = self.stream.offsets[at:at + len(piece)]
            self.cursor = at + len(piece)
            return
        middle = (lo + hi) // 2
        self._piece(key, lo, middle, hits, reach)
        self._piece(key, middle, hi, hits, reach)
