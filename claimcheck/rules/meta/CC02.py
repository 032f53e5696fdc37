"""CC02: the article is not English, so nothing was extracted or checked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.models import Article, Finding, Severity
from claimcheck.rules.base import ArticleRule

if TYPE_CHECKING:
    from claimcheck.ingest.language import LanguageGuess


class NotEnglish(ArticleRule):
    """The article does not look like English, so nothing was extracted or checked.

    Why it matters: the extractors and the language model read English only:
    on Dutch or Spanish text they would invent people from capitalised nouns
    and dates from numbers, and report contradictions that are not there. So
    a text in which almost no word is a common English function word (the,
    of, that, said, ...) gets this one note instead. Texts of under 30 words
    are never judged.

    Fails: an article written in Dutch, "De minister zei op vrijdag dat de
    regering het nieuwe plan niet zal steunen, omdat de kosten voor de
    gemeenten te hoog zijn. Volgens de partij is het voorstel van tafel en
    komt er na de zomer een nieuw plan van het kabinet."

    Passes: the same article in English, "The minister said on Friday that
    the government will not support the new plan, because the costs for the
    towns are too high. According to the party the proposal is off the table
    and the cabinet will bring a new plan after the summer."

    Fix: nothing to fix in the article; check it with a tool for its language,
    or `--ignore CC02` to drop the note.
    """

    code = "CC02"
    name = "meta.not_english"
    severity = Severity.INFO

    def check_article(self, article: Article, language: LanguageGuess) -> Iterator[Finding]:
        if language.is_english:
            return
        yield Finding(
            code=self.code, name=self.name, severity=self.severity,
            message=(f"the text does not look like English ({language.english} of "
                     f"{language.words} words are common English words); claimcheck reads "
                     "English only, so nothing was extracted or checked"),
        )
