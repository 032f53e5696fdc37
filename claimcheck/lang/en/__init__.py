"""The English language pack, organised by what each module describes.

- ``calendar``: month and weekday names, day ordinals, seasons, parts of the
  day, holidays, time-zone abbreviations;
- ``numbers``: number words (cardinals, ordinals, "a dozen", decades, "twice");
- ``time_words``: duration units, vague references, frequency adverbs and the
  modifiers written before a time expression;
- ``datelines``: the dateline and the date line at the top of an article;
- ``function_words``: the words the language check counts;
- ``speech``: verbs and nouns of communication that credit quoted words, and the nouns
  and verbs that make quoted words a title;
- ``people``: words about people (group nouns, name suffixes, organisation words,
  nationality nouns, gendered titles) and the first-name gender table
  (``first_names.tsv``);
- ``titles``: titles of office and the qualifiers that modify them;
- ``events``: words that name events and order one against another;
- ``verbs``: reporting verbs, the verbs that carry an event noun, and the verbs of plan,
  intent and deferral that make a time still ahead;
- ``grammar``: function words by the part they play in a parse (auxiliaries and modals,
  prepositions of time order, place, occasion and company, articles and pronouns).
"""
