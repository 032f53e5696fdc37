"""Words that credit quoted words to a speaker: verbs and nouns of communication.

The verbs follow Levin (1993), *English Verb Classes and Alternations*, chapter 37
"Verbs of Communication", as kept in VerbNet 3.x: transfer of a message (37.1: explain,
quote, recite), tell (37.2), manner of speaking (37.3: shout, whisper, chant), instrument
of communication (37.4: phone, e-mail, wire; tweet, post and text are the same class in
today's news), talk (37.5), say (37.7: say, announce, admit, claim, note, reveal), complain
(37.8), advise (37.9: warn, caution, urge), lecture (37.11) — plus the neighbouring
classes news uses to credit words: dub (29.3: dub, call, label), declare (29.4),
conjecture (29.5: predict, reckon), promise (13.3: promise, vow, pledge), beg and order
(58, 60: plead, demand, insist), and correspondence and reply verbs (respond, retort).
Only lemmas that news uses to introduce words are kept; verbs of thinking ("believe")
credit an opinion, not words, and stay out. Verb-particle pairs of speaking ("go on",
"shoot back") are kept as pairs.
"""

from __future__ import annotations

SAY_VERBS = frozenset(
    """
    say tell add state declare announce note explain observe remark mention recall recount
    report reveal disclose admit acknowledge concede confess claim assert maintain contend
    insist argue counter suggest propose affirm reaffirm reiterate repeat stress emphasise
    emphasize underline underscore point conclude continue confirm deny quip joke
    boast brag write reply respond answer retort rejoin ask wonder inquire query
    proclaim pronounce allege articulate exclaim assure interject muse opine hint scoff
    sneer mock taunt tease tout gloat
    cite dictate narrate quote recite relay confide convey divulge insinuate intimate
    utter voice express elaborate question surmise
    """.split()
)
"""Say (37.7: confide, divulge, utter, voice, express, elaborate; not "relate", mostly "-related"
in news), transfer of a message (37.1:
quote, recite, relay, cite, narrate), tell (37.2), inquire (37.1.2: question), conjecture
(29.5: surmise), reply verbs."""

MANNER_VERBS = frozenset(
    """
    shout yell scream shriek cry holler bellow roar bark growl snap snarl hiss mutter mumble
    murmur whisper sing chant cheer jeer boo groan moan sigh gasp laugh chuckle sob stammer
    stutter thunder rail rant fume gush boom drawl wail whine whimper croak rasp trumpet
    rage crow blurt howl screech squeal splutter sputter purr coo rave
    """.split()
)
"""Manner of speaking (37.3)."""

INSTRUMENT_VERBS = frozenset("tweet retweet post text email e-mail phone telephone wire".split())
"""Instrument of communication (37.4), with the verbs of social media."""

ADVISE_VERBS = frozenset(
    """
    warn caution urge advise alert admonish remind plead beg implore demand order command
    promise vow pledge swear predict forecast complain lament grumble protest object charge
    accuse blast slam criticise criticize praise thank apologise apologize concur agree
    disagree lecture preach testify exhort
    """.split()
)
"""Advise (37.9), complain (37.8), promise (13.3), beg/order/urge (58, 60: exhort; not
"press", whose participle is an adjective in news: "on pressing “issues”"),
lecture (37.11)."""

DUB_VERBS = frozenset("dub call label brand describe term nickname".split())
"""Dub (29.3): "called it 'a disaster'" credits the words to the subject."""

CUE_VERBS = SAY_VERBS | MANNER_VERBS | INSTRUMENT_VERBS | ADVISE_VERBS | DUB_VERBS
"""Every lemma that makes a verb a quote cue."""

PHRASAL_CUES = frozenset({
    ("go", "on"), ("shoot", "back"), ("fire", "back"), ("hit", "back"), ("write", "back"),
    ("chime", "in"), ("weigh", "in"), ("pipe", "up"), ("speak", "up"), ("speak", "out"),
    ("cry", "out"), ("call", "out"), ("sum", "up"), ("cut", "in"), ("break", "in"),
})
"""Verb and particle that together are a verb of speaking: "…,” he went on", "Trump shot
back"; the verb alone is not one."""

CREDIT_VERBS = frozenset(
    """
    read beam smile grin smirk shrug nod frown scowl wince grimace snort giggle cackle
    chortle guffaw snicker weep
    """.split()
)
"""Verbs that credit quoted words only as the tag after them ("“…,” the sign read", "“…!”
beamed Hartley"): reading a text (37.1), nonverbal expression (40.2). Elsewhere they are no
cue ("a cap reading “…”" names a slogan; "smiled at “…”" quotes nobody)."""

HEARER_VERBS = frozenset(
    """
    tell ask urge warn advise caution remind alert thank beg implore order command accuse
    blast slam criticise criticize praise call dub label brand describe nickname term
    quote cite
    """.split()
)
"""Cue verbs whose object is the hearer, the one spoken of ("told Reuters") or the one
quoted ("quoting Leonardo da Vinci"), never the speaker, even right after the verb."""

CUE_NOUNS = frozenset(
    """
    statement remarks remark comment comments speech interview tweet post message letter
    email e-mail memo release op-ed column essay testimony address response reply
    announcement declaration briefing retort quip rejoinder riposte
    """.split()
)
"""Nouns of communication: "in a statement", "Trump's tweet:", "a letter from X"."""

WORK_NOUNS = frozenset(
    """
    book film movie song album show series episode documentary play novel memoir article
    headline slogan motto hashtag campaign tagline program programme podcast poem title
    magazine newspaper column banner sign billboard ad advertisement phrase term word
    nickname label
    """.split()
)
"""Nouns that make the quoted words right after them a title or a name, not speech."""

NAMING_VERBS = frozenset("title entitle name headline brand".split())
"""Verbs that give a name: "a book titled 'X'" quotes a title, not a speaker."""

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
"""Singular person pronouns a speaker can be, with their gender."""


_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke"}


def _forms(lemma: str) -> set[str]:
    """The finite forms of a regular reporting verb and its irregular past; a verb ending
    consonant, vowel, consonant also gets the doubled past ("admitted", "quipped": the
    undoubled spelling of the others never occurs, so it costs nothing)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    past = {_IRREGULAR_PAST.get(lemma, stem + "ed")}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third, past = lemma[:-1] + "ies", {lemma[:-1] + "ied"}
    vowels = "aeiou"
    if len(lemma) > 2 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels \
            and lemma[-3] not in vowels:
        past.add(lemma + lemma[-1] + "ed")
    return {lemma, third, *past}


REPORTING_FORMS = frozenset(f for v in SAY_VERBS | {"speak"} for f in _forms(v))
"""Finite forms of the say verbs ("said", "says", "told", "added", "replied"): what
credits a quotation in the words after its closing mark."""
