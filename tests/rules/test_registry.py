"""The registry: built-in rules by module, third-party rules by entry point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claimcheck.checker import check_claims
from claimcheck.models import ClaimSet, Finding, Severity
from claimcheck.rules import Rule, all_rules, get_rule, registry
from tests.rules.builders import Claims


class ShoutingHeadline(Rule):
    """A plugin rule: an article written all in capitals.

    Fails: "MEETING HELD". Passes: "Meeting held". Fix: use sentence case.
    """

    code = "XX01"
    name = "style.shouting"
    severity = Severity.INFO

    def check(self, claims: ClaimSet, timeline) -> Iterator[Finding]:
        if claims.article.text.isupper():
            yield self.finding(claims, "all capitals", [])


class _EntryPoint:
    def load(self):
        return ShoutingHeadline


@pytest.fixture
def plugin(monkeypatch):
    monkeypatch.setattr(registry, "entry_points", lambda group: [_EntryPoint()]
                        if group == registry.ENTRY_POINT_GROUP else [])
    registry._all_rules.cache_clear()
    yield
    registry._all_rules.cache_clear()


def test_plugin_rule_is_registered_and_runs(plugin):
    assert get_rule("XX01") is ShoutingHeadline and get_rule("style.shouting")
    assert "XX01" in [r.code for r in all_rules()]
    report = check_claims(Claims("MEETING HELD").build(), select=["XX"])
    assert [f.code for f in report.findings] == ["XX01"]


def test_without_plugin_the_code_is_unknown():
    registry._all_rules.cache_clear()
    assert "XX01" not in [r.code for r in all_rules()]


def test_meta_codes_are_accepted_selectors():
    assert registry.known_selector("CC01") and registry.known_selector("meta.unused_suppression")
    assert not registry.known_selector("ZZ99")
