"""A ClaimSet: everything one article claims."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from claimcheck.models._base import Record
from claimcheck.models.article import Article
from claimcheck.models.entities import Entity
from claimcheck.models.events import Event
from claimcheck.models.integrity import problems, summary
from claimcheck.models.quotes import Quote
from claimcheck.models.spans import Span, index_of
from claimcheck.models.time import StatedRange, TimeExpression, WrittenDate

SCHEMA_VERSION = "1"


class ListCue(StrEnum):
    """What opens a counted list: how surely the items are the ones counted."""

    COLON = "colon"
    DASH = "dash"
    PARENTHESIS = "parenthesis"
    INCLUDING = "including"
    """An open list: a sample of what is counted, so only more items than counted conflict."""
    APPOSITION = "apposition"
    """Names right after the noun, no mark between ("the three countries A, B and C")."""


class CountClaim(Record):
    """A stated count with the items it counts: "the three countries A, B, C and D"."""

    id: str = Field(pattern=r"^c\d+$")
    span: Span = Field(description="From the number to the last item.")
    value: int = Field(ge=0)
    value_span: Span
    noun: str = Field(description="What is counted, as written: 'countries'.")
    items: list[Span] = Field(default_factory=list)
    cue: ListCue | None = Field(default=None, description="What opens the list.")
    items_typed: bool = Field(
        default=False, description="Every item is known to be of the counted noun's kind "
        "(a gazetteer place for 'countries', a person for 'leaders').")


class WordUse(Record):
    """One capitalised word ("Zalmay") as the text uses it: how often, where first, and
    whether the text also writes it in lower case or only at sentence starts."""

    text: str
    count: int = Field(ge=1)
    first: Span
    mid_sentence: bool = Field(default=True, description="Seen once or more inside a sentence.")
    lower_case: bool = Field(default=False, description="Also written in lower case.")
    calendar: bool = Field(default=False, description="A month or weekday name, or written "
                           "inside a time expression: no name.")
    dictionary_word: bool = Field(default=False, description="An English dictionary word "
                                  "(itself or, for a plural in -s, its singular).")
    first_name: bool = Field(default=False, description="A first name of the first-name table "
                             "(itself or, for a plural in -s, its singular).")
    place_name: bool = Field(default=False, description="A country, US state or city the "
                             "gazetteer knows (itself or, for a plural in -s, its singular).")
    as_written: bool = Field(default=False, description="Marked '[sic]': reproduced as the "
                             "source wrote it.")
    beside: list[str] = Field(default_factory=list, description="Capitalised words written "
                              "right beside it, one space apart ('Rahm' for 'Emanuel').")
    variants: list[str] = Field(
        default_factory=list, description="Known other spellings of the word among the text's "
        "capitalised words: British/American ('Defence'/'Defense'), a place's alternate "
        "names in the gazetteer ('Teheran' for 'Tehran').")




class ClaimSet(Record):
    """All claims of one article; every span points into ``article.text``.

    It validates itself (``claimcheck.models.integrity``): a span whose text is
    not the article's, an offset past its end, an id named but not defined or
    defined twice is a validation error naming the field path.
    """

    schema_version: str = SCHEMA_VERSION
    article: Article
    times: list[TimeExpression] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    counts: list[CountClaim] = Field(default_factory=list)
    sentences: list[Span] = Field(
        default_factory=list, description="The sentences, in text order; the rules read a "
        "span's sentence from here, never from the text.")
    paragraphs: list[Span] = Field(default_factory=list, description="The paragraphs.")
    impossible_dates: list[WrittenDate] = Field(
        default_factory=list, description="Written dates the calendar does not have.")
    ranges: list[StatedRange] = Field(default_factory=list,
                                      description="Ranges of days written start to end.")
    unmatched_marks: list[Span] = Field(
        default_factory=list, description="Quotation marks that never pair, in text order "
        "(one paragraph running on into the next one that opens a quote is paired).")
    words: list[WordUse] = Field(
        default_factory=list, description="Capitalised words as the text uses them, for the "
        "name-variant rule.")

    def sentence_of(self, span: Span) -> int | None:
        """Index in ``sentences`` of the sentence holding the start of ``span``."""
        return index_of(self.sentences, span.start)

    def paragraph_of(self, span: Span) -> int | None:
        return index_of(self.paragraphs, span.start)

    @model_validator(mode="after")
    def _holds_together(self) -> Self:
        found = problems(self)
        if found:
            context = {"problems": summary(found), "count": len(found)}
            raise PydanticCustomError("claimset_integrity", "{problems}", context)
        return self

    def time(self, id: str) -> TimeExpression | None:
        return next((t for t in self.times if t.id == id), None)

    def entity(self, id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == id), None)

    def event(self, id: str) -> Event | None:
        return next((e for e in self.events if e.id == id), None)
