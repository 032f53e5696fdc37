"""QT01: one quote credited to different speakers."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from claimcheck.models import ClaimSet, Finding, Quote, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule
from claimcheck.rules.quotes._text import words

MIN_WORDS = 4


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _name(claims: ClaimSet, q: Quote) -> str:
    entity = claims.entity(q.speaker) if q.speaker else None
    if entity is not None:
        return entity.name
    return q.speaker_span.text if q.speaker_span else "?"


def _different_speakers(claims: ClaimSet, a: Quote, b: Quote) -> bool:
    """Credited to two people: two entities, or (unresolved) two names sharing no word."""
    if a.speaker and b.speaker:
        return a.speaker != b.speaker
    if not (a.speaker_span and b.speaker_span):
        return False
    wa, wb = set(_name(claims, a).split()), set(_name(claims, b).split())
    capitalised = all(w[:1].isupper() for w in wa | wb)
    return capitalised and not (wa & wb)


class QuoteTwoSpeakers(Rule):
    """The same words are quoted twice and credited to two different people.

    Why it matters: misattribution is among the most damaging errors a
    newsroom corrects; if the same sentence is Rutte's in one paragraph and
    Trump's in another, one credit is wrong.

    Fails: '"We must act together," Rutte said. ... "We must act together,"
    Trump said.'

    Passes: '"We must act together," Rutte said. ... Trump agreed that they
    must act together.'

    Fix: credit the quote to the person who said it.
    """

    code = "QT01"
    name = "quotes.two_speakers"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for a, b in combinations(claims.quotes, 2):
            if not _different_speakers(claims, a, b):
                continue
            wa, wb = words(a.content.text), words(b.content.text)
            if min(len(wa), len(wb)) < MIN_WORDS:
                continue
            if wa == wb:
                severity = Severity.ERROR
            elif min(len(wa), len(wb)) >= 6 and (_contains(wa, wb) or _contains(wb, wa)):
                severity = Severity.WARNING
            else:
                continue
            name_a, name_b = _name(claims, a), _name(claims, b)
            yield self.finding(
                claims, f"the same words are credited to {name_a} and to {name_b}",
                [(a.span, "quote"), (a.speaker_span, "speaker"), (b.span, "quote"),
                 (b.speaker_span, "speaker")], severity=severity)
