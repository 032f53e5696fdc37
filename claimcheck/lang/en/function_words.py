"""Common English function words, counted by the language check.

Function words, not content words: every English news text is full of
them whatever its topic, and few of them are words in other languages that
use the Latin alphabet (the ones that are, like "in", "is", "die", "was",
are left out, so a Dutch or German text does not score by accident).
"""

FUNCTION_WORDS = frozenset("""
the of and to that for with as by from this these those which who whom whose
he she they them their his her its our your we you it there
been were are has have would could should will shall may might must does did
not but or if than then when while where why how what about after before
into between against during without within through because
said says say told just only very more most such other any each some
yesterday today tomorrow week year month ago last next
one two three first new would been being upon onto off out up down
""".split())
"""Lower-case; looked up after lower-casing each word of the text."""
