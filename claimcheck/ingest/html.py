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
from claimcheck.ingest.suppressions import DIRECTIVE_COMMENT, split_codes
from claimcheck.models import Span, Suppression

_MARKER = "claimcheckdirective{}x"
_MARKER_LINE = re.compile(r"^claimcheckdirective(\d+)x$")

_IGNORE_META = re.compile(
    r"""<meta\s+name=["']claimcheck-ignore["']\s+content=["'](?P<codes>[^"']*)["']""",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: dt.date | None
    ignore: list[str]
    suppressions: list[Suppression]


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
    body, suppressions = _assemble(text, directives)
    if not body.strip():
        raise InputError(source, "no article text found in the HTML")
    ignore = [m.group("codes") for m in _IGNORE_META.finditer(html)]
    return Page(
        text=body,
        title=metadata.title if metadata is not None else None,
        published=_metadata_date(tree),
        ignore=[code for codes in ignore for code in re.split(r"[,\s]+", codes) if code],
        suppressions=suppressions,
    )


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


def _assemble(text: str, directives: list[list[str]]) -> tuple[str, list[Suppression]]:
    """Paragraphs joined by blank lines; each marker suppresses the paragraph after it."""
    body = ""
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
        pending = []
        body += line
    body += "\n"
    suppressions = [
        Suppression(codes=codes, scope="paragraph", covers=Span.of(body, start, end))
        for codes, start, end in covered
    ]
    return body, suppressions


def _metadata_date(tree: lxml.html.HtmlElement) -> dt.date | None:
    from htmldate import find_date

    root = lxml.html.Element("html")
    head = tree.find("head")
    if head is not None:
        root.append(_copy(head))
    body = lxml.html.Element("body")
    root.append(body)
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        body.append(_copy(script))
    found = find_date(
        lxml.html.tostring(root, encoding="unicode"),
        extensive_search=False, original_date=True,
    )
    return dt.date.fromisoformat(found) if found else None


def _copy(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(lxml.html.tostring(element))
