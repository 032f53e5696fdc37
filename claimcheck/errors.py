"""The exceptions claimcheck raises, one hierarchy.

``ClaimcheckError`` is the root; catch it to catch anything claimcheck means
to tell a user. Each message is one line a person can act on.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Anything claimcheck reports to a user as an error (exit code 2 on the command line)."""


class InputError(ClaimcheckError):
    """An article that cannot be read or understood: names the file and the cause."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause


class NotAnArticle(InputError):
    """A file that holds something other than an article (a ``package.json``).

    Named on the command line it is an error; found by a folder walk it is skipped with a note.
    """


class ConfigError(ClaimcheckError):
    """A configuration value or command-line option that is not valid."""


class ModelNotInstalledError(ClaimcheckError):
    """No English spaCy pipeline is installed."""
