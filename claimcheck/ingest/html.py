"""HTML pages: main text through trafilatura, publication date from metadata only.

htmldate, left to itself, will pick a date out of the body text when the
page has no metadata; a date in the body is a claim, not the publication
date, so it only sees the ``<head>`` and JSON-LD blocks here.

Boilerplate removal drops comments, so an inline ``<!-- claimcheck: ignore
X -->`` becomes a marker paragraph before extraction; the marker is taken
out of the extracted text again and the paragraph after it is suppressed.
A marker that trafilatura drops with the boilerplate around it suppresses
nothing (the findings then show, which is the safe way to fail).

The page is parsed here, not by trafilatura, with ``huge_tree``: libxml2's
default depth limit (256) silently drops everything nested deeper, and a
CMS that wraps each paragraph in one more ``<div>`` would lose its article.
Even then libxml2 stops at depth 2048; a page nested deeper is refused
with that reason rather than read in part. The HTML parser never loads a
DTD, resolves an entity or touches the network (``no_network``), whatever
the limits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from claimcheck.errors import InputError
from claimcheck.ingest.html_dates import published_date
from claimcheck.ingest.source_map import UNKNOWN
from claimcheck.ingest.suppressions import DIRECTIVE_COMMENT, split_codes
from claimcheck.models import Span, Suppression

_MARKER = "claimcheckdirective{}x"
_MARKER_LINE = re.compile(r"^claimcheckdirective(\d+)x$")

_IGNORE_META = re.compile(
    r"""<meta\s+name=["']claimcheck-ignore["']\s+content=["'](?P<codes>[^"']*)["']""",
    re.IGNORECASE,
)


_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*(?P<name>[A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_PRESCAN = 4096
"""Bytes searched for a declared charset (the HTML standard's prescan reads 1024; CMSs
put long comments and scripts first)."""
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
           "us-ascii": "cp1252", "windows-1252": "cp1252", "utf-16": "utf-8",
           "utf-16le": "utf-8", "utf-16be": "utf-8", "x-user-defined": "cp1252"}
"""Labels browsers read as another encoding (HTML standard, "encoding sniffing")."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset a page declares in ``<meta charset>`` or
    ``<meta http-equiv="Content-Type" content="...; charset=...">``, if any is known."""
    import codecs

    m = _CHARSET.search(data[:_PRESCAN])
    if m is None:
        return None
    label = m.group("name").decode("ascii").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: dt.date | None
    ignore: list[str]
    suppressions: list[Suppression]
    offsets: list[int]
    """Per character of ``text``, its offset in the HTML (UNKNOWN: not found there)."""
    mapped: tuple[int, int, int] = (0, 0, 0)
    """Paragraphs found in the HTML whole, in part, and not at all."""


def extract_html(html: str, source: str) -> Page:
    """The article in ``html``: paragraphs separated by blank lines."""
    import trafilatura

    directives: list[list[str]] = []

    def mark(m: re.Match[str]) -> str:
        directives.append(split_codes(m.group("codes"), source))
        return f"<p>{_MARKER.format(len(directives) - 1)}</p>"

    marked = DIRECTIVE_COMMENT.sub(mark, html)
    tree = _parse(html, source)
    text = trafilatura.extract(
        _parse(marked, source), include_comments=False, include_tables=False,
        output_format="txt",
    )
    if not text or not text.strip():
        raise InputError(source, "no article text found in the HTML")
    metadata = trafilatura.extract_metadata(tree, extensive=False)
    body, suppressions, paragraphs = _assemble(text, directives)
    if not body.strip():
        raise InputError(source, "no article text found in the HTML")
    ignore = [m.group("codes") for m in _IGNORE_META.finditer(html)]
    offsets, mapped = _positions(html, body, paragraphs)
    return Page(
        text=body,
        title=metadata.title if metadata is not None else None,
        published=published_date(tree),
        ignore=[code for codes in ignore for code in re.split(r"[,\s]+", codes) if code],
        suppressions=suppressions,
        offsets=offsets,
        mapped=mapped,
    )


def _positions(
    html: str, body: str, paragraphs: list[tuple[int, int]]
) -> tuple[list[int], tuple[int, int, int]]:
    """Per character of ``body``, its offset in ``html``; paragraph separators follow the
    paragraph before them."""
    from claimcheck.ingest.html_positions import ParagraphLocator

    locator = ParagraphLocator(html)
    offsets = [UNKNOWN] * len(body)
    for start, end in paragraphs:
        offsets[start:end] = locator.locate(body[start:end])
    last = UNKNOWN
    for i, value in enumerate(offsets):
        if value == UNKNOWN and body[i] == "\n" and last != UNKNOWN:
            offsets[i] = last + 1
        elif value != UNKNOWN:
            last = value
    return offsets, (locator.found, locator.partial, locator.missed)


def _parse(html: str, source: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(huge_tree=True, no_network=True)
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"cannot parse HTML: {exc}") from None
    if tree is None:
        raise InputError(source, "no article text found in the HTML")
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            limit = re.search(r"\d+", entry.message)
            raise InputError(
                source, f"HTML is nested more than {limit.group() if limit else 'the'} "
                "elements deep, past the parser's limit: it cannot be read whole",
            )
    return tree


def _assemble(
    text: str, directives: list[list[str]]
) -> tuple[str, list[Suppression], list[tuple[int, int]]]:
    """Paragraphs joined by blank lines; each marker suppresses the paragraph after it.

    Also the ``(start, end)`` of each paragraph in the joined text.
    """
    body = ""
    paragraphs: list[tuple[int, int]] = []
    pending: list[list[str]] = []
    covered: list[tuple[list[str], int, int]] = []
    for line in (part.strip() for part in text.split("\n")):
        marker = _MARKER_LINE.match(line)
        if marker is not None:
            pending.append(directives[int(marker.group(1))])
            continue
        if not line:
            continue
        if body:
            body += "\n\n"
        covered.extend((codes, len(body), len(body) + len(line)) for codes in pending)
        paragraphs.append((len(body), len(body) + len(line)))
        pending = []
        body += line
    body += "\n"
    suppressions = [
        Suppression(codes=codes, scope="paragraph", covers=Span.of(body, start, end))
        for codes, start, end in covered
    ]
    return body, suppressions, paragraphs
