"""CC01: a suppression that suppresses nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from claimcheck.models import Finding, Severity, Suppression
from claimcheck.models.claims import ClaimSet
from claimcheck.rules.base import SuppressionRule


class UnusedSuppression(SuppressionRule):
    """A claimcheck ignore comment or front-matter key suppresses nothing.

    Why it matters: a suppression that no longer matches a finding hides
    nothing today but will hide a real problem tomorrow, and it misleads the
    next editor.

    Fails: "<!-- claimcheck: ignore DT01 --> The talks were held on Thursday,
    November 21, 2024." (no DT01 finding to suppress)

    Passes: "<!-- claimcheck: ignore DT01 --> The talks were held on Friday,
    November 21, 2024." (a DT01 finding, which it suppresses)

    Fix: delete the comment, or name the rule that really fires.
    """

    code = "CC01"
    name = "meta.unused_suppression"
    severity = Severity.INFO

    def check_suppressions(
        self, claims: ClaimSet, unused: Sequence[Suppression]
    ) -> Iterator[Finding]:
        for sup in unused:
            yield self.finding(
                claims, f"suppression of {', '.join(sup.codes)} suppressed nothing",
                [(sup.directive, "directive")],
            )
