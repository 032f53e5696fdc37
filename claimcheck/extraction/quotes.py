"""Quotations with their speakers, cue verbs and settings.

The marks are paired in ``quote_marks``; ``quote_cues`` finds each quotation's cue and
the token naming its speaker. Here that token becomes an entity: a name, a person named
in apposition to a title ("the spokesman, Tom Hale,"), the one holder of a title ("the
Secretary"), or a pronoun resolved by ``pronouns``. A speaker is a person, an
organisation or a group, never a date or words inside the quotation; a place only when
the syntax makes it the one who speaks (the subject of the cue, the agent of a passive
one, the possessor of a cue noun: "Russia said", "Beijing's statement"), where it stands
for its government, and never in a locative role ("officials in Russia said").

A quotation without a cue of its own carries on the speaker of the quotation before it
(the news convention for a run of quoted sentences and paragraphs) while no new speaker
or cue comes between; otherwise it takes a speaker that the sentence just before it
introduces ("Rutte spoke for an hour. “...”").

A title of a work or a slogan in quotation marks ("the book “Art of the Deal”", a
title-cased phrase with no speaker beside it) is a name, not a quote, and is left out; so
is a short fragment of the writer's sentence that no cue credits (a scare quote).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from spacy.tokens import Doc, Token

from claimcheck.extraction.entities import Cluster, EntityIndex
from claimcheck.extraction.line_breaks import text_of
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.extraction.quote_cues import Cue, antecedent, find_cue, is_cue, subject
from claimcheck.extraction.quote_marks import Marked
from claimcheck.lang.en.grammar import TITLE_SMALL_WORDS
from claimcheck.lang.en.speech import NAMING_VERBS, PERSON_PRONOUNS, WORK_NOUNS
from claimcheck.lang.en.verbs import SPEAKING_VERBS
from claimcheck.models import EntityKind, Quote, Span, SpeakerBasis

SPEAKER_KINDS = (EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.GROUP)

TITLE_MAX_WORDS = 8
"""Words a quoted title or slogan can have ("Make the Valley Green Again")."""

TERM_MAX_WORDS = 4
"""Words of a cue-less fragment inside the writer's sentence that make it a term the
writer holds at a distance, not someone's words."""

INTRO_WINDOW = 60
"""Tokens the sentence before a cue-less quotation may have to introduce its speaker."""

_NOT_SPEAKER_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL",
                                 "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "EVENT"})
_ACTOR_DEPS = frozenset({"nsubj", "poss"})
"""Dependencies that make a token the one who speaks, not where."""


class Credit(NamedTuple):
    """Who a credit names (an entity id, or None), the words that credit, and what the
    credit rests on."""

    speaker: str | None
    span: Span | None
    basis: SpeakerBasis | None


NO_CREDIT = Credit(None, None, None)

_BASIS_BY_POS = {"PROPN": SpeakerBasis.NAME, "PRON": SpeakerBasis.PRONOUN}
"""A credit's basis by the part of speech of its head ("they said", "we said" are
pronouns the person pronouns above did not resolve); any other head is a description."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def build_quotes(doc: Doc, marks: list[Marked], index: EntityIndex,
                 resolver: PronounResolver) -> list[tuple[Quote, Token | None]]:
    """A Quote for every marked quotation, with the cue verb token that credits it."""
    text = text_of(doc)
    out: list[tuple[Quote, Token | None]] = []
    last_speaker: str | None = None
    starts = [m.start for m in marks]

    def quoted(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < marks[k].end

    for mark in marks:
        words = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        cue = find_cue(doc, mark, words, quoted) if words is not None and len(words) else None
        if words is not None and len(words) and _is_title(doc, mark, words, cue):
            continue
        credit = NO_CREDIT
        if cue is not None:
            exclude = {c.id for t in (words or []) if (c := index.at(t)) is not None}
            credit = _cue_speaker(cue, index, resolver, exclude, last_speaker, mark)
        setting = _setting(cue.verb) if cue is not None and cue.verb is not None else None
        quote = Quote(
            id=f"q{len(out) + 1}",
            span=Span.of(text, mark.start, mark.end),
            content=Span.of(text, mark.content_start, mark.content_end),
            speaker=credit.speaker, speaker_span=credit.span,
            speaker_basis=credit.basis if credit.span is not None else None,
            cue=cue.span if cue else None,
            partial=_partial(text, mark), balanced=mark.balanced,
            setting=setting,
        )
        if cue is None and words is not None and len(words):
            carried = _carried(doc, out, quote, words[0])
            if carried is None:
                carried = _introduced(doc, words[0], index, resolver, last_speaker)
            if carried is not None:
                quote = quote.model_copy(update={"speaker": carried,
                                                 "speaker_basis": SpeakerBasis.CARRIED})
        if (cue is None or cue.speaker is None and cue.parsed is None) \
                and quote.speaker is None and quote.partial \
                and len(_WORD.findall(quote.content.text)) <= TERM_MAX_WORDS:
            continue  # a term or a scare quote ("the so-called “deal”"): nobody's words
        if quote.speaker is not None:
            last_speaker = quote.speaker
        out.append((quote, cue.verb if cue else None))
    return out


def _cue_speaker(cue: Cue, index: EntityIndex, resolver: PronounResolver, exclude: set[str],
                 last_speaker: str | None, mark: Marked) -> Credit:
    """The speaker the cue names; when the parse gave its verb no subject, the nearest noun
    phrase beside the verb that can be a speaker (a date or a place cannot)."""
    if cue.speaker is not None:
        return _speaker(cue.speaker, index, resolver, exclude, last_speaker, mark)
    for token in cue.others:
        found = _speaker(token, index, resolver, exclude, last_speaker, mark)
        if found.span is not None:
            return found
    return NO_CREDIT


def _partial(text: str, mark: Marked) -> bool:
    """A fragment woven into the writer's sentence: lower-case start, or a word right before."""
    first = text[mark.content_start:mark.content_end].lstrip()[:1]
    if first.islower():
        return True
    before = text[:mark.start].rstrip()[-1:]
    return before.isalnum()


