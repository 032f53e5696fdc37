"""Attribution mechanisms measured on PolNeAR (issue 17): one table row per construction.

Each row is a short text of our own, the words of one quotation in it, and whom they are
credited to (an entity name), or ``None`` with the phrase that must name the speaker.
"""

from __future__ import annotations

import pytest

# (id, text, quoted words, speaker entity name or None, speaker phrase or None)
CREDITS = [
    # A cue verb whose subject the parse lost, or put inside the quotation: the nearest
    # noun phrase beside the verb that can speak.
    ("long apposition before the verb", "“It is not over yet,” Tom Hale, a senior adviser to "
     "the mayor of the northern city, said at a meeting.", "It is not over yet,", "Tom Hale",
     None),
    ("inverted subject with a participle title", "“We have no money left at all,” said "
     "retired teacher Anna Kowalski, asked about the fund.", "We have no money left at all,",
     "Anna Kowalski", None),
    ("no object of a preposition", "In a letter to the Herald, the council's lawyer, Paul "
     "Girard, wrote: “The sale was lawful.”", "The sale was lawful.", "Paul Girard", None),
    ("a participle between subject and verb", "“Nobody asked us,” Maria Lopez, wearing a "
     "“Save the Pier” badge, said on Friday.", "Nobody asked us,", "Maria Lopez", None),
    ("a numeral standing for people", "“We cannot support this bill,” one of the senators "
     "said.", "We cannot support this bill,", None, "one"),
    # Verbs that credit only as the tag after a quotation.
    ("nonverbal expression as a tag", "“This is fantastic!” beamed Tom Hale.",
     "This is fantastic!", "Tom Hale", None),
    ("reading a text as a tag", "Hale lifted a placard.\n\n“We are still here,” the placard "
     "read.", "We are still here,", None, "the placard"),
    # A line opening with a dash credits the quotation that fills the paragraph above it.
    ("dash credit on the next line", "“Nobody reads the fine print.”\n\n- Maria Lopez, at a "
     "town hall.\n\nThe meeting ended at nine.", "Nobody reads the fine print.",
     "Maria Lopez", None),
    # A digest's label: the name after the last dash before the colon.
    ("digest label after a dash", "Here is the digest for Monday.\n\nTHE POLLS WERE EARLY - "
     "Maria Lopez and Tom Hale: “The polls stopped too soon to see the late shift.”",
     "The polls stopped too soon to see the late shift.", "Maria Lopez", None),
    # A quotation inside a verb's clausal complement is its subject's content.
    ("reporting clause", "Paul Girard worried that the fund was becoming “a trap for small "
     "savers who trust it.”", "a trap for small savers who trust it.", "Paul Girard", None),
    # A cue noun that is a verb's object takes the verb's subject.
    ("cue noun as object", "Anna Kowalski delivered a sharp retort: “Nobody is leaving this "
     "town.”", "Nobody is leaving this town.", "Anna Kowalski", None),
    # The one quoted is not the speaker.
    ("object of quote", "Maria Lopez ended her speech by quoting Abraham Lincoln: “A house "
     "divided against itself cannot stand.”", "A house divided against itself cannot stand.",
     "Maria Lopez", None),
    # Pronouns: the main clause's subject outranks a reported clause's.
    ("main-clause subject wins", "Tom Hale said Paul Girard had misled the council. “I will "
     "not work with him again,” he said.", "I will not work with him again,", "Tom Hale",
     None),
]


@pytest.mark.parametrize(("text", "content", "speaker", "phrase"),
                         [c[1:] for c in CREDITS], ids=[c[0] for c in CREDITS])
def test_credit(claims, text, content, speaker, phrase):
    cs = claims(text)
    q = next(q for q in cs.quotes if q.content.text == content)
    assert (cs.entity(q.speaker).name if q.speaker else None) == speaker
    if phrase is not None:
        assert q.speaker_span is not None and phrase in q.speaker_span.text


NOT_CREDITED = [
    ("an agency line under a partial quote", "The mayor called the plan “a costly "
     "mistake.”\n\n- Reuters.", "a costly mistake."),
    ("a participle of reading names a slogan", "Paul Girard wore a cap reading “Keep the "
     "Valley Green Forever” on Monday.", None),
    ("a hyphenated compound is no cue verb", "The actors met the press.\n\n“The Sky is "
     "Green” star Maria Lopez opened up about her body-related worries.", "The Sky is Green"),
]


@pytest.mark.parametrize(("text", "content"), [c[1:] for c in NOT_CREDITED],
                         ids=[c[0] for c in NOT_CREDITED])
def test_not_credited(claims, text, content):
    cs = claims(text)
    if content is None:
        assert cs.quotes == []
        return
    q = next((q for q in cs.quotes if q.content.text == content), None)
    assert q is None or q.speaker is None


def test_a_run_carries_past_a_cue_with_the_same_subject(claims):
    text = ("“We have the votes,” Tom Hale said, adding that the count was not over. “We will "
            "win on Tuesday.”")
    cs = claims(text)
    assert [cs.entity(q.speaker).name if q.speaker else None for q in cs.quotes] == \
        ["Tom Hale", "Tom Hale"]
