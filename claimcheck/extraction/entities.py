"""People, organisations, places and groups, merged into one entity per referent.

spaCy's entities are the mentions. They are trimmed ("the United States" ->
"United States", "Trump's" -> "Trump"), grouped (surname with full name,
acronym with expansion, country aliases by ISO code), and each group's kind
is voted across its mentions, so the small model's odd "Trump" as an
organisation is outvoted by the person it names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimcheck.extraction.boilerplate import Skipper
from claimcheck.extraction.lexicon.people import (
    ACRONYM_STOPWORDS,
    GROUP_NOUNS,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    PERSON_VERBS,
)
from claimcheck.extraction.lexicon.titles import QUALIFIERS, TITLES
from claimcheck.extraction.lines import text_of
from claimcheck.extraction.places import Context, resolve
from claimcheck.models import Entity, EntityKind, Place, Role, Span

LABEL_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANISATION,
    "GPE": EntityKind.PLACE,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
    "NORP": EntityKind.GROUP,
}
_TITLE_WORDS = {w for t in TITLES for w in t} | set(QUALIFIERS)
_DROP_LEADING = {"the", "The", "THE"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_ARTICLE_PREFIXES = {"al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-"}
_PERSONAL = {"he", "she", "him", "her", "his"}


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    text: str
    char_start: int
    char_end: int
    root_dep: str = ""
    root_head: str = ""


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    kind: EntityKind = EntityKind.ORGANISATION
    place: Place | None = None
    roles: list[Role] = field(default_factory=list)
    id: str = ""

    @property
    def name(self) -> str:
        return max(self.mentions, key=lambda m: (len(m.text.split()), len(m.text))).text


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
                        surnames.setdefault(_surname(m.text), set()).add(cluster.id)
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
    for m in mentions:
        root = doc[m.start:m.end].root
        m.root_dep, m.root_head = root.dep_, root.head.lemma_.lower()
    mentions.sort(key=lambda m: m.start)
    clusters = repair_kinds(doc, _cluster(mentions))
    _resolve_places(doc, clusters)
    clusters = _merge_places(clusters)
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    for n, c in enumerate(clusters, 1):
        c.id = f"ent{n}"
    return EntityIndex(doc, clusters)


def _mentions(doc: Doc) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in LABEL_KINDS or ent.label_ == "NORP":
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].text in _DROP_LEADING:
            start += 1
        cut = next((i for i in range(start + 1, end) if doc[i].text in _POSSESSIVE), None)
        if cut is not None:
            end = cut  # "Obama's Meeting" in a title-case headline
        paren = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
        if paren is not None:  # "World Health Organization (WHO": two names
            inner = [t for t in doc[paren + 1:end] if t.text != ")"]
            if len(inner) == 1 and inner[0].is_upper:
                t = inner[0]
                out.append(Mention(t.i, t.i + 1, ent.label_, t.text, t.idx, t.idx + len(t)))
            end = paren
        while end > start and doc[end - 1].text in _POSSESSIVE:
            end -= 1
        if ent.label_ == "PERSON":  # "Secretary Blinken": the title is a role, not the name
            while end - start > 1 and doc[start].lower_ in _TITLE_WORDS:
                start += 1
            if end - start == 1 and doc[start].lower_ in _TITLE_WORDS:
                continue  # "the Taoiseach" is a title used as a name, not a name
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


def _name_word(t: Token) -> bool:
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is not None and (before.like_num or before.ent_type_ == "ORDINAL"):
        return False  # "Sgt. 1st Class Tyrone ...": a rank, not a first name
    return (t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ in ("", "PERSON")
            and t.lower_ not in _TITLE_WORDS and "\n" not in t.whitespace_)


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


def _name_key(m: Mention) -> str:
    """ "Antony J. Blinken" and "Antony Blinken" share a key: middle initials drop out."""
    words = m.text.lower().split()
    if m.label == "PERSON" and len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if not (len(w) <= 2 and w.endswith("."))] \
            + [words[-1]]
    return " ".join(words)


def _surname(text: str) -> str:
    """The last name, with its particles: "Jozias van Aartsen" -> "van Aartsen"."""
    words = [w for w in text.split() if w.lower().strip(",") not in NAME_SUFFIXES]
    if not words:
        return text
    at = len(words) - 1
    while at > 1 and words[at - 1].islower():
        at -= 1
    return " ".join(words[at:])


def _acronym(text: str) -> str:
    return "".join(w[0] for w in text.split() if w.lower() not in ACRONYM_STOPWORDS).upper()


def _cluster(mentions: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_text: dict[str, Cluster] = {}
    full_names: dict[str, list[tuple[int, Cluster]]] = {}  # surname -> (position, cluster)
    given_first: dict[str, list[tuple[int, Cluster]]] = {}  # "Qin" of "Qin Gang"
    acronyms: dict[str, Cluster] = {}
    # Multi-word names first, so a surname can join the full name that introduces it.
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        key = _name_key(m)
        cluster = None
        if m.end - m.start == 1:
            word = m.text.title() if m.text.isupper() and len(m.text) > 4 else m.text  # "CLINTON"
            cluster = _person_for_surname(
                full_names.get(word) or given_first.get(word), m.start)
        elif m.text in full_names and m.text.split()[0].islower():  # "van Aartsen"
            cluster = _person_for_surname(full_names[m.text], m.start)
        cluster = cluster or by_text.get(key)
        if cluster is None and m.label == "ORG":
            cluster = acronyms.get(m.text.replace(".", "")) or acronyms.get(_acronym(m.text))
        if cluster is None:
            cluster = Cluster(kind=LABEL_KINDS[m.label])
            clusters.append(cluster)
        cluster.mentions.append(m)
        by_text.setdefault(key, cluster)
        if m.label == "ORG":
            if m.end - m.start > 1:
                acronyms.setdefault(_acronym(m.text), cluster)  # expansion, awaiting its acronym
            else:
                acronyms.setdefault(m.text.replace(".", ""), cluster)
        if m.label == "PERSON" and m.end - m.start > 1:
            surname = _surname(m.text)
            full_names.setdefault(surname, []).append((m.start, cluster))
            if surname[:3].lower() in _ARTICLE_PREFIXES:  # "al-Maliki" is also "Maliki"
                full_names.setdefault(surname[3:], []).append((m.start, cluster))
            if " " in surname:  # "van Aartsen" is also "Aartsen"
                full_names.setdefault(surname.split()[-1], []).append((m.start, cluster))
            given_first.setdefault(m.text.split()[0], []).append((m.start, cluster))
    return clusters


def repair_kinds(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """Outvote the small model where the sentence says otherwise, then rejoin surnames."""
    for c in clusters:
        c.kind = _vote(c)
        if c.kind is EntityKind.ORGANISATION and _person_shaped(doc, c):
            c.kind = EntityKind.PERSON
    return _join_surnames(clusters)


def _person_shaped(doc: Doc, cluster: Cluster) -> bool:
    """ "Paul Girard will meet ... He ...": a two- or three-word name acting as a person.

    Two signals are needed: the name is the subject of a verb people do (speak,
    meet, say), and a person is nearby (a he/she in the sentence or the next,
    or another named person in the sentence), so "Goldman Sachs said" stays.
    """
    words = cluster.mentions[0].text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if any(w.lower() in ORGANISATION_WORDS or w.lower() in _TITLE_WORDS for w in words):
        return False
    for m in cluster.mentions:
        if m.root_dep not in ("nsubj", "nsubjpass") or m.root_head not in PERSON_VERBS:
            continue
        sent = doc[m.start].sent
        nearby = list(sent)
        if sent.end < len(doc):
            nearby += list(doc[sent.end].sent)
        if any(t.lower_ in _PERSONAL or (t.ent_type_ == "PERSON" and not m.start <= t.i < m.end)
               for t in nearby):
            return True
    return False


def _join_surnames(clusters: list[Cluster]) -> list[Cluster]:
    """A one-word cluster that is the surname of a person cluster joins it.

    So does a title-case headline's "Kerry Makes": a two-word "name" that
    starts with a known surname and appears only once.
    """
    surnames: dict[str, Cluster] = {}
    for c in clusters:
        if c.kind is EntityKind.PERSON:
            for m in c.mentions:
                if len(m.text.split()) > 1:
                    surnames.setdefault(_surname(m.text), c)
    out = []
    for c in clusters:
        if len(c.mentions) == 1 and c.kind is EntityKind.PERSON:
            m = c.mentions[0]
            words = m.text.split()
            host = surnames.get(words[0]) if len(words) == 2 else None
            if host is not None and host is not c:
                m.end, m.char_end, m.text = m.start + 1, m.char_start + len(words[0]), words[0]
                host.mentions.append(m)
                continue
        single = all(len(m.text.split()) == 1 for m in c.mentions)
        target = surnames.get(c.mentions[0].text) if single else None
        if target is not None and target is not c and c.kind is not EntityKind.PLACE:
            target.mentions.extend(c.mentions)
            continue
        out.append(c)
    return out


def _person_for_surname(candidates: list[tuple[int, Cluster]] | None, at: int) -> Cluster | None:
    """The full name a bare surname refers to: the latest before it, else the first after."""
    if not candidates:
        return None
    before = [c for pos, c in candidates if pos <= at]
    return before[-1] if before else min(candidates, key=lambda pc: pc[0])[1]


def _vote(cluster: Cluster) -> EntityKind:
    votes: Counter[EntityKind] = Counter()
    for m in cluster.mentions:
        votes[LABEL_KINDS[m.label]] += 1 + (m.end - m.start > 1)  # longer names say more
    return votes.most_common(1)[0][0]


def _resolve_places(doc: Doc, clusters: list[Cluster]) -> None:
    """Countries and regions first; then cities, settled by the places around them."""
    for c in clusters:  # "a rally in Lyon" tagged ORG: "in" and the gazetteer say place
        if c.kind is EntityKind.ORGANISATION and any(
                m.root_dep == "pobj" and m.root_head == "in" for m in c.mentions) \
                and resolve(c.name) is not None:
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
