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


EARLIEST = dt.date(1900, 1, 1)
"""Publication dates before this are almost always a typo (1924 for 2024) or a wrong field."""

FUTURE_SLACK = dt.timedelta(days=366)
"""How far past today a publication date may be before it is called far in the future."""


def published_warning(published: dt.date, *, today: dt.date | None = None) -> str | None:
    """Why ``published`` looks wrong, or None; a warning only, never an error.

    The system clock is used here, on the date as given, and nowhere else:
    claims are always resolved against the publication date itself, so the
    same input gives the same claims on any day. An embargoed article may be
    dated a few days ahead; a year ahead is a typo.
    """
    today = today or dt.date.today()
    if published < EARLIEST:
        return (f"publication date {published.isoformat()} is before "
                f"{EARLIEST.year}: relative dates are resolved against it")
    if published > today + FUTURE_SLACK:
        return (f"publication date {published.isoformat()} is more than a year after "
                f"today ({today.isoformat()}): relative dates are resolved against it")
    return None


def _iso_like(text: str) -> bool:
    return len(text) >= 10 and text[4] == "-" and text[7] == "-" and (
        len(text) == 10 or text[10] in "T "
    )


def _fail(value: object) -> dt.date:
    raise ValueError(f"'{value}' is not a date (expected YYYY-MM-DD)")
