"""The same input gives byte-identical JSON and SARIF on every run, with one worker or two."""

from __future__ import annotations

import shutil

import pytest

from tests.cli.conftest import DATA

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.fixture
def articles(tmp_path, monkeypatch):
    """The CLI test articles plus hand-made claims, in a folder of their own."""
    shutil.copytree(DATA / "articles", tmp_path / "news")
    shutil.copy(DATA / "weekday.claims.json", tmp_path / "news" / "weekday.json")
    (tmp_path / "news" / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "news"


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_two_runs_give_the_same_bytes(run, articles, fmt):
    first = run("validate", "--format", fmt, articles)
    second = run("validate", "--format", fmt, articles)
    assert first.code == 2  # the empty file is an input error, and stays one
    assert first.out.encode() == second.out.encode()
    assert '"files": 7' in first.out or fmt == "sarif"


def test_two_workers_give_the_same_bytes_as_one(run, articles, tmp_path):
    one = run("validate", "--format", "json", "--sarif-output", "one.sarif", articles)
    two = run("validate", "--format", "json", "--jobs", "2", "--sarif-output", "two.sarif",
              articles)
    assert one.out.encode() == two.out.encode()
    assert (tmp_path / "one.sarif").read_bytes() == (tmp_path / "two.sarif").read_bytes()


def test_no_timestamps_or_machine_details(run, articles, tmp_path):
    out = run("validate", "--format", "sarif", articles).out
    for leak in (str(tmp_path), "startTimeUtc", "endTimeUtc", "machine", "commandLine"):
        assert leak not in out
