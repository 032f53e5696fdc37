"""Scraper boilerplate is recognised by shape and yields no claims."""

from __future__ import annotations

import pytest

from claimcheck.extraction.boilerplate import Skipper, boilerplate_spans

BOILERPLATE = [
    "Site icon Daily Example",
    "Site logo The Morning Paper",
    "Exit mobile version",
    "Share this:",
    "Share on Facebook",
    "Publish Date",
    "Published on March 3, 2024",
    "Updated: 12:04 GMT",
    "Facebook   Twitter   Instagram   Youtube",
    "Skip to content",
    "Read more",
    "Related Articles",
    "Advertisement",
    "Post a Comment",
    "Source: The Example Office",
    "By Jane Doe",
]

PROSE = [
    "Share prices fell sharply on Monday after the announcement.",
    "By then, the talks in Geneva had collapsed.",
    "The minister said she would publish the report next week.",
    "Related talks are expected to begin in Oslo.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_line(line):
    text = f"Body text here.\n{line}\nMore body text."
    spans = boilerplate_spans(text)
    assert [text[s:e] for s, e in spans] == [line]


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_kept(line):
    assert boilerplate_spans(line) == []


def test_skipper_covers_only_boilerplate():
    text = "Exit mobile version\nReal text."
    skipper = Skipper.of(text)
    assert skipper.covers(0) and skipper.covers(5)
    assert not skipper.covers(text.index("Real"))


def test_no_claims_from_boilerplate(claims):
    text = ("Site icon Example News\n\nAnna Kowalski met Paul Girard in Lyon on Monday.\n\n"
            "Share on Twitter\n\nExit mobile version")
    cs = claims(text)
    body = (text.index("Anna"), text.index("Share on"))
    spans = [m for e in cs.entities for m in e.mentions] + [t.span for t in cs.times]
    spans += [e.trigger for e in cs.events] + [q.span for q in cs.quotes]
    assert spans and all(body[0] <= s.start < body[1] for s in spans)


@pytest.mark.parametrize(("text", "shouted"), [
    ("Great news. SIGN UP FOR OUR NEWSLETTER and more.", "SIGN UP FOR OUR NEWSLETTER"),
    ("NEW YORK AT ITS CORE: the museum reopened.", "NEW YORK AT ITS CORE"),
])
def test_a_run_of_words_in_capitals_is_skipped(text, shouted):
    skipper = Skipper.of(text)
    start = text.index(shouted)
    assert all(skipper.covers(i) for i in range(start, start + len(shouted)))
    assert not skipper.covers(text.index(shouted) + len(shouted) + 2)


@pytest.mark.parametrize("text", [
    "The UN and the EU met in Lyon.",  # two acronyms are no run
    "WASHINGTON (AP) - The senate voted on Monday.",
    "NATO allies met the US envoy.",
])
def test_acronyms_and_datelines_are_not_a_run_in_capitals(text):
    skipper = Skipper.of(text)
    assert not any(skipper.covers(i) for i in range(len(text)))


def test_boilerplate_lines_and_runs_in_capitals_together():
    text = "Exit mobile version\nSIGN UP FOR OUR NEWSLETTER now. Real text."
    skipper = Skipper.of(text)
    assert skipper.covers(0) and skipper.covers(text.index("NEWSLETTER"))
    assert not skipper.covers(text.index("Real"))
