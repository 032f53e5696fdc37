"""Language packs: the words, calendar tables and patterns of one language.

Logic modules (ingest, extraction) import the pack; the reasoner and the rules
never do: they read claims, which carry what the language told the extractor.
"""
