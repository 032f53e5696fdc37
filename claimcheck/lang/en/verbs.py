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

SUPPORT_VERBS = {"go": frozenset({"on", "to", "into"}), "come": frozenset({"under"})}
"""Verbs whose prepositional object is the event they stand for: "went on strike", "went to
war", "came under attack" (the strike, the war, the attack are the happening)."""

OCCURRENCE_VERBS = frozenset({"hold", "happen", "occur", "stage", "take"})
"""Verbs that place a whole happening in its time ("the vote was held on Sunday", "the
ceremony took place on Friday"), unlike those of its beginning or end ("opened",
"ended"); "take" only with "place"."""

REQUEST_VERBS = frozenset({"seek", "request", "ask", "propose", "invite", "call", "demand"})
"""Verbs that make a request event when their object is an event noun."""

PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Pronouns resolved to the most recent fitting person."""

PROSPECTIVE_VERBS = frozenset({
    "await", "expect", "anticipate", "schedule", "reschedule", "pencil", "slate", "plan",
    "postpone", "delay", "defer", "put", "bring", "brace", "prepare", "target", "eye",
    "set", "fix", "book", "call", "propose", "promise", "pledge", "vow", "threaten",
})
"""Verbs whose dates belong to a happening still to come that they name ("awaited an
increase on May 1", "pencilled in for May 23", "postponed the vote to June 3"): not
happenings of their own for the event stage."""

SCHEDULING_VERBS = frozenset({
    "await", "expect", "anticipate", "schedule", "reschedule", "pencil", "slate", "plan",
    "postpone", "delay", "defer", "target", "set", "fix", "book", "propose",
})
"""The ``PROSPECTIVE_VERBS`` whose object (or passive subject) is a happening still ahead
when the verb is said ("scheduled talks", "postponed the vote", "expected a decision"):
the happening is planned."""

RELATION_VERBS = frozenset({
    "follow", "precede", "accompany", "coincide", "replace", "overshadow", "succeed",
})
"""Verbs that relate an event to another ("the statement followed comments made during a
visit"): what hangs on them is about the other event, so they never stand for their
subject event."""

PLANNING_VERBS = frozenset({"schedule", "set", "slate", "due", "expect", "plan", "intend"})
"""Lemmas that plan what they govern: "scheduled for Friday", "expected to vote"."""

DEFERRING_VERBS = frozenset({
    "postpone", "delay", "defer", "adjourn", "recess", "extend", "give", "push", "put",
    "suspend", "move", "reschedule", "bring",
})
"""Lemmas that put a happening off to a time named after "until", "to" or "for"."""

INTENT_WORDS = frozenset({
    "agree", "decide", "vow", "promise", "pledge", "plan", "intend", "aim", "hope", "expect",
    "forecast", "want", "seek", "threaten", "prepare", "offer", "vote", "schedule", "set",
    "due", "resolve", "undertake", "commit", "arrange", "propose", "likely", "poised",
    "slated",
})
"""Verbs, and adjectives of plan or likelihood, whose infinitive names a time still ahead of
them: "agreed to meet on Thursday", "is expected to be signed on Thursday", "vowed to return
on Saturday", "due to be announced on Sunday", "likely to come on Friday"."""

PHASE_VERBS = frozenset({
    "begin", "start", "commence", "continue", "resume", "proceed", "keep", "stop", "cease",
    "quit", "finish", "complete", "end", "discontinue", "manage", "help",
})
"""Verbs whose infinitive or gerund is the same happening seen through them, on the same
day: TimeML's aspectual verbs ("began trading in August", "stopped paying in 1984") and
the positive implicatives ("managed to leave", "helped end"). Not the negative ones
("refused to order a hearing"): what they govern did not happen."""

WISHING_VERBS = frozenset({"plan", "hope", "want", "intend"})
"""Lemmas whose infinitive is wished for, not done: "hopes to meet on Friday"."""
