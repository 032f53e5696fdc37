"""Quotations with their speakers, cue verbs and settings.

The marks are paired in ``quote_marks``; here each quotation gets its cue,
tried in order of how directly it credits the words: a cue verb just before
the opening mark ("Rutte warned, “...”"), a cue right after the closing mark
(", he said", ", said Rutte", ", according to X"), a cue verb that governs the
quoted words ("a move he described as “...”"), and any cue in the same
sentence. The cue's subject is the speaker; "he" and "she" go to the most
recent fitting person.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimcheck.extraction.entities import EntityIndex
from claimcheck.extraction.lexicon.verbs import PRONOUNS, REPORTING_VERBS, SPEAKING_VERBS
from claimcheck.extraction.lines import same_line, text_of
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.extraction.quote_marks import Marked
from claimcheck.models import EntityKind, Quote, Span

AFTER_WINDOW = 6
"""Tokens after a closing mark searched for ", he said" and the like."""

SENTENCE_WINDOW = 40
"""Tokens either side of a quotation searched for a cue in its sentence: a quote's cue is
near it, and a text without sentence breaks must not cost quotes x length."""

MAX_CLIMB = 12
"""Head-chain steps from the quoted words up to a governing cue verb."""


@dataclass
class Cue:
    verb: Token | None  # None for "according to"
    span: Span
    speaker: Token | None  # the token naming the speaker


def build_quotes(doc: Doc, marks: list[Marked], index: EntityIndex,
                 resolver: PronounResolver) -> list[tuple[Quote, Token | None]]:
    """A Quote for every marked quotation, with the cue verb token that credits it."""
    text = text_of(doc)
    out: list[tuple[Quote, Token | None]] = []
    for n, mark in enumerate(marks, 1):
        words = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        cue = _cue(doc, mark, words) if words is not None and len(words) else None
        speaker_id = speaker_span = None
        if cue is not None and cue.speaker is not None:
            exclude = {c.id for t in (words or []) if (c := index.at(t)) is not None}
            speaker_id, speaker_span = _speaker(cue.speaker, index, resolver, exclude)
        setting = _setting(cue.verb) if cue is not None and cue.verb is not None else None
        quote = Quote(
            id=f"q{n}",
            span=Span.of(text, mark.start, mark.end),
            content=Span.of(text, mark.content_start, mark.content_end),
            speaker=speaker_id, speaker_span=speaker_span,
            cue=cue.span if cue else None,
            partial=_partial(text, mark), balanced=mark.balanced,
            setting=setting,
        )
        previous = out[-1][0] if out else None
        if cue is None and previous is not None and previous.speaker is not None \
                and "\n" not in text[previous.span.end:quote.span.start]:
            # A second quotation in the same paragraph, with no cue of its own, continues
            # the speaker of the first (the news convention).
            quote = quote.model_copy(update={"speaker": previous.speaker})
        out.append((quote, cue.verb if cue else None))
    return out


def _partial(text: str, mark: Marked) -> bool:
    """A fragment woven into the writer's sentence: lower-case start, or a word right before."""
    first = text[mark.content_start:mark.content_end].lstrip()[:1]
    if first.islower():
        return True
    before = text[:mark.start].rstrip()[-1:]
    return before.isalnum()


def _is_cue(t: Token) -> bool:
    return t.lemma_.lower() in REPORTING_VERBS and t.pos_ in ("VERB", "AUX")


