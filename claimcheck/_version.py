"""The package version: one place, read by pyproject (dynamic), the report and ``--version``."""

__version__ = "0.1.0"
