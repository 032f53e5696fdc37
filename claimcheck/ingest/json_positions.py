"""Where each character of a JSON record's ``text`` string is written in the file.

``json.loads`` gives values, not positions. The record's top-level keys are
walked here with the standard library's own scanners (``scanstring`` for
keys, ``raw_decode`` for values), so the ``text`` value's opening quote is
found exactly (the last one wins, as in ``json.loads``); its literal is then
read character by character: a plain character is where it is written, an
escape (``\\n``, ``\\"``, ``\\u00e9``, a surrogate pair) is at its backslash.
Line endings are then normalised as the reader normalises the text, so the
offsets stay in step with ``Article.text``.
"""

from __future__ import annotations

import json
from json.decoder import scanstring  # type: ignore[attr-defined]

_DECODER = json.JSONDecoder()
_WS = " \t\n\r"


def text_offsets(doc: str, key: str = "text") -> list[int] | None:
    """Offsets in ``doc`` of the characters of its top-level string ``key``, line endings
    normalised; None when ``doc`` is not an object with such a string."""
    try:
        start = _value_start(doc, key)
    except (ValueError, IndexError):
        return None
    if start is None:
        return None
    chars, offsets = _literal(doc, start)
    out: list[int] = []
    for i, (ch, offset) in enumerate(zip(chars, offsets, strict=True)):
        if ch == "\r" and i + 1 < len(chars) and chars[i + 1] == "\n":
            continue
        out.append(offset)
    return out


def _skip(doc: str, i: int) -> int:
    while i < len(doc) and doc[i] in _WS:
        i += 1
    return i


def _value_start(doc: str, key: str) -> int | None:
    i = _skip(doc, 0)
    if doc[i] != "{":
        return None
    i = _skip(doc, i + 1)
    found = None
    while doc[i] != "}":
        if doc[i] != '"':
            raise ValueError("expected a key")
        name, i = scanstring(doc, i + 1)
        i = _skip(doc, i)
        if doc[i] != ":":
            raise ValueError("expected ':'")
        i = _skip(doc, i + 1)
        if name == key:
            found = i if doc[i] == '"' else None
        _, i = _DECODER.raw_decode(doc, i)
        i = _skip(doc, i)
        if doc[i] == ",":
            i = _skip(doc, i + 1)
    return found


def _literal(doc: str, start: int) -> tuple[list[str], list[int]]:
    """The characters of the string literal whose quote is at ``start``, and their offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    i = start + 1
    while doc[i] != '"':
        if doc[i] != "\\":
            chars.append(doc[i])
            offsets.append(i)
            i += 1
            continue
        if doc[i + 1] != "u":
            chars.append(json.loads(f'"{doc[i:i + 2]}"'))
            offsets.append(i)
            i += 2
            continue
        code = int(doc[i + 2:i + 6], 16)
        width = 6
        if 0xD800 <= code < 0xDC00 and doc[i + 6:i + 8] == "\\u":
            low = int(doc[i + 8:i + 12], 16)
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                width = 12
        chars.append(chr(code))
        offsets.append(i)
        i += width
    return chars, offsets
