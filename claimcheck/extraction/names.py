"""Mentions merged into referents: one cluster per person, organisation or place.

Surname with full name ("Rutte" / "Mark Rutte", also "van Aartsen", "al-Maliki",
"CLINTON" in a transcript and "Qin" of "Qin Gang"), middle initials ignored,
acronym with expansion ("NATO" / "North Atlantic Treaty Organization"), and a
vote across mentions for the kind, with two repairs where the sentence says
more than the small model's label ("Paul Girard will meet ... she" is a
person; "a rally in Lyon" is a place, in ``entities``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimcheck.lang.en.grammar import FEMININE_PRONOUNS, GENDERED_PRONOUNS, MASCULINE_PRONOUNS
from claimcheck.lang.en.people import (
    ACRONYM_STOPWORDS,
    NAME_ARTICLE_PREFIXES,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    PERSON_OBJECT_VERBS,
    PERSON_VERBS,
)
from claimcheck.lang.en.titles import QUALIFIERS, TITLES
from claimcheck.models import EntityKind, Place, Role

LABEL_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANISATION,
    "GPE": EntityKind.PLACE,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
    "NORP": EntityKind.GROUP,
}
TITLE_WORDS = {w for t in TITLES for w in t} | set(QUALIFIERS)


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


def _name_key(m: Mention) -> str:
    """ "Antony J. Blinken" and "Antony Blinken" share a key: middle initials drop out."""
    words = m.text.lower().split()
    if m.label == "PERSON" and len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if not (len(w) <= 2 and w.endswith("."))] \
            + [words[-1]]
    return " ".join(words)


def surname(text: str) -> str:
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


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
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
            cluster = _person_forsurname(
                full_names.get(word) or given_first.get(word), m.start)
        elif m.text in full_names and m.text.split()[0].islower():  # "van Aartsen"
            cluster = _person_forsurname(full_names[m.text], m.start)
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
            last = surname(m.text)
            full_names.setdefault(last, []).append((m.start, cluster))
            if last[:3].lower() in NAME_ARTICLE_PREFIXES:  # "al-Maliki" is also "Maliki"
                full_names.setdefault(last[3:], []).append((m.start, cluster))
            if " " in last:  # "van Aartsen" is also "Aartsen"
                full_names.setdefault(last.split()[-1], []).append((m.start, cluster))
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
    if any(w.lower() in ORGANISATION_WORDS or w.lower() in TITLE_WORDS for w in words):
        return False
    for m in cluster.mentions:
        if m.root_dep not in ("nsubj", "nsubjpass") or m.root_head not in PERSON_VERBS:
            continue
        sent = doc[m.start].sent
        end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        nearby = doc[max(sent.start, m.start - 40):min(end, m.end + 60)]
        if any(t.lower_ in GENDERED_PRONOUNS
               or (t.ent_type_ == "PERSON" and not m.start <= t.i < m.end)
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
                    surnames.setdefault(surname(m.text), c)
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


def _person_forsurname(candidates: list[tuple[int, Cluster]] | None, at: int) -> Cluster | None:
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


_TITLE_HEADS = {t[-1] for t in TITLES}


def titled_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """A full name the model left unlabelled, set off by a title in apposition.

    "Tobias Reinholt, the Danish trade minister, warned ...": two or three
    capitalised proper nouns, then a comma and a noun phrase headed by a title,
    name a person whatever the small model made of them (a headline above
    often costs the label).
    """
    out = []
    for head in doc:
        if head.dep_ != "appos" or head.tag_ != "NN" or head.lower_ not in _TITLE_HEADS:
            continue
        name = head.head
        if name.i + 2 >= len(doc) or doc[name.i + 1].text != "," \
                or head.left_edge.i != name.i + 2 or not _bare_name_word(name, taken):
            continue
        start = _name_start(name, taken)
        if not 2 <= name.i + 1 - start <= 3:
            continue
        span = doc[start:name.i + 1]
        if "\n" in span.text:
            continue
        out.append(Mention(start, name.i + 1, "PERSON", span.text, span.start_char,
                           span.end_char))
    return out


def coordinated_names(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """An unlabelled proper name joined by "and"/"or" to a person's name is a person too.

    Conjuncts share their semantic type ("met Trump and Vance": the small model
    often labels only the first of a pair). One to three capitalised proper nouns,
    on the same line, that no other mention holds.
    """
    out = []
    for m in mentions:
        if m.label != "PERSON":
            continue
        root = doc[m.start:m.end].root
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        for name in partners:
            if not _bare_name_word(name, taken) or name.i in taken:
                continue
            start = _name_start(name, taken)
            span = doc[start:name.i + 1]
            if len(span) > 3 or "\n" in doc[min(start, m.start):max(name.i + 1, m.end)].text:
                continue
            taken.update(range(start, name.i + 1))
            out.append(Mention(start, name.i + 1, "PERSON", span.text, span.start_char,
                               span.end_char))
    return out


def first_named(doc: Doc, taken: set[int], first_names: Mapping[str, str],
                is_place: Callable[[str], bool]) -> list[Mention]:
    """An unlabelled name that starts with a known first name and acts as a person.

    The small model leaves many names it has not seen unlabelled, most of all after a
    headline or a paragraph break ("Tobias Reinholt was more cautious. ... he said"), so
    their quotes and roles lost their person. Two or three capitalised proper nouns on one
    line, joined as one noun phrase, name a person when the first is in the baby-name
    table (``first_names``), none is a title or organisation word, the whole is no place
    (``is_place``: "Virginia Beach") and a person is told of: the name is the subject of
    a verb people do or the object of a verb of meeting ("met Tobias Reinholt"), or a
    pronoun of the first name's sex stands in its sentence or the next.
    """
    out = []
    for head in doc:
        if not _bare_name_word(head, taken) or head.dep_ == "compound":
            continue
        start = _name_start(head, taken)
        words = doc[start:head.i + 1]
        sex = first_names.get(doc[start].lower_)
        if not 2 <= len(words) <= 3 or sex is None or "\n" in words.text \
                or any(w.lower_ in ORGANISATION_WORDS for w in words):
            continue
        verb = head.head.lemma_.lower()
        if not (head.dep_ in ("nsubj", "nsubjpass") and verb in PERSON_VERBS
                or head.dep_ == "dobj" and verb in PERSON_OBJECT_VERBS
                or _pronoun_near(head, sex)) or is_place(words.text):
            continue  # the gazetteer last: the dearest test
        out.append(Mention(start, head.i + 1, "PERSON", words.text, words.start_char,
                           words.end_char))
    return out


def _pronoun_near(name: Token, sex: str) -> bool:
    """A he/him/his (sex "m") or she/her (sex "f") after the name, in its sentence or the
    next."""
    sent = name.sent
    end = sent.end if sent.end >= len(name.doc) else name.doc[sent.end].sent.end
    pronouns = MASCULINE_PRONOUNS if sex == "m" else FEMININE_PRONOUNS
    return any(t.lower_ in pronouns for t in name.doc[name.i + 1:end])


def _name_start(head: Token, taken: set[int]) -> int:
    """Where the name ending in ``head`` starts: back over the bare name words the parse
    makes its compounds ("Tobias" of "Tobias Reinholt")."""
    doc, start = head.doc, head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i \
            and _bare_name_word(doc[start - 1], taken):
        start -= 1
    return start


def _bare_name_word(t: Token, taken: set[int]) -> bool:
    return (t.i not in taken and t.pos_ == "PROPN" and t.is_title and t.is_alpha
            and t.ent_type_ in ("", "PERSON") and t.lower_ not in TITLE_WORDS)
