"""JSON, SARIF and GitHub output: valid against their schemas, stable, escaped."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import jsonschema
import pytest

from claimcheck.models import Report
from claimcheck.report import (
    RuleDoc,
    render_github,
    render_json,
    render_sarif,
)
from claimcheck.report.github import escape_data, escape_property
from tests.conftest import ROOT, SHARED

SARIF_SCHEMA = Path(
    os.environ.get("CLAIMCHECK_SARIF_SCHEMA")
    or SHARED / "data" / "sarif" / "sarif-schema-2.1.0.json"
)
"""The OASIS SARIF 2.1.0 schema; CLAIMCHECK_SARIF_SCHEMA names it outside the workspace."""

RULES = [
    RuleDoc("DT01", "dates.weekday_mismatch", "DT", "error",
            "A weekday stands beside a date that falls on another day.",
            "Fails: \"Friday, March 7, 2024\".\n\nFix: correct one of them."),
]


def test_json_is_the_report_and_fits_the_schema(report):
    out = render_json(report)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
    jsonschema.validate(json.loads(out), schema)
    assert Report.model_validate_json(out) == report
    assert render_json(report) == out


def load_sarif_schema(path: Path, environ: Mapping[str, str]) -> dict:
    """The schema at ``path``; missing, a skip on a laptop but a failure in CI (CI=true)."""
    if not path.is_file():
        message = (f"SARIF schema not found at {path} "
                   "(set CLAIMCHECK_SARIF_SCHEMA to the OASIS sarif-schema-2.1.0.json)")
        if environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return json.loads(path.read_text())


@pytest.fixture
def sarif_schema():
    return load_sarif_schema(SARIF_SCHEMA, os.environ)


@pytest.mark.parametrize("ci, outcome", [
    ("true", pytest.fail.Exception), ("1", pytest.fail.Exception),
    ("TRUE", pytest.fail.Exception), ("", pytest.skip.Exception),
    (None, pytest.skip.Exception), ("false", pytest.skip.Exception),
])
def test_a_missing_sarif_schema_fails_in_ci_and_skips_elsewhere(tmp_path, ci, outcome):
    environ = {} if ci is None else {"CI": ci}
    with pytest.raises(outcome, match="SARIF schema not found"):
        load_sarif_schema(tmp_path / "absent.json", environ)


def test_a_present_sarif_schema_is_read_whatever_ci_says(tmp_path):
    path = tmp_path / "schema.json"
    path.write_text('{"type": "object"}')
    assert load_sarif_schema(path, {"CI": "true"}) == {"type": "object"}


def test_sarif_is_valid_and_complete(report, sarif_schema):
    log = json.loads(render_sarif(report, rules=RULES))
    jsonschema.validate(log, sarif_schema)
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimcheck" and driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == ["DT01", "PL01", "CC01"]
    assert driver["rules"][0]["help"]["text"].startswith("A weekday stands")
    assert driver["rules"][0]["fullDescription"]["text"].endswith("correct one of them.")
    first = run["results"][0]
    assert first["ruleId"] == "PL01" and first["level"] == "warning"
    assert run["results"][1]["level"] == "error" and run["results"][2]["level"] == "note"
    dt01 = run["results"][1]
    region = dt01["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 26, "endLine": 3, "endColumn": 32,
                      "charOffset": region["charOffset"], "charLength": 6,
                      "snippet": {"text": "Friday"}}
    assert dt01["relatedLocations"][0]["message"]["text"] == "date"
    uri = dt01["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "news/lisbon.txt"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"] == "news/empty.txt: file is empty"
    assert render_sarif(report, rules=RULES) == render_sarif(report, rules=RULES)


def test_sarif_with_the_registry_rules_is_valid(report, sarif_schema):
    log = json.loads(render_sarif(report))
    jsonschema.validate(log, sarif_schema)
    ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert "DT01" in ids and len(ids) == len(set(ids))


def test_sarif_does_not_leak_absolute_paths(report):
    assert str(Path.cwd()) not in render_sarif(report, rules=RULES)


def test_github_commands(report):
    lines = render_github(report).splitlines()
    assert lines[0] == (
        "::warning file=news/lisbon.txt,line=3,col=52,endLine=3,endColumn=58,"
        "title=PL01 places.event_in_two_places::the meeting is placed in Lisbon and in Madrid"
    )
    assert lines[1].startswith("::error file=news/lisbon.txt,line=3,col=26,")
    assert lines[2].startswith("::notice file=news/lisbon.txt,title=CC01 meta.unused_suppression::")
    assert lines[3] == "::error file=news/empty.txt,title=claimcheck input error::file is empty"


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
