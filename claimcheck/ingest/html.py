"""HTML pages: main text through trafilatura, publication date from metadata only.

htmldate, left to itself, will pick a date out of the body text when the
page has no metadata; a date in the body is a claim, not the publication
date, so it only sees the ``<head>`` and JSON-LD blocks here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from claimcheck.errors import InputError

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


def extract_html(html: str, source: str) -> Page:
    """The article in ``html``: paragraphs separated by blank lines."""
    import trafilatura

    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"cannot parse HTML: {exc}") from None
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, output_format="txt"
    )
    if not text or not text.strip():
        raise InputError(source, "no article text found in the HTML")
    metadata = trafilatura.extract_metadata(tree, extensive=False)
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    ignore = [m.group("codes") for m in _IGNORE_META.finditer(html)]
    return Page(
        text="\n\n".join(paragraphs) + "\n",
        title=metadata.title if metadata is not None else None,
        published=_metadata_date(tree),
        ignore=[code for codes in ignore for code in re.split(r"[,\s]+", codes) if code],
    )


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
