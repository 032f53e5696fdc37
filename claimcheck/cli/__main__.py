"""``python -m claimcheck.cli``: the ``claimcheck`` command, for a checkout or a venv without
its console script."""

from claimcheck.cli import run

run()
