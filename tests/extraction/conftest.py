"""Helpers for extraction tests: one parse per distinct text, shared across tests."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from claimcheck.models import Article, ClaimSet


@pytest.fixture(scope="session")
def claims(nlp):
    """``claims(text, published=None)`` -> the ClaimSet, cached per input."""
    from claimcheck.extraction import extract_claims

    @functools.cache
    def run(text: str, published: dt.date | None = None) -> ClaimSet:
        return extract_claims(nlp(text), Article(text=text, published=published))

    return run
