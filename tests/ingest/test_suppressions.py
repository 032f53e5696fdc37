"""Inline ignore comments: blanked for the model, kept as paragraph suppressions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import InputError
from claimcheck.ingest import strip_comments

TEXT = (
    "First paragraph stays.\n\n"
    "<!-- claimcheck: ignore DT01, QT -->\n"
    "Second paragraph is covered.\nStill the second.\n\n"
    "Third is not.\n"
)


def test_comment_is_blanked_with_offsets_kept():
    cleaned, _ = strip_comments(TEXT, "a.md")
    assert len(cleaned) == len(TEXT)
    assert "<!--" not in cleaned and "claimcheck" not in cleaned
    assert cleaned.count("\n") == TEXT.count("\n")


def test_directive_covers_the_next_paragraph():
    cleaned, (sup,) = strip_comments(TEXT, "a.md")
    assert sup.codes == ["DT01", "QT"] and sup.scope == "paragraph"
    assert sup.covers.text == "Second paragraph is covered.\nStill the second."
    assert cleaned[sup.directive.start:sup.directive.end] == sup.directive.text
    assert TEXT[sup.directive.start:sup.directive.end].startswith("<!-- claimcheck")


def test_ordinary_comments_are_blanked_but_suppress_nothing():
    cleaned, sups = strip_comments("A <!-- editor note --> B\n", "a.md")
    assert sups == [] and cleaned == "A" + " " * 22 + "B\n"


def test_directive_at_the_end_covers_an_empty_span_not_the_file():
    _, (sup,) = strip_comments("Text.\n\n<!-- claimcheck: ignore PL01 -->\n", "a.md")
    assert sup.covers is not None and sup.covers.text == ""


@pytest.mark.parametrize("comment", [
    "<!-- claimcheck: ignore -->",
    "<!-- claimcheck: ignore DT01; rm -rf -->",
    "<!-- claimcheck: disable DT01 -->",
])
def test_malformed_directives_are_input_errors(comment):
    with pytest.raises(InputError, match="a.md"):
        strip_comments(f"{comment}\nText.\n", "a.md")


def test_names_and_families_are_accepted():
    _, (sup,) = strip_comments("<!-- claimcheck: ignore dates.weekday_mismatch PL -->\nX\n", "s")
    assert sup.codes == ["dates.weekday_mismatch", "PL"]

_words = st.text(alphabet="abc XY.\n", max_size=40)
_comments = st.sampled_from(
    ["<!-- note -->", "<!-- claimcheck: ignore DT01 -->", "<!--\nclaimcheck: ignore PL, QT\n-->"]
)


@given(st.lists(st.tuples(_words, _comments), max_size=5), _words)
def test_blanking_keeps_every_offset_and_line(parts, tail):
    text = "".join(words + comment for words, comment in parts) + tail
    cleaned, sups = strip_comments(text, "p")
    assert len(cleaned) == len(text)
    assert [i for i, c in enumerate(cleaned) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"]
    assert "<!--" not in cleaned
    for sup in sups:
        assert cleaned[sup.covers.start:sup.covers.end] == sup.covers.text
        assert sup.covers.start >= sup.directive.end
