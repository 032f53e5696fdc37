"""``--format github``: workflow commands that annotate the changed lines of a pull request.

See "Workflow commands for GitHub Actions": the message escapes ``%``,
``\\r`` and ``\\n``; property values also ``:`` and ``,``.
"""

from __future__ import annotations

from claimcheck.models import FileReport, Finding, Report, Severity

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    """One ``::error``/``::warning``/``::notice`` line per finding and per unreadable file."""
    lines = []
    for file in report.files:
        if file.error is not None:
            props = _props(file.path, {"title": "claimcheck input error"})
            lines.append(f"::error {props}::{escape_data(file.error)}")
            continue
        lines.extend(_finding(file, finding) for finding in file.findings)
    return "".join(line + "\n" for line in lines)


def _finding(file: FileReport, finding: Finding) -> str:
    where: dict[str, str] = {}
    if finding.evidence:
        first = finding.evidence[0]
        where = {
            "line": str(first.line), "col": str(first.column),
            "endLine": str(first.end_line), "endColumn": str(first.end_column),
        }
    where["title"] = f"{finding.code} {finding.name}"
    message = finding.message
    if file.id is not None:
        message = f"[{file.id}] {message}"
    return f"::{COMMAND[finding.severity]} {_props(file.path, where)}::{escape_data(message)}"


def _props(path: str, values: dict[str, str]) -> str:
    pairs = [("file", path), *values.items()]
    return ",".join(f"{key}={escape_property(value)}" for key, value in pairs)
