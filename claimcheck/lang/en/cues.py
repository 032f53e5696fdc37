"""Words around a date, a list or a name that say what it is: language data for the
hand-over stage (``extraction/document.py``), kept apart from the logic that reads them."""

from __future__ import annotations

SCHEDULE_CUES = (
    "payable", "due", "until", "till", "through", "expire", "expires", "expiring", "expired",
    "effective", "by", "scheduled for", "set for", "slated for", "planned for", "deadline",
    "maturing", "matures", "record", "starting", "beginning", "ahead of", "for",
)
"""Words just before a date that make it a deadline or a schedule, not the day an event
happened: "declared a dividend payable Dec. 1", "notes due March 15, 2007", "called a
referendum for June 5" (a date after "for" is what something is meant for, never the day
of the act). "before" and "after" are not here: the event stage reads them as an order
("after March 5"), and a date behind "after the" modifies a noun ("two days after the
November 5 election")."""

PUBLICATION_OFFSETS: dict[str, tuple[int, int]] = {
    "today": (0, 0),
    "tonight": (0, 0),
    "this morning": (0, 0),
    "this afternoon": (0, 0),
    "this evening": (0, 0),
    "yesterday": (-1, -1),
    "last night": (-1, 0),
    "tomorrow": (1, 1),
    "the day before yesterday": (-2, -2),
    "the day after tomorrow": (2, 2),
}
"""Phrases that fix a day from the publication date: the range of day - publication."""

DEIXIS: dict[str, str] = {
    "this past": "this_past", "this coming": "this_coming", "last": "last", "next": "next",
    "this": "this",
}
"""Determiners of a weekday ("last Friday") and the window they name."""

APPOSITION_FILLERS = ("just", "only", "barely", "exactly", "some", "about", "nearly", "almost",
                      "the")
"""Words that may stand between two expressions naming one day: "Friday, just two days
after the vote"."""

NOT_A_SETTING = ("until", "till", "by", "through", "to", "between", "and", "since", "before",
                 "after", "from", "the", "a", "an", "its", "their", "his", "her", "our")
"""A year after these is a deadline, a range end or part of a name ("runs until 2033",
"between 2016 and 2021", "the 2025 Jubilee"), not the year the story moves to."""

RANGE_JOINERS = ("to", "until", "till", "through", "thru", "-", "–", "—", "and")
"""Words that join the two ends of a date range: "from November 7 to 9"."""

RANGE_OPENERS = ("from", "between", "(", ",", "on")
"""What may introduce a range after a stated length: "a three-day visit from May 1 to 3"."""

OFFSET_WORDS = ("before", "after", "earlier", "later", "ago", "prior", "since", "until")
"""A length ending in these is a distance, not a length: "a week before the fair"."""

NIGHT_WORDS = ("night",)
"""A length in nights is not a length in days."""

SENTENCE_STARTERS = frozenset("""
about above according across after afterwards again against almost along already although
always among another anyone anything around asked because before behind being below beside
besides between beyond both could despite during earlier either elsewhere enough especially
even every everyone everything except first following former further having however indeed
inside instead later latter least meanwhile might moreover most mostly much never nevertheless
nobody nonetheless nothing often other others otherwise outside over perhaps please rather
really since some someone something sometimes still such than that their them then there
therefore these they this those though three through throughout thus today together tomorrow
toward towards under unless unlike until upon very what whatever when whenever where whereas
wherever whether which while white whoever whole whose with within without would yesterday
yet your speaking asked adding noting saying reporting writing officials several many
""".split())
"""Common words that open sentences with a capital: a capitalised word seen only at the
start of sentences may be one of these, not a name."""

COUNTED_KINDS: dict[str, str] = {
    **dict.fromkeys(("countries", "nations", "states", "cities", "capitals", "provinces",
                     "regions", "republics", "territories", "towns", "villages", "islands",
                     "districts", "counties", "continents"), "place"),
    **dict.fromkeys(("leaders", "men", "women", "presidents", "ministers", "candidates",
                     "senators", "officials", "players", "sons", "daughters", "brothers",
                     "sisters", "children", "judges", "justices", "journalists",
                     "generals", "diplomats", "governors", "lawmakers", "hopefuls",
                     "contenders", "rivals", "suspects", "victims", "founders", "authors",
                     "envoys", "premiers", "chancellors", "kings", "princes", "mayors",
                     "commissioners", "delegates", "representatives", "deputies",
                     "ambassadors", "advisers", "advisors", "aides", "nominees", "speakers",
                     "secretaries", "directors", "executives", "prisoners", "hostages",
                     "soldiers", "activists", "lawyers", "doctors", "people", "persons"),
                    "person"),
    **dict.fromkeys(("parties", "companies", "firms", "groups", "organisations",
                     "organizations", "banks", "agencies", "newspapers", "networks",
                     "unions", "teams", "clubs", "airlines", "carriers"), "org"),
}
"""What kind of thing a counted noun counts: "the three states" lists places."""

ENTITY_KINDS: dict[str, frozenset[str]] = {
    "place": frozenset({"GPE", "LOC", "FAC"}),
    "person": frozenset({"PERSON"}),
    "org": frozenset({"ORG", "NORP", "PRODUCT"}),
}
"""The spaCy entity labels of each kind."""

LIST_INTRODUCERS = ("including", "includes", "include")
"""Words that open an open list: a sample of what is counted."""
