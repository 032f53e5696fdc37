"""The Rule base class: a code, a name, a default severity and a docstring that documents it."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator
from typing import ClassVar

from claimcheck.models import ClaimSet, Evidence, Finding, Severity, Span
from claimcheck.reason import Timeline


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
        s = selector.strip()
        if not s:
            return False
        if s.lower() == "all":
            return True
        return s.upper() in (cls.code, cls.family()) or s.lower() in (
            cls.name, cls.name.split(".")[0])

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
