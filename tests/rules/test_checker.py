"""The checker's contract: selection, severity overrides, suppressions, order, the seed."""

from __future__ import annotations

import pytest

from claimcheck.checker import check_claims
from claimcheck.errors import ConfigError
from claimcheck.models import Severity
from claimcheck.rules import all_rules, get_rule
from tests.rules.builders import Claims
from tests.rules.cases import PUB


def _two_problems():
    text = ("The talks were held on Friday, November 21, 2024.\n\n"
            "He named the three countries Iran, China, Cuba and Russia.")
    c = Claims(text, PUB)
    c.time("Friday, November 21, 2024", year=2024, month=11, day=21)
    c.count("three", 3, "countries", ["Iran", "China", "Cuba", "Russia"])
    return c


def codes(report) -> list[str]:
    return [f.code for f in report.findings]


def test_seed_claims_give_no_error(seed_claims):
    report = check_claims(seed_claims)
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    assert report.published == seed_claims.article.published
    assert report.path == seed_claims.article.source


def test_seed_claims_without_publication_give_no_error(seed_claims):
    article = seed_claims.article.model_copy(update={"published": None})
    report = check_claims(seed_claims.model_copy(update={"article": article}))
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []


def test_findings_sorted_by_offset():
    assert codes(check_claims(_two_problems().build())) == ["DT01", "NU01"]


@pytest.mark.parametrize(("select", "ignore", "expected"), [
    (["DT01"], [], ["DT01"]),
    (["NU"], [], ["NU01"]),
    (["dates.weekday_mismatch"], [], ["DT01"]),
    (["all"], ["DT"], ["NU01"]),
    ([], ["numbers"], ["DT01"]),
])
def test_select_and_ignore(select, ignore, expected):
    assert codes(check_claims(_two_problems().build(), select=select, ignore=ignore)) == expected


def test_unknown_selector_is_a_config_error():
    with pytest.raises(ConfigError):
        check_claims(_two_problems().build(), select=["XX99"])


def test_severity_override_by_code_and_name():
    report = check_claims(_two_problems().build(),
                          severity={"DT01": Severity.WARNING, "numbers.count_mismatch": "info"})
    assert [f.severity for f in report.findings] == [Severity.WARNING, Severity.INFO]


def test_paragraph_suppression_and_unused_suppression():
    c = _two_problems()
    c.suppress(["NU01"], scope="paragraph", covers="He named the three countries Iran, China, "
               "Cuba and Russia.")
    c.suppress(["QT"], scope="file")
    assert codes(check_claims(c.build())) == ["CC01", "DT01"]  # no evidence sorts first
    cc01 = [f for f in check_claims(c.build()).findings if f.code == "CC01"]
    assert cc01[0].name == "meta.unused_suppression" and cc01[0].severity is Severity.INFO


def test_suppression_outside_its_paragraph_does_not_apply():
    c = _two_problems()
    c.suppress(["DT01"], scope="paragraph", covers="He named the three countries")
    assert "DT01" in codes(check_claims(c.build()))


def test_file_suppression_by_family():
    c = _two_problems()
    c.suppress(["DT"], scope="file")
    assert codes(check_claims(c.build())) == ["NU01"]


def test_registry_lookup():
    assert get_rule("DT01") is get_rule("dates.weekday_mismatch")
    rules = all_rules()
    assert [r.code for r in rules] == sorted(r.code for r in rules)
    with pytest.raises(ConfigError):
        get_rule("nope")


def test_deterministic_output():
    a = check_claims(_two_problems().build()).model_dump_json()
    assert a == check_claims(_two_problems().build()).model_dump_json()
