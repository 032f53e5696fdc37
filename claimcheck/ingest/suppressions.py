"""Inline ``<!-- claimcheck: ignore DT01, QT -->`` comments and front-matter ignores.

An HTML comment is not part of the article a reader sees, so the language
model must not read it either; but every offset must still point at the
file's own characters so that ``path:line:col`` lands where an editor
expects. Comments are therefore replaced by spaces of the same length
(newlines kept). A directive's span therefore covers blanks in
``Article.text``: it locates the comment (line and column) but its text is
spaces, since every span must index ``Article.text`` exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from claimcheck.errors import InputError
from claimcheck.models import Span, Suppression

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
DIRECTIVE_COMMENT = re.compile(
    r"<!--\s*claimcheck\s*:\s*ignore\b(?P<codes>.*?)-->", re.DOTALL | re.IGNORECASE
)
"""An ignore directive anywhere in a text (used where comments are not blanked: HTML)."""
_DIRECTIVE = re.compile(
    r"^<!--\s*claimcheck\s*:\s*(?P<verb>\S+)\s*(?P<codes>.*?)\s*-->$", re.DOTALL
)
_CODE = re.compile(r"^(?:[A-Za-z]{2}\d{2}|[A-Za-z]{2}|[a-z]+(?:\.[a-z0-9_]+)?)$")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


def blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` turned into spaces, newlines kept."""
    hidden = re.sub(r"[^\n]", " ", text[start:end])
    return text[:start] + hidden + text[end:]


def split_codes(raw: str | Iterable[str], source: str) -> list[str]:
    """Codes from ``"DT01, QT"`` or ``["DT01", "QT"]``; a malformed code is an input error."""
    items = re.split(r"[,\s]+", raw) if isinstance(raw, str) else [str(c) for c in raw]
    codes = [item.strip() for item in items if item.strip()]
    for code in codes:
        if not _CODE.match(code):
            raise InputError(source, f"'{code}' is not a rule code, family or name")
    if not codes:
        raise InputError(source, "a claimcheck ignore needs at least one rule code")
    return codes


def strip_comments(
    text: str, source: str, *, line_of: Callable[[int], int] | None = None
) -> tuple[str, list[Suppression]]:
    """``text`` with HTML comments blanked, and the paragraph suppressions they state.

    ``line_of`` turns an offset into the file's line number for messages
    (when ``text`` is not the file itself, as for Markdown).

    A directive covers the next paragraph: from the first non-blank
    character after the comment to the next blank line (or the end).
    """
    suppressions = []
    cleaned = text

    def line(offset: int) -> int:
        return line_of(offset) if line_of else text.count("\n", 0, offset) + 1

    for m in _COMMENT.finditer(text):
        cleaned = blank(cleaned, m.start(), m.end())
        directive = _DIRECTIVE.match(m.group())
        if directive is None:
            continue
        if directive.group("verb").lower() != "ignore":
            raise InputError(
                source,
                f"line {line(m.start())}: unknown claimcheck directive "
                f"'{directive.group('verb')}' (expected 'ignore')",
            )
        codes = split_codes(directive.group("codes"), source)
        suppressions.append((codes, m.start(), m.end()))
    result = []
    for codes, start, end in suppressions:
        covers = _next_paragraph(cleaned, end)
        result.append(
            Suppression(
                codes=codes,
                scope="paragraph",
                directive=Span.of(cleaned, start, end),
                covers=Span.of(cleaned, *covers),
            )
        )
    return cleaned, result


def _next_paragraph(text: str, offset: int) -> tuple[int, int]:
    """The paragraph after ``offset``; an empty span at the end when there is none.

    Never ``None``: a suppression without ``covers`` would mean the whole file.
    """
    start = offset
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return len(text), len(text)
    gap = _BLANK_LINE.search(text, start)
    return start, gap.start() if gap else len(text.rstrip())
