"""The exceptions claimcheck raises, one hierarchy.

``ClaimcheckError`` is the root; catch it to catch anything claimcheck means
to tell a user. Each message is one line a person can act on::

    ClaimcheckError
    ├── InputError            an article that cannot be read (names the file)
    ├── ConfigError           a configuration value or command-line option
    ├── ModelNotInstalledError no English spaCy pipeline
    └── ArgumentError         a bad argument to a library function (also a ValueError)
        └── ArgumentTypeError an argument of the wrong type (also a TypeError)

The library checks its arguments before it does any work, so a wrong
``published=`` fails at once, not after the language model has run.
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


class ArgumentError(ClaimcheckError, ValueError):
    """A library function was given a value it cannot use; ``argument`` names which."""

    def __init__(self, argument: str, cause: str) -> None:
        super().__init__(f"{argument}: {cause}")
        self.argument = argument
        self.cause = cause


class ArgumentTypeError(ArgumentError, TypeError):
    """A library function was given an argument of the wrong type."""
