"""PE: people — titles, nationalities, names and head counts."""
