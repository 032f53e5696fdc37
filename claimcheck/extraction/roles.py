"""Titles, organisations, qualifiers and nationalities the text gives a person.

Constructions: a title before the name ("NATO chief Mark Rutte",
"United States President-elect Donald Trump"), in apposition ("Rutte, the
former Dutch prime minister,", "Rutte, a Dutchman,", "Rutte, a Dutch
national,"), and in a copular clause, also when the name is in apposition to
the subject or has a relative clause ("Rutte is NATO's secretary general",
"The new coach, Rutte, is Dutch", "Rutte, who is Dutch,"). Each phrase is read
the same way: the longest known title, any qualifier (former, acting, -elect),
a nationality adjective and an organisation or country named inside it. A
definite description later in the article ("the Dutch prime minister") is
read in ``role_references``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimcheck.extraction.entities import EntityIndex
from claimcheck.extraction.line_breaks import same_line, text_of
from claimcheck.lang.en.people import CITIZEN_NOUNS, HONORIFICS, NATIONALITY_NOUNS
from claimcheck.lang.en.places import DEMONYM_NOUNS, DEMONYMS
from claimcheck.lang.en.titles import (
    EXCLUSIVE_TITLES,
    MAX_TITLE_WORDS,
    QUALIFIERS,
    TITLE_FILLERS,
    TITLES,
)
from claimcheck.models import EntityKind, Role, Span

_TITLE_WORDS = {w for t in TITLES for w in t}
MAX_PHRASE = 12
"""Words before a title noun read as its phrase ("the former Dutch prime minister")."""


def assign_roles(index: EntityIndex) -> None:
    """Fill ``roles`` of every person entity in ``index``."""
    doc = index.doc
    for cluster in index.clusters:
        if cluster.kind is not EntityKind.PERSON:
            continue
        seen: set[tuple[object, ...]] = set()
        for m in cluster.mentions:
            for tokens in _phrases(doc, index, m.start, m.end):
                role = read_role(tokens, index)
                if role is None:
                    continue
                key = (role.title, role.organisation, role.qualifier, role.nationality)
                if key not in seen:  # "President Obama" ten times is one role
                    seen.add(key)
                    cluster.roles.append(role)
        cluster.roles = _drop_subsumed(cluster.roles)
        cluster.roles.sort(key=lambda r: r.span.start)
    from claimcheck.extraction.role_references import add_described_roles  # reads read_role

    add_described_roles(index)


def nationality_noun(word: str) -> str | None:
    """The country of a noun for one person of a nationality: "Dane", "Norwegian"."""
    return DEMONYMS.get(word) or DEMONYM_NOUNS.get(word) or NATIONALITY_NOUNS.get(word)


def _drop_subsumed(roles: list[Role]) -> list[Role]:
    """ "Secretary Blinken" adds nothing to "Secretary of State Antony Blinken".

    A role whose title is the first or last words of another role's title,
    and which states nothing the other contradicts, is dropped, so that a
    checker never sees "secretary" and "secretary of state" as two titles.
    """
    fields = ("organisation", "qualifier", "nationality", "country_code")

    def covered(a: Role, b: Role) -> bool:
        if a is b or not a.title or not b.title:
            return False
        if a.qualifier != b.qualifier:  # "prime minister" vs "former prime minister" may clash
            return False
        if not all(getattr(a, f) in (None, getattr(b, f)) for f in fields):
            return False
        if a.title == b.title:  # the same title, said with less: "President Kikwete"
            return sum(getattr(a, f) is not None for f in fields) < sum(
                getattr(b, f) is not None for f in fields)
        wa, wb = a.title.split(), b.title.split()
        return wb[:len(wa)] == wa or wb[-len(wa):] == wa

    return [a for a in roles if not any(covered(a, b) for b in roles)]


def _phrases(doc: Doc, index: EntityIndex, start: int, end: int) -> list[list[Token]]:
    phrases = []
    before = _before_name(doc, index, start)
    if before:
        phrases.append(before + _of_after(doc, index, end))
    root = doc[start:end].root
    for child in root.children:
        if not same_line(child, root):
            continue
        if child.dep_ == "appos" and index.at(child) is None \
                and (child.pos_ in ("NOUN", "PROPN") or nationality_noun(child.lower_)) \
                and _comma_at(doc, end) and child.left_edge.i == end + 1:
            phrases.append(_noun_phrase(child))  # "Rutte, the former Dutch prime minister,"
    head = root.head
    if root.dep_ == "appos" and index.at(head) is None and head.pos_ == "NOUN" \
            and same_line(root, head) and head.i < start and _comma_at(doc, start - 1) \
            and _ends_phrase(head, start - 2):
        phrases.append(_noun_phrase(head))  # "the former Dutch prime minister, Mark Rutte"
    elif _comma_at(doc, start - 1) and _comma_at(doc, end):
        # The same, read from the words when the parse is lost (a headline glued on).
        title = _before_name(doc, index, start - 1)
        first = title[0].i if title else 0
        while first > 0 and doc[first - 1].lower_ in ("the", "a", "an"):
            first -= 1
        if title and (first == 0 or doc[first].is_sent_start or doc[first - 1].is_space
                      or doc[first - 1].is_punct):
            phrases.append(title)
    subject = root
    if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.i < start:
        subject = root.head  # "The new coach, Rutte, is Dutch"
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and same_line(root, subject.head):
        phrases.extend(_complements(subject.head, index))
    for child in root.children:  # "Rutte, who is Dutch,"
        if child.dep_ == "relcl" and child.lemma_ == "be" and same_line(root, child) and any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children):
            phrases.extend(_complements(child, index))
    return phrases


def _complements(be: Token, index: EntityIndex) -> list[list[Token]]:
    """The subject complements of a copula: "is NATO's chief", "is Belgian"."""
    phrases = []
    for attr in be.children:
        if attr.dep_ == "attr" and attr.pos_ in ("NOUN", "PROPN") and index.at(attr) is None:
            phrases.append(_noun_phrase(attr))
        elif attr.dep_ in ("acomp", "attr") and attr.lower_ in DEMONYMS:
            phrases.append([attr])  # "Hoekstra is Belgian"
    return phrases


def _ends_phrase(head: Token, last: int) -> bool:
    """True when the title phrase of ``head`` ends at token ``last``: "minister of defense"."""
    if head.i == last:
        return True
    return all(t.i > last or t.i <= head.i or head.is_ancestor(t)
               for t in head.doc[head.i + 1:last + 1])


def _comma_at(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text == ","


def _before_name(doc: Doc, index: EntityIndex, start: int) -> list[Token]:
    """The title words right before a name, on the same line."""
    tokens: list[Token] = []
    j = start - 1
    while j >= 0:
        t = doc[j]
        if "\n" in t.text_with_ws or t.is_space:
            break
        other = index.at(t)
        lower = t.lower_
        if other is not None and other.kind is EntityKind.PERSON:
            break
        if not (lower in _TITLE_WORDS or lower in QUALIFIERS or lower in TITLE_FILLERS
                or lower in HONORIFICS or lower in DEMONYMS or t.ent_type_ == "NORP"
                or other is not None or _portfolio(t, tokens)):
            break
        if lower == "of" and j > 0 and doc[j - 1].lower_ not in _TITLE_WORDS and not (
                index.at(doc[j - 1]) is not None and index.at(doc[j - 1]) is index.at(doc[j + 1])):
            break  # "the visit to the United States of Dutch Foreign Minister X"
        tokens.insert(0, t)
        j -= 1
    while tokens and (tokens[0].lower_ in TITLE_FILLERS or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].lower_ in HONORIFICS or tokens[-1].is_punct):
        tokens.pop()
    if not tokens or not any(t.lower_ in _TITLE_WORDS for t in tokens):
        return []
    last = tokens[-1].lower_
    if last not in _TITLE_WORDS and last not in QUALIFIERS:
        return []  # "Iran's Rouhani": a name after a place is no title
    return tokens


def _portfolio(t: Token, after: list[Token]) -> bool:
    """ "Health" in "Health Minister X": a capitalised word that names a title's field."""
    return (bool(after) and after[0].lower_ in _TITLE_WORDS and t.is_title and t.is_alpha
            and not t.is_stop and t.ent_type_ in ("", "ORG") and t.pos_ in ("PROPN", "NOUN"))


