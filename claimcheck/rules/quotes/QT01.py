"""QT01: one quote credited to different speakers."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.models import ClaimSet, EntityKind, Finding, Quote, Severity, SpeakerBasis
from claimcheck.reason import Timeline
from claimcheck.rules.base import Rule
from claimcheck.rules.quotes._text import candidate_pairs, words

MIN_WORDS = 4


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _name(claims: ClaimSet, q: Quote) -> str:
    entity = claims.entity(q.speaker) if q.speaker else None
    if entity is not None:
        return entity.name
    return q.speaker_span.text if q.speaker_span else "?"


def _name_words(name: str) -> list[str]:
    w = name.casefold().split()
    return w[1:] if w[:1] == ["the"] else w


def _one_organisation(claims: ClaimSet, a: str, b: str) -> bool:
    """An organisation and a prefix of its name are one speaker: "Greenpeace" and
    "Greenpeace International", "the Electoral Commission" and "Electoral Commission of
    Kenya". People are not: "Paul Girard" and "Paul Martin" are two."""
    ea, eb = claims.entity(a), claims.entity(b)
    if ea is None or eb is None or EntityKind.ORGANISATION not in (ea.kind, eb.kind):
        return False
    wa, wb = _name_words(ea.name), _name_words(eb.name)
    short, long = sorted((wa, wb), key=len)
    return bool(short) and long[:len(short)] == short


def _named(q: Quote) -> bool:
    """The credit names the speaker beside the quote: not a description ("the spokesman"),
    not a pronoun resolved by coreference, not a speaker carried over from an earlier
    quote (the extractor says which, in ``speaker_basis``)."""
    return q.speaker_span is not None and q.speaker_basis is SpeakerBasis.NAME


def _different_speakers(claims: ClaimSet, a: Quote, b: Quote) -> Severity | None:
    """How sure it is that two people are credited: two entities each named beside its quote,
    or two names sharing no word, prove it (error); a credit that rests on a pronoun, a
    description or a carried-over speaker is a coreference, so a warning at most; a name
    against an unnamed source ("a senior official") is likely (warning); an unresolved
    pronoun proves nothing."""
    if a.speaker and b.speaker:
        if a.speaker == b.speaker or _one_organisation(claims, a.speaker, b.speaker):
            return None
        return Severity.ERROR if _named(a) and _named(b) else Severity.WARNING
    if not (a.speaker_span and b.speaker_span):
        return None
    if SpeakerBasis.PRONOUN in (a.speaker_basis, b.speaker_basis):
        return None  # a pronoun nobody was found for
    wa = set(_name(claims, a).casefold().split())
    wb = set(_name(claims, b).casefold().split())
    if wa & wb:
        return None
    return Severity.ERROR if _named(a) and _named(b) else Severity.WARNING


class QuoteTwoSpeakers(Rule):
    """The same words are quoted twice and credited to two different people.

    Why it matters: misattribution is among the most damaging errors a
    newsroom corrects; if the same sentence is Rutte's in one paragraph and
    Trump's in another, one credit is wrong.

    Fails: '"We must act together," Rutte said. ... "We must act together,"
    Trump said.'

    Passes: '"We must act together," Rutte said. ... Trump agreed that they
    must act together.' Also passes: a repeat marked as one ('"We must act
    together," Trump said, echoing Rutte'); an organisation credited under a
    prefix of its name ("Greenpeace" and "Greenpeace International"); a title
    or a slogan that two people mention (the extractor does not make those
    quotes); a fragment woven into the writer's sentence that repeats part of
    a fuller quote ('... called for "a leader who has won before"' after the
    whole sentence was quoted): the writer quoting it back; the same fragment
    woven into two of the writer's sentences ('Lopez called it "a turning
    point for the region" ... Reyes also saw "a turning point for the
    region"'), a phrase two people use or one echoes.

    Fix: credit the quote to the person who said it.
    """

    code = "QT01"
    name = "quotes.two_speakers"
    severity = Severity.ERROR

    def check(self, claims: ClaimSet, timeline: Timeline) -> Iterator[Finding]:
        for a, b in candidate_pairs(claims.quotes):
            certainty = _different_speakers(claims, a, b)
            if certainty is None or b.repeat_cue is not None or (a.partial and b.partial):
                # two fragments woven into the writer's sentences: a phrase two people use
                # (a slogan, a catchword, one echoing another) or the writer quoting it back;
                # neither credit is proven wrong
                continue
            wa, wb = words(a.content.text), words(b.content.text)
            if min(len(wa), len(wb)) < MIN_WORDS:
                continue
            if wa == wb:
                severity = certainty
            elif min(len(wa), len(wb)) >= 6 and (_contains(wa, wb) or _contains(wb, wa)):
                if (a if len(wa) < len(wb) else b).partial:
                    continue  # a fragment of a fuller quote: the writer quoting it back
                severity = Severity.WARNING
            else:
                continue
            name_a, name_b = _name(claims, a), _name(claims, b)
            yield self.finding(
                claims, f"the same words are credited to {name_a} and to {name_b}",
                [(a.span, "quote"), (a.speaker_span, "speaker"), (b.span, "quote"),
                 (b.speaker_span, "speaker")], severity=severity)
