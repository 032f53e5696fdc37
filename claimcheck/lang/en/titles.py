"""Titles and the qualifiers that modify them.

Titles are lower-case lemma sequences; the role finder matches the longest
sequence that ends on the head noun of a noun phrase, so "prime minister"
wins over "minister" and "secretary general" over "secretary".
"""

from __future__ import annotations

from claimcheck.models import Qualifier

_TITLE_LINES = """
president
prime minister
minister
foreign minister
defence minister
defense minister
finance minister
interior minister
premier
chancellor
secretary
secretary general
secretary-general
secretary of state
secretary of the treasury
minister of defense
minister of defence
minister of national defense
minister of foreign affairs
minister of state
secretary of defense
secretary of defence
undersecretary
assistant secretary
attorney general
spokesman
spokeswoman
spokesperson
press secretary
foreign secretary
home secretary
defence secretary
defense secretary
cabinet secretary
general secretary
state secretary
foreign affairs minister
head of state
head of government
chief
chief executive
chief executive officer
ceo
chair
chairman
chairwoman
chairperson
director
director general
director-general
head
leader
governor
first minister
taoiseach
senator
congressman
congresswoman
lawmaker
legislator
mayor
ambassador
envoy
special envoy
consul
king
queen
prince
princess
emperor
monarch
sultan
emir
pope
general
admiral
commander
colonel
chief of staff
national security adviser
national security advisor
adviser
advisor
judge
chief justice
prosecutor
founder
co-founder
commissioner
high commissioner
negotiator
coordinator
speaker
""".split("\n")

TITLES = frozenset(tuple(line.split()) for line in _TITLE_LINES if line.strip())
"""Titles as tuples of lower-case words."""

MAX_TITLE_WORDS = max(len(t) for t in TITLES)

QUALIFIERS: dict[str, Qualifier] = {
    "former": Qualifier.FORMER,
    "ex": Qualifier.FORMER,
    "ex-": Qualifier.FORMER,
    "acting": Qualifier.ACTING,
    "interim": Qualifier.INTERIM,
    "deputy": Qualifier.DEPUTY,
    "vice": Qualifier.VICE,
    "elect": Qualifier.ELECT,
    "designate": Qualifier.DESIGNATE,
    "outgoing": Qualifier.OUTGOING,
    "incoming": Qualifier.INCOMING,
}
"""Words that qualify a title; "-elect" and "-designate" arrive as separate tokens."""

TITLE_FILLERS = frozenset({"-", "the", "of", "'s", "’s", "top", "senior", "current", "then"})
"""Words allowed inside a title phrase that are neither title, qualifier nor name."""

EXCLUSIVE_TITLES = frozenset({
    "president", "prime minister", "chancellor", "king", "queen", "emperor",
    "vice president", "foreign minister", "defence minister", "defense minister",
    "finance minister", "secretary of state", "secretary general", "secretary-general",
    "speaker", "premier", "governor", "mayor",
})
"""Offices one person rarely holds at once in one country or organisation (a role with one
of them is ``Role.exclusive``; PE01 reads that field)."""
