"""The data-driven rule tests: each case must report (or not) its rule's finding."""

from __future__ import annotations

import pytest

from claimcheck.checker import check_claims
from claimcheck.models import Severity
from claimcheck.rules import all_rules
from tests.rules.cases import CASES


@pytest.mark.parametrize(("code", "expect", "build"),
                         [pytest.param(c, e, b, id=f"{c}-{e}-{i}") for c, e, i, b in CASES])
def test_rule_case(code, expect, build):
    report = check_claims(build(), select=[code])
    found = [f for f in report.findings if f.code == code]
    if expect == "pass":
        assert found == [], [f.message for f in found]
    else:
        assert found, f"expected a {code} finding"
        assert found[0].severity is Severity(expect), found[0]
        assert found[0].evidence and found[0].message


def test_every_rule_has_a_failing_and_a_passing_case():
    # CC01/CC02 run on suppressions and on unextracted articles, not on a built ClaimSet:
    # their cases are their docstring examples (test_docstring_examples.py) and tests/cli
    codes = {r.code for r in all_rules()
             if r.__module__.startswith("claimcheck.") and r.family() != "CC"}
    failing = {c for c, e, _, _ in CASES if e != "pass"}
    passing = {c for c, e, _, _ in CASES if e == "pass"}
    assert codes <= failing, codes - failing
    assert codes <= passing, codes - passing


def test_every_rule_is_documented():
    for rule in all_rules():
        doc = rule.__doc__ or ""
        assert rule.code and rule.code == rule.__module__.rsplit(".", 1)[-1], rule
        assert rule.name.startswith({"DT": "dates.", "PL": "places.", "PE": "people.",
                                     "QT": "quotes.", "NU": "numbers.",
                                     "CC": "meta."}[rule.family()])
        assert rule.summary() and "Fails" in doc and "Fix" in doc and "Passes" in doc, rule
