"""Verbs that credit words to a speaker, and verbs that carry an event noun."""

from __future__ import annotations

REPORTING_VERBS = frozenset(
    """
    say tell add warn note explain insist argue claim state declare announce confirm
    deny write tweet post describe call urge stress emphasise emphasize acknowledge
    admit ask reply respond answer recall remark observe suggest predict promise vow
    pledge caution complain conclude continue point mention reiterate underline
    underscore assert maintain contend counter concede agree disagree quip joke
    repeat reaffirm insist lament boast plead
    """.split()
)
"""Lemmas of cue verbs for quotations ("said", "warned", "told", "added")."""

STATEMENT_VERBS = frozenset({"confirm", "announce", "say", "state", "declare", "tell", "report"})
"""Reporting lemmas that make a statement event about the clause they govern."""

CONFIRM_VERBS = frozenset({"confirm", "announce", "report", "acknowledge", "reveal", "disclose"})
"""A statement with one of these is about something that had already happened."""

SPEAKING_VERBS = frozenset({"speak", "address", "talk", "testify", "brief", "appear"})
"""Participles that open a setting: "Speaking at a summit in Budapest, ...". """

LIGHT_VERBS = frozenset(
    {"hold", "have", "take", "conduct", "attend", "host", "join", "begin", "start",
     "open", "end", "conclude", "wrap", "make", "pay", "deliver", "give", "win", "place",
     "issue", "release", "publish", "chair", "convene"}
)
"""Verbs whose event lives in their object: "held talks", "paid a visit", "gave a speech"."""

OCCUR_VERBS = frozenset({"take", "happen", "occur", "come", "begin", "end", "last", "go"})
"""Verbs whose subject is the event: "the meeting took place", "the talks came"."""

REQUEST_VERBS = frozenset({"seek", "request", "ask", "propose", "invite", "call", "demand"})
"""Verbs that make a request event when their object is an event noun."""

PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Pronouns resolved to the most recent fitting person."""
