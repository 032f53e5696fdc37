"""What the quote rules need from the wording, handed over as claims.

- Quotation marks that never pair (QT03 reads ``ClaimSet.unmatched_marks``).
- A quote marked as a repeat of someone else's words ("…," he said, echoing
  Trump): QT01 reads ``Quote.repeat_cue``.

Both read the article text, so they live in extraction; the rules read only
the records.
"""

from __future__ import annotations

import re
import unicodedata

from claimcheck.lang.en.speech import REPORTING_FORMS
from claimcheck.models import Quote, Span

_LINE = re.compile(r"[^\n]+")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_ATTRIBUTE = r"(?:\"[^\"<>]{0,300}\"|'[^'<>\n]*'|[“”″][^“”″<>\n]*[“”″])"
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*" + _ATTRIBUTE + r")+\s*/?>")
"""A markup tag with attributes, their values in straight or (as scraped pages have them)
typographic quotation marks: ``<a href=”...” target=”_blank”>``. Its marks quote nothing."""
_MEASURE = re.compile(r"\d['’′]\d{1,2}[\"”″]")
"""Feet and inches: 6’2”. The last mark is an inch mark, not a quotation mark."""
_WORDS = re.compile(r"[A-Za-z]+")
CREDIT_REACH = 60
"""Characters after a closing mark within which "he said" credits the quote."""
OPENERS = "“"
CLOSERS = "”"
STRAIGHT = '"'
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


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, starts_paragraph) for each non-empty line. Where blank lines part
    paragraphs, a line after a single break is a wrap of the same paragraph; otherwise
    every line is a paragraph (scraped news)."""
    blank = bool(_BLANK.search(text))
    out: list[tuple[int, int, bool]] = []
    prev_end = 0
    for m in _LINE.finditer(text):
        if not m.group().strip():
            continue
        new = not out or not blank or bool(_BLANK.search(text, prev_end, m.start() + 1)) \
            or "\n\n" in text[prev_end:m.start()]
        out.append((m.start(), m.end(), new))
        prev_end = m.end()
    return out


def _closing_position(text: str, pos: int) -> bool:
    """A mark right after a word or punctuation and before a space, punctuation or the
    line's end: where a quotation closes."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    return not before.isspace() and before not in "([{—–-" and not after.isalnum() \
        and unicodedata.category(before) != "Cf"


def _same_kind(text: str, opened: int, pos: int) -> bool:
    """The mark at ``pos`` is a quotation mark of the kind (straight or typographic) of the one
    that opened the quotation at ``opened`` (-1: a wrongly shaped opening mark)."""
    ch = text[pos]
    if ch not in (OPENERS, STRAIGHT):
        return False
    first = OPENERS if opened < 0 else text[opened]
    return (ch == STRAIGHT) == (first == STRAIGHT)


def _first_mark(text: str, start: int, end: int) -> tuple[int, str] | None:
    for pos in range(start, end):
        if text[pos] in (OPENERS, CLOSERS, STRAIGHT):
            return pos, text[pos]
    return None


def unbalanced_marks(text: str) -> list[int]:
    """Offsets of quotation marks that open and never close, or close and never opened.

    - Marks pair inside a paragraph, across its wrapped lines; one quotation may nest in
      another; a straight mark closes whatever is open, so mixed '"...”' marks pair.
    - The news convention for long quotations: a paragraph that leaves a quote open
      continues when the next paragraph (or line) opens with a quotation mark; a mark of
      the opening mark's kind (straight or typographic) re-opens the same quotation,
      one of the other kind nests a quotation inside it, and the quotation closes
      wherever its last paragraph closes it (of two readings, the one that leaves
      fewer marks unpaired). A quote left open whose next paragraph closes before it
      opens anything (a paragraph broken inside a sentence) continues too.
    - Not quotation marks: marks inside markup tags, the inch mark of 6’2”, a mark
      right after a number when no quote is open (a 12" record).
    - A mark of the wrong shape where a quote plainly opens or closes (“word“, ”Word)
      is reported once, itself, and still opens or closes the quotation, so its
      partner is not reported as well.
    """
    text = _TAG.sub(lambda m: " " * len(m.group()), text)
    measures = {m.end() - 1 for m in _MEASURE.finditer(text)}
    found: list[int] = []
    stack: list[int] = []
    lines = _lines(text)
    for n, (start, end, _new) in enumerate(lines):
        following = lines[n + 1] if n + 1 < len(lines) else None
        taken_up = following is not None and _takes_up(text, following)
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        readings = [_scan(text, start, end, first, list(stack), skip=False, measures=measures)]
        if stack and text[first] in (OPENERS, STRAIGHT):
            # the paragraph's first mark re-opens the running quotation, or nests one in it:
            # the reading that leaves fewer marks unpaired (the kind of mark breaks a tie)
            readings.append(_scan(text, start, end, first, list(stack), skip=True,
                                  measures=measures))
            if _same_kind(text, stack[-1], first):
                readings.reverse()
        cost = [len(f) + (0 if taken_up and _running(text, st, first, following) else len(st))
                for f, st in readings]
        marks, stack = readings[cost.index(min(cost))]
        goes_on = taken_up and _running(text, stack, first, following)
        found.extend(marks)
        if stack and not goes_on:
            found.extend(p for p in stack[-1:] if p >= 0)
            stack = []
    return sorted(set(found))


