"""QT03: unbalanced quotation marks."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, Finding, Severity, Span
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule


def _mark_of(span: Span) -> Span | None:
    """The quotation mark an unbalanced quote has: the one it opens or closes with."""
    for offset in (0, len(span.text) - 1):
        if span.text[offset] in "“”\"":
            return Span(start=span.start + offset, end=span.start + offset + 1,
                        text=span.text[offset])
    return None


class UnbalancedQuotes(Rule):
    """A quotation mark opens and never closes (or closes and never opened).

    Why it matters: the reader cannot tell where the speaker's words end and
    the writer's begin, so the attribution itself is in doubt.

    Fails: 'Rutte said: “We will stand with Ukraine. The talks went on.'

    Passes: 'Rutte said: “We will stand with Ukraine.” The talks went on.'
    A quote running over paragraphs, each opening with a mark and only the
    last closing, is the news convention and passes.

    Fix: add the missing mark.
    """

    code = "QT03"
    name = "quotes.unbalanced_marks"
    severity = Severity.WARNING

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        spans = {m.start: m for m in claims.unmatched_marks}
        for q in claims.quotes:
            if not q.balanced and q.span.text and not any(q.span.start <= m < q.span.end
                                                          for m in spans):
                mark = _mark_of(q.span)
                if mark is not None:
                    spans[mark.start] = mark
        for offset in sorted(spans):
            span = spans[offset]
            yield self.finding(claims, f"the quotation mark {span.text} is never matched",
                               [(span, "mark")])
