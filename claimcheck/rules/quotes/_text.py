"""Quote wording reduced to the words, for comparing mentions."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[\w']+")


def words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORDS.findall(text.replace("’", "'"))]
