"""Long lines: evidence far apart on one line gets one clipped window each, on one row."""

from __future__ import annotations

from claimcheck.models import Evidence, LineIndex, Span
from claimcheck.report.snippet import WIDTH, render_snippet

FILLER = "The council heard from residents about parking and the new bus lanes. "
LONG = (
    "The vote was held on Friday, March 7, 2024, in the town hall. " + FILLER * 12
    + "A week later the same vote was reported from Lisbon by the mayor's office.\n"
)


def at(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence.at(Span.of(text, start, start + len(words)), LineIndex(text))


def test_far_apart_spans_on_one_line_get_separate_windows_on_one_row():
    lines = render_snippet(LONG, [at(LONG, "Friday"), at(LONG, "Lisbon")])
    assert len(lines) == 2  # the line is shown once
    row, under = lines
    assert row.startswith("1 | ") and len(row) <= 2 * WIDTH + 10
    assert " …A week later" in row and "the town hall.…" in row
    first, second = (i for i, ch in enumerate(under) if ch == "^")
    assert row[first:].startswith("Friday") and row[second:].startswith("Lisbon")


def test_near_spans_share_one_window():
    lines = render_snippet(LONG, [at(LONG, "Friday"), at(LONG, "March 7, 2024")])
    assert len(lines) == 2 and lines[1].count("^") == 2


def test_a_span_longer_than_a_window_is_clipped():
    text = "He said: " + "word " * 400 + "end.\n"
    evidence = [Evidence.at(Span.of(text, 9, len(text) - 1), LineIndex(text))]
    lines = render_snippet(text, evidence)
    assert len(lines) == 2 and all(len(line) <= WIDTH + 10 for line in lines)
    assert lines[1].lstrip("| ").startswith("^~")


def test_a_megabyte_line_without_spaces_stays_one_window():
    text = "x" * 1_000_000 + " Friday " + "y" * 1_000_000 + "\n"
    lines = render_snippet(text, [at(text, "Friday")])
    assert len(lines) == 2 and len(lines[0]) <= WIDTH + 10
    assert lines[0][lines[1].index("^"):].startswith("Friday")


def test_the_same_input_renders_the_same_lines():
    evidence = [at(LONG, "Friday"), at(LONG, "Lisbon")]
    assert render_snippet(LONG, evidence) == render_snippet(LONG, list(reversed(evidence)))


def test_many_findings_on_a_megabyte_line_cost_what_they_show():
    """Each snippet reads only a few windows of text, not the line (was findings x length)."""
    import time

    text = "word," * 200_000 + "\n"
    index = LineIndex(text)
    evidence = [Evidence.at(Span.of(text, i, i + 4), index) for i in range(0, 990_000, 1_000)]
    started = time.perf_counter()
    rendered = [render_snippet(text, [ev]) for ev in evidence]
    assert time.perf_counter() - started < 1.0
    assert all(len(lines) == 2 and lines[0].startswith("1 | ") for lines in rendered)
    assert all(len(lines[0]) <= WIDTH + 10 for lines in rendered)
