"""Lines that scrapers leave around an article: navigation, sharing, bylines, dates.

Each pattern matches a whole line (after trimming). They are general shapes,
not strings of one site: a short line that starts with a navigation word.
"""

from __future__ import annotations

import re
from functools import cache

_SOCIAL = "facebook|twitter|instagram|youtube|linkedin|whatsapp|email"

_LINE_SHAPES = (
    r"site (icon|logo)\b.{0,80}",
    r"(exit|view|switch to) (mobile|desktop|full)( version| site)?\b.{0,20}",
    r"(share|tweet|email|print|pin|save)( this| on| via| article| story)?\b.{0,40}",
    r"(facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|x)(\s*[|,/·•]\s*\w+)*",
    r"(publish(ed)?|updated?|posted|last (updated|modified))( date| on| at)?\s*[:\-]?.{0,60}",
    r"(skip to (main )?content|main menu|menu|search|home|log ?in|sign ?(in|up)|subscribe)"
    r"\b.{0,30}",
    r"(related|read more|also read|more from|recommended|advertisement|sponsored)\b.{0,60}",
    r"(copyright|©|all rights reserved)\b.{0,120}",
    r"(click here|follow us)\b.{0,60}",
    r"(previous|next) (post|article|story)\b.{0,80}",
    r"(tags?|categories|filed under)\s*:.{0,200}",
    rf"({_SOCIAL})(\W+({_SOCIAL}|x))+",
    r"(unsubscribe|contact us|no comments|post a comment|leave a (reply|comment)|comments?)"
    r"\b.{0,40}",
    r"(read|view|see|watch) (the )?(full|more|online|original)\b.{0,40}",
    r"(source|photo|image|credit)s?\s*:.{0,80}",
    r"\w+( \w+)?(\s{3,}\w+( \w+)?)+",
)
"""Whole-line shapes of scraper boilerplate, matched without regard to case."""
_BYLINE = r"(By|BY|Author:?)\s+[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}"
"""A byline: its name is capitalised, so this one is matched with case."""


@cache
def line_patterns() -> tuple[re.Pattern[str], ...]:
    """The shapes, compiled on first use."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _LINE_SHAPES) + (re.compile(_BYLINE),)


MAX_BOILERPLATE_WORDS = 12
"""A line longer than this is prose, whatever it starts with."""