def _is_title(doc: Doc, mark: Marked, words, cue: Cue | None) -> bool:
    """A title of a work or a slogan: named by a work noun or a naming verb just before
    ("the book “...”", "a speech titled “...”"), or short, title-cased, without a sentence's
    end inside and without a cue right beside it."""
    content = text_of(doc)[mark.content_start:mark.content_end].strip()
    tokens = _WORD.findall(content)
    if not tokens or len(tokens) > TITLE_MAX_WORDS or not mark.balanced:
        return False
    before = [t for t in doc[max(0, words[0].i - 3):words[0].i] if not t.is_punct]
    named = before and (before[-1].lemma_.lower() in WORK_NOUNS and before[-1].pos_ == "NOUN"
                        or before[-1].lemma_.lower() in NAMING_VERBS)
    if named and tokens[0][0].isupper():
        return True
    if cue is not None and cue.adjacent:
        return False
    if re.search(r"[.!?]\W*$", content) or "," in content:
        return False
    capital = [w for w in tokens if w.lower() not in TITLE_SMALL_WORDS]
    return len(capital) >= 2 and all(w[0].isupper() for w in capital) \
        and tokens[0][0].isupper()


def _carried(doc: Doc, out: list[tuple[Quote, Token | None]], quote: Quote,
             first: Token) -> str | None:
    """The previous quotation's speaker, when nothing between credits anyone else: the same
    paragraph, or the next paragraph opening with this quotation."""
    if not out or out[-1][0].speaker is None:
        return None
    previous = out[-1][0]
    text = text_of(doc)
    gap = text[previous.span.end:quote.span.start]
    if "\n" in gap:
        line_start = text.rfind("\n", 0, quote.span.start) + 1
        if text[line_start:quote.span.start].strip():
            return None  # the quotation does not open its paragraph
        if text[text.find("\n", previous.span.end):line_start].strip():
            return None  # a paragraph of the writer's own lies between
    gap_doc = doc.char_span(previous.span.end, quote.span.start, alignment_mode="contract")
    own = out[-1][1]  # the previous quotation's own cue ("...,” Lopez said. “...”")
    same = subject(own) if own is not None else None
    if gap_doc is not None and any(
            is_cue(t) and (who := subject(t)) is not None and (own is None or t.i != own.i)
            and not (same is not None and who.i == same.i)  # "he said, adding that ..."
            for t in gap_doc):
        return None
    return previous.speaker


def _introduced(doc: Doc, first: Token, index: EntityIndex, resolver: PronounResolver,
                last_speaker: str | None) -> str | None:
    """A cue-less quotation that opens its sentence, after a sentence with a cue verb
    ("Rutte told reporters he was ready. “...”"): that cue's subject."""
    sent = first.sent
    if sent.start < first.i and any(not t.is_punct for t in doc[sent.start:first.i]):
        return None  # the quotation does not open its sentence
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    if previous.start < first.i - INTRO_WINDOW or any(t.text in ("“", "”", '"')
                                                       for t in previous):
        return None
    for t in previous:
        if is_cue(t) and (s := subject(t)) is not None:
            return _speaker(s, index, resolver, set(), last_speaker, None).speaker
    return None


