"""QT04: a quote without a speaker (info)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, Finding, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule
from claimcheck.rules.quotes._text import words

MIN_WORDS = 5


class QuoteWithoutSpeaker(Rule):
    """A full quotation is credited to nobody.

    Why it matters: a quote the reader cannot attribute cannot be checked;
    often the attribution was lost in editing.

    Fails (info): '“We will not accept any delay in aid to Ukraine.” The
    talks ended on Friday.'

    Passes: '“We will not accept any delay in aid to Ukraine,” Rutte said.'
    Short fragments and scare quotes inside a sentence are not reported.

    Fix: say who said it.
    """

    code = "QT04"
    name = "quotes.no_speaker"
    severity = Severity.INFO

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for q in claims.quotes:
            if q.speaker or q.speaker_span or q.partial or len(words(q.content.text)) < MIN_WORDS:
                continue
            yield self.finding(claims, "this quote is credited to no one", [(q.span, "quote")])
