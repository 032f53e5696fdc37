"""PL: places — one event cannot be in two places at once."""
