"""QT02: a quote whose wording changes between mentions."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from claimcheck.models import ClaimSet, Finding, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule
from claimcheck.rules.quotes._text import candidate_pairs, words

MIN_WORDS = 6
SIMILAR = 0.75


class QuoteWordingChanged(Rule):
    """A quote repeated later in the article has different words.

    Why it matters: a direct quote promises the speaker's exact words; two
    versions of one quote mean at least one is not exact.

    Fails: '"We will not accept any delay in aid," he said. ... Rutte had
    said: "We will not accept a delay in aid."'

    Passes: '"We will not accept any delay in aid," he said. ... Rutte had
    said: "We will not accept any delay in aid."' Also passes: a short
    fragment of the longer quote quoted again.

    Fix: quote the words exactly both times, or paraphrase without marks.
    """

    code = "QT02"
    name = "quotes.wording_changed"
    severity = Severity.WARNING

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for a, b in candidate_pairs(claims.quotes):
            if a.speaker and b.speaker and a.speaker != b.speaker:
                continue
            wa, wb = words(a.content.text), words(b.content.text)
            if min(len(wa), len(wb)) < MIN_WORDS or wa == wb:
                continue
            matcher = SequenceMatcher(a=wa, b=wb, autojunk=False)
            longest = matcher.find_longest_match(0, len(wa), 0, len(wb)).size
            if longest == min(len(wa), len(wb)):
                continue  # one is a fragment of the other
            ratio = matcher.ratio()
            if ratio < SIMILAR:
                continue
            changed = [
                f"{' '.join(wa[i1:i2]) or '(nothing)'} -> {' '.join(wb[j1:j2]) or '(nothing)'}"
                for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
            yield self.finding(
                claims, f"the quote is worded differently the second time: {changed[0]}",
                [(a.span, "quote"), (b.span, "quote")],
                derivation=[f"similarity {ratio:.2f}", *changed])
