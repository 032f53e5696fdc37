"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other viewers.

Columns are counted in Unicode code points (``columnKind``), as claimcheck
counts them; URIs are relative to the repository root (``%SRCROOT%``), so no
absolute path of the machine that ran the check leaks into the log.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from claimcheck.models import Evidence, FileReport, Finding, Report, Severity
from claimcheck.report.rule_docs import RuleDoc

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_BASE = "%SRCROOT%"


def render_sarif(report: Report, *, rules: Sequence[RuleDoc] | None = None) -> str:
    """The SARIF log as JSON text; ``rules`` defaults to the rule registry."""
    return json.dumps(sarif_log(report, rules=rules), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Report, *, rules: Sequence[RuleDoc] | None = None) -> dict[str, Any]:
    """The SARIF log as a dict."""
    if rules is None:
        from claimcheck.report.rule_docs import registry_docs

        rules = registry_docs()
    descriptors = [_descriptor(doc) for doc in rules]
    index = {doc.code: i for i, doc in enumerate(rules)}
    for finding in (f for file in report.files for f in file.findings):
        if finding.code not in index:  # a finding from a rule outside the registry
            index[finding.code] = len(descriptors)
            descriptors.append(_bare_descriptor(finding))
    results = [
        _result(file, finding, index[finding.code])
        for file in report.files
        for finding in file.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{file.path}: {file.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(file.path)}}],
        }
        for file in report.files
        if file.error is not None
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": report.tool,
                "version": report.version,
                "semanticVersion": report.version,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _descriptor(doc: RuleDoc) -> dict[str, Any]:
    return {
        "id": doc.code,
        "name": doc.name,
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": doc.text},
        "help": {"text": doc.text, "markdown": doc.text},
        "defaultConfiguration": {"level": LEVEL[Severity(doc.severity)]},
        "properties": {"tags": ["claimcheck", doc.family]},
    }


def _bare_descriptor(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.code,
        "name": finding.name,
        "shortDescription": {"text": finding.name},
        "defaultConfiguration": {"level": LEVEL[finding.severity]},
    }


def _result(file: FileReport, finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": _message(file, finding)},
        "partialFingerprints": {"claimcheck/v1": _fingerprint(file, finding)},
    }
    if finding.evidence:
        first, *rest = finding.evidence
        result["locations"] = [_location(file.path, first)]
        if rest:
            result["relatedLocations"] = [
                {"id": i, **_location(file.path, ev)} for i, ev in enumerate(rest, 1)
            ]
    else:
        result["locations"] = [{"physicalLocation": {"artifactLocation": _artifact(file.path)}}]
    return result


def _message(file: FileReport, finding: Finding) -> str:
    text = finding.message
    if finding.derivation:
        text += "\n" + "\n".join(finding.derivation)
    return f"[{file.id}] {text}" if file.id is not None else text


def _location(path: str, evidence: Evidence) -> dict[str, Any]:
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": _artifact(path),
            "region": {
                "startLine": evidence.line,
                "startColumn": evidence.column,
                "endLine": evidence.end_line,
                "endColumn": evidence.end_column,
                "charOffset": evidence.span.start,
                "charLength": evidence.span.end - evidence.span.start,
                "snippet": {"text": evidence.span.text},
            },
        }
    }
    if evidence.role:
        location["message"] = {"text": evidence.role}
    return location


def _artifact(path: str) -> dict[str, str]:
    return {"uri": quote(path), "uriBaseId": _BASE}


def _fingerprint(file: FileReport, finding: Finding) -> str:
    """Stable across runs and line moves: the rule, the file and the evidence words."""
    parts = [finding.code, file.path, file.id or "", *(e.span.text for e in finding.evidence)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
