"""The library entry points, end to end on small articles of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import InputError

CONSISTENT = (
    "The two prime ministers met in Vienna on Tuesday, March 4, 2025. "
    "A joint statement followed on Wednesday.\n"
)
WRONG_WEEKDAY = CONSISTENT.replace("Tuesday, March 4", "Monday, March 4")


def errors(report):
    return [f for r in report.files for f in r.findings if f.severity == "error"]


def test_validate_text_consistent_and_not():
    published = dt.date(2025, 3, 6)
    assert errors(claimcheck.validate(CONSISTENT, published=published)) == []
    found = errors(claimcheck.validate(WRONG_WEEKDAY, published=published))
    assert [f.code for f in found] == ["DT01"]
    assert {e.span.text for e in found[0].evidence} >= {"Monday", "March 4, 2025"}


def test_validate_a_path_and_read_article(tmp_path: Path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: Talks\ndate: 2025-03-06\n---\n" + WRONG_WEEKDAY, "utf-8")
    article = claimcheck.read_article(path)
    assert article.published == dt.date(2025, 3, 6)
    assert [f.code for f in errors(claimcheck.validate(path))] == ["DT01"]


def test_validate_a_claim_set_needs_no_extraction():
    claims = claimcheck.extract(WRONG_WEEKDAY, published=dt.date(2025, 3, 6))
    report = claimcheck.validate(claims)
    assert [f.code for f in errors(report)] == ["DT01"]
    assert report == claimcheck.check(claims)


def test_read_article_names_the_missing_file(tmp_path: Path):
    with pytest.raises(InputError, match="nothere.txt"):
        claimcheck.read_article(tmp_path / "nothere.txt")


def test_extract_times_anchors_on_the_publication_date():
    times = claimcheck.extract_times("They met on Friday.", published=dt.date(2024, 11, 23))
    assert [(t.span.text, t.value) for t in times] == [("Friday", "2024-11-22")]


def test_validate_does_not_invent_claims_for_other_languages():
    text = ("Die beiden Minister trafen sich am Montag in Wien. Sie sprachen über den Handel "
            "und die Sicherheit in der Region, und sie wollen sich bald wieder treffen. Nach dem "
            "Gespräch sagte die Ministerin, dass die Gespräche gut gewesen seien und dass man "
            "im nächsten Monat weiter verhandeln werde.")
    report = claimcheck.validate(text, published=dt.date(2025, 3, 6))
    assert [f.code for f in report.files[0].findings] == ["CC02"]
