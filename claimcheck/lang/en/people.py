"""Words about people: group nouns, name suffixes, organisation words, the titles and
first names that tell a person's gender, and nationality nouns."""

from __future__ import annotations

import functools
from importlib import resources

GROUP_NOUNS = frozenset(
    """
    leader official minister diplomat counterpart ally lawmaker legislator troop soldier
    citizen delegate delegation negotiator envoy representative partner authority
    government president prime_minister general commander officer activist protester
    """.split()
)
"""Plural nouns that make "European leaders" or "Chinese officials" a group."""

NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
"""Tokens after a surname that are not the surname."""

ORGANISATION_WORDS = frozenset(
    """
    ministry department council agency office party bank company corp corporation inc ltd llc
    group union organization organisation commission committee court army navy force forces
    house service association university institute college school times news post press
    journal herald guardian tribune reuters network foundation fund trust board bureau
    authority administration government parliament congress senate assembly federation
    alliance coalition front movement center centre club league team airlines airways
    motors energy oil gas capital partners holdings international global media radio tv
    """.split()
)
"""Words that keep a two-word name an organisation when the vote would make it a person."""

PERSON_VERBS = frozenset({"speak", "meet", "visit", "travel", "arrive", "tell", "say", "add"})
"""A two-word name as the subject of one of these is a person, whatever the label says."""

PERSON_OBJECT_VERBS = frozenset({
    "meet", "visit", "consult", "debate", "fight", "battle", "play", "phone", "telephone",
})
"""Verbs whose object is someone met (Levin 1993, 36.3 "meet" verbs; phoning someone): a
name that starts with a first name and is their object is a person (a place the object
may also be, "visited Lisbon", is the gazetteer's to rule out)."""

ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "des", "la", "du"})
"""Words an acronym skips: "North Atlantic Treaty Organization" is NATO."""

FEMININE = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman councilwoman queen princess duchess "
    "empress ms. ms mrs. mrs miss madam lady dame".split()
)
MASCULINE = frozenset(
    "spokesman chairman congressman businessman councilman king prince duke emperor "
    "mr. mr sir lord".split()
)
"""Titles and honorifics that tell "she" from "he"."""


@functools.cache
def first_names() -> dict[str, str]:
    """First name (lower case) -> "f" or "m": ``first_names.tsv``, built by
    ``scripts/build_first_names.py`` from US Social Security baby-name counts (names borne
    by one sex at least nine times in ten)."""
    table = resources.files("claimcheck.lang.en").joinpath("first_names.tsv")
    text = table.read_text(encoding="utf-8")
    body = text[text.index("\n") + 1:] if text.startswith("#") else text  # the header line
    fields = iter(body.split())  # name, sex, name, sex ...: a third of a per-line parse
    return dict(zip(fields, fields, strict=True))

NATIONALITY_NOUNS: dict[str, str] = {
    "briton": "GB", "brit": "GB", "englishman": "GB", "englishwoman": "GB", "scot": "GB",
    "scotsman": "GB", "scotswoman": "GB", "welshman": "GB", "welshwoman": "GB",
    "dutchman": "NL", "dutchwoman": "NL", "netherlander": "NL", "frenchman": "FR",
    "frenchwoman": "FR", "irishman": "IE", "irishwoman": "IE", "spaniard": "ES", "swede": "SE",
    "dane": "DK", "finn": "FI", "pole": "PL", "turk": "TR", "icelander": "IS",
    "luxembourger": "LU", "greenlander": "GL", "new zealander": "NZ", "kiwi": "NZ",
    "filipina": "PH", "kazakhstani": "KZ", "tajik": "TJ", "kyrgyz": "KG", "turkmen": "TM",
    "swiss": "CH", "thai": "TH", "czech": "CZ", "slovak": "SK", "serb": "RS", "croat": "HR",
    "slovene": "SI", "bosniak": "BA", "greek": "GR", "cypriot": "CY", "uzbek": "UZ",
    "kazakh": "KZ", "afghan": "AF", "iraqi": "IQ", "israeli": "IL", "saudi": "SA",
    "somali": "SO", "emirati": "AE",
}
"""Nouns for one person of a nationality that are not the adjective plus -an/-ian/-i
("a Dane", "a Swede", "a Briton"), after the adjectival and demonymic forms for countries
that English style guides list (AP, Wikipedia's "List of adjectival and demonymic forms for
countries and nations"). Adjectives ending in -an, -ian or -i ("a Norwegian", "a Pakistani")
are their own nouns and need no entry here."""

CITIZEN_NOUNS = frozenset({"national", "citizen", "passport-holder", "subject"})
"""Nouns a nationality adjective makes a statement of nationality: "a Polish national"."""

NAME_ARTICLE_PREFIXES = frozenset({"al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-"})
"""The Arabic article in its romanised, assimilated forms, written before a surname
("al-Assad"): the name is the same with or without it."""

HONORIFICS = frozenset({"mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr", "sir", "dame"})
"""Honorifics before a name, which are no title of office."""
