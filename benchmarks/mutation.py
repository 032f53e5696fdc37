"""Mutation benchmark: break one thing in a consistent article's text and see if it is caught.

Articles come from two sources: random consistent articles rendered by
``mutation_articles.generate`` and the real articles of ``../shared/corpus/``
(publication dates from its ``index.jsonl``). Each mutation edits the TEXT
the way a writer or editor might slip (a wrong weekday, a date pushed past
publication, a name mistyped, a quote pasted under another name ...), using
the claims extracted from the unmodified text only to find where to edit.
The full pipeline then reads the mutated text; a mutation is caught when the
expected rule reports more findings (warning or error) than on the original.

Kinds the extractor cannot produce from text yet are mutated at the claims
level instead, and are marked so in the table.

Usage: python benchmarks/mutation.py [--corpus ../shared/corpus] [--generated 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutation_articles import NUMBER_WORDS, WEEKDAYS, generate, month_day  # noqa: E402

from claimcheck.api import extract  # noqa: E402
from claimcheck.checker import check_claims  # noqa: E402
from claimcheck.models import (  # noqa: E402
    ClaimSet,
    EntityKind,
    EventStatus,
    Severity,
    StatedCount,
    Tense,
    TimeExpression,
    TimexType,
)
from claimcheck.reason.build import is_dateline  # noqa: E402

Mutation = Callable[[str, ClaimSet, random.Random], "str | None"]
OTHER_NATIONALITIES = ["Belgian", "Austrian", "Chilean", "Irish", "Canadian", "Greek"]
OTHER_CITIES = ["Tokyo", "Nairobi", "Lima", "Oslo", "Cairo", "Seoul"]
LIST_COUNTRIES = ["Japan", "Brazil", "Kenya", "Norway", "Chile"]


def _day(t: TimeExpression) -> dt.date | None:
    r = t.resolved
    return r.start if r is not None and r.start == r.end else None


def _full_dates(claims: ClaimSet) -> list[TimeExpression]:
    """Dates with a day and month, not counting a dateline (it dates the filing, no event)."""
    return [t for t in claims.times if t.type is TimexType.DATE and t.stated is not None
            and t.stated.month and t.stated.day and _day(t) is not None
            and not is_dateline(claims.article.text, t.span)]


def _weekday_only(claims: ClaimSet) -> list[TimeExpression]:
    return [t for t in claims.times if t.stated is not None and t.stated.weekday
            and not t.stated.day and _day(t) is not None]


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _sentence_end(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` ends: a safe place to add a sentence."""
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    while end > offset and text[end - 1] in " \t":
        end -= 1
    return end


def _render(d: dt.date, *, year: bool) -> str:
    return month_day(d) + (f", {d.year}" if year else "")


def dt01(text, claims, rng):
    """A weekday that does not match: insert or change the weekday of a dated day."""
    for t in _full_dates(claims):
        day = _day(t)
        wrong = WEEKDAYS[(day.weekday() + rng.randrange(1, 7)) % 7]
        s = t.stated
        if s.weekday_span is not None:
            return _replace(text, s.weekday_span.start, s.weekday_span.end, wrong)
        start = (s.date_span or t.span).start
        return _replace(text, start, start, f"{wrong}, ")
    for t in _weekday_only(claims):
        shifted = _day(t) + dt.timedelta(days=rng.choice([1, 2, 3, -1, -2]))
        return _replace(text, t.span.end, t.span.end, f", {month_day(shifted)}")
    return None


def dt02(text, claims, rng):
    """A relative date that lands on another day: '..., three days after <date>'."""
    dated = {t for e in claims.events for t in e.times}
    candidates = [*_weekday_only(claims), *_full_dates(claims)]
    for t in sorted(candidates, key=lambda t: t.id not in dated):
        n = rng.randrange(2, 5)
        anchor = _day(t) - dt.timedelta(days=n) + dt.timedelta(days=rng.choice([1, -1, 2]))
        return _replace(text, t.span.end, t.span.end,
                        f", {NUMBER_WORDS[n]} days after {month_day(anchor)},")
    return None


