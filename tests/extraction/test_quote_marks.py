"""Pairing quotation marks: on text alone, and never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.quote_marks import find_marked

CASES = [
    ("curly", "He said “yes” and left.", [("“yes”", True)]),
    ("straight", 'He said "yes" and "no".', [('"yes"', True), ('"no"', True)]),
    ("two paragraphs", "“One part.\n\n“Two part,” she said.",
     [("“One part.\n\n“Two part,”", True)]),
    ("never closed", "She said “this goes on\n\nNew paragraph here.",
     [("“this goes on", False)]),
    ("nested one level", "a “b “c” d” e", [("“b “c” d”", True)]),
    ("nested never closed", "a “b “c” d", [("“b “c” d", False)]),
    ("wrapped line inside a paragraph", "She said “we will\ncome back” later.\n\nNext.",
     [("“we will\ncome back”", True)]),
    ("lines are paragraphs without blank lines", "She said “we will\ncome back” later.",
     [("“we will", False), ("come back”", False)]),
    ("marks inside markup tags", 'See <a title="x y" href="z">“this”</a> now.',
     [("“this”", True)]),
    ("stray closing", "a b” c", [("a b”", False)]),
    ("no marks", "Nothing quoted here.", []),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pairs(text, want):
    got = [(text[m.start:m.end], m.balanced) for m in find_marked(text)]
    assert got == want


def test_skipped_lines_yield_nothing():
    text = "Share “this”\nHe said “that”."
    got = find_marked(text, skip=lambda offset: offset < text.index("\n"))
    assert [text[m.start:m.end] for m in got] == ["“that”"]


@given(st.text(alphabet=st.sampled_from(list("ab .\n“”\"")), max_size=60))
def test_any_text_gives_well_formed_spans(text):
    for m in find_marked(text):
        assert 0 <= m.start <= m.content_start <= m.content_end <= m.end <= len(text)
        if m.balanced:
            assert text[m.start] in "“\"" and text[m.end - 1] in "”\""


def test_unmatched_marks_and_repeat_cues_are_handed_over_as_claims(claims):
    """QT01 and QT03 read these fields, never the text (issue 14)."""
    cs = claims("“We will rebuild the bridge,” Ortega said. Later Mena said, "
                "echoing Ortega: “We will rebuild the bridge.”\n\nMena added: “No delay.\n")
    assert [m.text for m in cs.unmatched_marks] == ["“"]
    cues = [q.repeat_cue.text for q in cs.quotes if q.repeat_cue is not None]
    assert cues == ["echoing"]


def test_a_repeat_cue_may_follow_in_the_next_sentence(claims):
    cs = claims("In May the senator said she was “not ready to decide.” Last week the mayor "
                "said he was “not ready to decide.” He was using the senator’s own words, "
                "aides said.\n")
    later = max(cs.quotes, key=lambda q: q.span.start)
    assert later.repeat_cue is not None and later.repeat_cue.text.endswith("words")
