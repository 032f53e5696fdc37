"""One article's Doc to its ClaimSet: every extractor, in the order they depend on.

boilerplate -> entities (+ places) -> roles -> quotation marks -> times ->
events (+ statements, coreference, times, order) -> quotes (+ settings) ->
counts. Each step indexes by token or sentence, so the whole is linear in
the length of the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimcheck.extraction.boilerplate import Skipper
from claimcheck.extraction.counts import find_counts
from claimcheck.extraction.document import hand_over
from claimcheck.extraction.entities import EntityIndex, find_entities
from claimcheck.extraction.event_records import EventRecords, find_events
from claimcheck.extraction.gazetteer import look_up_cities
from claimcheck.extraction.line_breaks import text_of
from claimcheck.extraction.name_words import city_candidates
from claimcheck.extraction.pronouns import PronounResolver
from claimcheck.extraction.quote_marks import find_marked
from claimcheck.extraction.quotes import build_quotes
from claimcheck.extraction.roles import assign_roles
from claimcheck.extraction.time import find_times
from claimcheck.models import (
    Article,
    ClaimSet,
    CountClaim,
    Quote,
)

MAX_TITLE_LINES = 3
_LINE = re.compile(r"[^\n]+")


def extract_claims(doc: Doc, article: Article) -> ClaimSet:
    """Every claim of ``article`` (whose text ``doc`` is), as span-anchored records."""
    text = text_of(doc)
    look_up_cities(city_candidates(text, (e.text for e in doc.ents)))  # one pass, not a scan each
    skipper = Skipper.of(text)
    index = find_entities(doc, skipper)
    assign_roles(index)
    marks = find_marked(text, skipper.covers)
    resolver = PronounResolver(index, [(m.start, m.end) for m in marks])
    times = [t for t in find_times(doc, published=article.published)
             if not skipper.covers(t.span.start)]
    skip = {t.i for t in doc if skipper.covers(t.idx)}
    for m in marks:
        span = doc.char_span(m.content_start, m.content_end, alignment_mode="contract")
        if span is not None:
            skip.update(range(span.start, span.end))
    events = find_events(doc, index, resolver, times, skip, headline_end(text, skipper))
    quotes = _quotes(doc, marks, index, resolver, events)
    return hand_over(doc, ClaimSet(article=article, times=list(events.times),
                                   entities=index.entities(), events=list(events.events),
                                   quotes=quotes, counts=_counts(doc, skipper)))


def headline_end(text: str, skipper: Skipper) -> int:
    """End offset of the headline lines at the top: short lines without a full stop."""
    end = 0
    seen = 0
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line or skipper.covers(m.start()):
            continue
        seen += 1
        if seen > MAX_TITLE_LINES or line.endswith((".", "!", "?", "”", '"', ":")) \
                or len(line.split()) > 25:
            break
        end = m.end()
    return end


def _quotes(doc: Doc, marks, index: EntityIndex, resolver: PronounResolver,
            events: EventRecords) -> list[Quote]:
    out = []
    for quote, _verb in build_quotes(doc, marks, index, resolver):
        if quote.setting is not None:
            quote = quote.model_copy(update={
                "setting_event": events.event_in(quote.setting.start, quote.setting.end)})
        out.append(quote)
    return out


def _counts(doc: Doc, skipper: Skipper) -> list[CountClaim]:
    return [c for c in find_counts(doc) if not skipper.covers(c.span.start)]
