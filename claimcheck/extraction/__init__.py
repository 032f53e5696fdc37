"""The extract stage: the only code that touches spaCy objects and dateparser."""