def _speaker(token: Token, index: EntityIndex, resolver: PronounResolver, exclude: set[str],
             last_speaker: str | None, mark: Marked | None) -> Credit:
    text = text_of(token.doc)
    if mark is not None and mark.start <= token.idx < mark.end:
        return NO_CREDIT  # words inside the quotation are not its speaker
    if (noun := antecedent(token)) is not None:  # "Beck, who said": Beck, credited as "who"
        found = _speaker(noun, index, resolver, exclude, last_speaker, mark)
        if found.speaker is None:
            return found
        return found._replace(span=Span.of(text, token.idx, token.idx + len(token)))
    held = index.at(token)
    if _acting_place(token, held):  # "Russia said": the country's government speaks
        m = index.mention_at(token)
        assert held is not None and m is not None
        return Credit(held.id, index.span_of(m), SpeakerBasis.NAME)
    if held is not None and held.kind not in SPEAKER_KINDS:
        return NO_CREDIT
    # The entity stage's kind, voted over every mention, outweighs one token's tag or
    # label ("Vladeck" labelled a place, "Skelly" tagged an adverb).
    if _entity(index, token) is None and not _counted_subject(token) and (
            token.pos_ not in ("NOUN", "PROPN", "PRON")
            or token.ent_type_ in _NOT_SPEAKER_LABELS and not _title_label_bled(token)):
        return NO_CREDIT  # "and", a date, a place, a number is no speaker
    if token.lower_ in PERSON_PRONOUNS:
        person = resolver.resolve(token, exclude, last_speaker)
        return Credit(person.id if person else None,
                      Span.of(text, token.idx, token.idx + len(token)), SpeakerBasis.PRONOUN)
    cluster = _entity(index, token)
    if cluster is None:  # "the spokesman, Tom Hale, said": the name sits in apposition
        for t in (x for a in token.children if a.dep_ in ("appos", "compound")
                  for x in a.subtree):
            if (c := _entity(index, t)) is not None and c.kind is EntityKind.PERSON:
                token, cluster = t, c
                break
    basis = _BASIS_BY_POS.get(token.pos_, SpeakerBasis.DESCRIPTION)
    if cluster is not None:  # a group ("officials") is a description, not a name
        m = index.mention_at(token)
        if m is None:  # a surname standing for the person named in full before
            return Credit(cluster.id, Span.of(text, token.idx, token.idx + len(token)), basis)
        return Credit(cluster.id, index.span_of(m), basis)
    phrase = token.doc[token.left_edge.i:token.i + 1]
    holder = resolver.resolve_title(token)
    return Credit(holder.id if holder else None,
                  Span.of(text, phrase.start_char, phrase.end_char), basis)


def _counted_subject(token: Token) -> bool:
    """A number or a share standing for people as the subject of a cue: "one of the
    advisers said", "the two write", "21 percent said": a phrase, never a date."""
    if token.dep_ != "nsubj" or token.ent_type_ in ("DATE", "TIME", "MONEY"):
        return False
    if token.pos_ == "NUM":
        return any(c.dep_ == "det" or c.dep_ == "prep" and c.lower_ == "of"
                   for c in token.children)
    return token.pos_ == "NOUN" and token.ent_type_ == "PERCENT"


def _title_label_bled(token: Token) -> bool:
    """The cue's subject labelled as part of a title of a work: the model stretched the
    label from the quoted words over the name after them ("“…,” Trump tweeted" with
    "Trump" tagged WORK_OF_ART). A subject of a speech verb outside the marks is a
    speaker's name, not a title."""
    return token.ent_type_ == "WORK_OF_ART" and token.dep_ in _ACTOR_DEPS


def _acting_place(token: Token, held: Cluster | None) -> bool:
    """A place in the grammatical role of the one who speaks: the subject of the cue
    ("Russia said", "Washington warned"), the agent of a passive cue ("was denied by
    Moscow") or the possessor of a cue noun ("Beijing's statement"). By metonymy it names
    the place's government or institution, an organisation-like actor; a place in a
    locative role ("officials in Russia said", a dateline) is no speaker."""
    if held is None or held.kind is not EntityKind.PLACE or token.pos_ != "PROPN":
        return False
    if token.dep_ in _ACTOR_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _entity(index: EntityIndex, token: Token) -> Cluster | None:
    cluster = index.at(token) or index.person_by_surname(token)
    return cluster if cluster is not None and cluster.kind in SPEAKER_KINDS else None


def _setting(verb: Token) -> Span | None:
    """ "Speaking at a summit in Budapest, Rutte warned": the participle clause."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in SPEAKING_VERBS and child.i < verb.i:
            tokens = list(child.subtree)
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            return Span.of(text_of(verb.doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    return None
