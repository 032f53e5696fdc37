"""QT cases for the issue-16 items (slogans and titles, organisation names, marks across
wrapped lines and nesting), kept apart from ``cases.py`` and registered into its CASES."""

from __future__ import annotations

from claimcheck.models import ClaimSet
from tests.rules.builders import Claims, EntityKind, SpeakerBasis
from tests.rules.cases import PUB, case

WORDS = "We will keep the pressure on,"


def _two_credits(first: str, second: str, kind: EntityKind) -> ClaimSet:
    text = f'"{WORDS}" {first} said. Later, "{WORDS}" {second} said.'
    c = Claims(text, PUB)
    a = c.entity(first, kind)
    b = c.entity(second, kind)
    c.quote(WORDS, a, first)
    c.quote(WORDS, b, second, nth=1)
    return c.build()


@case("QT01", "pass", "organisation-and-a-prefix-of-its-name")
def _():
    return _two_credits("Greenpeace", "Greenpeace International", EntityKind.ORGANISATION)


@case("QT01", "pass", "organisation-with-the-and-its-full-name")
def _():
    return _two_credits("the Electoral Commission", "Electoral Commission of Malawi",
                        EntityKind.ORGANISATION)


@case("QT01", "error", "two-people-sharing-a-first-name")
def _():
    return _two_credits("Paul Girard", "Paul Martin", EntityKind.PERSON)


@case("QT01", "error", "two-organisations-sharing-a-first-word")
def _():
    return _two_credits("Green Party", "Green Alliance", EntityKind.ORGANISATION)


@case("QT03", "pass", "marks-paired-across-a-wrapped-line")
def _():
    text = "Rutte said: “We will stand\nwith Ukraine.” The talks went on.\n\nHe left at noon."
    return Claims(text, PUB).build()


@case("QT03", "warning", "a-wrapped-line-never-closed")
def _():
    text = "Rutte said: “We will stand\nwith Ukraine. The talks went on.\n\nHe left at noon."
    return Claims(text, PUB).build()


@case("QT03", "pass", "one-quotation-nested-in-another")
def _():
    return Claims("Rutte said: “They told us “never again” and meant it.” He left.", PUB).build()


@case("QT03", "warning", "three-quotations-nested")
def _():
    return Claims("She said: “a “b “c” d” e” and left.", PUB).build()


@case("QT03", "pass", "marks-inside-markup-tags")
def _():
    return Claims('See <a title="x" href="y">the report</a> on Monday.', PUB).build()


def _after_girard(between: str, credit: str, second: str | None, phrase: str | None,
                  basis: SpeakerBasis | None = None) -> ClaimSet:
    """Paul Girard's quote, then the same words credited by ``credit`` (after ``between``)
    to the entity ``second`` (None: nobody) through ``phrase`` with ``basis``."""
    text = f'"{WORDS}" Paul Girard said. {between}"{WORDS}"{credit}'
    c = Claims(text, PUB)
    c.quote(WORDS, c.entity("Paul Girard"), "Paul Girard")
    other = c.entity(second) if second else None
    c.quote(WORDS, other, phrase, nth=1, basis=basis)
    return c.build()


@case("QT01", "warning", "a-credit-through-a-pronoun-is-a-warning-at-most")
def _():
    return _after_girard("Later Maria Lopez spoke. ", " she said.", "Maria Lopez", "she",
                         SpeakerBasis.PRONOUN)


@case("QT01", "warning", "a-carried-over-speaker-is-a-warning-at-most")
def _():
    return _after_girard("Maria Lopez spoke next. ", "", "Maria Lopez", None)


@case("QT01", "warning", "a-credit-through-a-title-is-a-warning-at-most")
def _():
    return _after_girard("Later, ", " the mayor said.", "Ana Ruiz", "the mayor",
                         SpeakerBasis.DESCRIPTION)


@case("QT01", "pass", "a-pronoun-resolved-to-nobody-proves-nothing")
def _():
    return _after_girard("Later, ", " they said.", None, "they", SpeakerBasis.PRONOUN)


@case("QT01", "warning", "two-descriptions-sharing-no-word")
def _():
    text = f'"{WORDS}" a senior official said. Later, "{WORDS}" the envoy said.'
    c = Claims(text, PUB)
    c.quote(WORDS, None, "a senior official", basis=SpeakerBasis.DESCRIPTION)
    c.quote(WORDS, None, "the envoy", nth=1, basis=SpeakerBasis.DESCRIPTION)
    return c.build()


# QT03, issue 16 second pass: the conventions of real, edited (and scraped) news --------

