"""find_counts on our own sentences: closed lists are counted, open ones never."""

from __future__ import annotations

import pytest

from claimcheck.extraction.counts import find_counts

CASES = [
    ("He named the three countries North Korea, Iran, China and Russia as threats.",
     3, "countries", ["North Korea", "Iran", "China", "Russia"]),
    ("The two leaders — Joe Biden and Xi Jinping — met in Lima.",
     2, "leaders", ["Joe Biden", "Xi Jinping"]),
    ("Officials from four nations: Japan, Korea, Australia and India attended.",
     4, "nations", ["Japan", "Korea", "Australia", "India"]),
    ("The 3 ministers (John Smith, Rui Silva and Joao Pinto) resigned on Monday.",
     3, "ministers", ["John Smith", "Rui Silva", "Joao Pinto"]),
    # the counted noun is the clause's subject; the colon closes that clause
    ("Officials said five states had joined the lawsuit: Texas, Ohio, Utah, Iowa and Idaho.",
     5, "states", ["Texas", "Ohio", "Utah", "Iowa", "Idaho"]),
    # or its object
    ("Mira Dale has toured three countries this spring: Peru, Chile and Bolivia.",
     3, "countries", ["Peru", "Chile", "Bolivia"]),
    # a dash list closed by its dash is whole: the city after it is no item
    ("The three finalists \u2014 Peru, Chile and Bolivia \u2014 will meet in Lima.",
     3, "finalists", ["Peru", "Chile", "Bolivia"]),
]

NONE = [
    # a comma opens no list (issue 16): "the two men, Jones and Brown said, ..."
    "The two leaders, Joe Biden and Xi Jinping, met in Lima.",
    "The two leaders discussed trade, security and climate at length.",
    "Two officials said the talks in Paris and Berlin had stalled.",
    "The five members such as France and Germany objected.",
    "He spent three days in Lima and two in Quito.",
    # a comma ends the clause before the colon: the list is not the subject's
    "Two states joined the lawsuit, and one more was weighing it: Ohio and Utah.",

    "Some 10 days ago, President Clinton and his aides met in Ohio.",
    "The 5\u00b2 countries France and Spain signed.",  # a superscript is no count, nor a crash
    "The \u0664 ministers Ana Costa and Rui Silva resigned.",  # nor a non-ASCII digit
]


@pytest.mark.parametrize(("text", "value", "noun", "items"), CASES, ids=[c[2] for c in CASES])
def test_counts_found(nlp, text, value, noun, items):
    (count,) = find_counts(nlp(text))
    assert (count.value, count.noun, [i.text for i in count.items]) == (value, noun, items)
    assert text[count.span.start:count.span.end] == count.span.text
    assert count.span.end == count.items[-1].end


@pytest.mark.parametrize("text", NONE)
def test_no_count(nlp, text):
    assert find_counts(nlp(text)) == []


def test_an_including_list_is_kept_as_a_sample(nlp):
    (count,) = find_counts(nlp("Three countries, including Iran and China, voted against it."))
    assert (count.value, count.cue, [i.text for i in count.items]) == (
        3, "including", ["Iran", "China"])


def test_a_list_after_a_nearer_count_is_that_counts(nlp):
    text = "The ministers invited two countries to discuss three issues: trade, energy and jobs."
    assert [(c.value, c.noun) for c in find_counts(nlp(text))] == [(3, "issues")]
