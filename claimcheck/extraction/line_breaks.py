"""Line breaks as barriers, and the text of a Doc, computed once.

spaCy does not end a sentence at a line break, so a scraped headline, a
photo caption or a press-release heading is parsed into the next line's
sentence, with arcs between them that mean nothing. Extractors never follow
an arc across a line break.

``Doc.text`` joins every token afresh on each access, so extractors read
the text through ``text_of``, which keeps it in ``doc.user_data``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

_KEY = "claimcheck.line_breaks"
_TEXT = "claimcheck.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _breaks(doc: Doc) -> list[int]:
    """Offsets of the line breaks in ``doc``, computed once per doc."""
    breaks = doc.user_data.get(_KEY)
    if breaks is None:
        text = text_of(doc)
        breaks = [i for i, ch in enumerate(text) if ch == "\n"]
        doc.user_data[_KEY] = breaks
    return breaks


def line_of(token: Token) -> int:
    """How many line breaks come before ``token``."""
    return bisect.bisect_right(_breaks(token.doc), token.idx)


def same_line(a: Token, b: Token) -> bool:
    """True when no line break separates ``a`` and ``b``."""
    return line_of(a) == line_of(b)