@case("QT03", "pass", "a-long-quote-closed-in-its-last-paragraph-only")
def _():
    text = ("The minister said: “We will rebuild the bridge.\n\n“We will rebuild the school."
            "\n\n“And we will do it this year.”\n\nThe crowd cheered.")
    return Claims(text, PUB).build()


@case("QT03", "pass", "a-block-in-straight-marks-whose-paragraph-opens-with-a-nested-quote")
def _():
    text = ('"The spokesman faced questions on the budget.\n\n'
            '“We have nothing to add,” the spokesman said."\n\nThe briefing ended.')
    return Claims(text, PUB).build()


@case("QT03", "pass", "a-continuation-mark-of-the-other-kind")
def _():
    text = ('An official said:\n\n"The minister called his colleague.\n\n'
            '“They agreed to meet again.”\n\nNo date was set.')
    return Claims(text, PUB).build()


@case("QT03", "pass", "feet-and-inches-inside-a-quote")
def _():
    return Claims("“He is taller than me, maybe 6’1”,” the mayor joked.", PUB).build()


@case("QT03", "pass", "a-twelve-inch-record")
def _():
    return Claims('The band pressed a 12" single for the fans.', PUB).build()


@case("QT03", "pass", "typographic-marks-inside-a-tag")
def _():
    return Claims("Read <a href=”https://example.org/x” target=”_blank”>the memo</a> now.",
                  PUB).build()


@case("QT03", "pass", "a-tag-attribute-running-over-a-line-break")
def _():
    return Claims('<post post-date="June 3,\n2021">Nice day.</post>\n\nThen rain.', PUB).build()


@case("QT03", "pass", "a-paragraph-broken-inside-a-quoted-sentence")
def _():
    text = "“The plant has not worked since\n\n2009, and it never will,” the mayor said."
    return Claims(text, PUB).build()


@case("QT03", "pass", "quoted-paragraphs-on-single-lines-between-blank-lines")
def _():
    text = ("Title.\n\n“The roads are closed,” the mayor said. “We are clearing them.\n"
            "“It will take a week,” she said.\n\nThe snow stopped.")
    return Claims(text, PUB).build()


@case("QT03", "warning", "a-closing-mark-the-wrong-way-round")
def _():
    return Claims("The mayor called the plan “reckless“ on Monday.", PUB).build()


@case("QT03", "warning", "an-opening-mark-the-wrong-way-round")
def _():
    return Claims("Voters wrote in.\n\n”We want the bridge,” one wrote.", PUB).build()


@case("QT03", "warning", "a-long-quote-never-closed")
def _():
    text = "She said:\n\n“We will rebuild.\n\n“We will not wait.\n\nThe crowd cheered."
    return Claims(text, PUB).build()



FULL = "We need a mayor who has run a business and balanced a budget before"
FRAGMENT = "has run a business and balanced a budget before"


def _quoted_back(*, partial: bool) -> ClaimSet:
    text = (f'"{FULL}," Ana Lopez wrote on Monday. Voters backed a candidate who '
            f'"{FRAGMENT}," Tom Reyes said.')
    c = Claims(text, PUB)
    ana, tom = c.entity("Ana Lopez"), c.entity("Tom Reyes")
    c.quote(FULL, ana, "Ana Lopez")
    c.quote(FRAGMENT, tom, "Tom Reyes", partial=partial)
    return c.build()


@case("QT01", "pass", "a-fragment-quoting-back-a-fuller-quote")
def _():
    return _quoted_back(partial=True)


@case("QT01", "warning", "a-full-quote-inside-another-credited-elsewhere")
def _():
    return _quoted_back(partial=False)


PHRASE = "a turning point for the region"


def _two_fragments(*, second_partial: bool) -> ClaimSet:
    second = f'Tom Reyes said: "{PHRASE}"' if not second_partial \
        else f'Tom Reyes also saw "{PHRASE}" in the vote.'
    text = f'Ana Lopez called the vote "{PHRASE}" on Monday. {second}'
    c = Claims(text, PUB)
    ana, tom = c.entity("Ana Lopez"), c.entity("Tom Reyes")
    c.quote(PHRASE, ana, "Ana Lopez", partial=True)
    c.quote(PHRASE, tom, "Tom Reyes", nth=1, partial=second_partial)
    return c.build()


@case("QT01", "pass", "one-fragment-woven-into-two-sentences-of-the-writer")
def _():
    return _two_fragments(second_partial=True)


@case("QT01", "error", "a-fragment-and-the-same-words-as-a-whole-quote")
def _():
    return _two_fragments(second_partial=False)
