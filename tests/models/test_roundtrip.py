"""Every model survives model -> JSON -> model, and its JSON fits the exported schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given

from claimcheck.models import ClaimSet, Report
from claimcheck.schema import render
from tests.models import strategies as s

CLAIMSET_SCHEMA = json.loads(render(ClaimSet))
REPORT_SCHEMA = json.loads(render(Report))

ROUND_TRIPS = {
    "Span": s.spans(),
    "TimeExpression": s.time_expressions,
    "Entity": s.entities,
    "Event": s.events,
    "Quote": s.quotes,
    "CountClaim": s.counts,
    "Article": s.articles,
    "Finding": s.findings,
    "FileReport": s.file_reports,
}


@pytest.mark.parametrize("name", sorted(ROUND_TRIPS))
def test_round_trip(name):
    @given(ROUND_TRIPS[name])
    def check(record):
        again = type(record).model_validate_json(record.model_dump_json())
        assert again == record

    check()


@given(s.claim_sets)
def test_claim_set_round_trip_and_schema(claims):
    dumped = claims.model_dump_json()
    assert ClaimSet.model_validate_json(dumped) == claims
    jsonschema.validate(json.loads(dumped), CLAIMSET_SCHEMA)


@given(s.reports)
def test_report_round_trip_and_schema(report):
    dumped = report.model_dump_json()
    assert Report.model_validate_json(dumped) == report
    jsonschema.validate(json.loads(dumped), REPORT_SCHEMA)
