"""People, organisations, places and groups, merged into one entity per referent.

spaCy's entities are the mentions. They are trimmed ("the United States" ->
"United States", "Trump's" -> "Trump"), grouped (surname with full name,
acronym with expansion, country aliases by ISO code), and each group's kind
is voted across its mentions, so the small model's odd "Trump" as an
organisation is outvoted by the person it names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimcheck.budget import first_use
from claimcheck.extraction.boilerplate import Skipper
from claimcheck.extraction.line_breaks import text_of
from claimcheck.extraction.names import (
    LABEL_KINDS,
    TITLE_WORDS,
    Cluster,
    Mention,
    cluster_mentions,
    coordinated_names,
    first_named,
    repair_kinds,
    surname,
    titled_names,
)
from claimcheck.extraction.places import Context, big, resolve
from claimcheck.lang.en import people
from claimcheck.lang.en.events import NOUN_TRIGGERS
from claimcheck.lang.en.events import event_nouns as read_event_nouns
from claimcheck.lang.en.grammar import DEFINITE_ARTICLE_FORMS, POSSESSIVE_ENDINGS
from claimcheck.lang.en.people import GROUP_NOUNS, NATIONALITY_NOUNS
from claimcheck.lang.en.places import DEMONYM_NOUNS, DEMONYMS
from claimcheck.models import Entity, EntityKind, Span

first_names = first_use(people.first_names)
"""The first-name table, read once, its reading never charged to an article's budget."""

event_nouns = first_use(read_event_nouns)
"""The event-noun table, read once, its reading never charged to an article's budget (the
event stage reads it from here too)."""


class EntityIndex:
    """The entities of one article and which token belongs to which."""

    def __init__(self, doc: Doc, clusters: list[Cluster]) -> None:
        self.doc = doc
        self.clusters = clusters
        self.by_id = {c.id: c for c in clusters}
        self._token: dict[int, tuple[Cluster, Mention]] = {}
        for cluster in clusters:
            for m in cluster.mentions:
                for i in range(m.start, m.end):
                    self._token[i] = (cluster, m)
        surnames: dict[str, set[str]] = {}
        for cluster in clusters:
            if cluster.kind is EntityKind.PERSON:
                for m in cluster.mentions:
                    if len(m.text.split()) > 1:
                        surnames.setdefault(surname(m.text), set()).add(cluster.id)
        self._surnames = {k: v.pop() for k, v in surnames.items() if len(v) == 1}

    def person_by_surname(self, token: Token) -> Cluster | None:
        """ "Little said": a surname the model did not tag, naming exactly one person."""
        if not token.is_title:
            return None
        ident = self._surnames.get(token.text)
        return self.by_id[ident] if ident else None

    def at(self, token: Token | int) -> Cluster | None:
        hit = self._token.get(token if isinstance(token, int) else token.i)
        return hit[0] if hit else None

    def mention_at(self, token: Token | int) -> Mention | None:
        hit = self._token.get(token if isinstance(token, int) else token.i)
        return hit[1] if hit else None

    def span_of(self, mention: Mention) -> Span:
        return Span.of(text_of(self.doc), mention.char_start, mention.char_end)

    def entities(self) -> list[Entity]:
        out = []
        for c in self.clusters:
            mentions = sorted(c.mentions, key=lambda m: m.char_start)
            name = c.name
            aliases = sorted({m.text for m in mentions} - {name}, key=lambda a: -len(a))
            out.append(Entity(
                id=c.id, kind=c.kind, name=name, aliases=aliases,
                mentions=[self.span_of(m) for m in mentions], roles=c.roles, place=c.place,
            ))
        return out


