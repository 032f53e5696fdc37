"""The checker never fails on a valid ClaimSet, however odd: ids that point nowhere, dates
that cannot be, spans anywhere. Findings still satisfy the schema."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from claimcheck.checker import check_claims
from claimcheck.models import FileReport
from tests.models.strategies import claim_sets


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow,
                                                  HealthCheck.data_too_large])
@given(claim_sets)
def test_checker_never_fails_on_valid_claims(claims):
    report = check_claims(claims)
    assert FileReport.model_validate_json(report.model_dump_json()) == report
    starts = [min((e.span.start for e in f.evidence), default=-1) for f in report.findings]
    assert starts == sorted(starts)
