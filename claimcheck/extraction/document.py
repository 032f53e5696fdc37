"""What the checker needs from the text, handed over as fields of the claims.

The reasoner and the rules read claims, never the article text. Whatever
they need of the wording around a span is computed here, once, from the Doc
and the text: each sentence and paragraph as a span, each time expression's
role (dateline, schedule, range end), which expression stands beside which
as one day, impossible written dates, written ranges of days, and the
capitalised words a name-variant check compares.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimcheck.extraction.line_breaks import text_of
from claimcheck.extraction.name_words import word_uses
from claimcheck.extraction.quote_balance import repeat_cue, unmatched_marks
from claimcheck.extraction.ranges import impossible_dates, stated_ranges
from claimcheck.lang.en.cues import (
    APPOSITION_FILLERS,
    DEIXIS,
    NOT_A_SETTING,
    PUBLICATION_OFFSETS,
    SCHEDULE_CUES,
)
from claimcheck.lang.en.datelines import is_wire_date
from claimcheck.models import AnchorKind, ClaimSet, Deixis, Span, TimeExpression, TimeRole

_PARAGRAPH = re.compile(r"\S(?:.*?\S)??(?=\s*\n\s*\n|\s*$)", re.S)
_SCHEDULED = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in SCHEDULE_CUES) + r")\s+(?:on\s+)?$", re.I)
_APPOSED = re.compile(
    r"^,?\s*(?:(?:" + "|".join(APPOSITION_FILLERS) + r")\s+)*$", re.I)
_OFFSET_APPOSED = re.compile(r"^\s+(?:later|earlier),?\s*(?:on\s+)?$", re.I)
"""Between a day count and the day it names: "five days later, on Sunday"."""
_NOT_A_SETTING = re.compile(r"\b(?:" + "|".join(NOT_A_SETTING) + r")\s+$", re.I)
_DEIXIS = re.compile(r"^(" + "|".join(sorted(DEIXIS, key=len, reverse=True)) + r")\s", re.I)


def hand_over(doc: Doc, claims: ClaimSet) -> ClaimSet:
    """``claims`` with the sentences, paragraphs and the wording-derived fields filled."""
    return hand_over_text(text_of(doc), claims, sentences(doc))


def hand_over_text(text: str, claims: ClaimSet, sentence_spans: list[Span]) -> ClaimSet:
    """The same from the text alone, given its sentences (no parse needed)."""
    times = sorted(claims.times, key=lambda t: t.span.start)
    published = claims.article.published
    ranges = stated_ranges(text, times, sentence_spans,
                           published.year if published else None)
    ends = {r.end_span.start for r in ranges}
    out = []
    previous: TimeExpression | None = None
    for t in times:
        out.append(t.model_copy(update=_time_fields(text, t, previous, ends)))
        previous = t
    order = {t.id: n for n, t in enumerate(claims.times)}
    out.sort(key=lambda t: order[t.id])
    return claims.model_copy(update={
        "times": out,
        "sentences": sentence_spans,
        "paragraphs": paragraphs(text),
        "impossible_dates": impossible_dates(text, claims.times),
        "ranges": ranges,
        "words": word_uses(text, claims.times),
        "unmatched_marks": unmatched_marks(text),
        "quotes": [q.model_copy(update={"repeat_cue": repeat_cue(text, q, sentence_spans)})
                   for q in claims.quotes],
    })


def sentences(doc: Doc) -> list[Span]:
    """Each sentence of ``doc``, without surrounding white space, in text order."""
    text = text_of(doc)
    out = []
    for s in doc.sents:
        start, end = s.start_char, s.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Span.of(text, start, end))
    return out


def paragraphs(text: str) -> list[Span]:
    """Runs of text between blank lines."""
    return [Span.of(text, m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def is_dateline(text: str, span: Span) -> bool:
    """"BAGHDAD, Oct. 19, 2012 – ...": the date a story was filed, not the date of its events."""
    return is_wire_date(text, span.start, span.end)


def is_scheduled(text: str, span: Span) -> bool:
    """"payable Dec. 1", "due March 15": a deadline or schedule, not when something happened."""
    return bool(_SCHEDULED.search(text[max(0, span.start - 30):span.start]))


def _counts_days(t: TimeExpression) -> bool:
    """A day count from another expression or event ("five days later", "two days after
    the vote"): only its direction word may part it from the day it names."""
    return bool(t.anchor.offset) and t.stated is None and t.anchor.kind in (
        AnchorKind.EXPRESSION, AnchorKind.EVENT)


def _time_fields(text: str, t: TimeExpression, previous: TimeExpression | None,
                 range_ends: set[int]) -> dict:
    fields: dict = {}
    if is_dateline(text, t.span):
        fields["role"] = TimeRole.DATELINE
    elif is_scheduled(text, t.span):
        fields["role"] = TimeRole.SCHEDULE
    elif t.span.start in range_ends or (
            t.stated is not None and t.stated.date_span is not None
            and t.stated.date_span.start in range_ends):
        fields["role"] = TimeRole.RANGE_END
    if previous is not None and previous.span.end <= t.span.start and (
            _OFFSET_APPOSED if _counts_days(previous)
            else _APPOSED).match(text[previous.span.end:t.span.start]):
        fields["apposed_to"] = previous.id
    if _NOT_A_SETTING.search(text, max(0, t.span.start - 12), t.span.start):
        fields["sets_year"] = False
    phrase = t.span.text.lower().strip()
    if phrase in PUBLICATION_OFFSETS:
        fields["publication_offset"] = PUBLICATION_OFFSETS[phrase]
    m = _DEIXIS.match(t.span.text)
    if m:
        fields["deixis"] = Deixis(DEIXIS[m.group(1).lower()])
    return fields
