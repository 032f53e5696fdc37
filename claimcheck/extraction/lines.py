"""Line breaks as barriers.

spaCy does not end a sentence at a line break, so a scraped headline, a
photo caption or a press-release heading is parsed into the next line's
sentence, with arcs between them that mean nothing. Extractors never follow
an arc across a line break.
"""

from __future__ import annotations

from spacy.tokens import Token


def same_line(a: Token, b: Token) -> bool:
    """True when no line break separates ``a`` and ``b``."""
    lo, hi = (a, b) if a.idx <= b.idx else (b, a)
    return "\n" not in a.doc.text[lo.idx:hi.idx]
