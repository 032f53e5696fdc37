"""Invalid records are refused, and the error names the field that is wrong."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimcheck import models as m

T = "Talks ended on Friday."


def span(start, end):
    return {"start": start, "end": end, "text": T[start:end]}


CASES = [
    # (model, data, words the error must contain)
    (m.Span, {"start": 5, "end": 2, "text": ""}, ["end (2) is before start (5)"]),
    (m.Span, {"start": 0, "end": 5, "text": "Talk"}, ["4 characters", "covers 5"]),
    (m.Span, {"start": -1, "end": 2, "text": "abc"}, ["start"]),
    (m.Span, {"start": 0, "end": 5, "text": "Talks", "label": "x"}, ["label", "Extra inputs"]),
    (m.TimeExpression, {"id": "t1", "span": span(15, 21), "type": "DAY", "value": "XXXX-WXX-5",
                        "granularity": "day"}, ["type", "DATE"]),
    (m.TimeExpression, {"id": "x1", "span": span(15, 21), "type": "DATE", "value": "XXXX-WXX-5",
                        "granularity": "day"}, ["id"]),
    (m.TimeExpression, {"id": "t1", "span": span(15, 21), "type": "DATE", "value": "XXXX-WXX-5",
                        "granularity": "fortnight"}, ["granularity"]),
    (m.Anchor, {"kind": "expression"}, ["needs 'ref'"]),
    (m.Anchor, {"kind": "publication", "ref": "t1"}, ["takes no 'ref'"]),
    (m.Anchor, {"kind": "event", "ref": "ev1", "offset": "2 days"}, ["offset"]),
    (m.DayRange, {"start": "2024-11-08", "end": "2024-11-07"}, ["before start"]),
    (m.StatedDate, {"weekday": 8}, ["weekday"]),
    (m.StatedDate, {"month": 13}, ["month"]),
    (m.Role, {"span": span(0, 5)}, ["title, an organisation or a nationality"]),
    (m.Role, {"title": "chief", "country_code": "nl", "span": span(0, 5)}, ["country_code"]),
    (m.Entity, {"id": "ent1", "kind": "robot", "name": "R2"}, ["kind"]),
    (m.Entity, {"id": "ent1", "kind": "person", "name": ""}, ["name"]),
    (m.Event, {"id": "ev1", "kind": "meeting", "trigger": span(0, 5), "status": "maybe"},
     ["status"]),
    (m.EventRelation, {"type": "during", "target": "ev2"}, ["type"]),
    (m.Quote, {"id": "q1", "span": span(0, 5), "content": span(1, 4), "speakr": "ent1"},
     ["speakr"]),
    (m.Finding, {"code": "DT1", "name": "dates.x", "severity": "error", "message": "m"},
     ["code"]),
    (m.Finding, {"code": "DT01", "name": "dates.x", "severity": "fatal", "message": "m"},
     ["severity"]),
    (m.Article, {"text": T, "published": "2024-02-30"}, ["published"]),
    (m.Suppression, {"codes": ["DT01"], "scope": "chapter"}, ["scope"]),
]


@pytest.mark.parametrize(("model", "data", "words"), CASES,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_invalid_record_is_refused_with_its_field_named(model, data, words):
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    message = str(info.value)
    for word in words:
        assert word in message


def test_assignment_is_validated_too():
    s = m.Span(start=0, end=5, text="Talks")
    with pytest.raises(ValidationError):
        s.end = -3


def test_line_index_locates_offsets():
    index = m.LineIndex("ab\ncd\n\nef")
    assert index.locate(0) == (1, 1)
    assert index.locate(3) == (2, 1)
    assert index.locate(4) == (2, 2)
    assert index.locate(7) == (4, 1)


def test_evidence_columns_follow_lines():
    text = "first line\nsecond Friday here"
    start = text.index("Friday")
    ev = m.Evidence.at(m.Span.of(text, start, start + 6), m.LineIndex(text), "weekday")
    assert (ev.line, ev.column, ev.end_line, ev.end_column) == (2, 8, 2, 14)


def test_severity_orders_by_rank():
    assert m.Severity.ERROR > m.Severity.WARNING > m.Severity.INFO
    assert max([m.Severity.INFO, m.Severity.ERROR, m.Severity.WARNING]) is m.Severity.ERROR


def test_summary_counts_by_severity():
    f = lambda sev: m.Finding(code="DT01", name="dates.x", severity=sev, message="m")  # noqa: E731
    report = m.Report.of([
        m.FileReport(path="a.txt", findings=[f("error"), f("info"), f("error")]),
        m.FileReport(path="b.txt", error="cannot read"),
    ])
    s = report.summary
    assert (s.files, s.checked, s.unreadable, s.errors, s.warnings, s.infos) == (2, 1, 1, 2, 0, 1)
