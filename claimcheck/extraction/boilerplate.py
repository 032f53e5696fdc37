"""Scraper boilerplate: lines around an article that make no claims.

"Site icon ...", "Exit mobile version", "Share this", "Published on ..."
lines are found by their shape (see ``claimcheck.lang.en.boilerplate``) and every
extractor skips what falls inside them. So is a run of three or more words in
capitals inside a line ("SIGN UP FOR OUR NEWSLETTER", "NEW YORK AT ITS CORE"): a
widget's call to action or a section label, not a sentence of the story.
"""

from __future__ import annotations

import re

from claimcheck.budget import first_use
from claimcheck.extraction.offsets import Covered
from claimcheck.lang.en import boilerplate as boilerplate_words
from claimcheck.lang.en.boilerplate import MAX_BOILERPLATE_WORDS

line_patterns = first_use(boilerplate_words.line_patterns)

_LINE = re.compile(r"[^\n]+")
_SHOUTED = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){2,}\b")


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges ``[start, end)`` of the lines that are boilerplate."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if not line or len(line.split()) > MAX_BOILERPLATE_WORDS:
            continue
        if line.endswith((".", "?", "!", "”", '"')) and len(line.split()) > 3:
            continue  # a sentence, not a label
        if any(p.fullmatch(line) for p in line_patterns()):
            spans.append((match.start(), match.end()))
    return spans


class Skipper(Covered):
    """Answers "is this offset inside boilerplate?" with a binary search."""

    @classmethod
    def of(cls, text: str) -> Skipper:
        return cls(boilerplate_spans(text) + [m.span() for m in _SHOUTED.finditer(text)])
