"""What the quote rules need from the wording, handed over as claims.

- Quotation marks that never pair (QT03 reads ``ClaimSet.unmatched_marks``).
- A quote marked as a repeat of someone else's words ("…," he said, echoing
  Trump): QT01 reads ``Quote.repeat_cue``.

Both read the article text, so they live in extraction; the rules read only
the records.
"""

from __future__ import annotations

import re

from claimcheck.models import Quote, Span

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_LINE = re.compile(r"[^\n]+")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))+\s*/?>")
MAX_DEPTH = 2
"""Quotations open at once: one may nest inside another (“a “b” c”), no deeper."""

_ECHO = re.compile(
    r"\b(?:echo(?:ed|es|ing)?|quot(?:ed|es|ing)|repeat(?:ed|s|ing)|borrow(?:ed|s|ing)|"
    r"paraphras(?:ed|es|ing)|cit(?:ed|es|ing)|in\s+the\s+words\s+of|as\s+\w+\s+(?:had\s+)?"
    r"put\s+it|(?:his|her|their|\w+['’]s)\s+(?:own\s+)?(?:words|phrase|line|slogan))\b",
    re.IGNORECASE,
)
"""Words that say a speaker repeats someone else's words on purpose."""
REACH = 160
"""How far around a quote, within its line, such words are looked for (characters)."""


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


def unmatched_marks(text: str) -> list[Span]:
    """The marks of ``unbalanced_marks`` as one-character spans, in text order."""
    return [Span.of(text, m, m + 1) for m in sorted(unbalanced_marks(text))]


def repeat_cue(text: str, q: Quote, sentences: list[Span]) -> Span | None:
    """The words around ``q`` (its sentences, the next one when it quotes nothing, and its
    line, within ``REACH``) saying it echoes
    another's words: '"...," he said, echoing Trump', 'Rutte said, quoting Trump: "..."'."""
    start = max(text.rfind("\n", 0, q.span.start) + 1, q.span.start - REACH)
    end = text.find("\n", q.span.end)
    end = min(len(text) if end == -1 else end, q.span.end + REACH)
    around = [s for s in sentences if s.end > q.span.start and s.start < q.span.end]
    if around:
        last = max(s.end for s in around)
        # the sentence after may comment on the quote ("... using Ryan's own phrase"), when
        # it quotes nothing itself
        following = next((s for s in sentences if s.start >= last), None)
        if following is not None and not any(m in following.text for m in "“”\""):
            last = following.end
        start, end = max(start, around[0].start), min(end, last)
    # never into another quotation: the words between this quote and its neighbours
    after = [i for i in (text.find(m, q.span.end, end) for m in "“\"") if i != -1]
    before = [text.rfind(m, start, q.span.start) for m in "”\""]
    end, start = min(after, default=end), max(before + [start - 1]) + 1
    for lo, hi in ((q.span.end, end), (start, q.span.start)):
        m = _ECHO.search(text, lo, hi)
        if m is not None:
            return Span.of(text, m.start(), m.end())
    return None