def find_entities(doc: Doc, skipper: Skipper) -> EntityIndex:
    """All named entities of ``doc`` outside boilerplate, merged per referent."""
    mentions = [m for m in _mentions(doc) if not skipper.covers(m.char_start)]
    mentions += _groups(doc, skipper)
    mentions += _dateline_city(doc, skipper, mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [m for m in titled_names(doc, taken) if not skipper.covers(m.char_start)]
    mentions += [m for m in coordinated_names(doc, mentions, taken)
                 if not skipper.covers(m.char_start)]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [m for m in first_named(doc, taken, first_names(), _a_place)
                 if not skipper.covers(m.char_start)]
    for m in mentions:
        root = doc[m.start:m.end].root
        m.root_dep, m.root_head = root.dep_, root.head.lemma_.lower()
    mentions.sort(key=lambda m: m.start)
    clusters = repair_kinds(doc, cluster_mentions(mentions))
    _unlabelled_surnames(doc, skipper, clusters)
    _resolve_places(doc, clusters)
    clusters = _merge_places(clusters)
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    for n, c in enumerate(clusters, 1):
        c.id = f"ent{n}"
    return EntityIndex(doc, clusters)


def _names_an_occasions_place(c: Cluster) -> bool:
    """ "After the Oslo meeting" tagged ORG: a one-word name that only ever premodifies an
    event noun, and that the gazetteer knows as a country, region or big city, is where
    the event was ("the Boeing talks" is no place; a small town of the name is not
    enough)."""
    if len(c.name.split()) != 1 or not all(
            m.root_dep == "compound" and (m.root_head in event_nouns()
                                          or m.root_head in NOUN_TRIGGERS)
            for m in c.mentions):
        return False
    place = resolve(c.name)
    return place is not None and (place.feature != "city" or big(place))


def _a_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place ("Virginia Beach", "Georgia")."""
    return resolve(name) is not None


def _unlabelled_surnames(doc: Doc, skipper: Skipper, clusters: list[Cluster]) -> None:
    """Every later "Hoekstra" is a mention of "Wopke Hoekstra", labelled or not.

    The small model tags a surname said again as PRODUCT, ORG or nothing at all
    ("Hoekstra, a Belgian, will travel ..."), so roles, quotes and participants lost
    it. A one-word surname of exactly one person, standing alone (no capitalised
    neighbour that would make it part of another name), joins that person.
    """
    owners: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.kind is not EntityKind.PERSON:
            continue
        for last in {surname(m.text) for m in c.mentions if m.end - m.start > 1}:
            if " " not in last and last[:1].isupper():
                owners.setdefault(last, []).append(c)
    others = {m.text for c in clusters if c.kind is not EntityKind.PERSON for m in c.mentions}
    unique = {name: cs[0] for name, cs in owners.items() if len(cs) == 1 and name not in others}
    if not unique:
        return
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for t in doc:
        cluster = unique.get(t.text)
        if cluster is None or t.i in taken or skipper.covers(t.idx):
            continue
        if _capitalised_neighbour(doc, t):
            continue  # "Arjen Hoekstra", "Hoekstra Group": another name
        m = Mention(t.i, t.i + 1, "PERSON", t.text, t.idx, t.idx + len(t.text))
        m.root_dep, m.root_head = t.dep_, t.head.lemma_.lower()
        cluster.mentions.append(m)
    for c in unique.values():
        c.mentions.sort(key=lambda m: m.start)


def _capitalised_neighbour(doc: Doc, t: Token) -> bool:
    before = doc[t.i - 1] if t.i > 0 else None
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return bool(
        (before is not None and before.is_title and before.pos_ == "PROPN"
         and not t.is_sent_start and before.lower_ not in TITLE_WORDS)
        or (after is not None and after.is_title and after.pos_ == "PROPN"
            and not after.is_sent_start)
    )


def _mentions(doc: Doc) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in LABEL_KINDS or ent.label_ == "NORP":
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].text in DEFINITE_ARTICLE_FORMS:
            start += 1
        cut = next((i for i in range(start + 1, end) if doc[i].text in POSSESSIVE_ENDINGS), None)
        if cut is not None:
            end = cut  # "Obama's Meeting" in a title-case headline
        paren = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
        if paren is not None:  # "World Health Organization (WHO": two names
            inner = [t for t in doc[paren + 1:end] if t.text != ")"]
            if len(inner) == 1 and inner[0].is_upper:
                t = inner[0]
                out.append(Mention(t.i, t.i + 1, ent.label_, t.text, t.idx, t.idx + len(t)))
            end = paren
        while end > start and doc[end - 1].text in POSSESSIVE_ENDINGS:
            end -= 1
        if ent.label_ == "PERSON":  # "Secretary Blinken": the title is a role, not the name
            while end - start > 1 and doc[start].lower_ in TITLE_WORDS:
                start += 1
            if end - start == 1 and doc[start].lower_ in TITLE_WORDS:
                continue  # "the Taoiseach" is a title used as a name, not a name
            if end - start == 1 and _nationality_word(doc[start].lower_):
                continue  # "Berg, a Finn,": a nationality, read as a role, not a name
        if start >= end or "\n" in doc[start:end].text:
            continue
        if ent.label_ == "PERSON":  # "Defense Lloyd J. Austin": the model dropped "Lloyd"
            while start > 0 and _name_word(doc[start - 1]):
                start -= 1
        span = doc[start:end]
        if not any(ch.isupper() for ch in span.text):
            continue
        out.append(Mention(start, end, ent.label_, span.text, span.start_char, span.end_char))
    return out


_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'’ -]*[A-Z])(?=[ \t]*(?:,|\(|[-–—]))", re.M)
DATELINE_LINES = 6
"""Lines at the top of an article where a dateline ("LISBON, March 3 -") may stand."""


def _dateline_city(doc: Doc, skipper: Skipper, mentions: list[Mention]) -> list[Mention]:
    """An all-caps dateline city the model did not tag, when the gazetteer knows it.

    "LISBON, March 13 (Reuters) -", "BERLIN —": the name, title-cased, resolves like any
    other place name ("Lisbon", Portugal).
    """
    text = text_of(doc)
    head = text[:sum(len(line) + 1 for line in text.split("\n")[:DATELINE_LINES])]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for match in _DATELINE.finditer(head):
        if skipper.covers(match.start(1)):
            continue
        span = doc.char_span(match.start(1), match.end(1))
        name = match.group(1).title()
        if span is None or taken & set(range(span.start, span.end)) or resolve(name) is None:
            continue
        return [Mention(span.start, span.end, "GPE", name, span.start_char, span.end_char)]
    return []


def _nationality_word(word: str) -> bool:
    return word in DEMONYMS or word in DEMONYM_NOUNS or word in NATIONALITY_NOUNS


def _name_word(t: Token) -> bool:
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is not None and (before.like_num or before.ent_type_ == "ORDINAL"):
        return False  # "Sgt. 1st Class Tyrone ...": a rank, not a first name
    return (t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ in ("", "PERSON")
            and t.lower_ not in TITLE_WORDS and "\n" not in t.whitespace_)


def _groups(doc: Doc, skipper: Skipper) -> list[Mention]:
    """ "European leaders", "Chinese officials": a nationality on a plural people noun."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or skipper.covers(ent.start_char):
            continue
        head = ent.root.head
        if (ent.root.dep_ in ("amod", "compound") and head.i == ent.end
                and head.tag_ == "NNS" and head.lemma_.lower() in GROUP_NOUNS):
            span = doc[ent.start:head.i + 1]
            out.append(Mention(span.start, span.end, "NORP", span.text,
                               span.start_char, span.end_char))
    return out


def _resolve_places(doc: Doc, clusters: list[Cluster]) -> None:
    """Countries and regions first; then cities, settled by the places around them."""
    for c in clusters:  # "a rally in Lyon" tagged ORG: "in" and the gazetteer say place
        if c.kind is EntityKind.ORGANISATION and any(
                m.root_dep == "pobj" and m.root_head == "in" for m in c.mentions) \
                and _a_place(c.name):
            c.kind = EntityKind.PLACE
        elif c.kind is EntityKind.ORGANISATION and _names_an_occasions_place(c):
            c.kind = EntityKind.PLACE
    places = [c for c in clusters if c.kind is EntityKind.PLACE]
    context = Context()
    for c in places:
        first = resolve(c.name, cities=False)
        if first is not None and first.feature == "region":
            first = resolve(c.name) if first.country_code == "US" else None  # city or state?
        if first is not None:
            c.place = first  # a country, continent or US state needs no context
            context.extend(first)
    by_token = {i: c for c in places for m in c.mentions for i in range(m.start, m.end)}
    for c in places:
        if c.place is None:
            c.place = resolve(c.name, _local_context(doc, c, by_token, context))


def _local_context(
    doc: Doc, cluster: Cluster, by_token: dict[int, Cluster], article: Context
) -> Context:
    """Places written right after the name ("Palm Beach, Florida") first, then the article's."""
    local = Context()
    for m in cluster.mentions:
        if m.end + 1 < len(doc) and doc[m.end].text == ",":
            neighbour = by_token.get(m.end + 1)
            if neighbour is not None and neighbour.place is not None:
                local.extend(neighbour.place)
    for code in article.regions:
        if code not in local.regions:
            local.regions.append(code)
    for code in article.countries:
        if code not in local.countries:
            local.countries.append(code)
    return local


def _merge_places(clusters: list[Cluster]) -> list[Cluster]:
    """ "U.S." and "United States" are one place: merge by gazetteer id."""
    merged: dict[tuple[str, int], Cluster] = {}
    out = []
    for c in clusters:
        if c.kind is EntityKind.PLACE and c.place is not None and c.place.geonameid:
            key = (c.place.feature, c.place.geonameid)
            if key in merged:
                merged[key].mentions.extend(c.mentions)
                continue
            merged[key] = c
        out.append(c)
    for c in out:
        if c.kind is EntityKind.PLACE and c.place is not None:
            c.mentions.sort(key=lambda m: m.start)
    return out