def dt03(text, claims, rng):
    """A confirming statement dated before the event it confirms."""
    pub = claims.article.published
    for e in claims.events:  # an existing confirmation: move its day before the event's
        for r in e.relations:
            target = claims.event(r.target)
            if r.type.value != "on_or_after" or target is None or not e.times:
                continue
            days = [d for t in target.times if (x := claims.time(t)) and (d := _day(x))]
            t = claims.time(e.times[0])
            if not days or t is None or _day(t) is None:
                continue
            before = days[0] - dt.timedelta(days=1)
            if t in _weekday_only(claims) and pub and (pub - before).days <= 6:
                return _replace(text, t.span.start, t.span.end, WEEKDAYS[before.weekday()])
            return _replace(text, t.span.start, t.span.end, month_day(before))
    for e in claims.events:  # or add one, as the seed words it
        if e.kind.value not in ("meeting", "talks", "visit", "call", "summit"):
            continue
        days = [d for t in e.times if (x := claims.time(t)) and (d := _day(x))]
        if not days or e.status is not EventStatus.OCCURRED or (pub and days[0] > pub):
            continue
        before = days[0] - dt.timedelta(days=rng.randrange(1, 3))
        noun = {"talks": "talks", "visit": "visit", "call": "call"}.get(e.kind.value, "meeting")
        verb = "were" if noun == "talks" else "was"
        at = _sentence_end(text, e.trigger.end)
        return _replace(text, at, at, f" The {noun} {verb} held on {month_day(days[0])}, "
                                      f"officials confirmed in a statement on "
                                      f"{month_day(before)}.")
    return None


def dt08(text, claims, rng):
    """One event given a second day: a later mention of it names another day."""
    for e in claims.events:
        if e.kind.value not in ("meeting", "call"):
            continue  # summits and visits may last several days
        dated = [(t, d) for tid in e.times if (t := claims.time(tid)) and (d := _day(t))]
        if not dated or e.status is not EventStatus.OCCURRED:
            continue
        for t, day in dated:
            if t in _weekday_only(claims) and t.span.start > dated[0][0].span.start:
                wrong = WEEKDAYS[(day.weekday() + rng.choice([1, 2, -1])) % 7]
                return _replace(text, t.span.start, t.span.end, wrong)
        other = dated[0][1] + dt.timedelta(days=rng.choice([1, 2, -1, -2]))
        noun = e.kind.value
        at = _sentence_end(text, e.trigger.end)
        return _replace(text, at, at, f" The {noun} took place on {month_day(other)}.")
    return None


def dt04(text, claims, rng):
    """A past event dated after publication."""
    pub = claims.article.published
    if pub is None:
        return None
    # an event dated once: a second date for it would make this a DT08 conflict instead
    events = sorted(claims.events, key=lambda e: len(e.times) != 1)
    dated = {t for e in claims.events for t in e.times}
    loose = [t.id for t in claims.times if t.id not in dated]  # past-tense dates of no event
    for tids in [e.times for e in events if e.status is EventStatus.OCCURRED] + [loose]:
        for tid in tids:
            t = claims.time(tid)
            if t is None or t not in _full_dates(claims) or t.tense is not Tense.PAST:
                continue
            new = pub + dt.timedelta(days=rng.randrange(3, 40))
            s = t.stated
            # a year-less date across New Year is ambiguous by design: give it its year
            rendered = _render(new, year=bool(s.year) or new.year != pub.year)
            if s.weekday_span is not None:
                return _replace(text, t.span.start, t.span.end,
                                f"{WEEKDAYS[new.weekday()]}, {rendered}")
            span = s.date_span or t.span
            return _replace(text, span.start, span.end, rendered)
    return None


def dt05(text, claims, rng):
    """An impossible calendar date."""
    for t in _full_dates(claims):
        span = t.stated.date_span or t.span
        month, dom = rng.choice([("June", 31), ("April", 31), ("September", 31),
                                 ("November", 31), ("February", 30)])
        year = f", {t.stated.year}" if t.stated.year else ""
        return _replace(text, span.start, span.end, f"{month} {dom}{year}")
    return None


