"""The extract stage: the only code that touches spaCy objects and dateparser."""

from claimcheck.extraction.pipeline import extract_claims

__all__ = ["extract_claims"]
