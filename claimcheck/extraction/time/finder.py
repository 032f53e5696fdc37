"""Find, choose and normalise time expressions in a parsed document.

Three passes over the text:

1. every pattern that can match (``patterns.rules_for``) runs once over the whole text;
2. overlapping matches are settled longest first; a match whose normaliser
   refuses it (a 31st of February, "the quarter" of a coin) or that spaCy
   reads as a name or an amount gives way to the next one, and spaCy DATE
   and TIME entities no match touches are tried last (see ``entities``);
3. the chosen matches are normalised in text order, so each can count from
   the reference time (the last date before it) or from the date stated
   right after it ("two days after the vote on November 5").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from claimcheck.extraction.line_breaks import text_of
from claimcheck.models import (
    Anchor,
    AnchorKind,
    DayRange,
    Granularity,
    Span,
    Tense,
    TimeExpression,
    TimexMod,
    TimexType,
)

from . import (
    normalise_amounts,
    normalise_dates,
    normalise_days,
    normalise_offsets,
    normalise_periods,
    normalise_shifts,
    normalise_weekdays,
)
from .calendar import value_range
from .entities import (
    entity_spans,
    in_quoted_title,
    name_spans,
    read_entity,
    uncovered_entities,
    vetoed,
)
from .joins import join
from .patterns import NAMES, rules_for
from .reading import Context, Reading
from .tense import in_past_clause, tense_at


def _entity(m: re.Match[str] | None, ctx: Context) -> Reading | None:
    return read_entity(ctx.phrase, ctx.published)


HANDLERS: dict[str, Callable[..., Reading | None]] = {
    "entity": _entity,
    **normalise_dates.HANDLERS,
    **normalise_periods.HANDLERS,
    **normalise_days.HANDLERS,
    **normalise_weekdays.HANDLERS,
    **normalise_offsets.HANDLERS,
    **normalise_shifts.HANDLERS,
    **normalise_amounts.HANDLERS,
}
RULE_ORDER = {name: i for i, name in enumerate(NAMES)}
_FOLLOW_WINDOW = 80
"""How far (characters) "two days after ..." looks ahead for the date it counts from."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_APPOSITION_GAP = re.compile(r"\s*[,(\u2013\u2014-]\s*")
"""Only a comma, a dash or an opening parenthesis between two expressions: apposition."""
_ON_DAY_GAP = re.compile(r"\s+(?:local\s+time\s+)?(?:,\s*)?on\s+(?:the\s+)?", re.IGNORECASE)


class _Candidate:
    __slots__ = ("end", "match", "rule", "start")

    def __init__(self, rule: str, match: re.Match[str] | None, start: int, end: int) -> None:
        self.rule, self.match, self.start, self.end = rule, match, start, end


def _candidates(text: str) -> list[_Candidate]:
    found = []
    for rule, pattern in rules_for(text):
        has_body = "body" in pattern.groupindex
        for m in pattern.finditer(text):
            start, end = m.span("body") if has_body and m.group("body") else m.span()
            if end > start:
                found.append(_Candidate(rule, m, start, end))
    return found


_OBJECT_TAIL = re.compile(r"\s+(?:on|of)\s+(?:the\s+)?")


def _governs(doc: Doc, text: str, word_end: int, start: int) -> bool:
    """Whether the word ending at ``word_end`` has ``start`` inside its syntactic subtree."""
    span = doc.char_span(word_end - 1, word_end, alignment_mode="expand")
    if span is None:
        return False
    word = span[-1]
    last = word.right_edge
    end = last.idx + len(last.text)
    if word.idx < start < end:
        return True
    # "six days after the vote on January 1" where the parse hangs "on January 1" on
    # the main verb: a date right after the object, behind "on/of", still belongs to it
    return word.idx < start and _OBJECT_TAIL.fullmatch(text[end:start]) is not None


class _Reader:
    """Normalises chosen candidates in text order, remembering the reference time."""

    def __init__(
        self, doc: Doc, text: str, published: dt.date | None, chosen: list[_Candidate]
    ) -> None:
        self.doc, self.text, self.published, self.chosen = doc, text, published, chosen
        self.readings: dict[int, Reading | None] = {}
        self.tenses: dict[int, Tense | None] = {}
        self.reference: tuple[int, Reading] | None = None
        self.earlier_reference: tuple[int, Reading] | None = None
        self.past_reference: tuple[int, Reading] | None = None  # the last one not ahead

    def _beside(self, i: int, reference: tuple[int, Reading] | None) -> bool:
        """Whether the reference candidate ends right before candidate ``i`` with only an
        apposition between them ("Sunday, four days later")."""
        if reference is None or reference[0] >= i or reference[0] >= len(self.chosen):
            return False
        gap = self.text[self.chosen[reference[0]].end : self.chosen[i].start]
        return _APPOSITION_GAP.fullmatch(gap) is not None

    def _set_reference(self, reference: tuple[int, Reading]) -> None:
        if self.reference is not None and self.reference[0] != reference[0]:
            self.earlier_reference = self.reference
        self.reference = reference
        if not self._ahead(reference):
            self.past_reference = reference

    def _ahead(self, reference: tuple[int, Reading]) -> bool:
        """Whether a reference time lies wholly after the publication date."""
        span = value_range(reference[1].value)
        return self.published is not None and span is not None and span[0] > self.published

    def _reference_for(self, i: int) -> tuple[int, Reading] | None:
        """The time candidate ``i`` counts from when it is anaphoric ("a day earlier").

        The last date stated, unless that date is still ahead and the phrase
        modifies a verb in the past tense: "A day earlier, protesters were
        arrested" after "the rally ahead of next Tuesday's primary" counts from
        an earlier day told, not from a day that has not come (counting from it
        would put a past event in the future). A date in apposition is kept: it
        is the day the phrase renames.
        """
        ref = self.reference
        if ref is None or ref is self.past_reference or self._beside(i, ref) \
                or not self._ahead(ref):
            return ref
        c = self.chosen[i]
        if i not in self.tenses:
            self.tenses[i] = tense_at(self.doc, c.start, c.end)
        return self.past_reference if self.tenses[i] is Tense.PAST else ref

    def context(self, i: int, reference: tuple[int, Reading] | None) -> Context:
        c = self.chosen[i]
        if i not in self.tenses:
            self.tenses[i] = tense_at(self.doc, c.start, c.end)
        return Context(
            text=self.text,
            phrase=self.text[c.start : c.end],
            published=self.published,
            start=c.start,
            end=c.end,
            tense=self.tenses[i],
            index=i,
            reference=reference,
            reference_beside=self._beside(i, reference),
            earlier_reference=self.earlier_reference if reference is self.reference else None,
            following=self.following,
            day_after=self.day_after,
            past_clause=lambda: in_past_clause(self.doc, c.start, c.end),
        )

    def read(self, i: int) -> Reading | None:
        """Candidate ``i`` normalised; None when its normaliser refuses it, or when its
        arithmetic leaves the calendar (a publication date in year 1 or 9999)."""
        if i not in self.readings:
            try:
                self.readings[i] = HANDLERS[self.chosen[i].rule](
                    self.chosen[i].match, self.context(i, self._reference_for(i))
                )
            except (ValueError, OverflowError):
                self.readings[i] = None
        return self.readings[i]

    def day_after(self, i: int) -> tuple[int, Reading] | None:
        """The day named right after clock time ``i``: "10 a.m. (local time) on Tuesday"."""
        j = i + 1
        if j >= len(self.chosen):
            return None
        gap = self.text[self.chosen[i].end : self.chosen[j].start]
        if not _ON_DAY_GAP.fullmatch(gap):
            return None
        reading = self.read(j)
        if reading is None or reading.granularity is not Granularity.DAY:
            return None
        return (j, reading) if value_range(reading.value) else None

    def following(self, i: int) -> tuple[int, Reading] | None:
        """The date stated inside the phrase that "after"/"before" (ending candidate ``i``)
        governs: "two days after the vote on November 5", not "... after the vote, he
        said on Monday"."""
        j = i + 1
        if j >= len(self.chosen):
            return None
        gap = self.text[self.chosen[i].end : self.chosen[j].start]
        if len(gap) > _FOLLOW_WINDOW or _SENTENCE_END.search(gap):
            return None
        if not _governs(self.doc, self.text, self.chosen[i].end, self.chosen[j].start):
            return None
        reading = self.read(j)
        if reading is None or reading.type not in (TimexType.DATE, TimexType.TIME):
            return None
        return (j, reading) if value_range(reading.value) else None

    def run(self) -> list[tuple[_Candidate, Reading]]:
        out = []
        for i, cand in enumerate(self.chosen):
            reading = self.read(i)
            if reading is None:
                continue
            out.append((cand, reading))
            if (
                reading.type in (TimexType.DATE, TimexType.TIME)
                and reading.sets_reference
                and value_range(reading.value)
            ):
                self._set_reference((i, reading))
            elif reading.point and value_range(reading.point):
                # "three days later": the story moves on to the day it lands on
                self._set_reference((i, replace(reading, type=TimexType.DATE, value=reading.point)))
        return out


def _choose(
    doc: Doc, text: str, published: dt.date | None, found: list[_Candidate]
) -> list[_Candidate]:
    """Non-overlapping candidates, longest first; refused ones give way."""
    found.sort(key=lambda c: (c.start - c.end, c.start, RULE_ORDER[c.rule]))
    taken = bytearray(len(text) + 1)
    chosen: list[_Candidate] = []
    probe = _Reader(doc, text, published, [])
    entities = entity_spans(doc)
    names = name_spans(entities)

    def accept(cand: _Candidate) -> None:
        if (
            taken.find(1, cand.start, cand.end) != -1
            or vetoed(cand.rule, cand.start, cand.end, names)
            or in_quoted_title(text, cand.start, cand.end)
        ):
            return
        probe.chosen = [cand]
        probe.readings.clear()
        probe.tenses.clear()
        if probe.read(0) is None:
            return
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)

    for cand in found:
        accept(cand)
    for start, end in uncovered_entities(entities, taken):
        accept(_Candidate("entity", None, start, end))
    chosen.sort(key=lambda c: c.start)
    return chosen


