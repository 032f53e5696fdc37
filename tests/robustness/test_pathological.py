"""Pathological input through the parts this part owns, and super-linear time found elsewhere.

Ingest and the report stay fast on a megabyte line, deep HTML and
thousands of marks. Super-linear spots that benchmarks/pathological.py
found in code owned by others are tracked here as strict xfails, each
with a time budget instead of a wall of waiting (a linear version passes
in a small fraction of it); the batch path already reports such an article
as stopped at its time limit instead of hanging.
"""

from __future__ import annotations

import io
import time

import pytest

from benchmarks.pathological import dates, nested_html, no_spaces, quotes
from claimcheck.budget import time_limit
from claimcheck.checker import check_claims
from claimcheck.ingest import read_stdin
from claimcheck.ingest.language import looks_english
from claimcheck.models import Article, ClaimSet, Entity, EntityKind, Quote, Span


def ingest_seconds(kind: str, data: bytes) -> float:
    started = time.perf_counter()
    (item,) = read_stdin(io.BytesIO(data), kind=kind, max_bytes=50_000_000)
    assert isinstance(item, Article), item
    looks_english(item.text)
    return time.perf_counter() - started


@pytest.mark.parametrize(("build", "size"), [
    (quotes, 100_000), (dates, 10_000), (no_spaces, 1_000_000), (nested_html, 1_500),
], ids=["quotes", "dates", "no-spaces", "nested-html"])
def test_ingest_and_language_check_are_fast_on_pathological_input(build, size):
    assert ingest_seconds(*build(size)) < 10  # a few tenths of a second on a quiet machine


def many_quotes(n: int) -> ClaimSet:
    """``n`` different quotes, each credited to its own person: nothing to find."""
    text, quotes_, entities = "", [], []
    for i in range(n):
        line = f"\u201cPlan {i} will open the {i}th harbour soon,\u201d said Person{i}.\n"
        start = len(text)
        text += line
        entities.append(Entity(id=f"ent{i + 1}", kind=EntityKind.PERSON, name=f"Person{i}"))
        quotes_.append(Quote(
            id=f"q{i + 1}", span=Span.of(text, start, start + line.index(",\u201d") + 2),
            content=Span.of(text, start + 1, start + line.index(",\u201d")),
            speaker=f"ent{i + 1}", balanced=True,
        ))
    return ClaimSet(article=Article(text=text), entities=entities, quotes=quotes_)


def test_checking_many_quotes_is_linear():
    """Was ~20 s (every pair of quotes compared) before the shingle index of QT01/QT02."""
    claims = many_quotes(1_500)
    with time_limit(3):
        check_claims(claims, select=["QT01", "QT02"])


@pytest.mark.usefixtures("nlp")
def test_one_event_with_many_contradicting_dates_is_checked_quickly(nlp):
    """Was ~10 s (about n^2.2) before the solver's halving-block cores (59bcd11); now ~0.4 s."""
    from claimcheck.extraction import extract_claims

    text = dates(40)[1].decode()
    claims = extract_claims(nlp(text), Article(text=text))
    with time_limit(4):
        check_claims(claims)


@pytest.mark.usefixtures("nlp")
def test_a_line_without_spaces_is_extracted_in_linear_time(nlp):
    """Was ~12 s for 30 kB (quote cue search over the whole sentence) before b885f79."""
    from claimcheck.extraction import extract_claims

    text = no_spaces(30_000)[1].decode()
    doc = nlp(text)
    with time_limit(4):
        extract_claims(doc, Article(text=text))
