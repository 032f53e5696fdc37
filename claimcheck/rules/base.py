"""The Rule base class: a code, a name, a default severity and a docstring that documents it.

Most rules read a ClaimSet and its Timeline (``Rule.check``). Two kinds run
at another point of the same path, and are selected, ignored, overridden and
documented like every rule: a ``SuppressionRule`` runs after suppressions are
applied and sees which suppressed nothing (CC01); an ``ArticleRule`` runs on an
article that is not extracted at all, with the language guess that stopped it
(CC02).
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from claimcheck.models import (
    Article,
    ClaimSet,
    Evidence,
    Finding,
    Severity,
    Span,
    Suppression,
)
from claimcheck.reason import Timeline

if TYPE_CHECKING:
    from claimcheck.ingest.language import LanguageGuess


def selector_matches(selector: str, code: str, name: str) -> bool:
    """Whether ``selector`` picks the rule ``code``/``name``: its code ('DT01'), family ('DT'),
    name ('dates.weekday_mismatch'), name prefix ('dates') or 'all'; the one matcher that
    selection, ignores, suppressions and severity overrides share (the last by code or name)."""
    s = selector.strip()
    if not s:
        return False
    return s.lower() == "all" or s.upper() in (code, code[:2]) or s.lower() in (
        name, name.split(".")[0])


def names_rule(key: str, code: str, name: str) -> bool:
    """Whether ``key`` names exactly this rule, by code or name (severity overrides, lookups)."""
    k = key.strip()
    return k.upper() == code or k.lower() == name


class Rule:
    """Base of every rule; subclasses set ``code``, ``name`` and ``severity``.

    A rule reads claims and the timeline, never spaCy objects, and yields
    findings. Its docstring is its documentation: the first line is the
    summary, then why it matters, an example that fails, and the fix.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING

    @classmethod
    def family(cls) -> str:
        return cls.code[:2]

    @classmethod
    def summary(cls) -> str:
        doc = inspect.getdoc(cls) or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""

    @classmethod
    def matches(cls, selector: str) -> bool:
        """Whether ``selector`` (a code, family, name, name prefix or 'all') picks this rule."""
        return selector_matches(selector, cls.code, cls.name)

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        claims: ClaimSet,
        message: str,
        evidence: Iterable[tuple[Span | None, str | None]],
        *,
        derivation: Iterable[str] = (),
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of this rule, its evidence located as lines and columns of the file."""
        index = claims.article.locator()
        seen: set[tuple[int, int]] = set()
        located = []
        for span, role in evidence:
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            located.append(Evidence.at(span, index, role))
        located.sort(key=lambda e: (e.span.start, e.span.end))
        return Finding(
            code=self.code, name=self.name, severity=severity or self.severity,
            message=message, evidence=located, derivation=list(derivation),
        )


class SuppressionRule(Rule):
    """A rule about the article's suppressions, run after they are applied (CC01)."""

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        return iter(())

    def check_suppressions(
        self, claims: ClaimSet, unused: Sequence[Suppression]
    ) -> Iterator[Finding]:
        """Findings about ``unused``: the suppressions that dropped no finding."""
        raise NotImplementedError


class ArticleRule(Rule):
    """A rule about an article that is not extracted, from what stopped it (CC02)."""

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        return iter(())

    def check_article(self, article: Article, language: LanguageGuess) -> Iterator[Finding]:
        """Findings about ``article``, which the language guard kept from extraction."""
        raise NotImplementedError
