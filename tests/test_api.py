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


PUBLISHED_FORMS = [
    dt.date(2025, 3, 6), dt.datetime(2025, 3, 6, 23, 30), "2025-03-06", " 2025-03-06 ",
]


@pytest.mark.parametrize("published", PUBLISHED_FORMS, ids=["date", "datetime", "iso", "spaced"])
def test_published_takes_a_date_a_datetime_or_an_iso_string_everywhere(tmp_path, published):
    path = tmp_path / "story.txt"
    path.write_text(WRONG_WEEKDAY, encoding="utf-8")
    claims = claimcheck.extract(WRONG_WEEKDAY, published=published)
    assert claims.article.published == dt.date(2025, 3, 6)
    for source in (WRONG_WEEKDAY, path, claims):
        report = claimcheck.validate(source, published=published)
        assert report.files[0].published == dt.date(2025, 3, 6)
        assert [f.code for f in errors(report)] == ["DT01"]
    assert claimcheck.read_article(path, published=published).published == dt.date(2025, 3, 6)
    times = claimcheck.extract_times("They met on Friday.", published=published)
    assert times[0].value == "2025-02-28"


BAD_PUBLISHED = [
    ("2025-13-01", claimcheck.ArgumentError), ("March 6, 2025", claimcheck.ArgumentError),
    ("2025-03-06T10:00", claimcheck.ArgumentError), ("", claimcheck.ArgumentError),
    (20250306, claimcheck.ArgumentTypeError), (1.5, claimcheck.ArgumentTypeError),
    (["2025-03-06"], claimcheck.ArgumentTypeError),
]


@pytest.mark.parametrize(("published", "error"), BAD_PUBLISHED,
                         ids=[repr(p) for p, _ in BAD_PUBLISHED])
def test_a_bad_published_fails_before_any_work_naming_the_argument(
        tmp_path, monkeypatch, published, error):
    import claimcheck.nlp

    def no_work(*args, **kwargs):
        raise AssertionError("the model ran before the argument was checked")

    monkeypatch.setattr(claimcheck.nlp, "parse", no_work)
    monkeypatch.setattr(claimcheck.nlp, "parse_many", no_work)
    path = tmp_path / "story.txt"
    path.write_text(WRONG_WEEKDAY, encoding="utf-8")
    calls = [
        lambda: claimcheck.extract(WRONG_WEEKDAY, published=published),
        lambda: claimcheck.validate(WRONG_WEEKDAY, published=published),
        lambda: claimcheck.validate(path, published=published),
        lambda: claimcheck.read_article(path, published=published),
        lambda: claimcheck.extract_times("They met on Friday.", published=published),
    ]
    for call in calls:
        with pytest.raises(error, match="^published: ") as info:
            call()
        assert isinstance(info.value, claimcheck.ClaimcheckError)
        assert isinstance(info.value, TypeError if error is claimcheck.ArgumentTypeError
                          else ValueError)


@pytest.mark.parametrize(("call", "argument"), [
    (lambda: claimcheck.extract(42), "source"),
    (lambda: claimcheck.validate(42), "source"),
    (lambda: claimcheck.check("not claims"), "claims"),
    (lambda: claimcheck.validate("text", select=[1]), "select"),
    (lambda: claimcheck.validate("text", time_limit="10"), "time_limit"),
    (lambda: claimcheck.validate("text", time_limit=-1), "time_limit"),
    (lambda: claimcheck.read_article(42), "path"),
    (lambda: claimcheck.extract_times(b"bytes"), "text"),
])
def test_every_bad_argument_is_a_claimcheck_error_naming_it(call, argument):
    with pytest.raises(claimcheck.ArgumentError) as info:
        call()
    assert info.value.argument == argument and str(info.value).startswith(f"{argument}: ")


def test_an_unknown_rule_is_a_claimcheck_error():
    claims = claimcheck.extract(WRONG_WEEKDAY, published=dt.date(2025, 3, 6))
    with pytest.raises(claimcheck.ClaimcheckError, match="NOPE"):
        claimcheck.check(claims, select=["NOPE"])
    assert [f.code for f in claimcheck.check(claims, select="DT01").files[0].findings] == ["DT01"]
