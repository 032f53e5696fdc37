"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

GitLab documents the report as a JSON array of issues, each with
``description``, ``check_name``, ``fingerprint``, ``severity`` (``info``,
``minor``, ``major``, ``critical`` or ``blocker``) and ``location.path``
with ``location.lines.begin``. The fingerprint must be unique per issue
and stable between runs, so that GitLab can tell new findings from old
ones: it hashes the rule, the file (and record), the evidence text and the
message, not the line number (an edit above a finding must not make it
"new"), with a counter for the rare identical pair.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from claimcheck.models import FileReport, Finding, Report, Severity

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
INPUT_ERROR = "claimcheck/input-error"


def render_gitlab(report: Report) -> str:
    """The report as a Code Quality JSON array; the same report gives the same bytes."""
    return json.dumps(gitlab_issues(report), indent=2, ensure_ascii=False) + "\n"


def gitlab_issues(report: Report) -> list[dict[str, object]]:
    seen: Counter[str] = Counter()
    issues = []
    for file in report.files:
        if file.error is not None:
            issues.append(_issue(file, None, seen))
            continue
        issues.extend(_issue(file, finding, seen) for finding in file.findings)
    return issues


def _issue(file: FileReport, finding: Finding | None, seen: Counter[str]) -> dict[str, object]:
    record = f"[{file.id}] " if file.id is not None else ""
    if finding is None:
        check, description, severity, lines = INPUT_ERROR, file.error or "", "blocker", {"begin": 1}
        key = [INPUT_ERROR, file.path, file.id or ""]
    else:
        check = finding.code
        description = f"{record}{finding.code} {finding.message}"
        severity = SEVERITY[finding.severity]
        first = finding.evidence[0] if finding.evidence else None
        lines = {"begin": first.line, "end": first.end_line} if first else {"begin": 1}
        key = [finding.code, file.path, file.id or "", finding.message,
               *(ev.span.text for ev in finding.evidence)]
    base = hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()
    seen[base] += 1
    fingerprint = base if seen[base] == 1 else hashlib.sha256(
        f"{base}:{seen[base]}".encode()).hexdigest()
    return {
        "type": "issue",
        "description": description,
        "check_name": check,
        "categories": ["Bug Risk"],
        "fingerprint": fingerprint,
        "severity": severity,
        "location": {"path": file.path, "lines": lines},
    }
