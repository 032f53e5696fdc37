"""Definite title descriptions that refer back to a named holder of the title.

"Swedish Trade Minister Marta Lindqvist opened the fair ... The Finnish trade
minister later toured the harbour": the description has no name, but when
exactly one person in the article holds that title (same title words, same
qualifier), it refers to that person, and what it says (a nationality, a
country) becomes one more role of that person, with the description as its
span. The reference is refused, never guessed, when:

- two or more people hold the title, or none does before the description;
- the holder is named in the description's own sentence ("Lindqvist met the
  Finnish trade minister" speaks of two people);
- the description gives the holder a new country and that country appears
  anywhere else in the article (a place in
  it, its nationality on another word: "flew to Helsinki", "her Finnish
  counterpart"), since then that country's own office-holder is present;
- the description is not definite ("a Finnish trade minister", "her Finnish
  counterpart") or is plural.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimcheck.extraction.entities import EntityIndex
from claimcheck.extraction.names import Cluster
from claimcheck.extraction.roles import nationality_noun, read_role
from claimcheck.lang.en.titles import QUALIFIERS, TITLE_FILLERS, TITLES
from claimcheck.models import EntityKind, LinkBasis, Role

_HEADS = {t[-1] for t in TITLES}
_SKIP = {"a", "an", "the", "'s", "’s"} | set(QUALIFIERS) | TITLE_FILLERS


def title_key(tokens: list[Token], index: EntityIndex) -> tuple[str, ...]:
    """The words of a title phrase without article, qualifier, nationality or names.

    "the Finnish trade minister" and "Swedish Trade Minister" are both
    ("trade", "minister"); "Austria's foreign minister" is ("foreign", "minister").
    """
    return tuple(t.lower_ for t in tokens
                 if t.lower_ not in _SKIP and not t.is_punct and not _place(t, index)
                 and nationality_noun(t.lower_) is None)


def _place(t: Token, index: EntityIndex) -> bool:
    cluster = index.at(t)
    return cluster is not None and cluster.kind is EntityKind.PLACE


def add_described_roles(index: EntityIndex) -> None:
    """Give each title's only holder the roles of the definite descriptions of that title."""
    doc = index.doc
    holders = _holders(doc, index)
    if not holders:
        return
    claimed = _role_tokens(doc, index)
    for head in doc:
        if head.lower_ not in _HEADS or head.tag_ != "NN" or head.i in claimed:
            continue
        tokens = list(doc[head.left_edge.i:head.i + 1])
        if tokens[0].lower_ != "the" or any(
                (c := index.at(t)) is not None and c.kind is EntityKind.PERSON for t in tokens):
            continue
        role = read_role(tokens, index)
        if role is None or role.title is None or role.country_code is None:
            continue
        key = (title_key(tokens, index), role.qualifier)
        fits = [c for c, first in holders.get(key, []) if first < head.i]
        if len(fits) != 1 or len(holders[key]) != 1:
            continue  # none or two: refuse to guess
        holder = fits[0]
        if _named_in_sentence(holder, head):
            continue
        known = {r.country_code for r in holder.roles}
        if role.country_code not in known and _country_elsewhere(doc, index, role, tokens):
            continue
        if not any(r.span == role.span for r in holder.roles):
            holder.roles.append(role.model_copy(update={"basis": LinkBasis.COREFERENCE}))
            holder.roles.sort(key=lambda r: r.span.start)


def _holders(doc: Doc, index: EntityIndex) -> dict[tuple[object, ...], list[tuple[Cluster, int]]]:
    """Title key and qualifier -> the people who hold it, with their first mention's token."""
    out: dict[tuple[object, ...], list[tuple[Cluster, int]]] = {}
    for cluster in index.clusters:
        if cluster.kind is not EntityKind.PERSON or not cluster.mentions:
            continue
        first = min(m.start for m in cluster.mentions)
        keys = set()
        for role in cluster.roles:
            if role.title is None:
                continue
            span = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
            if span is not None:
                keys.add((title_key(list(span), index), role.qualifier))
        for key in keys:
            out.setdefault(key, []).append((cluster, first))
    return out


def _role_tokens(doc: Doc, index: EntityIndex) -> set[int]:
    """Tokens already read as some person's role (apposition, title before a name)."""
    out: set[int] = set()
    for cluster in index.clusters:
        for role in cluster.roles:
            span = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    return out


def _named_in_sentence(holder: Cluster, head: Token) -> bool:
    sent = head.sent
    return any(sent.start <= m.start < sent.end for m in holder.mentions)


def _country_elsewhere(doc: Doc, index: EntityIndex, role: Role, tokens: list[Token]) -> bool:
    """True when the description's country is named, or its nationality said, outside it."""
    inside = {t.i for t in tokens}
    code = role.country_code
    for t in doc:
        if t.i in inside:
            continue
        if nationality_noun(t.lower_) == code and (t.is_title or t.ent_type_ == "NORP"):
            return True
    return any(c.place is not None and c.place.country_code == code
               and any(m.start not in inside for m in c.mentions)
               for c in index.clusters if c.kind is EntityKind.PLACE)

