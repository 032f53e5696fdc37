"""CC: the checker's own findings — about suppressions and about articles it could not read."""
