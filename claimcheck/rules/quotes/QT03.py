"""QT03: unbalanced quotation marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.models import ClaimSet, Finding, Severity, Span
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_LINE = re.compile(r"[^\n]+")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))+\s*/?>")
MAX_DEPTH = 2
"""Quotations open at once: one may nest inside another (“a “b” c”), no deeper."""


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Where blank lines part paragraphs, the lines between them are one paragraph (their
    single line breaks are wraps); otherwise each line is one. Markup tags are blanked."""
    pattern = _PARAGRAPH if _BLANK.search(text) else _LINE
    text = _TAG.sub(lambda m: " " * len(m.group()), text)
    return [(m.start(), m.group()) for m in pattern.finditer(text) if m.group().strip()]


def unbalanced_marks(text: str) -> list[int]:
    """Offsets of quotation marks that open and never close, or close and never opened.

    The news convention is respected: a paragraph that opens a quote without
    closing it continues in the next paragraph if that one opens with a mark.
    A straight mark closes whatever is open, so '"...”' mixed marks pair up.
    """
    found: list[int] = []
    paras = _paragraphs(text)
    for i, (start, para) in enumerate(paras):
        following = paras[i + 1][1].lstrip() if i + 1 < len(paras) else ""
        continues = following[:1] in ("“", '"')
        stack: list[int] = []
        for k, ch in enumerate(para):
            if ch == "“" or (ch == '"' and not stack):
                if len(stack) == MAX_DEPTH:
                    found.append(stack.pop())
                stack.append(start + k)
            elif ch in ("”", '"'):
                if stack:
                    stack.pop()
                else:
                    found.append(start + k)
        if stack and not continues:
            found.append(stack[-1])
    return found


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
        text = claims.article.text
        spans = {m: Span.of(text, m, m + 1) for m in unbalanced_marks(text)}
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
