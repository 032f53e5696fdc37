"""Which quotation marks pair (extraction/quote_balance.py): the conventions of edited news."""

from __future__ import annotations

import pytest

from claimcheck.extraction.quote_balance import unbalanced_marks


@pytest.mark.parametrize(("text", "unpaired"), [
    ("“A b.” C.", []),
    ("“A b. C.", ["“"]),
    # one finding for a mark of the wrong shape, on that mark, not on its partner
    ("It was “awful“ then.", ["“2"]),
    ("Done.\n\n”We won,” she wrote.", ["”1"]),
    ("He says,” we won.”", ["”1"]),
    ("Done.\n\n” … and so on,” it read.", ["”1"]),
    # the continuation convention, across blank-line paragraphs and single lines
    ("“A.\n\n“B.\n\n“C.”\n\nD.", []),
    ("“A.\n\n“B.\n\nD.", ["“1"]),
    ("“A b.\n“C d.”", []),
    # a running quotation is a full paragraph or a full sentence; a partial quote left open
    # at the paragraph's end is a missing mark, whatever the next paragraph opens
    ("He said: “A b.\n\n“C d,” he said.", []),
    ("Asked why, he said, “A b.\n\n“C d,” he said.", []),
    ("He called it “a b c.\n\n“D e,” she said.", ["“1"]),
    ('The plan was "a b c.\n\n"D e," she said.', ['"1']),
    ("The so-called “Fight Club group met.\n\n“D e,” she said.", ["“1"]),
    # wire copy runs a partial quote on when the next paragraph is its continuation,
    # credited nowhere again
    ("He called it “a b c.\n\n“D e.”\n\nF.", []),
    ('He said the pope "will not go ...\n\n"He will pray," said a priest.', ['"1']),
    # a paragraph broken inside a sentence, closed in the next paragraph
    ("“A b in\n\n1998, c,” he said.", []),
    ('"A b in\n\n1998, c," he said.', []),
    # not quotation marks
    ("He is 6’2”.", []),
    ("“He is 6’2”,” she said.", []),
    ('A 12" disc.', []),
    ('<p class=”x”>Hi</p>', []),
    ('<t d="May 1,\n">Hi</t>', []),
])
def test_unpaired_marks(text, unpaired):
    found = unbalanced_marks(text)
    got = []
    for pos in found:
        nth = text[:pos + 1].count(text[pos])
        got.append(text[pos] + (str(nth) if len(unpaired) and unpaired[0][1:] else ""))
    assert got == unpaired
