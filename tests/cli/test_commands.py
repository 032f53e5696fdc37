"""`claimcheck rules`, `schema` and `extract` on claims (no model)."""

from __future__ import annotations

import json

from .conftest import DATA


def test_rules_lists_every_rule(run):
    result = run("rules")
    assert result.code == 0
    codes = [line.split()[0] for line in result.out.splitlines()]
    assert "DT01" in codes and codes == sorted(codes)


def test_rules_code_prints_its_documentation(run):
    result = run("rules", "dt01")
    assert result.code == 0
    assert result.out.startswith("DT01 dates.weekday_mismatch (error)\n\n")
    assert "Fix:" in result.out
    assert run("rules", "dates.weekday_mismatch").out == result.out


def test_unknown_rule_is_a_usage_error(run):
    result = run("rules", "XX99")
    assert result.code == 2 and "no rule 'XX99'" in result.err


def test_schema_check_passes_on_the_repository(run):
    result = run("schema", "--check")
    assert (result.code, result.out) == (0, "schemas: up to date\n")


def test_extract_of_a_claimset_prints_it_back(run):
    result = run("extract", "tests/cli/data/weekday.claims.json")
    assert result.code == 0
    original = json.loads((DATA / "weekday.claims.json").read_text())
    printed = json.loads(result.out)
    assert printed["times"] == original["times"]


def test_extract_of_a_missing_file(run):
    result = run("extract", "nope.txt")
    assert result.code == 2 and result.err == "claimcheck: nope.txt: no such file\n"


def test_version(run):
    result = run("--version")
    assert result.code == 0 and result.out.startswith("claimcheck, version ")
