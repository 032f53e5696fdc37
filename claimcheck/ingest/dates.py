"""Publication dates as metadata and the command line state them.

Metadata dates are machine-written, so only ISO forms are accepted
(``2024-11-23``, ``2024-11-23T10:00:00Z``) plus what YAML itself parses;
anything else is reported rather than guessed at.
"""

from __future__ import annotations

import datetime as dt

from claimcheck.errors import ConfigError


def coerce_date(value: object) -> dt.date:
    """``value`` as a date; ``ValueError`` naming the value when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10]) if _iso_like(text) else _fail(value)
        except ValueError:
            pass
    return _fail(value)


def parse_published_option(value: str) -> dt.date:
    """``--published``: a date, or a usage error that says what was expected."""
    try:
        return coerce_date(value)
    except ValueError:
        raise ConfigError(
            f"--published: '{value}' is not a date (expected YYYY-MM-DD)"
        ) from None


def _iso_like(text: str) -> bool:
    return len(text) >= 10 and text[4] == "-" and text[7] == "-" and (
        len(text) == 10 or text[10] in "T "
    )


def _fail(value: object) -> dt.date:
    raise ValueError(f"'{value}' is not a date (expected YYYY-MM-DD)")
