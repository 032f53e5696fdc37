"""Quotations: speakers from cue verbs before and after, pronouns, partial quotes, settings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    ("speaker far after, parenthesis and apposition", "“We will fight this in court,” Rep. "
     "Jane Doe (D-Ore.), the chair of the budget committee, said on Tuesday.",
     "We will fight this in court,", "Jane Doe", "said"),
    ("participle takes its clause's subject", "Maria Lopez left the meeting early, saying "
     "“the numbers do not add up.”", "the numbers do not add up.", "Maria Lopez", "saying"),
    ("adding", "Paul Girard praised the deal on Friday, adding, “It took two long years.”",
     "It took two long years.", "Paul Girard", "adding"),
    ("hearer is not the speaker", "“It is over now,” Maria Lopez told Reuters on Monday.",
     "It is over now,", "Maria Lopez", "told"),
    ("passive cue credits the agent", "Anna Kowalski was asked by Paul Girard, “Will you run "
     "again next year?”", "Will you run again next year?", "Paul Girard", "asked"),
    ("communication verb from the lexicon", "“Stop the count now,” Tom Hale tweeted on Friday.",
     "Stop the count now,", "Tom Hale", "tweeted"),
    ("first-name gender", "Maria Lopez met Paul Girard on Monday. “It went very well,” he "
     "said.", "It went very well,", "Paul Girard", "said"),
    ("relative pronoun takes the noun it modifies", "Elena Petrova, who has called the plan "
     "“a gift to the rich,” spoke in Riga on Monday.", "a gift to the rich,", "Elena Petrova",
     "called"),
    ("bare credit after a question", "Paul Girard met the press on Monday.\n\n“Will the "
     "mayor run again?” Anna Kowalski asked.", "Will the mayor run again?", "Anna Kowalski",
     "asked"),
    ("verb of speaking with a particle", "“We will rebuild every school,” Tom Hale went on.",
     "We will rebuild every school,", "Tom Hale", "went"),
    ("manner of speaking", "“The count is not over,” Maria Lopez proclaimed on Friday.",
     "The count is not over,", "Maria Lopez", "proclaimed"),
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


CARRY = [
    ("same paragraph", "“We are ready,” Maria Lopez said in a statement. “The work starts "
     "now.”", ["Maria Lopez", "Maria Lopez"]),
    ("next paragraph of quotation", "“We are ready,” Maria Lopez said.\n\n“The work starts "
     "now. We begin on Monday.”", ["Maria Lopez", "Maria Lopez"]),
    ("a writer's paragraph between stops it", "“We are ready,” Maria Lopez said.\n\nThe "
     "committee left the building at noon.\n\n“Nobody asked us.”", ["Maria Lopez", None]),
    ("a new cue's speaker takes over", "“We are ready,” Maria Lopez said. Paul Girard said he "
     "was not. “Nobody asked us.”", ["Maria Lopez", "Paul Girard"]),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CARRY], ids=[c[0] for c in CARRY])
def test_speaker_carries_over_a_run_of_quotation(claims, text, want):
    cs = claims(text)
    assert [cs.entity(q.speaker).name if q.speaker else None for q in cs.quotes] == want


NOT_QUOTES = [
    ("scare quotes", "The so-called “peace plan” was published on Monday."),
    ("title of a book", "Maria Lopez signed copies of her book “The Long Road Home” on Monday."),
    ("film titled", "The studio released a film titled “Night Over Lisbon” in May."),
    ("slogan", "Supporters waved banners with “Build Bridges Not Walls” outside the hall."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_QUOTES], ids=[c[0] for c in NOT_QUOTES])
def test_titles_slogans_and_terms_are_not_quotes(claims, text):
    assert claims(text).quotes == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Ideas outlive the people who have them.” — Elena Petrova", "Elena Petrova"),
    ("Anna Kowalski, on national radio: “We are not leaving this town.”", "Anna Kowalski"),
    ("The Green Party issued a statement saying “the count was flawed from the start.”",
     "Green Party"),
    ("Supporters of Maria Lopez chanted “Four More Years” when Paul Girard said it.", None),
])
def test_dash_label_and_noun_cues(claims, text, speaker):
    cs = claims(text)
    assert len(cs.quotes) == 1
    q = cs.quotes[0]
    assert (cs.entity(q.speaker).name if q.speaker else None) == speaker


def test_two_fitting_people_are_not_guessed(claims):
    text = "Paul Girard and Tom Hale answered questions. “We will see,” he said."
    assert claims(text).quotes[0].speaker is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Prices will not go up again,” Portugal said on Monday.", "Portugal"),
    ("“We will answer in kind,” Russia warned on Friday.", "Russia"),
    ("“Prices will not go up again,” officials in Portugal said on Monday.", None),
    ("“Prices will not go up again,” the minister said in Lisbon on Monday.", None),
    ("“Prices will not go up again,” Monday's statement said.", None),
])
def test_a_place_speaks_only_as_the_subject_of_the_cue(claims, text, speaker):
    """A country as the subject of a speech verb stands for its government (metonymy); a
    place in a locative role and a date are never the speaker."""
    cs = claims(text)
    q = cs.quotes[0]
    assert (cs.entity(q.speaker).name if q.speaker else None) == speaker


def test_a_credit_with_words_of_its_own_does_not_credit_the_quote_before(claims):
    text = "“Will the mayor run again?” Anna Kowalski asked the council to decide."
    q = claims(text).quotes[0]
    assert q.speaker is None


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


def test_a_slogan_two_people_mention_is_no_misattribution(claims):
    from claimcheck.checker import check_claims

    text = ("Paul Girard wore a cap reading “Keep the Valley Green Forever” on Monday.\n\n"
            "Maria Lopez mocked the slogan “Keep the Valley Green Forever” on Tuesday.")
    cs = claims(text)
    assert cs.quotes == []
    assert not check_claims(cs, select=["QT01"]).findings


NAMES = ["Maria Lopez", "Paul Girard", "Anna Kowalski", "Elena Petrova", "Tom Hale"]
WORDS = ["We will not give up on this town", "The budget has to pass before winter",
         "Nobody in this room wanted a strike", "Our plan creates jobs in every county"]
MORE = ["The vote comes next week.", "We have the support we need."]
TEMPLATES = [
    "{name} said, “{w}.”",
    "“{w},” {name} said on Monday.",
    "“{w},” said {name}.",
    "“{w},” {name}, the head of the {org} council, told reporters.",
    "{name} spoke after the vote. “{w},” she said.",
    "“{w},” {name} said.\n\n“{more}”",
    "“{w},” {name} said. “{more}”",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(TEMPLATES), st.sampled_from(NAMES), st.sampled_from(WORDS),
       st.sampled_from(MORE), st.sampled_from(["city", "farmers'", "teachers'"]))
def test_every_template_credits_the_named_speaker(nlp, template, name, w, more, org):
    from claimcheck.extraction import extract_claims
    from claimcheck.models import Article

    if "she said" in template and name in ("Paul Girard", "Tom Hale"):
        name = "Maria Lopez"  # the pronoun must agree
    text = template.format(name=name, w=w, more=more, org=org)
    cs = extract_claims(nlp(text), Article(text=text))
    assert cs.quotes, text
    for q in cs.quotes:
        assert q.speaker is not None, (text, q.content.text)
        assert name.split()[-1] in cs.entity(q.speaker).name, (text, q.content.text)


def test_a_title_label_bled_onto_the_subject_does_not_hide_the_speaker(nlp):
    """The model sometimes stretches WORK_OF_ART from the quoted words over the name after
    them; the subject of the cue is still the speaker."""
    from spacy.tokens import Span as SpacySpan

    from claimcheck.extraction import extract_claims
    from claimcheck.models import Article

    text = "Paul Girard spoke first.\n\n“The count is rigged,” Hale said on Saturday."
    doc = nlp(text)
    hale = next(t for t in doc if t.text == "Hale")
    assert hale.dep_ == "nsubj"
    doc.ents = [e for e in doc.ents if hale.i not in range(e.start, e.end)
                and e.end <= hale.i or e.start > hale.i]
    doc.ents = [*doc.ents, SpacySpan(doc, hale.i, hale.i + 1, label="WORK_OF_ART")]
    q = extract_claims(doc, Article(text=text)).quotes[0]
    assert q.speaker_span is not None and q.speaker_span.text == "Hale"


BASES = [
    ("a name", "“The border stays open,” Elena Petrova said on Monday.", "name"),
    ("a surname standing for the full name", "Elena Petrova arrived early. Later, “The border "
     "stays open,” Petrova said.", "name"),
    ("a place acting as its government", "“The border stays open,” Russia said on Monday.",
     "name"),
    ("a relative pronoun after a name", "The minister, Elena Petrova, who said “the border "
     "stays open,” left early.", "name"),
    ("a person pronoun", "Elena Petrova spoke on Monday. “The border stays open,” she said.",
     "pronoun"),
    ("a plural pronoun", "The ministers met on Monday. “The border stays open,” they said.",
     "pronoun"),
    ("a description", "“The border stays open,” a senior official said on Monday.",
     "description"),
    ("a title", "“The border stays open,” the spokesman said on Monday.", "description"),
    ("carried over", "“The border stays open,” Elena Petrova said.\n\n“The trucks will move "
     "again on Friday.”", "carried"),
]


@pytest.mark.parametrize(("text", "basis"), [b[1:] for b in BASES], ids=[b[0] for b in BASES])
def test_speaker_basis_says_what_the_credit_rests_on(claims, text, basis):
    """QT01 tells a proof from a coreference by this field alone, never by the words."""
    cs = claims(text)
    quote = cs.quotes[-1]
    assert quote.speaker_basis == basis, (quote.speaker_span, quote.speaker_basis)


def test_an_uncredited_quote_has_no_basis(claims):
    cs = claims("The trucks waited at the border.\n\n“The border stays open until further "
                "notice.”")
    assert cs.quotes and all(q.speaker_basis is None and q.speaker_span is None
                             for q in cs.quotes)
