"""QT03 shows the quotation mark itself, whichever end of a quote lacks its partner."""

from __future__ import annotations

import pytest

from claimcheck.checker import check_claims
from tests.rules.builders import Claims
from tests.rules.cases import PUB


@pytest.mark.parametrize(("text", "mark"), [
    ("Rutte said: “We will stand with Ukraine. The talks went on.", "“"),
    ("Rutte left. He said we will win” and went home.", "”"),
    ('Rutte said: "We will stand with Ukraine. The talks went on.', '"'),
])
def test_finding_points_at_the_mark(text, mark):
    report = check_claims(Claims(text, PUB).build(), select=["QT03"])
    spans = [e.span for f in report.findings for e in f.evidence]
    assert [s.text for s in spans] == [mark]
    assert text[spans[0].start:spans[0].end] == mark
