"""QT03: unbalanced quotation marks."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, Finding, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule


class UnbalancedQuotes(Rule):
    """A quotation mark opens and never closes (or closes and never opened).

    Why it matters: the reader cannot tell where the speaker's words end and
    the writer's begin, so the attribution itself is in doubt.

    Fails: 'Rutte said: “We will stand with Ukraine. The talks went on.'

    Passes: 'Rutte said: “We will stand with Ukraine.” The talks went on.'
    A quote running over paragraphs, each opening with a mark and only the
    last closing, is the news convention and passes; so do marks inside
    markup tags, the inch mark of 6'2", and a quote left open where a
    paragraph break falls inside a sentence whose next paragraph closes it.
    A mark of the wrong shape ('called it “awful“') is reported once, itself.

    Fix: add the missing mark.
    """

    code = "QT03"
    name = "quotes.unbalanced_marks"
    severity = Severity.WARNING

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for span in sorted(claims.unmatched_marks, key=lambda s: s.start):
            yield self.finding(claims, f"the quotation mark {span.text} is never matched, "
                               "or is the wrong way round", [(span, "mark")])
