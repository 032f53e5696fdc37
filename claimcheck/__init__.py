"""claimcheck: find where a news article contradicts itself.

>>> from claimcheck import validate
>>> report = validate(text, published=datetime.date(2024, 11, 23))  # doctest: +SKIP
"""

from claimcheck._version import __version__
from claimcheck.api import check, extract, extract_times, read_article, validate
from claimcheck.errors import (
    ArgumentError,
    ArgumentTypeError,
    ClaimcheckError,
    ConfigError,
    InputError,
    ModelNotInstalledError,
)
from claimcheck.models import (
    Anchor,
    Article,
    ClaimSet,
    CountClaim,
    DayRange,
    Entity,
    Event,
    Evidence,
    FileReport,
    Finding,
    Quote,
    Report,
    Role,
    Severity,
    Span,
    TimeExpression,
)

__all__ = [
    "Anchor",
    "ArgumentError",
    "ArgumentTypeError",
    "Article",
    "ClaimSet",
    "ClaimcheckError",
    "ConfigError",
    "CountClaim",
    "DayRange",
    "Entity",
    "Event",
    "Evidence",
    "FileReport",
    "Finding",
    "InputError",
    "ModelNotInstalledError",
    "Quote",
    "Report",
    "Role",
    "Severity",
    "Span",
    "TimeExpression",
    "__version__",
    "check",
    "extract",
    "extract_times",
    "read_article",
    "validate",
]
