"""The command runner of the CLI tests, for the CI tests too."""

from tests.cli.conftest import DATA, Result, run  # noqa: F401  (fixtures are found by name)
