"""Quotations: speakers from cue verbs before and after, pronouns, partial quotes, settings."""

from __future__ import annotations

import pytest

SPEAKERS = [
    ("repeated", "“The border stays open,” Elena Petrova repeated on Monday.",
     "The border stays open,", "Elena Petrova", "repeated"),
    ("cue after, inverted", "“We will not back down,” said Elena Petrova, the mayor of Riga.",
     "We will not back down,", "Elena Petrova", "said"),
    ("cue before with colon", 'Paul Girard declared: "The vote matters."',
     "The vote matters.", "Paul Girard", "declared"),
    ("cue before with comma", "Anna Kowalski warned, “The worst is not over.”",
     "The worst is not over.", "Anna Kowalski", "warned"),
    ("according to", "Prices will fall, with “a serious shortfall” expected, according to "
     "spokesman Tom Hale.", "a serious shortfall", "Tom Hale", "according to"),
    ("pronoun to latest subject", "Maria Lopez met Paul Girard on Monday. “I trust him "
     "completely,” she said.", "I trust him completely,", "Maria Lopez", "said"),
    ("pronoun skips people in the quote", "Anna Kowalski spoke after the vote. “I will call "
     "Paul Girard tomorrow,” she said.", "I will call Paul Girard tomorrow,", "Anna Kowalski",
     "said"),
    ("governing verb of a partial quote", "Anna Kowalski spoke in Warsaw. It was a plan she "
     "described as “deeply flawed.”", "deeply flawed.", "Anna Kowalski", "described"),
    ("multi-paragraph", "“The first part of a long statement runs here.\n\n“And it goes on "
     "here,” Maria Lopez told reporters.",
     "The first part of a long statement runs here.\n\n“And it goes on here,", "Maria Lopez",
     "told"),
]


def _quote(cs, content):
    return next(q for q in cs.quotes if q.content.text == content)


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), [s[1:] for s in SPEAKERS],
                         ids=[s[0] for s in SPEAKERS])
def test_speaker(claims, text, content, speaker, cue):
    cs = claims(text)
    q = _quote(cs, content)
    assert cs.entity(q.speaker).name == speaker
    assert q.cue.text == cue


NO_SPEAKER = [
    ("no cue", "Critics called it “a disaster in the making” last year."),
    ("pronoun with nobody before", "He said there was “no deal.”"),
    ("scare quotes", "The so-called “peace plan” was published on Monday."),
]


@pytest.mark.parametrize("text", [s[1] for s in NO_SPEAKER], ids=[s[0] for s in NO_SPEAKER])
def test_no_speaker_is_guessed(claims, text):
    cs = claims(text)
    assert len(cs.quotes) == 1
    assert cs.quotes[0].speaker is None


@pytest.mark.parametrize(("text", "partial"), [
    ("Anna Kowalski said the plan was “deeply flawed.”", True),
    ("Anna Kowalski said, “The plan is deeply flawed.”", False),
    ("“The plan is deeply flawed,” Anna Kowalski said.", False),
])
def test_partial(claims, text, partial):
    assert claims(text).quotes[0].partial is partial


def test_setting_links_the_event(claims):
    text = ("Speaking at a summit of foreign ministers in Vienna, Anna Kowalski warned, "
            "“Time is short.”")
    cs = claims(text)
    q = cs.quotes[0]
    assert q.setting.text == "Speaking at a summit of foreign ministers in Vienna"
    event = cs.event(q.setting_event)
    assert event.kind.value == "summit"
    assert {cs.entity(p.entity).name for p in event.places} == {"Vienna"}


def test_unbalanced_quote_is_kept_and_flagged(claims):
    cs = claims("Paul Girard said: “This never ends\n\nThe meeting closed at noon.")
    q = cs.quotes[0]
    assert (q.balanced, q.content.text) == (False, "This never ends")
    assert cs.entity(q.speaker).name == "Paul Girard"


def test_second_quote_in_a_paragraph_continues_its_speaker(claims):
    text = ("“We are ready,” Maria Lopez said in a statement. “The work starts now.”\n\n"
            "“Nobody asked us.”")
    cs = claims(text)
    speakers = [cs.entity(q.speaker).name if q.speaker else None for q in cs.quotes]
    assert speakers == ["Maria Lopez", "Maria Lopez", None]


def test_surname_the_model_missed_still_names_the_speaker(claims):
    text = ("Press secretary Tom Little briefed reporters. “The talks went well,” Little said.")
    cs = claims(text)
    assert cs.entity(cs.quotes[0].speaker).name == "Tom Little"


def test_paragraph_ending_in_a_colon_introduces_the_quote(claims):
    text = ("Maria Lopez met Paul Girard on Monday. According to Elena Petrova:\n\n"
            "“The talks were long and useful.”")
    q = claims(text).quotes[0]
    assert q.cue.text == "According to"
    assert claims(text).entity(q.speaker).name == "Elena Petrova"


@pytest.mark.parametrize(("text", "speaker", "span"), [
    ("“We are ready,” a senior Foreign Ministry official said.", None,
     "a senior Foreign Ministry official"),
    ("“We are ready,” the spokesman, Tom Hale, said.", "Tom Hale", "Tom Hale"),
])
def test_a_phrase_naming_an_organisation_is_not_the_organisation(claims, text, speaker, span):
    cs = claims(text)
    q = cs.quotes[0]
    assert (cs.entity(q.speaker).name if q.speaker else None) == speaker
    assert q.speaker_span.text == span


@pytest.mark.parametrize(("text", "speaker"), [
    ("Paul Girard met Anna Kowalski, the NATO spokeswoman, on Monday. “It went well,” she "
     "said.", "Anna Kowalski"),
    ("NATO spokeswoman Anna Kowalski met Paul Girard on Monday. “It went well,” he said.",
     "Paul Girard"),
])
def test_pronoun_gender_from_titles(claims, text, speaker):
    cs = claims(text)
    assert cs.entity(cs.quotes[0].speaker).name == speaker
