"""``--format junit``: JUnit XML, as CI systems (GitLab, Jenkins, Azure) read test results.

One ``<testsuite>`` per article (per record of a JSON Lines file), one
``<testcase>`` per finding, each with a ``<failure>`` whose ``type`` is the
severity; an article without findings has one passing test case, and an
article that could not be read has one with an ``<error>``. The structure
is the common subset of the JUnit schemas: ``testsuites > testsuite >
testcase > failure | error``, with ``tests``/``failures``/``errors``
counts on the suites.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from claimcheck.models import FileReport, Finding, Report

PASSED = "claimcheck"


def render_junit(report: Report) -> str:
    """The report as a JUnit XML document."""
    root = ET.Element("testsuites", name="claimcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for file in report.files:
        suite = _suite(file)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(
        root, encoding="unicode") + "\n"


def _suite(file: FileReport) -> ET.Element:
    name = file.path if file.id is None else f"{file.path}#{file.id}"
    suite = ET.Element("testsuite", name=name)
    failures = errors = 0
    if file.error is not None:
        case = ET.SubElement(suite, "testcase", name="read", classname=name)
        ET.SubElement(case, "error", message=file.error, type="input-error").text = file.error
        errors = 1
    elif not file.findings:
        ET.SubElement(suite, "testcase", name=PASSED, classname=name)
    for finding in file.findings:
        suite.append(_case(name, finding))
        failures += 1
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    return suite


def _case(name: str, finding: Finding) -> ET.Element:
    where = ""
    if finding.evidence:
        first = finding.evidence[0]
        where = f"line {first.line}, column {first.column}: "
    case = ET.Element("testcase", name=f"{finding.code} {finding.name}", classname=name)
    body = [f"{where}{finding.message}", *(f"= {step}" for step in finding.derivation)]
    failure = ET.SubElement(case, "failure", message=finding.message,
                            type=finding.severity.value)
    failure.text = "\n".join(body)
    return case
