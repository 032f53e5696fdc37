"""The issue's done-when, through the language model: real extraction, real rules.

These need the extraction stages; a regression anywhere in the pipeline
shows up here as the command's exit code or its underlines.
"""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS

from .conftest import DATA
from .test_golden import check_golden

pytestmark = pytest.mark.usefixtures("nlp")  # load the model once, in the session fixture


def test_the_seed_folder_is_clean(run):
    result = run("validate", "seeds/")
    assert result.code == 0, result.out + result.err
    assert "1 article checked" in result.out.splitlines()[-1]


def test_seed_copy_with_a_wrong_weekday_fails_and_underlines_both(tmp_path, monkeypatch):
    text = (SEEDS / "000_83666e781e89d9a2.txt").read_text(encoding="utf-8")
    changed = text.replace("took place on Friday in", "took place on Friday, November 21, in")
    assert changed != text
    (tmp_path / "seed.txt").write_text(changed, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from click.testing import CliRunner

    from claimcheck.cli import cli

    result = CliRunner().invoke(
        cli, ["validate", "--isolated", "--published", "2024-11-23", "seed.txt"]
    )
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if "DT01" in line)
    assert lines[header].startswith("seed.txt:")
    source, under = lines[header + 1], lines[header + 2]
    at = source.index("Friday, November 21")
    assert under[at:at + 6] == "^~~~~~"
    at = source.index("November 21")
    assert under[at:at + 11] == "^" + "~" * 10


def test_markdown_on_standard_input(run):
    result = run("validate", "-", input=(DATA / "articles" / "lisbon.md").read_bytes())
    assert result.code == 1
    assert result.out.startswith("<stdin>:8:54  DT01  error")


def test_a_clean_html_page_and_json_lines(run):
    result = run("validate", "--format", "json", "tests/cli/data/articles/council.html",
                 "tests/cli/data/articles/records.jsonl")
    from claimcheck.models import Report

    report = Report.model_validate_json(result.out)
    assert [(f.path, f.id) for f in report.files] == [
        ("tests/cli/data/articles/council.html", None),
        ("tests/cli/data/articles/records.jsonl", "r1"),
        ("tests/cli/data/articles/records.jsonl", "r2"),
    ]
    assert report.files[0].published_source == "html_meta"
    assert report.files[1].published_source == "record"
    assert report.summary.errors == 0


def test_extract_prints_claims(run):
    result = run("extract", "--published", "2024-03-09", "tests/cli/data/articles/lisbon.md")
    from claimcheck.models import ClaimSet

    claims = ClaimSet.model_validate_json(result.out)
    assert result.code == 0 and claims.article.published_source == "argument"
    assert any(t.span.text.startswith("Friday") for t in claims.times)


def test_golden_articles_text(run):
    result = run("validate", "tests/cli/data/articles")
    assert result.code == 1
    check_golden("articles.text", result.out)


def test_jobs_give_the_same_report(run):
    one = run("validate", "--format", "json", "tests/cli/data/articles")
    two = run("validate", "--format", "json", "--jobs", "2", "tests/cli/data/articles")
    assert one.out == two.out and one.code == two.code == 1