def dt06(text, claims, rng):
    """A duration that does not fit its start and end."""
    for t in _full_dates(claims):
        start = _day(t)
        n = rng.randrange(2, 5)
        end = start + dt.timedelta(days=n + 1)
        end_text = str(end.day) if end.month == start.month else month_day(end)
        at = _sentence_end(text, t.span.end)
        return _replace(text, at, at, f" It was part of a {NUMBER_WORDS[n]}-day visit from "
                                      f"{month_day(start)} to {end_text}.")
    return None


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
                return _replace(text, later[0].span.start, later[0].span.end, other)
            noun = {"talks": "talks", "visit": "visit", "summit": "summit",
                    "speech": "speech"}.get(e.kind.value, "meeting")
            at = _sentence_end(text, e.trigger.end)
            return _replace(text, at, at, f" The {noun} took place in {other}.")
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
                return _replace(text, r.span.start + i, r.span.start + i + len(r.nationality),
                                other)
        at = _sentence_end(text, roles[0].span.end)
        return _replace(text, at, at, f"\n\nThe {other} {roles[0].title}, {ent.name}, did not "
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
        return _replace(text, last[-1], last[-1] + len(surname), wrong)
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
            return _replace(text, q.span.end - 1, q.span.end, "")
    return None


def nu01(text, claims, rng):
    """A count that does not match its list."""
    for c in claims.counts:
        wrong = NUMBER_WORDS[c.value + rng.choice([-1, 1])]
        return _replace(text, c.value_span.start, c.value_span.end, wrong)
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


def _count(claims: ClaimSet, code: str) -> int:
    return sum(f.code == code and f.severity >= Severity.WARNING
               for f in check_claims(claims).findings)


def articles(corpus: Path, generated: int, seed: int):
    for n in range(generated):
        g = generate(seed * 1000 + n)
        yield f"gen-{g.seed}", g.text, g.published
    index = corpus / "index.jsonl"
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            path = corpus / f"{rec['id']}.txt"
            if path.exists():
                pub = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
                yield f"corpus-{rec['id']}", path.read_text(encoding="utf-8"), pub


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--generated", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    applied: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    corpus_applied: Counter[str] = Counter()
    corpus_caught: Counter[str] = Counter()
    errors_unmodified: list[str] = []
    n_articles = 0
    for name, text, pub in articles(args.corpus, args.generated, args.seed):
        n_articles += 1
        rng = random.Random(f"{args.seed}-{name}")
        original = extract(text, published=pub)
        for f in check_claims(original).findings:
            if f.severity is Severity.ERROR:
                errors_unmodified.append(f"{name}: {f.code} {f.message}")
        for code, mutate in TEXT_MUTATIONS.items():
            mutated = mutate(text, original, rng)
            if mutated is None or mutated == text:
                continue
            applied[code] += 1
            hit = _count(extract(mutated, published=pub), code) > _count(original, code)
            caught[code] += hit
            if name.startswith("corpus-"):
                corpus_applied[code] += 1
                corpus_caught[code] += hit
            if args.verbose and not hit:
                print(f"missed {code} in {name}")
        for code, mutate in CLAIM_MUTATIONS.items():
            mutated_claims = mutate(original, rng)
            if mutated_claims is None:
                continue
            applied[code] += 1
            hit = _count(mutated_claims, code) > _count(original, code)
            caught[code] += hit
            if name.startswith("corpus-"):
                corpus_applied[code] += 1
                corpus_caught[code] += hit
    print(f"{n_articles} articles ({args.generated} generated, the rest from {args.corpus})\n")
    print(f"{'rule':6} {'level':7} {'applied':>8} {'caught':>7} {'recall':>7}   "
          f"{'corpus only':>12}")
    for code in sorted(applied):
        level = "claims" if code in CLAIM_MUTATIONS else "text"
        recall = caught[code] / applied[code]
        corpus = (f"{corpus_caught[code]}/{corpus_applied[code]}" if corpus_applied[code]
                  else "-")
        print(f"{code:6} {level:7} {applied[code]:8d} {caught[code]:7d} {recall:7.0%}   "
              f"{corpus:>12}")
    total = sum(applied.values())
    print(f"{'all':6} {'':7} {total:8d} {sum(caught.values()):7d} "
          f"{sum(caught.values()) / max(total, 1):7.0%}")
    print(f"\nerror findings on unmodified articles: {len(errors_unmodified)}")
    for line in errors_unmodified:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
