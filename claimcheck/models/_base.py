"""The base every claimcheck record shares: strict about what comes in."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """A claimcheck record.

    Unknown fields are rejected rather than ignored, enum fields accept only
    their documented values, and assignments are validated too, so a record
    that exists is a record that is valid.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        use_enum_values=False,
        str_strip_whitespace=False,
    )
