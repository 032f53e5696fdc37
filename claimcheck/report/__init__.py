"""Output formats: each one a function of a ``Report``.

``FORMATS`` maps a ``--format`` name to its renderer. Text and GitHub
output can also be produced file by file as a batch streams (see
``render_file``); JSON and SARIF need the whole report.
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.models import Report
from claimcheck.report.github import render_github
from claimcheck.report.gitlab import render_gitlab
from claimcheck.report.json_format import render_json
from claimcheck.report.rule_docs import (
    RuleDoc,
    describe,
    find_doc,
    registry_docs,
    render_rule_list,
    render_rule_text,
    render_rules_markdown,
)
from claimcheck.report.sarif import render_sarif, sarif_log
from claimcheck.report.text import render_file, render_summary, render_text


def render_junit(report: Report) -> str:
    """JUnit XML (``claimcheck.report.junit``), imported when asked for: only this format
    needs ``xml.etree``."""
    from claimcheck.report.junit import render_junit as render

    return render(report)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "gitlab": render_gitlab,
    "junit": render_junit,
}

__all__ = [
    "FORMATS",
    "RuleDoc",
    "describe",
    "find_doc",
    "registry_docs",
    "render_file",
    "render_github",
    "render_gitlab",
    "render_json",
    "render_junit",
    "render_rule_list",
    "render_rule_text",
    "render_rules_markdown",
    "render_sarif",
    "render_summary",
    "render_text",
    "sarif_log",
]
