"""``--format json``: the Report itself, as the schema in schemas/report.schema.json says."""

from __future__ import annotations

from claimcheck.models import Report


def render_json(report: Report) -> str:
    """The report as pretty JSON; the same report gives the same bytes."""
    return report.model_dump_json(indent=2) + "\n"
