"""Words around names: group nouns, name suffixes, and person pronouns."""

from __future__ import annotations

GROUP_NOUNS = frozenset(
    """
    leader official minister diplomat counterpart ally lawmaker legislator troop soldier
    citizen delegate delegation negotiator envoy representative partner authority
    government president prime_minister general commander officer activist protester
    """.split()
)
"""Plural nouns that make "European leaders" or "Chinese officials" a group."""

NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
"""Tokens after a surname that are not the surname."""

ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "des", "la", "du"})
"""Words an acronym skips: "North Atlantic Treaty Organization" is NATO."""
