"""Text output: compiler-style lines, underlined evidence, colour only when asked."""

from __future__ import annotations

from claimcheck.models import FileReport, Report, Summary
from claimcheck.report import render_summary, render_text
from claimcheck.report.snippet import render_snippet

from .conftest import evidence


def test_text_report(report, text):
    out = render_text(report, texts={("news/lisbon.txt", None): text})
    lines = out.splitlines()
    assert lines[0] == ("news/lisbon.txt:3:26  DT01  error  "
                        "Friday does not match March 7, 2024, a Thursday")
    assert lines[1] == ("  3 | The two ministers met on Friday, March 7, 2024, in Lisbon, "
                        "an aide said. They later flew to Porto.")
    assert lines[2] == "    |                          ^~~~~~  ^~~~~~~~~~~~~ date"
    assert lines[3] == "    |                          weekday"
    assert lines[4] == "  = March 7, 2024 is a Thursday"
    assert lines[5].startswith("  = help: ") and "`claimcheck rules DT01`" in lines[5]
    assert lines[7].startswith("news/lisbon.txt:3:52  PL01  warning  ")
    assert "news/lisbon.txt  CC01  info  'QT01' suppresses nothing" in out
    assert "news/empty.txt: error: file is empty" in out
    assert lines[-1] == "2 articles checked: 1 error, 1 warning, 1 info; 1 input could not be read"
    assert "\x1b[" not in out


def test_underlines_on_two_lines_are_each_under_their_words(report, text):
    out = render_text(report, texts={("news/lisbon.txt", None): text})
    block = out.split("PL01")[1].splitlines()
    assert block[1].endswith("Lisbon, an aide said. They later flew to Porto.")
    col = block[1].index("Lisbon")
    assert block[2].index("^") == col
    col = block[3].index("Madrid")
    assert block[4][col:col + 6] == "^~~~~~"


def test_without_texts_the_evidence_is_quoted(report):
    out = render_text(report)
    assert "  evidence: “Friday”, “March 7, 2024”" in out


def test_errors_can_be_left_to_stderr(report):
    assert "file is empty" not in render_text(report, include_errors=False)


def test_colour_only_when_asked(report, text):
    coloured = render_text(report, texts={("news/lisbon.txt", None): text}, color=True)
    assert "\x1b[31m" in coloured and "\x1b[" not in render_text(report)


def test_long_line_is_clipped_to_the_sentence():
    text = ("Filler words go on here. " * 8) + "The talks ended on Friday, March 7, 2024. " + (
        "More filler after it. " * 8)
    ev = evidence_in(text, "Friday")
    (line, under) = render_snippet(text, [ev])
    assert line == "1 | …The talks ended on Friday, March 7, 2024.…"
    assert under.index("^") == line.index("Friday")


def evidence_in(text, words):
    from claimcheck.models import Evidence, LineIndex, Span

    start = text.index(words)
    return Evidence.at(Span.of(text, start, start + len(words)), LineIndex(text))


def test_clean_summary():
    clean = Summary.of([FileReport(path="a")])
    assert render_summary(clean) == "1 article checked: no problems found\n"
    assert render_text(Report.of([])) == "0 articles checked: no problems found\n"


def test_jsonl_records_are_named_by_id():
    from claimcheck.models import Finding, Severity

    finding = Finding(code="DT05", name="dates.impossible_date", severity=Severity.ERROR,
                      message="m", evidence=[evidence("Lisbon")])
    out = render_text(Report.of([FileReport(path="a.jsonl", id="42", findings=[finding])]))
    assert out.startswith("a.jsonl#42:1:19  DT05  error  m")
