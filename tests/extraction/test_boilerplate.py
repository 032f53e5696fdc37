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