def _record(
    text: str,
    ident: str,
    cand: _Candidate,
    reading: Reading,
    ids: dict[int, str],
    tense: Tense | None,
    published: dt.date | None,
) -> TimeExpression:
    resolved = None
    if reading.type in (TimexType.DATE, TimexType.TIME):
        days = reading.days or value_range(reading.value)
        if days is None and reading.value == "PRESENT_REF" and published is not None:
            days = (published, published)
        if days is not None:
            resolved = DayRange(start=days[0], end=days[1])
    kind, ref = reading.anchor, None
    if kind is AnchorKind.EXPRESSION:
        ref = ids.get(reading.anchor_index) if reading.anchor_index is not None else None
        if ref is None:
            kind = AnchorKind.NONE
    anchor = Anchor(kind=kind, ref=ref, direction=reading.direction, offset=reading.offset)
    return TimeExpression(
        id=ident,
        span=Span.of(
            text,
            reading.start if reading.start is not None else cand.start,
            reading.end if reading.end is not None else cand.end,
        ),
        type=reading.type,
        value=reading.value,
        mod=TimexMod(reading.mod) if reading.mod else None,
        quant=reading.quant,
        freq=reading.freq,
        granularity=reading.granularity,
        resolved=resolved,
        stated=reading.stated,
        anchor=anchor,
        tense=tense,
        derivation=reading.derivation,
        joins=reading.joins,
        until=reading.until,
    )


def find_times(doc: Doc, *, published: dt.date | None) -> list[TimeExpression]:
    """The time expressions of ``doc``, normalised to TIMEX3 and anchored.

    ``published`` is the publication date relative expressions count from;
    when it is None they keep their unresolved TIMEX3 form ("XXXX-WXX-5")
    and ``resolved`` stays None. The system clock is never consulted.
    """
    text = text_of(doc)
    chosen = _choose(doc, text, published, _candidates(text))
    reader = _Reader(doc, text, published, chosen)
    index_of = {id(c): i for i, c in enumerate(chosen)}
    pieces, absorbed = join(text, [(index_of[id(c)], c, r) for c, r in reader.run()])
    ids = {i: f"t{n}" for n, (i, _, _) in enumerate(pieces, start=1)}
    ids.update({gone: ids[kept] for gone, kept in absorbed.items()})
    return [
        _record(text, ids[i], c, r, ids, reader.tenses.get(i), published) for i, c, r in pieces
    ]
