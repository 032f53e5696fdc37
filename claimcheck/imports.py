"""A package that fails to import, said in one line that names what to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from claimcheck.errors import ClaimcheckError


class MissingPackageError(ClaimcheckError):
    """An optional package claimcheck needs here is not installed or does not import."""


def import_failure(exc: ImportError) -> str:
    """One line for an ImportError: the package that failed, the reason, and what to install."""
    module = exc.name or _named(str(exc)) or "?"
    package = module.split(".")[0]
    reason = " ".join(str(exc).split())
    if len(reason) > 160:
        reason = reason[:159] + "…"
    return (f"the package '{package}' failed to import ({reason}): "
            f"install it with 'pip install {package}'")


def require(module: str, extra: str) -> ModuleType:
    """``module``, imported; or a MissingPackageError naming the claimcheck extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        reason = " ".join(str(exc).split())[:160]
        raise MissingPackageError(
            f"'{module}' failed to import ({reason}): install claimcheck-news with its "
            f"'{extra}' extra (from a checkout: pip install -e \".[{extra}]\")"
        ) from None


def _named(message: str) -> str | None:
    """The module in "No module named 'x'" or "cannot import name 'y' from 'x'"."""
    quoted = message.split("'")
    return quoted[-2] if len(quoted) >= 3 else None