def _cue(doc: Doc, mark: Marked, words: SpacySpan) -> Cue | None:
    first, last = words[0], words[-1]
    # 1. "Rutte warned, “..." / "he said: “..."
    j = first.i - 1
    while j >= 0 and doc[j].is_punct and doc[j].text in (",", ":", "—", "-"):
        j -= 1
    if 0 <= j < first.i - 1 and _is_cue(doc[j]) and same_line(doc[j], first):
        return _verb_cue(doc[j])
    # 1b. a paragraph that ends "According to a senior official:" introduces the next one
    intro = _colon_intro(doc, first)
    if intro is not None:
        return intro
    # 2. "...,” he said" / "said Rutte" / "according to X"
    for k in range(last.i + 1, min(last.i + 1 + AFTER_WINDOW, len(doc))):
        t = doc[k]
        if t.text in ("“", '"') or "\n" in t.text:
            break
        if t.lower_ == "according" and k + 1 < len(doc) and doc[k + 1].lower_ == "to":
            return _according(doc, k)
        if _is_cue(t):
            return _verb_cue(t)
    # 3. a cue verb that governs the quoted words
    head = words.root
    for _ in range(MAX_CLIMB):
        if head.head.i == head.i or not same_line(head, head.head):
            break
        head = head.head
        if _is_cue(head) and not (first.i <= head.i <= last.i):
            return _verb_cue(head)
    # 4. any cue in the sentence, near the quotation
    sent = first.sent
    near = doc[max(sent.start, first.i - SENTENCE_WINDOW):min(sent.end, last.i + SENTENCE_WINDOW)]
    for t in near:
        if not (same_line(t, first) or same_line(t, last)):
            continue
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" \
                and not (first.i <= t.i <= last.i):
            return _according(doc, t.i)
    for t in near:
        if not (same_line(t, first) or same_line(t, last)):
            continue
        if _is_cue(t) and not (first.i <= t.i <= last.i) and _subject(t) is not None:
            return _verb_cue(t)
    return None


def _colon_intro(doc: Doc, first: Token) -> Cue | None:
    j = first.i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or j == first.i - 1 or doc[j].text != ":" or same_line(doc[j], first):
        return None
    sent = doc[j].sent
    for t in doc[max(sent.start, j - SENTENCE_WINDOW):j]:
        if t.lower_ == "according" and t.i + 1 < j and doc[t.i + 1].lower_ == "to":
            return _according(doc, t.i)
        if _is_cue(t) and _subject(t) is not None:
            return _verb_cue(t)
    return None


def _verb_cue(verb: Token) -> Cue:
    span = Span.of(text_of(verb.doc), verb.idx, verb.idx + len(verb.text))
    return Cue(verb, span, _subject(verb))


def _according(doc: Doc, k: int) -> Cue:
    to = doc[k + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    span = Span.of(text_of(doc), doc[k].idx, to.idx + len(to.text))
    return Cue(None, span, obj)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "which", "that") \
                and same_line(child, verb):
            return child
    # ", said Rutte": the subject after an inverted verb is parsed as a dependent
    for child in verb.rights:
        if not same_line(child, verb):
            break
        if child.ent_type_ in ("PERSON", "ORG") or child.dep_ == "dobj" and child.pos_ == "PROPN":
            return child
    return None


def _speaker(token: Token, index: EntityIndex, resolver: PronounResolver,
             exclude: set[str]) -> tuple[str | None, Span | None]:
    text = text_of(token.doc)
    if token.lower_ in PRONOUNS:
        person = resolver.resolve(token, exclude)
        return (person.id if person else None), Span.of(text, token.idx, token.idx + len(token))
    cluster = index.at(token) or index.person_by_surname(token)
    if cluster is not None and index.at(token) is None:
        return cluster.id, Span.of(text, token.idx, token.idx + len(token))
    if cluster is None:  # "the spokesman, Tom Hale, said": the name sits in apposition
        for t in (x for a in token.children if a.dep_ == "appos" for x in a.subtree):
            if (c := index.at(t)) is not None and c.kind is EntityKind.PERSON:
                token, cluster = t, c
                break
    if cluster is not None:
        m = index.mention_at(token)
        assert m is not None
        return cluster.id, index.span_of(m)
    phrase = token.doc[token.left_edge.i:token.i + 1]
    holder = resolver.resolve_title(token)
    return (holder.id if holder else None), Span.of(text, phrase.start_char, phrase.end_char)


def _setting(verb: Token) -> Span | None:
    """ "Speaking at a summit in Budapest, Rutte warned": the participle clause."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in SPEAKING_VERBS and child.i < verb.i:
            tokens = list(child.subtree)
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            return Span.of(text_of(verb.doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    return None
