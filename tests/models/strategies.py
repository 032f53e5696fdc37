"""Hypothesis strategies that build valid claim records over one shared text."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from claimcheck import models as m

TEXT = (
    "The minister met her counterpart in Lisbon on Tuesday, May 6, 2025. "
    "\u201cWe agreed on a great deal,\u201d she said two days later.\n"
    "A statement followed on Thursday."
)


@st.composite
def spans(draw, text: str = TEXT) -> m.Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return m.Span.of(text, start, end)


def ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(1, 999).map(lambda n: f"{prefix}{n}")


def _enum(e):
    return st.sampled_from(list(e))


short = st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=20)
dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
durations = st.sampled_from(["P1D", "P2D", "P3W", "P1M", "P10Y"])


@st.composite
def day_ranges(draw) -> m.DayRange:
    a, b = sorted([draw(dates), draw(dates)])
    return m.DayRange(start=a, end=b)


@st.composite
def anchors(draw) -> m.Anchor:
    kind = draw(_enum(m.AnchorKind))
    ref = None
    if kind is m.AnchorKind.EXPRESSION:
        ref = draw(ids("t"))
    elif kind is m.AnchorKind.EVENT:
        ref = draw(ids("ev"))
    return m.Anchor(
        kind=kind, ref=ref,
        direction=draw(st.none() | _enum(m.Direction)),
        offset=draw(st.none() | durations),
    )


stated_dates = st.builds(
    m.StatedDate,
    year=st.none() | st.integers(1, 9999), month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31), weekday=st.none() | st.integers(1, 7),
    weekday_span=st.none() | spans(), date_span=st.none() | spans(),
)

time_expressions = st.builds(
    m.TimeExpression,
    id=ids("t"), span=spans(), type=_enum(m.TimexType), value=short,
    mod=st.none() | _enum(m.TimexMod), quant=st.none() | short, freq=st.none() | short,
    granularity=_enum(m.Granularity), resolved=st.none() | day_ranges(),
    stated=st.none() | stated_dates, anchor=anchors(), tense=st.none() | _enum(m.Tense),
    derivation=st.lists(short, max_size=3),
)

roles = st.builds(
    m.Role,
    title=short, organisation=st.none() | short, organisation_entity=st.none() | ids("ent"),
    qualifier=st.none() | _enum(m.Qualifier), nationality=st.none() | short,
    country_code=st.none() | st.sampled_from(["NL", "BE", "US", "HU"]), span=spans(),
)

places = st.builds(
    m.Place,
    name=short, feature=st.sampled_from(["city", "region", "country"]),
    geonameid=st.none() | st.integers(1, 10**8), region=st.none() | short,
    region_code=st.none() | short, country=st.none() | short,
    country_code=st.none() | st.sampled_from(["PT", "US"]), within=st.lists(short, max_size=3),
)

entities = st.builds(
    m.Entity,
    id=ids("ent"), kind=_enum(m.EntityKind), name=short, aliases=st.lists(short, max_size=3),
    mentions=st.lists(spans(), max_size=3), roles=st.lists(roles, max_size=2),
    place=st.none() | places,
)

events = st.builds(
    m.Event,
    id=ids("ev"), kind=_enum(m.EventKind), trigger=spans(),
    mentions=st.lists(spans(), max_size=2),
    participants=st.lists(
        st.builds(m.Participant, entity=st.none() | ids("ent"), span=spans(), role=short),
        max_size=3),
    participant_count=st.none() | st.builds(m.StatedCount, value=st.integers(0, 50), span=spans()),
    places=st.lists(st.builds(m.PlaceRef, entity=st.none() | ids("ent"), span=spans()), max_size=2),
    times=st.lists(ids("t"), max_size=2), status=_enum(m.EventStatus),
    refers_to=st.lists(ids("ev"), max_size=2),
    relations=st.lists(st.builds(
        m.EventRelation, type=_enum(m.RelationType), target=ids("ev") | ids("t"),
        offset=st.none() | durations, cue=st.none() | spans()), max_size=2),
)

quotes = st.builds(
    m.Quote,
    id=ids("q"), span=spans(), content=spans(), speaker=st.none() | ids("ent"),
    speaker_span=st.none() | spans(), cue=st.none() | spans(), partial=st.booleans(),
    balanced=st.booleans(), setting=st.none() | spans(), setting_event=st.none() | ids("ev"),
)

counts = st.builds(
    m.CountClaim, id=ids("c"), span=spans(), value=st.integers(0, 100), value_span=spans(),
    noun=short, items=st.lists(spans(), max_size=4),
)

suppressions = st.builds(
    m.Suppression, codes=st.lists(st.sampled_from(["DT01", "QT", "dates.weekday_mismatch"]),
                                  min_size=1, max_size=2),
    scope=st.sampled_from(["paragraph", "file"]), directive=st.none() | spans(),
    covers=st.none() | spans(),
)

articles = st.builds(
    m.Article, text=st.just(TEXT), title=st.none() | short, source=st.none() | short,
    id=st.none() | short, published=st.none() | dates,
    published_source=_enum(m.PublishedSource), encoding=st.none() | st.just("utf-8"),
    suppressions=st.lists(suppressions, max_size=2),
)

def _pick(ref: str | None, pool: list[str]) -> str | None:
    """A drawn reference turned into one of the ids that exist (None when there are none)."""
    if ref is None or not pool:
        return None
    return pool[int("".join(ch for ch in ref if ch.isdigit())) % len(pool)]


def _picks(refs: list[str], pool: list[str]) -> list[str]:
    return [x for x in (_pick(r, pool) for r in refs) if x is not None]


def _numbered(records: list, prefix: str) -> list:
    return [r.model_copy(update={"id": f"{prefix}{i}"}) for i, r in enumerate(records, 1)]


@st.composite
def _claim_sets(draw) -> m.ClaimSet:
    """A ClaimSet that holds together: unique ids, every reference to a record that exists."""
    times = _numbered(draw(st.lists(time_expressions, max_size=3)), "t")
    ents = _numbered(draw(st.lists(entities, max_size=3)), "ent")
    evs = _numbered(draw(st.lists(events, max_size=3)), "ev")
    t_ids, ent_ids, ev_ids = [t.id for t in times], [e.id for e in ents], [e.id for e in evs]

    def anchor(a: m.Anchor) -> m.Anchor:
        pool = t_ids if a.kind is m.AnchorKind.EXPRESSION else ev_ids
        if a.ref is None:
            return a
        ref = _pick(a.ref, pool)
        return a.model_copy(update={"ref": ref}) if ref else m.Anchor()

    times = [t.model_copy(update={"anchor": anchor(t.anchor)}) for t in times]
    ents = [e.model_copy(update={"roles": [
        r.model_copy(update={"organisation_entity": _pick(r.organisation_entity, ent_ids)})
        for r in e.roles]}) for e in ents]
    evs = [e.model_copy(update={
        "times": _picks(e.times, t_ids),
        "refers_to": _picks(e.refers_to, ev_ids),
        "participants": [p.model_copy(update={"entity": _pick(p.entity, ent_ids)})
                         for p in e.participants],
        "places": [p.model_copy(update={"entity": _pick(p.entity, ent_ids)}) for p in e.places],
        "relations": [r.model_copy(update={"target": _pick(r.target, t_ids + ev_ids)})
                      for r in e.relations if t_ids + ev_ids],
    }) for e in evs]
    qs = [q.model_copy(update={"speaker": _pick(q.speaker, ent_ids),
                               "setting_event": _pick(q.setting_event, ev_ids)})
          for q in _numbered(draw(st.lists(quotes, max_size=2)), "q")]
    return m.ClaimSet(
        article=draw(articles), times=times, entities=ents, events=evs, quotes=qs,
        counts=_numbered(draw(st.lists(counts, max_size=2)), "c"),
    )


claim_sets = _claim_sets()


@st.composite
def evidence(draw) -> m.Evidence:
    return m.Evidence.at(draw(spans()), m.LineIndex(TEXT), draw(st.none() | short))


findings = st.builds(
    m.Finding,
    code=st.from_regex(r"[A-Z]{2}[0-9]{2}", fullmatch=True),
    name=st.from_regex(r"[a-z]{2,6}\.[a-z_]{1,12}", fullmatch=True),
    severity=_enum(m.Severity), message=short, evidence=st.lists(evidence(), max_size=3),
    derivation=st.lists(short, max_size=3),
)

file_reports = st.builds(
    m.FileReport, path=short, id=st.none() | short, published=st.none() | dates,
    published_source=_enum(m.PublishedSource), findings=st.lists(findings, max_size=3),
    error=st.none() | short,
)

reports = st.lists(file_reports, max_size=3).map(m.Report.of)
