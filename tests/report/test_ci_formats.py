"""GitLab Code Quality and JUnit XML, each checked against the published format.

The GitLab schema below is written from GitLab's documentation of the Code
Quality report ("Code quality report format"): an array of objects with
``description``, ``check_name``, ``fingerprint``, ``severity`` (one of
info, minor, major, critical, blocker) and ``location.path`` with
``location.lines.begin``. The JUnit schema is the common subset of the
JUnit XSDs CI systems read (Jenkins, GitLab): testsuites > testsuite >
testcase > failure | error | skipped, with the counting attributes.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from lxml import etree

from claimcheck.models import FileReport, Report
from claimcheck.report import FORMATS, render_gitlab, render_junit

GITLAB_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1},
                                       "end": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}

JUNIT_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xs:complexType name="result" mixed="true">
    <xs:attribute name="message" type="xs:string"/>
    <xs:attribute name="type" type="xs:string"/>
  </xs:complexType>
  <xs:element name="testsuites">
    <xs:complexType>
      <xs:sequence>
        <xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="name" type="xs:string"/>
      <xs:attribute name="tests" type="xs:nonNegativeInteger"/>
      <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
      <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="testsuite">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="testcase" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:choice minOccurs="0" maxOccurs="unbounded">
              <xs:element name="failure" type="result"/>
              <xs:element name="error" type="result"/>
              <xs:element name="skipped" type="result"/>
              <xs:element name="system-out" type="xs:string"/>
            </xs:choice>
            <xs:attribute name="name" type="xs:string" use="required"/>
            <xs:attribute name="classname" type="xs:string" use="required"/>
            <xs:attribute name="time" type="xs:decimal"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="name" type="xs:string" use="required"/>
      <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
      <xs:attribute name="failures" type="xs:nonNegativeInteger" use="required"/>
      <xs:attribute name="errors" type="xs:nonNegativeInteger" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""


def test_gitlab_report_fits_the_documented_schema(report):
    issues = json.loads(render_gitlab(report))
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert [i["check_name"] for i in issues] == ["PL01", "DT01", "CC01",
                                                 "claimcheck/input-error"]
    by_code = {i["check_name"]: i for i in issues}
    assert by_code["DT01"]["severity"] == "major" and by_code["PL01"]["severity"] == "minor"
    assert by_code["DT01"]["location"] == {"path": "news/lisbon.txt",
                                           "lines": {"begin": 3, "end": 3}}
    assert by_code["claimcheck/input-error"]["severity"] == "blocker"


def test_gitlab_fingerprints_are_unique_and_do_not_move_with_the_line(report):
    issues = json.loads(render_gitlab(report))
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    file = report.files[0]
    twice = Report.of([file.model_copy(update={"findings": [*file.findings, *file.findings]})])
    doubled = json.loads(render_gitlab(twice))
    assert len({i["fingerprint"] for i in doubled}) == len(doubled)
    moved = file.model_copy(update={"findings": [
        f.model_copy(update={"evidence": [e.model_copy(update={"line": e.line + 5})
                                          for e in f.evidence]}) for f in file.findings]})
    assert [i["fingerprint"] for i in json.loads(render_gitlab(Report.of([moved])))] == [
        i["fingerprint"] for i in issues[:3]]


def test_junit_report_fits_the_schema_and_counts(report):
    xml = render_junit(report).encode("utf-8")
    schema = etree.XMLSchema(etree.fromstring(JUNIT_XSD))
    doc = etree.fromstring(xml)
    schema.assertValid(doc)
    assert doc.get("tests") == "5" and doc.get("failures") == "3" and doc.get("errors") == "1"
    suites = {s.get("name"): s for s in doc.iter("testsuite")}
    assert set(suites) == {"news/lisbon.txt", "news/empty.txt", "news/clean.md"}
    failures = suites["news/lisbon.txt"].findall("testcase/failure")
    assert {f.get("type") for f in failures} == {"error", "warning", "info"}
    assert suites["news/empty.txt"].find("testcase/error").get("message") == "file is empty"
    clean = suites["news/clean.md"].findall("testcase")
    assert len(clean) == 1 and len(clean[0]) == 0  # one passing test case


def test_junit_escapes_what_xml_cannot_hold_raw():
    bad = Report.of([FileReport(path='a&b<"c>.txt', error="bytes <&> \"quoted\"")])
    doc = etree.fromstring(render_junit(bad).encode("utf-8"))
    assert doc.find("testsuite").get("name") == 'a&b<"c>.txt'


@pytest.mark.parametrize("name", ["gitlab", "junit"])
def test_formats_are_registered(name):
    assert name in FORMATS
