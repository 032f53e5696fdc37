"""The one TIMEX3 duration reader, shared by the time extractor and the reasoner."""

from __future__ import annotations

import pytest

from claimcheck.models.durations import duration_parts, exact_days, single_duration


@pytest.mark.parametrize("value, single, days", [
    ("P2D", (2.0, "D"), 2),
    ("P1W", (1.0, "W"), 7),
    ("P1W3D", None, 10),
    ("P3M", (3.0, "M"), None),
    ("P1.5Y", (1.5, "Y"), None),
    ("P2DE", (2.0, "DE"), None),
    ("PT3H", (3.0, "H"), None),
    ("PT20M", (20.0, "MIN"), None),
    ("P2DT3H", None, None),
    ("P2.5D", (2.5, "D"), None),
    ("PXY", None, None),
    ("P3D1W", None, None),
    ("P", None, None),
    ("P2DT", None, None),
    ("2024-05-01", None, None),
    (None, None, None),
])
def test_readings(value: str | None, single: tuple[float, str] | None, days: int | None) -> None:
    assert single_duration(value) == single
    assert exact_days(value) == days


def test_parts_keep_their_written_order() -> None:
    parts = duration_parts("P1Y2M3DT4H")
    assert parts is not None
    assert [(p.amount, p.unit) for p in parts] == [(1, "Y"), (2, "M"), (3, "D"), (4, "H")]
