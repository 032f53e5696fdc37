"""Rules end to end: our own sentences through extraction and the checker."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import validate
from claimcheck.models import Severity

PUB = dt.date(2024, 11, 23)

# (code, text, spans the evidence must cover); ids carry the code for `pytest -k`
FAILING = [
    ("DT01", "The talks were held in Lima on Friday, November 21, 2024, officials said.",
     ["Friday", "November 21, 2024"]),
    ("DT02", "Rutte met Trump in Palm Beach on Friday, just two days after Trump's election "
             "victory on November 5.", ["Friday", "two days after", "November 5"]),
    ("DT03", "The meeting took place on Friday in Palm Beach, Dakhlallah confirmed in a "
             "statement on Thursday.", ["Friday", "Thursday"]),
    ("PL01", "Rutte met Trump in Palm Beach on Friday. The meeting took place in Washington, "
             "a spokeswoman said.", ["Palm Beach", "Washington"]),
    ("PL01", "The ministers met in Geneva on Monday. The meeting took place in Paris on Monday, "
             "an aide said.", ["Geneva", "Paris"]),
    ("PL01", "Negotiators held talks in Geneva on Monday. The talks took place in Paris on "
             "Monday, an aide said.", ["Geneva", "Paris"]),
    ("PL01", "The leaders met in Geneva on Monday. They spoke for an hour. The meeting, held in "
             "Paris on Monday, ended without a deal.", ["Geneva", "Paris"]),
    ("PE01", "Rutte, the former Dutch prime minister, met Trump on Friday.\n\nRutte, the former "
             "Belgian prime minister, said the talks went well.",
     ["the former Dutch prime minister", "the former Belgian prime minister"]),
    ("DT06", "Leaders gathered for the three-day summit from November 7 to 8 in Budapest.",
     ["three-day", "November 7 to 8"]),  # the range is one time expression
    ("DT05", "The vote is set for June 31, the committee said.", ["June 31"]),
    ("DT03", "The meeting, which took place on Friday, November 22, lasted two hours, according "
             "to a statement released by the government on Thursday.",
     ["Friday, November 22", "Thursday"]),
    ("DT04", "The committee chairman resigned on November 29, 2024, his office said.",
     ["November 29, 2024"]),
    ("PE01", "Anna Berg is Dutch, officials said on Friday.\n\nBerg, a Belgian, said the "
             "talks went well.", ["Dutch", "Belgian"]),
    ("DT02", "The ministers met on Friday, November 22, two days after the vote on "
             "November 19.", ["Friday, November 22", "two days after", "November 19"]),
    # an event with no day of its own, ordered against a day still ahead of publication
    ("DT04", "The rebels have held the embassy since November 28, 2024, officials said.",
     ["held", "November 28, 2024"]),
    ("DT04", "The two ministers met in Rome after December 2, 2024.",
     ["met", "December 2, 2024"]),
]

PASSING = [
    "The rebels have held the embassy since November 18, 2024, officials said.",
    "The two ministers will meet in Rome after December 2, 2024.",
    "The two ministers met in Rome before December 2, 2024.",
    "The talks were held in Lima on Friday, November 22, 2024, officials said.",
    "The meeting took place on Friday in Palm Beach, Dakhlallah confirmed in a statement on "
    "Saturday.",
    "Rutte met Trump in Florida on Friday. The meeting took place in Palm Beach, a spokeswoman "
    "said.",
    "Rutte, the former Dutch prime minister, sought the meeting with Trump just two days after "
    "Trump's election victory on November 5. The meeting took place on Friday.",
    "Leaders gathered for the three-day summit from November 7 to 9 in Budapest.",
    # PL01: stages of one event, each in its own city on its own day
    "The talks began in Geneva on Monday, Nov. 18. On Tuesday, the talks in Paris continued, and "
    "the ministers signed a memo.",
    "Negotiators held talks in Geneva on Monday. On Tuesday, the talks in Paris produced a draft.",
    "The talks began in Geneva on Monday. The talks began again in Paris on Wednesday.",
    "Negotiators held talks in Geneva on Monday. The second round of the talks took place in "
    "Paris on Thursday.",
    "The talks began in Geneva on Monday, Nov. 18. On Tuesday, the talks continued in Paris, "
    "where the ministers signed a memo.",
    "The talks began in Geneva on Monday, Nov. 18. On Tuesday, the talks, held in Paris, "
    "produced a draft.",
]


@pytest.mark.parametrize(("code", "text", "spans"), [pytest.param(*f, id=f[0]) for f in FAILING])
def test_failing_text(nlp, code, text, spans):
    findings = [f for f in validate(text, published=PUB).files[0].findings if f.code == code]
    # one event in two places always rests on a coreference of its mentions: a warning at
    # most by the severity policy (docs/rules-design.md)
    expect = Severity.WARNING if code == "PL01" else Severity.ERROR
    assert findings and findings[0].severity is expect
    covered = [e.span.text for e in findings[0].evidence]
    for s in spans:
        assert s in covered, (s, covered)


@pytest.mark.parametrize("text", PASSING)
def test_passing_text(nlp, text):
    errors = [f for f in validate(text, published=PUB).files[0].findings
              if f.severity is Severity.ERROR]
    assert errors == []


@pytest.mark.parametrize("published", [PUB, None])
def test_seed_end_to_end_has_no_error(nlp, seed_text, published):
    report = validate(seed_text, published=published).files[0]
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []


def test_seed_with_friday_moved_is_caught(nlp, seed_text):
    broken = seed_text.replace("sought the meeting with Trump just two days after",
                               "met Trump on Friday, just two days after", 1)
    codes = {f.code for f in validate(broken, published=PUB).files[0].findings
             if f.severity is Severity.ERROR}
    assert "DT02" in codes
