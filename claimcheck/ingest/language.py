"""Is this text English? A cheap, deterministic guess before any extraction.

The extractors and the language model are English-only: run on Dutch or
Spanish text they invent people out of capitalised nouns and dates out of
numbers. So a text that is plainly not English is reported (an info
finding, CC02) and not extracted.

The guess is the share of words that are common English function words
(``claimcheck.lang.en.function_words.FUNCTION_WORDS``): English news runs at 15-45 %, other
languages written in Latin letters at under 3 %, and text in other scripts
at 0. Short texts (under ``MIN_WORDS`` words) are never judged: a headline
or a list of names says too little either way, and a false "not English"
would hide every finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lang.en.function_words import FUNCTION_WORDS

MIN_WORDS = 30
"""Texts with fewer words than this are taken as English."""

THRESHOLD = 0.06
"""Below this share of English function words a text is not English."""

SAMPLE_CHARS = 200_000
"""Only the start of a long text is read: the language of an article does not change."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    """How many words were seen and what share of them were English function words."""

    words: int
    english: int

    @property
    def ratio(self) -> float:
        return self.english / self.words if self.words else 0.0

    @property
    def is_english(self) -> bool:
        return self.words < MIN_WORDS or self.ratio >= THRESHOLD


def guess_language(text: str) -> LanguageGuess:
    """Count the words of ``text`` (its first ``SAMPLE_CHARS``) and the English ones."""
    words = _WORD.findall(text[:SAMPLE_CHARS])
    english = sum(1 for word in words if word.lower() in FUNCTION_WORDS)
    return LanguageGuess(words=len(words), english=english)


def looks_english(text: str) -> bool:
    """True unless ``text`` is long enough to judge and plainly not English."""
    return guess_language(text).is_english
