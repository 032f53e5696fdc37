"""`claimcheck validate` on hand-made ClaimSets: no language model needed."""

from __future__ import annotations

import json
import shutil

import pytest

from claimcheck.models import Report
from tests.conftest import ROOT

from .conftest import DATA

WEEKDAY = "tests/cli/data/weekday.claims.json"
CLEAN = "tests/cli/data/clean.claims.json"
SUPPRESSED = "tests/cli/data/suppressed.claims.json"


def test_clean_exits_0(run):
    result = run("validate", CLEAN)
    clean = "1 article checked: no problems found\n"
    assert (result.code, result.out, result.err) == (0, clean, "")


def test_finding_exits_1_and_underlines_both_spans(run):
    result = run("validate", WEEKDAY)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith(f"{WEEKDAY}:3:26  DT01  error  ")
    source, under = lines[1], lines[2]
    assert source.endswith("met on Friday, March 7, 2024, in Lisbon, an aide said.")
    assert under[source.index("Friday"):].startswith("^~~~~~ ")
    assert under[source.index("March 7"):].startswith("^~~~~~~~~~~~~")
    assert lines[-1] == "1 article checked: 1 error, 0 warnings, 0 infos"


@pytest.mark.parametrize(("options", "code"), [
    (["--fail-on", "never"], 0),
    (["--ignore", "DT01"], 0),
    (["--ignore", "dates"], 0),
    (["--select", "PL,PE"], 0),
    (["--select", "DT"], 1),
    (["--severity", "DT01=warning"], 0),
    (["--severity", "DT01=warning", "--fail-on", "warning"], 1),
])
def test_options_change_the_exit_code(run, options, code):
    assert run("validate", *options, WEEKDAY).code == code


def test_suppressions_drop_findings_and_unused_ones_are_reported(run):
    result = run("validate", SUPPRESSED)
    assert result.code == 0
    assert "DT01" not in result.out
    assert f"{SUPPRESSED}:6:1  CC01  info  " in result.out
    assert run("validate", "--fail-on", "info", SUPPRESSED).code == 1


@pytest.mark.parametrize(("args", "message"), [
    (["--published", "yesterday", CLEAN], "--published: 'yesterday' is not a date"),
    (["--select", "XX99", CLEAN], "XX99"),
    (["--max-size", "lots", CLEAN], "max-size: 'lots' is not a size"),
    (["--severity", "DT01", CLEAN], "CODE=level"),
    (["--severity", "XX01=error", CLEAN], "XX01"),
    (["--ignore", "nonsense", "no/such/file.txt"], "nonsense"),
])
def test_usage_errors_exit_2_with_one_line(run, args, message):
    result = run("validate", *args)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("claimcheck: ") and message in result.err
    assert "Traceback" not in result.err and len(result.err.splitlines()) == 1


def test_unknown_option_is_a_usage_error(run):
    assert run("validate", "--no-such-option", CLEAN).code == 2
    assert run("validate").code == 2


def test_a_folder_with_one_unreadable_file_checks_the_rest(run, tmp_path):
    shutil.copy(DATA / "weekday.claims.json", tmp_path / "a.json")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    shutil.copy(DATA / "clean.claims.json", tmp_path / "c.json")
    result = run("validate", str(tmp_path))
    assert result.code == 2
    assert result.err.count("\n") == 1 and "b.txt: looks like a binary file" in result.err
    assert "a.json:3:26  DT01  error" in result.out
    assert result.out.splitlines()[-1] == (
        "2 articles checked: 1 error, 0 warnings, 0 infos; 1 input could not be read")
    assert not result.out.startswith("/") and "claimcheck: /" not in result.err


def test_missing_path_is_reported_and_others_still_checked(run):
    result = run("validate", "no/such/file.txt", WEEKDAY)
    assert result.code == 2
    assert result.err == "claimcheck: no/such/file.txt: no such file or directory\n"
    assert "DT01" in result.out


def test_folder_walk_skips_claims_fixtures(run, tmp_path):
    shutil.copy(DATA / "weekday.claims.json", tmp_path / "a.claims.json")
    result = run("validate", str(tmp_path))
    assert result.code == 2
    assert result.out == "0 articles checked: no problems found; 1 input could not be read\n"
    assert result.err.count("\n") == 1 and "folder holds no articles" in result.err


def test_stdin(run):
    result = run("validate", "-", input=(DATA / "weekday.claims.json").read_bytes())
    assert result.code == 1 and result.out.startswith("<stdin>:3:26  DT01")


def test_json_output_is_stable_and_valid(run):
    import jsonschema

    first = run("validate", "--format", "json", WEEKDAY, CLEAN)
    second = run("validate", "--format", "json", WEEKDAY, CLEAN)
    assert first.code == 1 and first.out == second.out
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
    jsonschema.validate(json.loads(first.out), schema)
    report = Report.model_validate_json(first.out)
    assert [f.path for f in report.files] == [WEEKDAY, CLEAN]
    assert report.files[0].published_source == "front_matter"


def test_output_file(run, tmp_path):
    target = tmp_path / "out.sarif"
    result = run("validate", "--format", "sarif", "-o", str(target), WEEKDAY)
    assert result.code == 1 and result.out == ""
    log = json.loads(target.read_text())
    assert log["runs"][0]["results"][0]["ruleId"] == "DT01"


def test_sarif_beside_another_format(run, tmp_path):
    target = tmp_path / "also.sarif"
    result = run("validate", "--format", "github", "--sarif-output", str(target), WEEKDAY)
    assert result.code == 1 and result.out.startswith("::error ")
    assert json.loads(target.read_text())["runs"][0]["results"][0]["ruleId"] == "DT01"


def test_unwritable_output_is_exit_2(run, tmp_path):
    result = run("validate", "-o", str(tmp_path / "no" / "such" / "dir.txt"), WEEKDAY)
    assert result.code == 2 and "cannot write" in result.err


def test_github_format(run):
    result = run("validate", "--format", "github", WEEKDAY)
    assert result.out.startswith(
        f"::error file={WEEKDAY},line=3,col=26,endLine=3,endColumn=32,"
        "title=DT01 dates.weekday_mismatch::")


def test_published_overrides_metadata(run):
    result = run("validate", "--format", "json", "--published", "2024-03-08", CLEAN)
    report = Report.model_validate_json(result.out)
    assert str(report.files[0].published) == "2024-03-08"
    assert report.files[0].published_source == "argument"


def test_colour_can_be_forced(run):
    assert "\x1b[" in run("validate", "--color", WEEKDAY).out
    assert "\x1b[" not in run("validate", WEEKDAY).out