def _of_after(doc: Doc, index: EntityIndex, end: int) -> list[Token]:
    """ "President Kikwete of Tanzania": the organisation after the name."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        other = index.at(doc[end + 1])
        if other is not None and other.kind in (EntityKind.ORGANISATION, EntityKind.PLACE):
            m = index.mention_at(doc[end + 1])
            assert m is not None
            return list(doc[end:m.end])
    return []


def _noun_phrase(head: Token) -> list[Token]:
    """A title noun phrase: its left modifiers and an "of X" complement."""
    tokens = list(head.doc[max(head.left_edge.i, head.i - MAX_PHRASE):head.i + 1])
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            tokens.extend(head.doc[child.i:min(child.right_edge.i + 1, child.i + MAX_PHRASE)])
            break
    return tokens


def read_role(tokens: list[Token], index: EntityIndex) -> Role | None:
    """A Role from the words of one title phrase, or None when it names no title."""
    words = [t.lower_ for t in tokens]
    title, title_at = _longest_title(words)
    if title is None:
        return _nationality_only(tokens)
    qualifier = next((QUALIFIERS[w] for w in words if w in QUALIFIERS), None)
    nationality = country = None
    organisation = organisation_entity = None
    for i, t in enumerate(tokens):
        if t.lower_ in DEMONYMS and (t.ent_type_ == "NORP" or t.is_title) and nationality is None:
            nationality, country = t.text, DEMONYMS[t.lower_]
            continue
        cluster = index.at(t)
        if cluster is not None and organisation is None and i not in title_at:
            m = index.mention_at(t)
            assert m is not None
            organisation, organisation_entity = m.text, cluster.id
            if cluster.place is not None and cluster.place.feature == "country" and not country:
                country = cluster.place.country_code
    doc = tokens[0].doc
    span = Span.of(text_of(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return Role(
        title=title, organisation=organisation, organisation_entity=organisation_entity,
        exclusive=title is not None and " ".join(title.casefold().split()) in EXCLUSIVE_TITLES,
        qualifier=qualifier, nationality=nationality, country_code=country, span=span,
    )


def _nationality_only(tokens: list[Token]) -> Role | None:
    """ "Hoekstra, a Belgian," / "Hoekstra is Dutch" / "a Dutchman": a nationality alone."""
    words = [t for t in tokens if t.lower_ not in ("a", "an", "the") and not t.is_punct]
    if len(words) == 2 and words[1].lower_ in CITIZEN_NOUNS and words[0].dep_ == "amod":
        country = DEMONYMS.get(words[0].lower_)  # "a Polish national"
        last = words[1]
    elif len(words) == 1:
        country = nationality_noun(words[0].lower_)
        last = words[0]
    else:
        return None
    if country is None or not (words[0].is_title or words[0].ent_type_ == "NORP"):
        return None
    doc = words[0].doc
    span = Span.of(text_of(doc), words[0].idx, last.idx + len(last.text))
    return Role(nationality=words[0].text, country_code=country, span=span)


def _longest_title(words: list[str]) -> tuple[str | None, set[int]]:
    """The longest known title in ``words``, the rightmost on a tie."""
    best: tuple[int, int] | None = None
    for n in range(min(MAX_TITLE_WORDS, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            if tuple(words[i:i + n]) in TITLES:
                best = (i, n)
                break
        if best:
            break
    if best is None:
        return None, set()
    i, n = best
    return " ".join(words[i:i + n]), set(range(i, i + n))
