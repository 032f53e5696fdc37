"""JSON and JSON Lines findings at the record's line, on the character in the text field."""

from __future__ import annotations

import json

import pytest

import claimcheck
from claimcheck.ingest import read_path
from claimcheck.ingest.json_positions import text_offsets


@pytest.mark.parametrize("record", [
    {"text": "plain words"},
    {"id": 3, "text": "a \"quoted\" word\nand a new line\tand a tab"},
    {"title": {"text": "nested, not this"}, "text": "caf\u00e9 and \U0001f600 and \\ slash"},
    {"text": "first", "extra": [1, {"text": "x"}], "published": "2024-01-02"},
])
@pytest.mark.parametrize("ascii_only", [True, False])
def test_each_character_of_the_text_is_found_where_it_is_written(record, ascii_only):
    doc = json.dumps(record, ensure_ascii=ascii_only)
    offsets = text_offsets(doc)
    assert offsets is not None and len(offsets) == len(record["text"])
    for ch, offset in zip(record["text"], offsets, strict=True):
        written = doc[offset]
        assert written == ch or written == "\\"  # an escape sits at its backslash


def test_the_last_duplicate_key_wins_as_in_json_loads():
    doc = '{"text": "old one", "text": "new one"}'
    assert doc[text_offsets(doc)[0]:].startswith("new one")


def test_not_an_object_with_a_string_text_gives_none():
    assert text_offsets('{"text": 5}') is None and text_offsets("[1, 2]") is None


def test_carriage_returns_are_normalised_in_step_with_the_text(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "one\r\ntwo on Friday"}), encoding="utf-8")
    (article,) = read_path(path)
    at = article.text.index("Friday")
    line, column = article.locator().locate(at)
    assert line == 1 and path.read_text()[column - 1:].startswith("Friday")


def test_jsonl_findings_are_on_the_record_line_and_column(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "The council met on Tuesday to talk about the harbour."}),
        json.dumps({"id": "b", "text": "Intro.\n\nThe ministers met on Friday, March 7, 2024, "
                    "in \"Lisbon\", an aide said."}, ensure_ascii=True),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports = [claimcheck.validate(item) for item in read_path(path)]
    (finding,) = [f for r in reports for f in r.files[0].findings if f.code == "DT01"]
    weekday = next(e for e in finding.evidence if e.role == "weekday")
    assert weekday.line == 2
    assert lines[1][weekday.column - 1:weekday.end_column - 1] == "Friday"
