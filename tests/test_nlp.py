"""The shared pipeline starts sentences at line breaks that end one, and only those."""

from __future__ import annotations

import pytest

CASES = [
    # (text, the sentences spaCy must see)
    ("News story: Minister to visit Rome\n\nThe minister will travel to Rome today.",
     ["News story: Minister to visit Rome", "The minister will travel to Rome today."]),
    ("Readout of the Meeting with\nPresident Ruto of Kenya\nThe two presidents met today.",
     ["Readout of the Meeting with\nPresident Ruto of Kenya",
      "The two presidents met today."]),
    ("The minister met her Foreign\nSecretary counterpart on Monday, and they\ndiscussed trade.",
     ["The minister met her Foreign\nSecretary counterpart on Monday, and they\n"
      "discussed trade."]),
    ("He said it went well.\nThe talks ended.", ["He said it went well.", "The talks ended."]),
    ("The delegation arrived on Monday,\nBefore the summit opened.",
     ["The delegation arrived on Monday,\nBefore the summit opened."]),
]


@pytest.mark.parametrize(("text", "sentences"), CASES)
def test_sentences_at_line_breaks(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_line_break_component_runs_before_the_parser(nlp):
    from claimcheck.nlp import LINE_BREAKS

    names = nlp.pipe_names
    assert names.index(LINE_BREAKS) < names.index("parser")
