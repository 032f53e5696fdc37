"""Ingest: files, folders and standard input to ``Article`` records.

>>> from claimcheck.ingest import read_path
>>> items = list(read_path(Path("article.md")))  # doctest: +SKIP

Formats: plain text, Markdown with YAML front matter, HTML (boilerplate
removed), JSON (one record) and JSON Lines (many). The publication date
comes from the file's metadata, else a dateline at the top, else a date
written in apposition to "today" in the opening sentences ("said today
(Sunday, 6 May 2018) that"), else it is unknown; ``Article.published_source``
says which. ``<!-- claimcheck: ignore
CODE -->`` comments become ``Article.suppressions``.
"""

from claimcheck.ingest.dates import coerce_date, parse_published_option, published_warning
from claimcheck.ingest.decode import MAX_BYTES, decode
from claimcheck.ingest.discover import (
    CLAIMS_SUFFIX,
    DEFAULT_EXTENSIONS,
    STDIN,
    Empty,
    Missing,
    discover,
    display_path,
)
from claimcheck.ingest.readers import read_html, read_json, read_markdown, read_record, read_text
from claimcheck.ingest.sources import (
    KINDS,
    Item,
    kind_of,
    load_article,
    parse_as,
    read_path,
    read_stdin,
    sniff_kind,
)
from claimcheck.ingest.suppressions import strip_comments
from claimcheck.lang.en.datelines import Dateline, find_dateline
from claimcheck.lang.en.today_dates import BodyDate, find_body_date

__all__ = [
    "CLAIMS_SUFFIX",
    "DEFAULT_EXTENSIONS",
    "KINDS",
    "MAX_BYTES",
    "STDIN",
    "BodyDate",
    "Dateline",
    "Empty",
    "Item",
    "Missing",
    "coerce_date",
    "decode",
    "discover",
    "display_path",
    "find_body_date",
    "find_dateline",
    "kind_of",
    "load_article",
    "parse_as",
    "parse_published_option",
    "published_warning",
    "read_html",
    "read_json",
    "read_markdown",
    "read_path",
    "read_record",
    "read_stdin",
    "read_text",
    "sniff_kind",
    "strip_comments",
]
