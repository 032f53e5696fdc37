"""Function words by the part they play in a parse: auxiliaries and modals, the
prepositions that place a happening in time order, in a place, at an occasion or with
company, and the articles, pronouns and conjunctions that the extractors skip or read.

Each set is named for the role the extraction gives it; where two stages read one role
with different reach (``ORDER_PREPOSITIONS`` and ``ORDER_OR_SOURCE_PREPOSITIONS``), both
are here, side by side, so that a reader sees the difference.
"""

from __future__ import annotations

# Auxiliaries and modals --------------------------------------------------------------

FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "ll"})
"""Auxiliaries of the future ("wo" is the parser's piece of "won't")."""

MODAL_AUXILIARIES = frozenset({"would", "might", "may", "should", "must", "'d"})
"""Modals look ahead in news ("said it would close Tuesday"). "could" is not one of
them: it is as often past ability ("could not be reached Wednesday") as a possibility
ahead, so it reads as present tense, the nearest such day."""

MODALS = frozenset({"would", "will", "could", "might", "may", "should", "shall", "must",
                    "can", "wo", "'ll"})
"""Every modal auxiliary, "could" and "can" too: a clause with one is not told as done."""

PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "'d"})
"""Auxiliaries of the perfect: "has met", "had met", "'d met"."""

PLUPERFECT_AUXILIARIES = frozenset({"had", "'d"})
"""Auxiliaries of the pluperfect, which tells what came before the clause it hangs on."""

# Prepositions, by the part they give their object ---------------------------------------

ORDER_PREPOSITIONS = frozenset({"after", "before", "following", "since", "until", "ahead",
                                "prior"})
"""Prepositions that set another time: a date below their object is not the event's."""

ORDER_OR_SOURCE_PREPOSITIONS = frozenset({"after", "before", "following", "since", "until",
                                          "from", "ahead", "prior"})
"""``ORDER_PREPOSITIONS`` and "from": a date below them is not the event's own when the
event stage attaches times and status ("returned from the summit on Monday")."""

COMPARISON_PREPOSITIONS = frozenset({"than"})
"""The term a comparison measures against: "sales grew faster than a year earlier" dates the
figure compared with, not the event."""

LATER_PREPOSITIONS = frozenset({"before", "until", "till", "ahead", "prior", "from"})
"""A noun behind these may still be ahead of a past clause; one behind "after", "since",
"following" came before it, so it is past too ("met two days after the election")."""

LATER_THAN_PREPOSITIONS = frozenset({"before", "until", "till", "prior"})
"""A noun behind these is later than the clause it hangs on: "lived through a last day
Saturday before a nationwide vote ... Sunday", "a poll published eight days before the
election on May 1". The clause's past dates the clause, not that later event."""

UNTIL_PREPOSITIONS = frozenset({"until", "till", "til", "to", "for"})
"""A deferral names a time still ahead: "postponed until Monday", "extended the deadline
until Tuesday", "gave them until Friday", whatever the verb's own tense."""

PLAN_PREPOSITIONS = frozenset({"for", "to"})
"""'set' plans only with what it is set for or to: "set for Friday", "set to vote"; "a record
set on Aug. 6" and "set Friday as the deadline" report a past act."""

PROSPECTIVE_PREPOSITIONS = frozenset({"for", "toward", "towards"})
"""A purpose looks ahead: "campaigned for the election on May 1" says nothing of the vote."""

AHEAD_OBJECT_PREPOSITIONS = frozenset({"of", "for", "to"})
"""How an ahead word takes the event still to come: "the eve of the vote", "plans for the
summit", "the run-up to the election"; "rejected the plan in a referendum on Sunday" is no
plan for the referendum."""

OCCASION_PREPOSITIONS = frozenset({"at", "during"})
"""What a clause does "at" or "during" an event happens on the event's day."""

SETTING_OCCASION_PREPOSITIONS = frozenset({"at", "during", "on", "amid"})
"""Prepositions that put a happening inside another: "spoke at a news conference on
Friday", "paid tribute on a visit to Nairobi". Not "in" ("wounded in the war": the war is
longer than the day)."""

SETTING_PREPOSITIONS = frozenset({"in", "at", "during"})
"""Prepositions of a quote's setting: "speaking in Budapest", "at a summit"."""

ACT_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "over"})
"""Prepositions that tell when an act took place ("vowed on Saturday", "brought in a new
chief in January"), unlike those that name a day set or aimed at ("postponed until
Tuesday", "set for Friday", "moved to June 3")."""

PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside"})
"""Prepositions whose object is where a happening took place."""

COMPANY_PREPOSITIONS = frozenset({"with", "between", "alongside", "among"})
"""Prepositions whose object took part: "met with Rutte", "talks between the two sides"."""

# Articles, pronouns, conjunctions, small words -------------------------------------------

DEFINITE_ARTICLE_FORMS = frozenset({"the", "The", "THE"})
"""The article a name drops at its start ("the Kremlin" is "Kremlin")."""

POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
"""The tokens of a possessive ending, which a name drops."""

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
"""Pronouns that open a relative clause and stand for the noun it hangs on."""

NON_PERSON_PRONOUNS = frozenset({"it", "which", "that", "this", "there", "what", "who"})
"""Pronouns that never name a speaker on their own ("who" only through its antecedent)."""

MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
GENDERED_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
"""Pronouns that refer to one person."""

LIST_CONJUNCTIONS = frozenset({"and", "or"})
"""Conjunctions that join the last item of a list."""

OPEN_LIST_WORDS = frozenset({"such", "like", "among", "e.g.", "notably", "especially",
                             "mainly", "mostly", "other", "others"})
"""Words that make a list a selection, not the whole count ("countries such as ...")."""

TITLE_SMALL_WORDS = frozenset(
    "a an the of and or in on at to for by with from as but nor vs".split())
"""Words a title-cased title or slogan writes in lower case ("Make the Valley Green")."""

NAME_SMALL_WORDS = frozenset({"a", "an", "the", "of", "with", "and", "in", "on", "at", "for",
                              "to"})
"""Words a quoted title may hold in lower case (“The Day of the Jackal”)."""
