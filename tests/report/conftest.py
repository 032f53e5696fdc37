"""A hand-made report over a hand-written article: formatters tested without any model."""

from __future__ import annotations

import pytest

from claimcheck.models import Evidence, FileReport, Finding, LineIndex, Report, Severity, Span

TEXT = (
    "Ministers meet in Lisbon\n"
    "\n"
    "The two ministers met on Friday, March 7, 2024, in Lisbon, an aide said. "
    "They later flew to Porto.\n"
    "\n"
    "The same meeting, officials said, was held in Madrid.\n"
)


def evidence(words: str, role: str | None = None, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return Evidence.at(Span.of(TEXT, start, start + len(words)), LineIndex(TEXT), role)


@pytest.fixture
def text() -> str:
    return TEXT


@pytest.fixture
def report() -> Report:
    weekday = Finding(
        code="DT01", name="dates.weekday_mismatch", severity=Severity.ERROR,
        message="Friday does not match March 7, 2024, a Thursday",
        evidence=[evidence("Friday", "weekday"), evidence("March 7, 2024", "date")],
        derivation=["March 7, 2024 is a Thursday"],
    )
    places = Finding(
        code="PL01", name="places.event_in_two_places", severity=Severity.WARNING,
        message="the meeting is placed in Lisbon and in Madrid",
        evidence=[evidence("Lisbon", nth=1), evidence("Madrid")],
    )
    note = Finding(
        code="CC01", name="meta.unused_suppression", severity=Severity.INFO,
        message="'QT01' suppresses nothing, on 2 lines: a, b",
    )
    return Report.of([
        FileReport(path="news/lisbon.txt", findings=[places, weekday, note]),
        FileReport(path="news/empty.txt", error="file is empty"),
        FileReport(path="news/clean.md"),
    ])
