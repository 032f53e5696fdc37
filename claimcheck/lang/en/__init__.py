"""The English language pack, organised by what each module describes.

- ``calendar``: month and weekday names, day ordinals, seasons, parts of the
  day, holidays, time-zone abbreviations;
- ``numbers``: number words (cardinals, ordinals, "a dozen", decades, "twice");
- ``time_words``: duration units, vague references, frequency adverbs and the
  modifiers written before a time expression;
- ``datelines``: the dateline and the date line at the top of an article;
- ``function_words``: the words the language check counts;
- ``events``: words that name events and order one against another;
- ``verbs``: reporting verbs and the verbs that carry an event noun.
"""
