"""PE01: incompatible titles or nationalities for one person."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from claimcheck.models import ClaimSet, EntityKind, Finding, LinkBasis, Role, Severity
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule

STRONG = frozenset({LinkBasis.CLAUSE, LinkBasis.EXPLICIT})
"""Role bases an error may rest on: said of the name itself."""


def _country(role: Role) -> str | None:
    if role.nationality is None:
        return None
    return role.country_code or role.nationality.casefold()


def _title(role: Role) -> str | None:
    return " ".join(role.title.casefold().split()) if role.title else None


class IncompatibleRoles(Rule):
    """One person is given two nationalities or two titles that cannot both hold.

    Why it matters: "the former Dutch prime minister" in one paragraph and
    "the former Belgian prime minister" in the next cannot both describe
    Mark Rutte; readers notice, and the error spreads when others quote it.

    Fails: "Rutte, the former Dutch prime minister, ... Rutte, the former
    Belgian prime minister, ..." (error: same title, two countries; also
    "Berg is Dutch ... Berg, a Belgian,"). A title's country against another
    ("the Dutch minister ... Berg, a Belgian,") is a warning: a post's country
    is not always its holder's.
    Also (warning): "Prime Minister Rutte ... President Rutte" (two
    exclusive offices of the same country at once).

    Passes: "NATO chief Mark Rutte, the former Dutch prime minister".

    Fix: correct the nationality or title.
    """

    code = "PE01"
    name = "people.incompatible_roles"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for entity in claims.entities:
            if entity.kind not in (EntityKind.PERSON, EntityKind.ORGANISATION):
                continue  # the extractor may file a person as an organisation
            reported: set[tuple[str, str]] = set()
            for a, b in combinations(entity.roles, 2):
                ca, cb = _country(a), _country(b)
                if ca and cb and ca != cb:
                    same_title = _title(a) == _title(b) and a.qualifier == b.qualifier
                    # a role reached through a description that refers back rests on that
                    # coreference: a warning at most (docs/rules-design.md)
                    said_of_the_name = a.basis in STRONG and b.basis in STRONG
                    # two bare nationalities ("a Dutchman", "a Belgian") are as sure as two
                    # for one title; a title's country ("British envoy") may be its post's
                    key = tuple(sorted((ca, cb)))
                    if key in reported:
                        continue
                    reported.add(key)  # type: ignore[arg-type]
                    yield self.finding(
                        claims, f"{entity.name} is {a.nationality} in {a.span.text!r} and "
                        f"{b.nationality} in {b.span.text!r}",
                        [(a.span, "role"), (b.span, "role")],
                        severity=Severity.ERROR if same_title and said_of_the_name
                        else Severity.WARNING,
                        derivation=[f"{a.span.text!r}: {a.nationality}",
                                    f"{b.span.text!r}: {b.nationality}"])
                    continue
                ta, tb = _title(a), _title(b)
                if (a.exclusive and b.exclusive and ta != tb
                        and a.qualifier is None and b.qualifier is None
                        and (a.organisation or ca) == (b.organisation or cb)):
                    yield self.finding(
                        claims, f"{entity.name} is called {ta} in {a.span.text!r} and {tb} in "
                        f"{b.span.text!r}", [(a.span, "role"), (b.span, "role")],
                        severity=Severity.WARNING)
