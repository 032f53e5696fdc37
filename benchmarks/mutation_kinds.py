"""The mutations: one realistic slip per rule, made in an article's text (or claims).

Each function takes the text, the claims extracted from it (used only to
find where to edit) and a random source, and returns the mutated text, or
None when the article offers no place for that slip.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutation_articles import NUMBER_WORDS  # noqa: E402
from mutation_dates import (  # noqa: E402
    Mutation,
    dt01,
    dt02,
    dt03,
    dt04,
    dt05,
    dt06,
    dt08,
    replace,
    sentence_end,
)

from claimcheck.models import (  # noqa: E402
    ClaimSet,
    EntityKind,
    EventStatus,
    StatedCount,
)

OTHER_NATIONALITIES = ["Belgian", "Austrian", "Chilean", "Irish", "Canadian", "Greek"]
OTHER_CITIES = ["Tokyo", "Nairobi", "Lima", "Oslo", "Cairo", "Seoul"]
LIST_COUNTRIES = ["Japan", "Brazil", "Kenya", "Norway", "Chile"]


def pl01(text, claims, rng):
    """One event placed in a second, incompatible city."""
    body = text.find("\n\n") if text.find("\n\n") < 200 else 0  # after a headline, if any
    seen_kinds: set[str] = set()
    for e in sorted(claims.events, key=lambda e: e.trigger.start):
        if e.kind.value not in ("meeting", "talks", "visit", "summit", "call", "speech") \
                or e.trigger.start < body:
            continue  # an arrival or a statement is no place to be twice
        if e.kind.value in seen_kinds or e.status is not EventStatus.OCCURRED:
            seen_kinds.add(e.kind.value)
            continue  # "The meeting took place in X" can only mean the first, past one
        seen_kinds.add(e.kind.value)
        for ref in e.places:
            ent = claims.entity(ref.entity) if ref.entity else None
            if ent is None or ent.place is None or ent.place.feature != "city":
                continue
            other = rng.choice([c for c in OTHER_CITIES if c != ent.place.name])
            later = [r for r in e.places if r.span.start > ref.span.start
                     and r.span.text == ref.span.text]
            if later:  # the place said again for this event: say another one there
                return replace(text, later[0].span.start, later[0].span.end, other)
            noun = {"talks": "talks", "visit": "visit", "summit": "summit",
                    "speech": "speech"}.get(e.kind.value, "meeting")
            at = sentence_end(text, e.trigger.end)
            return replace(text, at, at, f" The {noun} took place in {other}.")
    return None


def pe01(text, claims, rng):
    """One person given a second nationality for the same title."""
    for ent in claims.entities:
        roles = [r for r in ent.roles if r.nationality and r.title]
        if not roles:
            continue
        other = rng.choice([n for n in OTHER_NATIONALITIES if n != roles[0].nationality])
        if len(roles) > 1:
            r = roles[-1]
            i = r.span.text.find(r.nationality)
            if i >= 0:
                return replace(text, r.span.start + i, r.span.start + i + len(r.nationality),
                                other)
        at = sentence_end(text, roles[0].span.end)
        return replace(text, at, at, f"\n\nThe {other} {roles[0].title}, {ent.name}, did not "
                                      "comment on the plan.")
    return None


def pe02(text, claims, rng):
    """A name misspelt in one of its mentions."""
    people = sorted(claims.entities, key=lambda e: e.kind is not EntityKind.PERSON)
    for ent in people:
        if ent.kind not in (EntityKind.PERSON, EntityKind.PLACE):
            continue
        surname = ent.name.split()[-1]
        if len(surname) < 6 or not surname.isalpha() or text.count(surname) < 2 \
                or surname.lower() in text:
            continue
        i = rng.randrange(2, len(surname) - 1)
        vowels = "aeiou"
        repl = rng.choice([v for v in vowels if v != surname[i].lower()]) \
            if surname[i].lower() in vowels else surname[i + 1] + surname[i]
        wrong = surname[:i] + repl + surname[i + len(repl):]
        if wrong == surname:
            continue
        last = [m.start() for m in re.finditer(rf"\b{surname}\b", text)]
        if len(last) < 2:
            continue
        return replace(text, last[-1], last[-1] + len(surname), wrong)
    return None


def _quote_with_speaker(claims: ClaimSet):
    for q in claims.quotes:
        if q.speaker_span is not None and not q.partial and len(q.content.text.split()) >= 6:
            return q
    return None


def qt01(text, claims, rng):
    """A quote pasted a second time under another speaker's name."""
    q = _quote_with_speaker(claims)
    if q is None:
        return None
    speaker = claims.entity(q.speaker) if q.speaker else None
    said_by = set((speaker.name if speaker else q.speaker_span.text).split())
    others = [e for e in claims.entities if e.kind is EntityKind.PERSON
              and not set(e.name.split()) & said_by]
    if not others:
        return None
    words = q.content.text.rstrip(" ,.")
    return text.rstrip() + f"\n\n“{words},” {rng.choice(others).name} said.\n"


def qt02(text, claims, rng):
    """A quote repeated with one word dropped."""
    q = _quote_with_speaker(claims)
    if q is None:
        return None
    words = q.content.text.rstrip(" ,.").split()
    candidates = [i for i, w in enumerate(words[1:-1], 1) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return None
    del words[rng.choice(candidates)]
    return text.rstrip() + f"\n\n“{' '.join(words)},” {q.speaker_span.text} added.\n"


def qt03(text, claims, rng):
    """A closing quotation mark dropped."""
    for q in claims.quotes:
        if q.balanced and q.span.text[-1:] in ("”", '"'):
            return replace(text, q.span.end - 1, q.span.end, "")
    return None


def nu01(text, claims, rng):
    """A count that does not match its list."""
    for c in claims.counts:
        wrong = NUMBER_WORDS[c.value + rng.choice([-1, 1])]
        return replace(text, c.value_span.start, c.value_span.end, wrong)
    people = [e for e in claims.entities if e.kind is EntityKind.PERSON]
    if not people:
        return None
    listed = rng.sample(LIST_COUNTRIES, 4)
    return text.rstrip() + (f"\n\n{people[0].name.split()[-1]} named the three countries "
                            f"{', '.join(listed[:-1])} and {listed[-1]} as partners.\n")


TEXT_MUTATIONS: dict[str, Mutation] = {
    "DT01": dt01, "DT02": dt02, "DT03": dt03, "DT04": dt04, "DT05": dt05, "DT06": dt06,
    "DT08": dt08,
    "PL01": pl01, "PE01": pe01, "PE02": pe02, "QT01": qt01, "QT02": qt02, "QT03": qt03,
    "NU01": nu01,
}


def pe03_claims(claims: ClaimSet, rng: random.Random) -> ClaimSet | None:
    """Claims level: a stated participant count one off the people named."""
    for i, e in enumerate(claims.events):
        ids = {p.entity for p in e.participants}
        if len(ids) < 2 or None in ids or e.participant_count is not None:
            continue
        kinds = {claims.entity(x).kind for x in ids if claims.entity(x)}
        if kinds != {EntityKind.PERSON}:
            continue
        count = StatedCount(value=len(ids) + rng.choice([-1, 1]), span=e.trigger)
        events = list(claims.events)
        events[i] = e.model_copy(update={"participant_count": count})
        return claims.model_copy(update={"events": events})
    return None


CLAIM_MUTATIONS = {"PE03": pe03_claims}



