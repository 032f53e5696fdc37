"""QT01: one quote credited to different speakers."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from claimcheck.models import ClaimSet, Finding, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule
from claimcheck.rules.quotes._text import words

MIN_WORDS = 4


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


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
            if not a.speaker or not b.speaker or a.speaker == b.speaker:
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
            sa, sb = claims.entity(a.speaker), claims.entity(b.speaker)
            name_a = sa.name if sa else a.speaker
            name_b = sb.name if sb else b.speaker
            yield self.finding(
                claims, f"the same words are credited to {name_a} and to {name_b}",
                [(a.span, "quote"), (a.speaker_span, "speaker"), (b.span, "quote"),
                 (b.speaker_span, "speaker")], severity=severity)
