"""What a ClaimSet promises about itself, checked: spans and ids that hold together.

Every span lies inside ``article.text`` and its ``text`` is the text it
covers; every id a record names (an event's times, time links, relation
targets, ``refers_to``, participants' and places' entities, a quote's
speaker and setting event, a time's anchor, a role's organisation) is the
id of a record of the right list; no id is used twice. Each problem names
the field path it was found at, for example
``events[2].times[0]: no time expression 't9'``.

``ClaimSet`` runs ``problems`` as its validator, so a claim set loaded from
JSON (or built by another extractor) is refused when it does not hold
together, and the checker can trust what it reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel

from claimcheck.models.spans import Span
from claimcheck.models.time import AnchorKind

if TYPE_CHECKING:
    from claimcheck.models.claims import ClaimSet

MAX_REPORTED = 5
"""Problems spelled out in one error message; the rest are counted."""


def problems(claims: ClaimSet) -> list[str]:
    """Every way ``claims`` breaks its own contract, each prefixed by its field path."""
    return [*_span_problems(claims), *_id_problems(claims), *_reference_problems(claims)]


def summary(found: list[str]) -> str:
    """One message for a validation error: the first few problems and how many more."""
    shown = "; ".join(found[:MAX_REPORTED])
    more = len(found) - MAX_REPORTED
    return f"{shown} (and {more} more)" if more > 0 else shown


def spans(record: BaseModel, path: str = "") -> Iterator[tuple[str, Span]]:
    """Every span inside ``record`` with its field path (``events[0].places[1].span``)."""
    for name in type(record).model_fields:
        value = getattr(record, name)
        where = f"{path}.{name}" if path else name
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _spans_of(item, f"{where}[{i}]")
        else:
            yield from _spans_of(value, where)


def _spans_of(value: object, where: str) -> Iterator[tuple[str, Span]]:
    if isinstance(value, Span):
        yield where, value
    elif isinstance(value, BaseModel):
        yield from spans(value, where)


def _span_problems(claims: ClaimSet) -> Iterator[str]:
    text = claims.article.text
    for where, span in spans(claims):
        if span.end > len(text):
            yield (f"{where}: span {span.start}..{span.end} ends past the article's "
                   f"{len(text)} characters")
        elif text[span.start:span.end] != span.text:
            yield (f"{where}: span text {span.text!r} is not the article's "
                   f"{text[span.start:span.end]!r} at {span.start}..{span.end}")


def _id_problems(claims: ClaimSet) -> Iterator[str]:
    seen: dict[str, str] = {}
    lists = (("times", [r.id for r in claims.times]),
             ("entities", [r.id for r in claims.entities]),
             ("events", [r.id for r in claims.events]),
             ("quotes", [r.id for r in claims.quotes]),
             ("counts", [r.id for r in claims.counts]))
    for name, ids in lists:
        for i, ident in enumerate(ids):
            first = seen.setdefault(ident, f"{name}[{i}]")
            if first != f"{name}[{i}]":
                yield f"{name}[{i}].id: {ident!r} is already the id of {first}"


def _reference_problems(claims: ClaimSet) -> Iterator[str]:
    times = {t.id for t in claims.times}
    entities = {e.id for e in claims.entities}
    events = {e.id for e in claims.events}

    def missing(where: str, ref: str | None, ids: set[str], what: str) -> Iterator[str]:
        if ref is not None and ref not in ids:
            yield f"{where}: no {what} {ref!r}"

    for i, t in enumerate(claims.times):
        if t.anchor.kind is AnchorKind.EXPRESSION:
            yield from missing(f"times[{i}].anchor.ref", t.anchor.ref, times, "time expression")
        elif t.anchor.kind is AnchorKind.EVENT:
            yield from missing(f"times[{i}].anchor.ref", t.anchor.ref, events, "event")
    for i, ent in enumerate(claims.entities):
        for j, role in enumerate(ent.roles):
            yield from missing(f"entities[{i}].roles[{j}].organisation_entity",
                               role.organisation_entity, entities, "entity")
    for i, ev in enumerate(claims.events):
        at = f"events[{i}]"
        for j, ref in enumerate(ev.times):
            yield from missing(f"{at}.times[{j}]", ref, times, "time expression")
        for j, link in enumerate(ev.time_links):
            if link.time not in ev.times:
                yield f"{at}.time_links[{j}].time: {link.time!r} is not one of the event's times"
        for j, rel in enumerate(ev.relations):
            yield from missing(f"{at}.relations[{j}].target", rel.target, times | events,
                               "event or time expression")
        for j, ref in enumerate(ev.refers_to):
            yield from missing(f"{at}.refers_to[{j}]", ref, events, "event")
        for j, part in enumerate(ev.participants):
            yield from missing(f"{at}.participants[{j}].entity", part.entity, entities, "entity")
        for j, place in enumerate(ev.places):
            yield from missing(f"{at}.places[{j}].entity", place.entity, entities, "entity")
    for i, q in enumerate(claims.quotes):
        yield from missing(f"quotes[{i}].speaker", q.speaker, entities, "entity")
        yield from missing(f"quotes[{i}].setting_event", q.setting_event, events, "event")
