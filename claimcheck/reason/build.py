"""From claims to constraints: what each date, weekday, offset and order says about days.

Each constraint records the spans it rests on and how sure the text makes
it (``Strength``), so a conflict can be shown in place and graded.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.models import (
    AnchorKind,
    ClaimSet,
    Direction,
    Event,
    EventStatus,
    RelationType,
    Tense,
    TimeExpression,
    TimexType,
)
from claimcheck.models.spans import Span
from claimcheck.reason.days import (
    date_of,
    day,
    days_in_offset,
    month_day_in_year,
    valid_date,
)
from claimcheck.reason.lexicon import (
    INTERVAL_EVENT_KINDS,
    PUBLICATION_OFFSETS,
    SCHEDULE_CUES,
    WEEKDAY_WINDOWS,
)
from claimcheck.reason.model import Cited, Constraint, ConstraintKind, Strength

PUBLICATION = "pub"
YEARLESS_WINDOW = 200
"""A year-less date is read as its occurrence within this many days of publication."""
_DETERMINER = re.compile(r"^(this past|this coming|last|next|this)\s", re.I)


class ConstraintBuilder:
    """Collects constraints with fresh ids."""

    def __init__(self, claims: ClaimSet) -> None:
        self.constraints: list[Constraint] = []
        self.claims = claims
        self.apposed: set[frozenset[str]] = set()

    def add(self, kind: ConstraintKind, strength: Strength, variables: list[str],
            statement: str, evidence: list[tuple[Span | None, str]], **fields) -> None:
        cited = [Cited(span=s, role=r) for s, r in evidence if s is not None]
        self.constraints.append(Constraint(
            id=f"k{len(self.constraints) + 1}", kind=kind, strength=strength,
            variables=variables, statement=statement, evidence=cited, **fields,
        ))


def build_constraints(claims: ClaimSet) -> list[Constraint]:
    """Every constraint the claims state, in text order of their sources."""
    b = ConstraintBuilder(claims)
    published = claims.article.published
    if published is not None:
        b.add(ConstraintKind.PUBLICATION, Strength.STATED, [PUBLICATION],
              f"the article is dated {published.isoformat()}", [], days=[published])
    time_ids = set()
    for t in claims.times:
        if _time_constraints(b, t, published):
            time_ids.add(t.id)
    _appositions(b, claims, time_ids)
    event_ids = {e.id for e in claims.events}
    for e in claims.events:
        _event_constraints(b, e, claims, time_ids | event_ids)
    return b.constraints


_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Z.'\- ]+(?:,[ \t]*[A-Za-z. ]+)?,[ \t]*)?$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:\([A-Za-z]+\)[ \t]*)?[–—-]")


_SCHEDULED = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in SCHEDULE_CUES) + r")\s+(?:the\s+|on\s+)?$", re.I)


def is_scheduled(text: str, span: Span) -> bool:
    """"payable Dec. 1", "due March 15": a deadline or schedule, not when something happened."""
    return bool(_SCHEDULED.search(text[max(0, span.start - 30):span.start]))


def is_dateline(text: str, span: Span) -> bool:
    """"BAGHDAD, Oct. 19, 2012 – ...": the date a story was filed, not the date of its events."""
    return bool(_DATELINE_AFTER.match(text[span.end:span.end + 20])
                and _DATELINE_BEFORE.search(text[max(0, span.start - 60):span.start]))


_APPOSED = re.compile(
    r"^,?\s*(?:(?:just|only|barely|exactly|some|about|nearly|almost|the)\s+)*$", re.I)


def _appositions(b: ConstraintBuilder, claims: ClaimSet, known: set[str]) -> None:
    """Two expressions side by side name one day.

    A weekday found apart from the date it stands beside ("Friday, Nov. 21"),
    or a day followed by an offset in apposition ("on Friday, two days after
    the election").
    """
    times = sorted((t for t in claims.times if t.id in known), key=lambda t: t.span.start)
    text = claims.article.text
    for a, c in zip(times, times[1:], strict=False):
        sa, sc = a.stated, c.stated
        if (sa is None and a.span.text.lower() not in PUBLICATION_OFFSETS) \
                or not _APPOSED.match(text[a.span.end:c.span.start]):
            continue
        only_weekday = sa is not None and sc is not None and sa.weekday and not sa.day \
            and sc.day and not sc.weekday
        relative = a.span.text.lower() in PUBLICATION_OFFSETS and sc is not None and (
            sc.weekday or sc.day)
        offset = c.anchor.kind in (AnchorKind.EXPRESSION, AnchorKind.EVENT) and \
            days_in_offset(c.anchor.offset) is not None and sa is not None and (
                sa.weekday or sa.day)
        if not (only_weekday or offset or relative):
            continue
        b.apposed.add(frozenset((a.id, c.id)))
        b.add(ConstraintKind.APPOSITION, Strength.STATED, [a.id, c.id],
              f"{a.span.text!r} stands beside {c.span.text!r}: one day",
              [(a.span, "date"), (c.span, "offset" if offset else "date")],
              min_diff=0, max_diff=0)


def _time_constraints(b: ConstraintBuilder, t: TimeExpression, published: dt.date | None) -> bool:
    """Constraints on the day of one expression; False when it names no day."""
    if t.type not in (TimexType.DATE, TimexType.TIME):
        return False
    before = len(b.constraints)
    var = [t.id]
    s = t.stated
    if s is not None and s.month and s.day and valid_date(s.year, s.month, s.day):
        date_span = s.date_span or t.span
        if s.year is not None:
            when = dt.date(s.year, s.month, s.day)
            b.add(ConstraintKind.DATE, Strength.STATED, var, f"{date_span.text} is {when:%B} "
                  f"{when.day}, {when.year}", [(date_span, "date")], days=[when])
        else:
            _yearless(b, t, s.month, s.day, date_span, published, _context_years(b.claims, t))
    elif s is not None and s.year and s.month and not s.day:
        first = dt.date(s.year, s.month, 1)
        last = dt.date(s.year + s.month // 12, s.month % 12 + 1, 1) - dt.timedelta(days=1)
        b.add(ConstraintKind.RANGE, Strength.STATED, var, f"{t.span.text} is {first:%B %Y}",
              [(t.span, "date")], start=first, end=last)
    if s is not None and s.weekday:
        wspan = s.weekday_span or t.span
        b.add(ConstraintKind.WEEKDAY, Strength.STATED, var, f"the text says {wspan.text}",
              [(wspan, "weekday")], weekday=s.weekday)
        if not (s.month and s.day) and t.anchor.kind is AnchorKind.PUBLICATION:
            key, strength = _weekday_window(t)
            lo, hi = WEEKDAY_WINDOWS[key]
            b.add(ConstraintKind.WEEKDAY_WINDOW, strength, [t.id, PUBLICATION],
                  f"{t.span.text!r} ({key}) lies {lo}..{hi} days from publication",
                  [(t.span, "weekday")], min_diff=lo, max_diff=hi)
    phrase = t.span.text.lower().strip()
    if phrase in PUBLICATION_OFFSETS:
        lo, hi = PUBLICATION_OFFSETS[phrase]
        b.add(ConstraintKind.PUBLICATION_OFFSET, Strength.CONVENTION, [t.id, PUBLICATION],
              f"{t.span.text!r} is {_signed(lo, hi)} the publication date",
              [(t.span, "relative")], min_diff=lo, max_diff=hi)
    anchor = t.anchor
    if anchor.kind in (AnchorKind.EXPRESSION, AnchorKind.EVENT) and anchor.ref:
        _offset(b, t.id, anchor.ref, anchor.direction, anchor.offset, t.span)
    if len(b.constraints) == before and t.resolved is not None and anchor.kind is AnchorKind.NONE \
            and t.granularity.value in ("day", "time"):
        r = t.resolved
        b.add(ConstraintKind.RANGE, Strength.CONVENTION, var, f"{t.span.text} is {r.start}"
              + ("" if r.start == r.end else f"..{r.end}"), [(t.span, "date")],
              start=r.start, end=r.end)
    return len(b.constraints) > before


def _weekday_window(t: TimeExpression) -> tuple[str, Strength]:
    m = _DETERMINER.match(t.span.text)
    if m:
        return m.group(1).lower(), Strength.CONVENTION
    if t.tense in (Tense.PAST, Tense.FUTURE):
        return t.tense.value, Strength.CONVENTION
    return ("present" if t.tense is Tense.PRESENT else "unknown"), Strength.ASSUMED


CONTEXT_REACH = 1500
"""How far back (in characters) a year stated in the text may give a year-less date its year."""
_YEAR_VALUE = re.compile(r"^(\d{4})(?:$|-)")


def _context_years(claims: ClaimSet, t: TimeExpression) -> set[int]:
    """Years the text states shortly before ``t``: "In 2020, ... on Tuesday, March 3"."""
    years = set()
    for other in claims.times:
        if not (0 <= t.span.start - other.span.start <= CONTEXT_REACH) or other is t:
            continue
        if other.stated is not None and other.stated.year:
            years.add(other.stated.year)
        elif other.anchor.kind is AnchorKind.NONE and (m := _YEAR_VALUE.match(other.value)):
            years.add(int(m.group(1)))
    return years


def _yearless(b: ConstraintBuilder, t: TimeExpression, month: int, dom: int, span: Span,
              published: dt.date | None, context: set[int] = frozenset()) -> None:
    if published is None:
        days = [date_of(d) for y in range(1900, 2101)
                if (d := month_day_in_year(y, month, dom)) is not None]
        b.add(ConstraintKind.YEARLESS_DATE, Strength.STATED, [t.id],
              f"{span.text}, in a year the text does not give", [(span, "date")], days=days)
        return
    pub = day(published)
    candidates = (month_day_in_year(y, month, dom) for y in range(published.year - 1,
                                                                  published.year + 2))
    near = [d for d in candidates if d is not None and abs(d - pub) <= YEARLESS_WINDOW]
    same_year = month_day_in_year(published.year, month, dom)
    if near and all(date_of(d).year != published.year for d in near) and same_year is not None:
        near.append(same_year)  # across New Year either year may be meant
    for year in context - {date_of(d).year for d in near}:
        if (d := month_day_in_year(year, month, dom)) is not None:
            near.append(d)  # "In 2020, ... on March 3": the text's own year may be meant
    if not near:
        return
    near.sort()
    years = sorted({date_of(d).year for d in near})
    how = (f"the year of the publication date, {years[0]}" if years == [published.year]
           else "near the publication date or in a year the text gives: "
           + " or ".join(map(str, years)))
    b.add(ConstraintKind.YEARLESS_DATE, Strength.CONVENTION, [t.id],
          f"{span.text} has no year: {how}", [(span, "date")], days=[date_of(d) for d in near])


def _offset(b: ConstraintBuilder, var: str, ref: str, direction: Direction | None,
            offset: str | None, cue: Span | None) -> None:
    n = days_in_offset(offset)
    if direction is Direction.AFTER:
        lo, hi, words = (n, n, f"{n} days after") if n is not None else (1, None, "after")
    elif direction is Direction.BEFORE:
        lo, hi, words = (-n, -n, f"{n} days before") if n is not None else (None, -1, "before")
    elif direction is Direction.SAME:
        lo, hi, words = 0, 0, "the same day as"
    else:
        return
    if n is None and offset is None and direction is not Direction.SAME:
        lo, hi = (0, None) if direction is Direction.AFTER else (None, 0)
    b.add(ConstraintKind.OFFSET, Strength.STATED, [var, ref],
          f"{cue.text if cue else var!r} is {words} {_label(b.claims, ref)}",
          [(cue, "offset")], min_diff=lo, max_diff=hi)


_RELATIONS = {
    RelationType.BEFORE: (None, 0, "before"),
    RelationType.AFTER: (0, None, "after"),
    RelationType.ON_OR_BEFORE: (None, 0, "on or before"),
    RelationType.ON_OR_AFTER: (0, None, "on or after"),
    RelationType.SAME_DAY: (0, 0, "on the same day as"),
}


def _event_constraints(b: ConstraintBuilder, e: Event, claims: ClaimSet, known: set[str]) -> None:
    name = f"the {e.kind.value} ({e.trigger.text!r})"
    text = claims.article.text
    times = [t for t in e.times if (x := claims.time(t)) is not None
             and not is_dateline(text, x.span) and not is_scheduled(text, x.span)]
    # "two days after November 5": November 5 dates the anchor, not this event
    anchors = {x.anchor.ref for t in times if (x := claims.time(t)) is not None
               and x.anchor.kind is AnchorKind.EXPRESSION and x.anchor.offset}
    times = [t for t in times if t not in anchors]
    interval = e.kind.value in INTERVAL_EVENT_KINDS
    crowded = _crowded(b, claims, times)
    if not (interval and len(times) > 1):
        for tid in times:
            t = claims.time(tid)
            if t is None or t.id not in known:
                continue
            # two dates in one sentence may date two clauses: the attachment is a guess
            strength = Strength.ASSUMED if tid in crowded else Strength.CONVENTION
            b.add(ConstraintKind.SAME_DAY, strength, [e.id, tid],
                  f"{name} is dated {t.span.text!r}",
                  [(e.trigger, "event"), (t.span, "date")], min_diff=0, max_diff=0)
    for r in e.relations:
        if r.target not in known or r.target == e.id:
            continue
        target_text = _label(claims, r.target)
        n = days_in_offset(r.offset)
        if n is not None and r.type in (RelationType.AFTER, RelationType.BEFORE):
            k = n if r.type is RelationType.AFTER else -n
            b.add(ConstraintKind.OFFSET, Strength.STATED, [e.id, r.target],
                  f"{name} is {n} days {r.type.value} {target_text}",
                  [(e.trigger, "event"), (r.cue, "offset")], min_diff=k, max_diff=k)
            continue
        lo, hi, words = _RELATIONS[r.type]
        b.add(ConstraintKind.ORDER, Strength.STATED, [e.id, r.target],
              f"{name} is {words} {target_text}",
              [(e.trigger, "event"), (r.cue, "order")], min_diff=lo, max_diff=hi)
    tenses = {x.tense for t in times if (x := claims.time(t)) is not None}
    if e.status in (EventStatus.OCCURRED, EventStatus.REPORTED) and times \
            and Tense.FUTURE not in tenses:
        # the event's status and its date's verb must agree before a tense conflict is proof;
        # and a dated story may appear a day after the date it carries (time zones, wires)
        if tenses == {Tense.PAST}:
            b.add(ConstraintKind.TENSE, Strength.CONVENTION, [e.id, PUBLICATION],
                  f"{name} is told as past: at most a day after the publication date",
                  [(e.trigger, "event")], max_diff=1)
        b.add(ConstraintKind.TENSE, Strength.ASSUMED, [e.id, PUBLICATION],
              f"{name} is told as past: on or before publication", [(e.trigger, "event")],
              max_diff=0)
    elif e.status is EventStatus.PLANNED and times and Tense.PAST not in tenses:
        b.add(ConstraintKind.TENSE, Strength.ASSUMED, [e.id, PUBLICATION],
              f"{name} is told as planned: on or after publication", [(e.trigger, "event")],
              min_diff=0)


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s|\n")


def _crowded(b: ConstraintBuilder, claims: ClaimSet, times: list[str]) -> set[str]:
    """Times of one event that share a sentence with another of its times, not in apposition."""
    text = claims.article.text
    spans = {t: x.span for t in times if (x := claims.time(t)) is not None}
    crowded: set[str] = set()
    for a in spans:
        for c in spans:
            if a >= c or frozenset((a, c)) in b.apposed:
                continue
            lo, hi = sorted((spans[a], spans[c]), key=lambda s: s.start)
            if not _SENTENCE_BREAK.search(text, lo.end, hi.start):
                crowded.update((a, c))
    return crowded


def _label(claims: ClaimSet, ref: str) -> str:
    t = claims.time(ref)
    if t is not None:
        return repr(t.span.text)
    e = claims.event(ref)
    return f"the {e.kind.value} ({e.trigger.text!r})" if e else ref


def _signed(lo: int, hi: int) -> str:
    def one(n: int) -> str:
        return "the same day as" if n == 0 else f"{abs(n)} day{'s' if abs(n) != 1 else ''} " + (
            "after" if n > 0 else "before")
    return one(lo) if lo == hi else f"{one(lo)} to {one(hi)}"


__all__ = ["PUBLICATION", "build_constraints"]