def _running(text: str, stack: list[int], first: int,
             following: tuple[int, int, bool] | None) -> bool:
    """Whether the quotation left open at a paragraph's end may run on into the next one.

    The news convention (the AP's "running quotations") leaves the closing mark off only
    when the quoted material is a full paragraph or a full sentence: the mark opens the
    paragraph, or opens a sentence (after a colon, a comma or a sentence's end) with a
    capital. A partial quote ("called him “the most valuable player.") is closed before
    the paragraph ends, so one left open is a missing mark. A paragraph wrapped onto the
    next line, or one the next line closes before it opens anything (broken inside a
    sentence), is the same paragraph: it runs on whatever the mark.
    """
    if not stack:
        return True
    if following is not None:
        start, end, new = following
        head = text[start:end].lstrip()[:1]
        if not new or head not in (OPENERS, STRAIGHT):
            return True  # a wrap, or a paragraph broken inside a sentence
    opened = stack[0]
    if opened < 0 or opened == first:
        return True
    i = opened - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    before = text[i] if i >= 0 else ""  # the character before the mark, spaces skipped
    after = text[opened + 1:opened + 2]
    if (before in ":,.!?;—–-" or before == "") and (after.isupper() or after.isdigit()):
        return True
    # a partial quote: wire copy does run some on, so it is taken as unclosed only when the
    # next paragraph credits its own quotation, as a new quotation does (a run credited
    # at its end, a paragraph further on, is misread: the price of the catch)
    return following is None or not _credits_its_quote(text, following)


def _credits_its_quote(text: str, line: tuple[int, int, bool]) -> bool:
    """The line closes a quotation and then names who said it ("…,” Ng said.", "…," said
    one man): a reporting verb's form in the words after its first closing mark."""
    start, end, _new = line
    body = text[start:end]
    close = next((i for i in range(1, len(body)) if body[i] in (CLOSERS, STRAIGHT)
                  and _closing_position(text, start + i)), None)
    if close is None:
        return False
    tail = body[close + 1:close + 1 + CREDIT_REACH]
    return any(w.lower() in REPORTING_FORMS for w in _WORDS.findall(tail))


def _takes_up(text: str, line: tuple[int, int, bool]) -> bool:
    """The line goes on with a quotation left open before it: it opens with a quotation mark
    (the convention), or is a wrap of the same paragraph, or closes before it opens anything
    (a paragraph broken inside a sentence)."""
    start, end, new = line
    if text[start:end].lstrip()[:1] in (OPENERS, STRAIGHT) or not new:
        return True
    mark = _first_mark(text, start, end)
    return mark is not None and (mark[1] == CLOSERS or (
        mark[1] == STRAIGHT and _closing_position(text, mark[0])))


def _scan(text: str, start: int, end: int, first: int, stack: list[int], *, skip: bool,
          measures: set[int]) -> tuple[list[int], list[int]]:
    """Pair the marks of one line onto ``stack`` (offsets of open marks; -1 for a wrongly
    shaped opening mark already reported): the marks found unpaired, and what is left open.
    With ``skip`` the line's first mark continues the open quotation."""
    found: list[int] = []
    for pos in range(start, end):
        ch = text[pos]
        if ch not in (OPENERS, CLOSERS, STRAIGHT) or pos in measures:
            continue
        if pos == first and skip:
            continue
        if not stack and ch in (CLOSERS, STRAIGHT) and text[pos - 1:pos].isdigit():
            continue  # 12" — a measure, no quote is open
        if ch == OPENERS and stack and _closing_position(text, pos):
            found.append(pos)  # “word“: a closing mark written the wrong way round
            stack.pop()
        elif ch == OPENERS or (ch == STRAIGHT and (not stack or pos == first)):
            if len(stack) == MAX_DEPTH:
                found.append(stack.pop())
            stack.append(pos)
        elif stack:
            stack.pop()
        else:
            # a closing mark nothing opened: reported, and taken as the opening it stands for
            # (”Word ... ”), so the mark that closes it is not reported as well
            found.append(pos)
            stack.append(-1)
    return found, stack


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
