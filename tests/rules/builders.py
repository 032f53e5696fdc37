"""Build ClaimSets by hand from our own sentences: spans found by the words they cover."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extraction.document import hand_over_text
from claimcheck.models import (
    Anchor,
    AnchorKind,
    Article,
    ClaimSet,
    CountClaim,
    DayRange,
    Direction,
    Entity,
    EntityKind,
    Event,
    EventKind,
    EventRelation,
    EventStatus,
    ListCue,
    Participant,
    Place,
    PlaceRef,
    Quote,
    RelationType,
    Role,
    Span,
    SpeakerBasis,
    StatedCount,
    StatedDate,
    Suppression,
    Tense,
    TimeExpression,
    TimexType,
)
from claimcheck.models.time import Granularity

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class Claims:
    """A tiny builder: ``Claims(text, published).time("Friday", weekday=5)...build()``."""

    def __init__(self, text: str, published: dt.date | None = None) -> None:
        self.text = text
        self.published = published
        self.times: list[TimeExpression] = []
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        self.quotes: list[Quote] = []
        self.counts: list[CountClaim] = []
        self.suppressions: list[Suppression] = []

    def span(self, phrase: str, nth: int = 0) -> Span:
        """The ``nth`` whole-word occurrence of ``phrase`` ("March 1" is not in "March 10")."""
        left = r"\b" if phrase[:1].isalnum() else ""
        right = r"\b" if phrase[-1:].isalnum() else ""
        found = list(re.finditer(left + re.escape(phrase) + right, self.text))
        m = found[nth]
        return Span.of(self.text, m.start(), m.end())

    def time(self, phrase: str, *, nth: int = 0, year: int | None = None,
             month: int | None = None, day: int | None = None, weekday: int | None = None,
             tense: Tense | None = Tense.PAST, anchor: Anchor | None = None,
             type: TimexType = TimexType.DATE, value: str | None = None) -> str:
        span = self.span(phrase, nth)
        if weekday is None:
            first = phrase.split(",")[0].split()[-1].lower() if phrase else ""
            if first in WEEKDAYS and (month or day or phrase.lower() in WEEKDAYS):
                weekday = WEEKDAYS.index(first) + 1
        stated = None
        if any(v is not None for v in (year, month, day, weekday)):
            wspan = None
            if weekday is not None:
                name = WEEKDAYS[weekday - 1].capitalize()
                if name in phrase:
                    wspan = Span.of(self.text, span.start + phrase.index(name),
                                    span.start + phrase.index(name) + len(name))
            stated = StatedDate(year=year, month=month, day=day, weekday=weekday,
                                weekday_span=wspan, date_span=span if month else None)
        tid = f"t{len(self.times) + 1}"
        resolved = None
        if year and month and day:
            resolved = DayRange(start=dt.date(year, month, day), end=dt.date(year, month, day))
        kind = AnchorKind.NONE if (year or anchor) else AnchorKind.PUBLICATION
        self.times.append(TimeExpression(
            id=tid, span=span, type=type, value=value or "XXXX-XX-XX",
            granularity=Granularity.DAY, stated=stated, resolved=resolved,
            anchor=anchor or Anchor(kind=kind), tense=tense))
        return tid

    def offset(self, phrase: str, ref: str, days: int, *, nth: int = 0,
               direction: Direction = Direction.AFTER) -> str:
        kind = AnchorKind.EVENT if ref.startswith("ev") else AnchorKind.EXPRESSION
        return self.time(phrase, nth=nth, anchor=Anchor(kind=kind, ref=ref, direction=direction,
                                                        offset=f"P{days}D"))

    def duration(self, phrase: str, days: int) -> str:
        return self.time(phrase, type=TimexType.DURATION, value=f"P{days}D", tense=None)

    def entity(self, name: str, kind: EntityKind = EntityKind.PERSON, *, place: Place | None = None,
               roles: list[tuple[str, dict]] = (), mentions: list[str] = ()) -> str:
        eid = f"ent{len(self.entities) + 1}"
        spans = [self.span(name)] if name in self.text else []
        spans += [self.span(m) for m in mentions]
        self.entities.append(Entity(
            id=eid, kind=kind, name=name, mentions=spans, place=place,
            roles=[Role(span=self.span(p), **fields) for p, fields in roles]))
        return eid

    def event(self, trigger: str, kind: EventKind = EventKind.MEETING, *, nth: int = 0,
              times: list[str] = (), places: list[tuple[str, str]] = (),
              participants: list[tuple[str, str]] = (), count: tuple[str, int] | None = None,
              relations: list[tuple[RelationType, str, str | None, str | None]] = (),
              status: EventStatus = EventStatus.OCCURRED, several: bool = False,
              one_day: bool = False) -> str:
        eid = f"ev{len(self.events) + 1}"
        self.events.append(Event(
            id=eid, kind=kind, trigger=self.span(trigger, nth), times=list(times),
            places=[PlaceRef(entity=e, span=self.span(p)) for p, e in places],
            participants=[Participant(entity=e, span=self.span(p)) for p, e in participants],
            participant_count=StatedCount(value=count[1], span=self.span(count[0]))
            if count else None,
            relations=[EventRelation(type=t, target=target, offset=off,
                                     cue=self.span(cue) if cue else None)
                       for t, target, cue, off in relations],
            status=status, several=several, one_day=one_day))
        return eid

    def quote(self, words: str, speaker: str | None = None, speaker_phrase: str | None = None,
              *, nth: int = 0, partial: bool = False, balanced: bool = True,
              basis: SpeakerBasis | None = None) -> str:
        """A quotation; its credit's basis, unless given, is a name when a phrase credits
        it and a speaker carried over when only an entity does."""
        content = self.span(words, nth)
        marked = Span.of(self.text, content.start - 1, content.end + 1)
        qid = f"q{len(self.quotes) + 1}"
        if basis is None and speaker_phrase:
            basis = SpeakerBasis.NAME
        elif basis is None and speaker:
            basis = SpeakerBasis.CARRIED
        self.quotes.append(Quote(
            id=qid, span=marked, content=content, speaker=speaker,
            speaker_span=self.span(speaker_phrase) if speaker_phrase else None,
            speaker_basis=basis, partial=partial, balanced=balanced))
        return qid

    def count(self, value_phrase: str, value: int, noun: str, items: list[str], *,
              cue: ListCue = ListCue.APPOSITION, items_typed: bool = True) -> str:
        vspan = self.span(value_phrase)
        item_spans = [self.span(i) for i in items]
        cid = f"c{len(self.counts) + 1}"
        self.counts.append(CountClaim(
            id=cid, span=Span.of(self.text, vspan.start, item_spans[-1].end), value=value,
            value_span=vspan, noun=noun, items=item_spans, cue=cue, items_typed=items_typed))
        return cid

    def suppress(self, codes: list[str], scope: str = "file", covers: str | None = None,
                 directive: str | None = None) -> None:
        self.suppressions.append(Suppression(
            codes=codes, scope=scope, covers=self.span(covers) if covers else None,
            directive=self.span(directive) if directive else None))

    def build(self) -> ClaimSet:
        """The claims, with what extraction hands over from the wording filled in as the
        extractor does (sentences split at a full stop and a space, or a line break)."""
        claims = ClaimSet(
            article=Article(text=self.text, published=self.published,
                            suppressions=self.suppressions),
            times=self.times, entities=self.entities, events=self.events, quotes=self.quotes,
            counts=self.counts)
        return hand_over_text(self.text, claims, sentence_spans(self.text))


_SENTENCE = re.compile(r"[^\s](?:.*?)(?:(?<!Nov)(?<!Dec)(?<!Jan)(?<!Feb)(?<!Sept)(?<!Oct)(?<!Aug)"
                       r"[.!?][\"”’)]*(?=\s|$)|(?=\n)|$)", re.S)


def sentence_spans(text: str) -> list[Span]:
    """Sentences of a test text: up to a full stop (not after a month's abbreviation)."""
    return [Span.of(text, m.start(), m.end()) for m in _SENTENCE.finditer(text)
            if m.end() > m.start()]


def place(name: str, feature: str, country: str, code: str, within: list[str],
          region: str | None = None, geonameid: int | None = None) -> Place:
    return Place(name=name, feature=feature, country=country, country_code=code, within=within,
                 region=region, geonameid=geonameid)


__all__ = ["Claims", "EventKind", "EntityKind", "RelationType", "SpeakerBasis", "Tense", "place"]
