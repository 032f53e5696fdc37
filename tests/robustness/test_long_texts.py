"""Long texts are parsed in blocks and joined with every offset kept; short ones whole."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import nlp as nlp_module
from claimcheck.extraction import extract_claims
from claimcheck.models import Article
from claimcheck.nlp import BLOCK_CHARS, parse, parse_many, split_blocks

SENTENCES = [
    "The council met on Tuesday to discuss the harbour budget.",
    "Officials said the ferry would resume its timetable next week.",
    "“We are not closing the school,” the mayor told reporters.",
    "Rain fell across the valley for three days in March.",
    "A spokesman for the port declined to comment.",
    "Prices rose 4.5% in the second quarter, the bureau said.",
]

WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", "\n \n", "\n\n\n", "\t", " \n", ""])
PIECES = st.one_of(st.sampled_from(SENTENCES), WORDS, st.text(alphabet="x", min_size=30,
                                                              max_size=120))
TEXTS = st.lists(st.tuples(PIECES, SEPARATORS), min_size=1, max_size=40).map(
    lambda parts: "".join(p + s for p, s in parts))


@given(text=TEXTS, size=st.integers(min_value=1, max_value=200))
def test_blocks_join_back_to_the_text_and_stay_under_the_size(text, size):
    blocks = split_blocks(text, size)
    assert "".join(blocks) == text
    assert all(0 < len(b) <= size for b in blocks)


def test_blocks_are_cut_at_blank_lines_before_line_breaks_before_sentences():
    paragraph = "One two three. Four five six.\nSeven eight nine.\n\n"
    blocks = split_blocks(paragraph * 4, len(paragraph) + 5)
    assert blocks == [paragraph] * 4
    line = "One two three. Four five six.\n"
    assert split_blocks(line * 3, len(line) + 2) == [line] * 3
    assert split_blocks("One two. Three four. ", 12) == ["One two. ", "Three four. "]
    assert split_blocks("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_an_ordinary_article_is_one_block(seed_text):
    assert len(seed_text) < BLOCK_CHARS
    assert split_blocks(seed_text) == [seed_text]


@pytest.fixture
def small_blocks(monkeypatch, nlp):
    """Blocks of 300 characters and a max_length of 600, so short texts exercise the long path."""
    monkeypatch.setattr(nlp_module, "BLOCK_CHARS", 300)
    monkeypatch.setattr(nlp, "max_length", 600)


LONG_TEXTS = st.lists(st.tuples(PIECES, SEPARATORS), min_size=15, max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=LONG_TEXTS)
def test_a_text_parsed_in_blocks_keeps_every_character_and_offset(small_blocks, text):
    doc = parse(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert all(t.head.i < len(doc) for t in doc)


def test_a_text_past_max_length_is_parsed_not_refused(small_blocks):
    text = "\n\n".join(SENTENCES * 20)
    assert len(text) > 600
    doc = parse(text)
    assert doc.text == text
    assert {e.text for e in doc.ents} >= {"Tuesday", "March"}


def test_parse_many_keeps_order_across_short_and_long_texts(small_blocks):
    texts = [SENTENCES[0], "\n\n".join(SENTENCES * 5), SENTENCES[1], "\n\n".join(SENTENCES * 4)]
    assert [d.text for d in parse_many(texts, batch_size=2)] == texts


def test_a_short_text_is_parsed_exactly_as_the_pipeline_parses_it_whole(nlp, seed_text):
    assert parse(seed_text).to_bytes(exclude=["user_data"]) == nlp(seed_text).to_bytes(
        exclude=["user_data"])


def test_extraction_sees_the_whole_article_across_blocks(small_blocks):
    """A quote and an event in the last block keep their offsets into the whole article."""
    body = "\n\n".join(SENTENCES[:2] + SENTENCES[3:5]) + "\n\n"
    text = body * 3 + "Maria Lopez, the harbour master, met the council on Friday.\n\n" \
        + "“The ferry will run again,” Lopez said.\n"
    assert len(split_blocks(text, 300)) > 2
    claims = extract_claims(parse(text), Article(text=text))
    assert claims.article.text == text
    spans = [q.span for q in claims.quotes] + [e.trigger for e in claims.events]
    assert all(text[s.start:s.end] == s.text for s in spans)
    last = [q for q in claims.quotes if "ferry will run again" in q.span.text]
    assert last and last[0].span.start > len(body) * 3
