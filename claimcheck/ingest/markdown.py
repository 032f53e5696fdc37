"""Markdown read as Markdown: the prose a reader sees, mapped back to the file.

The file is parsed with markdown-it-py (CommonMark, plus tables and
strikethrough) and the article text is rebuilt from its blocks:

- emphasis, links and other inline markup are read through, so
  ``on **Monday**, March 4`` is checked as ``on Monday, March 4``; entities
  and backslash escapes are decoded; a link is its text, an image nothing;
- fenced and indented code blocks, inline code and raw HTML are left out
  (code is not prose); HTML comments are kept in place so that
  ``<!-- claimcheck: ignore CODE -->`` works as in plain text;
- every block (paragraph, heading, list item, table cell) is its own
  paragraph, separated by a blank line; a line break inside a paragraph
  stays a line break.

markdown-it gives each block its source lines but not the columns of its
inline text, so each piece of text is found in its block's lines, in
order, from where the previous piece ended: exactly, or character by
character through entities and escapes. Every character of the text thus
has the offset of the file character it came from, and ``source_map``
turns those into the file's lines and columns.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from claimcheck.ingest.source_map import UNKNOWN

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MAX_SKIP = 16
"""How far a character of decoded text may sit past the cursor before it counts as not found."""


@functools.lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def render_markdown(source: str) -> tuple[str, list[int]]:
    """``(text, offsets)``: the prose of ``source`` and, per character, its offset in ``source``."""
    return _Renderer(source).render()


class _Renderer:
    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0, *(i + 1 for i, ch in enumerate(source) if ch == "\n")]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.cursor = 0
        self.block_end = 0
        self.last_end = UNKNOWN

    def render(self) -> tuple[str, list[int]]:
        for token in _parser().parse(self.source):
            if token.map is None:
                continue
            start, end = self._lines(token.map)
            if token.type == "inline":
                self._block(start, end)
                self._inline(token.children or [])
            elif token.type == "html_block":
                for m in _COMMENT.finditer(token.content):
                    found = self.source.find(m.group(), max(self.cursor, start), end)
                    if found != -1:
                        self._block(start, end)
                        self.cursor = found
                        self._emit_exact(m.group(), found)
            elif token.type in ("fence", "code_block"):
                self.cursor = max(self.cursor, end)
        if self.chars:
            self._emit("\n", self.last_end)
        return "".join(self.chars), self.offsets

    def _lines(self, span: Sequence[int]) -> tuple[int, int]:
        """Source offsets of the block's first line start and last line end (its newline)."""
        first, last = span[0], span[1]
        start = self.starts[min(first, len(self.starts) - 1)]
        end = self.starts[last] - 1 if last < len(self.starts) else len(self.source)
        return start, max(end, start)

    def _block(self, start: int, end: int) -> None:
        """Start a new paragraph: a blank line after the previous one, mapped to its end."""
        if self.chars:
            self._emit("\n", self.last_end)
            self._emit("\n", self.last_end)
        self.cursor = max(self.cursor, start)
        self.block_end = end
        self.last_end = min(end, len(self.source) - 1)

    def _inline(self, children: list[Token]) -> None:
        for child in children:
            kind = child.type
            if kind == "text":
                self._align(child.content)
            elif kind in ("softbreak", "hardbreak"):
                newline = self.source.find("\n", self.cursor, self.block_end + 1)
                self._emit("\n", newline)
                if newline != -1:
                    self.cursor = newline + 1
            elif kind == "code_inline":
                self._skip_code(child.markup)
            elif kind == "html_inline":
                found = self.source.find(child.content, self.cursor, self.block_end)
                if found == -1:
                    continue
                if child.content.startswith("<!--"):
                    self.cursor = found
                    self._emit_exact(child.content, found)
                else:
                    self.cursor = found + len(child.content)

    def _skip_code(self, markup: str) -> None:
        opening = self.source.find(markup, self.cursor, self.block_end)
        if opening == -1:
            return
        closing = re.compile(rf"(?<!`){re.escape(markup)}(?!`)")
        m = closing.search(self.source, opening + len(markup), self.block_end)
        if m is not None:
            self.cursor = m.end()

    def _align(self, text: str) -> None:
        """``text`` mapped to where it stands in the block: whole if it can, else char by char."""
        found = self.source.find(text, self.cursor, self.block_end)
        if found != -1 and "&" not in self.source[self.cursor:found] and "\\" not in (
            self.source[self.cursor:found]
        ):
            self._emit_exact(text, found)
            return
        for ch in text:
            self._emit(ch, self._next(ch))

    def _next(self, ch: str) -> int:
        """The source offset ``ch`` was written at, from the cursor on; UNKNOWN if not near."""
        src, pos = self.source, self.cursor
        limit = min(self.block_end, pos + _MAX_SKIP)
        while pos < limit:
            if src[pos] == "\\" and pos + 1 < len(src) and src[pos + 1] == ch:
                self.cursor = pos + 2
                return pos + 1
            if src[pos] == "&":
                entity = _ENTITY.match(src, pos)
                if entity is not None and html.unescape(entity.group()) == ch:
                    self.cursor = entity.end()
                    return pos
            if src[pos] == ch:
                self.cursor = pos + 1
                return pos
            pos += 1
        return UNKNOWN

    def _emit_exact(self, text: str, at: int) -> None:
        self.chars.append(text)
        self.offsets.extend(range(at, at + len(text)))
        self.cursor = at + len(text)

    def _emit(self, ch: str, offset: int) -> None:
        self.chars.append(ch)
        self.offsets.append(offset)
