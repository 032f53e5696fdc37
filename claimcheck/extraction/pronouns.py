"""He and she: the most salient person who agrees with the pronoun, outside quotations.

Agreement: a person's gender comes from the titles and honorifics the article gives
them (spokeswoman, Mr., Ms.) and, failing those, from their first name in a table built
from US Social Security baby-name counts (``lang/en/first_names.tsv``, names borne by one
sex at least nine times in ten). A person whose gender is known and differs never
matches; one whose gender is unknown may.

Salience, in order: the last speaker credited (a run of quotes keeps its speaker) when
mentioned lately and no one else became a main-clause subject since, then the subject of
the latest sentence with a fitting subject (the main clause's before a reported or
subordinate clause's: "Ryan said Obama has never ... He says" is Ryan), then the latest
mention. Mentions inside quotations do not count, and the caller may exclude people named
inside the quote itself. When two different people fit equally well (two main-clause
subjects of one sentence, "Lopez and Hale said", both agreeing), the resolver refuses to
guess and returns None.

A title used as a name ("the Foreign Secretary will meet ...") resolves to the one
person the article gives that title, and to nobody when two people share it.
"""

from __future__ import annotations

import bisect
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from claimcheck.extraction.entities import Cluster, EntityIndex, first_names
from claimcheck.lang.en.people import FEMININE, MASCULINE
from claimcheck.lang.en.speech import PERSON_PRONOUNS
from claimcheck.models import EntityKind

LOOKBACK = 40
"""Person mentions looked at before the pronoun."""

LAST_SPEAKER_REACH = 600
"""Characters back within which the last speaker's latest mention must lie to be salient."""

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _gender(index: EntityIndex, cluster: Cluster) -> str | None:
    """ "f", "m" or None: titles and honorifics first, then the first name."""
    words = {w for r in cluster.roles if r.title for w in r.title.lower().split()}
    for m in cluster.mentions:
        if m.start > 0:
            words.add(index.doc[m.start - 1].lower_)
    female, male = bool(words & FEMININE), bool(words & MASCULINE)
    if female != male:
        return "f" if female else "m"
    if female and male:
        return None
    names = first_names()
    firsts = {m.text.split()[0].lower() for m in cluster.mentions if len(m.text.split()) > 1}
    sexes = {names[f] for f in firsts if f in names}
    return sexes.pop() if len(sexes) == 1 else None


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence's main clause (the root, or a verb joined to it by
    "and"), not a reported or subordinate clause ("Ryan said Obama has never ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


class PronounResolver:
    def __init__(self, index: EntityIndex, quoted: list[tuple[int, int]]) -> None:
        starts = [s for s, _ in quoted]
        ends = [e for _, e in quoted]

        def inside(offset: int) -> bool:
            i = bisect.bisect_right(starts, offset) - 1
            return i >= 0 and offset < ends[i]

        self._doc = index.doc
        self._mentions: list[tuple[int, Cluster, bool, int, bool]] = []
        for c in index.clusters:
            if c.kind is not EntityKind.PERSON:
                continue
            for m in c.mentions:
                if inside(m.char_start):
                    continue
                root = index.doc[m.start:m.end].root
                if root.dep_ == "conj" and root.head.dep_ in _SUBJECT_DEPS:
                    root = root.head  # "Lopez and Hale said"
                subject = root.dep_ in _SUBJECT_DEPS
                self._mentions.append((m.char_start, c, subject, root.sent.start,
                                       subject and _main_clause(root.head)))
        self._mentions.sort(key=lambda x: x[0])
        self._starts = [x[0] for x in self._mentions]
        holders: dict[str, set[str]] = {}
        self._clusters = {c.id: c for c in index.clusters}
        for c in index.clusters:
            for role in c.roles:
                if role.title:
                    holders.setdefault(role.title, set()).add(c.id)
        self._holders = holders
        self._gender = {c.id: g for c in index.clusters
                        if c.kind is EntityKind.PERSON and (g := _gender(index, c)) is not None}

    def gender(self, cluster_id: str) -> str | None:
        return self._gender.get(cluster_id)

    def resolve_title(self, noun: Token) -> Cluster | None:
        """The one person holding the title ``noun`` heads ("the Secretary"), or None."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [c.lower_ for c in noun.lefts if c.dep_ == "compound"] + [noun.lower_]
        for n in range(len(words)):
            ids = self._holders.get(" ".join(words[n:]))
            if ids:
                return self._clusters[next(iter(ids))] if len(ids) == 1 else None
        return None

    def resolve(self, pronoun: Token, exclude: AbstractSet[str] = frozenset(),
                last_speaker: str | None = None) -> Cluster | None:
        """The person ``pronoun`` most likely names, or None when none or two fit."""
        want = PERSON_PRONOUNS.get(pronoun.lower_, "m")
        i = bisect.bisect_left(self._starts, pronoun.idx)
        window = [x for x in self._mentions[max(0, i - LOOKBACK):i] if x[1].id not in exclude
                  and self._gender.get(x[1].id, want) == want]
        if not window:
            return None
        subjects = [x for x in window if x[2]]
        seen = [x[0] for x in window if x[1].id == last_speaker]
        if last_speaker is not None and seen and pronoun.idx - seen[-1] <= LAST_SPEAKER_REACH \
                and not any(x[0] > seen[-1] and x[1].id != last_speaker and x[4]
                            for x in subjects):
            return self._clusters[last_speaker]  # nobody else became the topic since
        if subjects:
            latest = subjects[-1][3]  # the most recent sentence with a fitting subject
            ids = list(dict.fromkeys(x[1].id for x in subjects if x[3] == latest))
            if len(ids) > 1:  # the main clause's subject outranks a reported clause's
                main = list(dict.fromkeys(x[1].id for x in subjects if x[3] == latest and x[4]))
                ids = main if len(main) == 1 else ids
            if len(ids) > 1:
                marked = [i for i in ids if self._gender.get(i) == want]
                ids = marked if len(marked) == 1 else []
            return self._clusters[ids[0]] if len(ids) == 1 else None
        return window[-1][1]
