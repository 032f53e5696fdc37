"""An HTML page's publication date, from its structured data only.

In order of trust, the first that gives an ISO date wins:

1. JSON-LD ``datePublished`` in any ``<script type="application/ld+json">``,
   head or body, top level, in ``@graph`` arrays or nested; an object typed
   as an article (``NewsArticle``, ``BlogPosting``, ...) before any other;
2. microdata ``itemprop="datePublished"`` anywhere (``content``,
   ``datetime`` or the element's text), inside an article's ``itemscope``
   first;
3. OpenGraph ``<meta property="article:published_time">``;
4. ``<time pubdate>``, else a ``<time datetime>`` of the ``<article>`` that
   is not inside its prose (a ``<p>``, list item, table cell or quote: a
   date there is a claim, not the byline);
5. htmldate over the ``<head>`` alone (it knows the many ``<meta>`` names
   CMSs use: ``pubdate``, ``dc.date``, ``parsely-pub-date``, ...), with its
   search of the body text turned off.

A date in the body text or a copyright line is never read: it is a claim
of the article, or the site's, not the day it was published.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

import lxml.html

from claimcheck.ingest.dates import coerce_date

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
})
_PROSE = ("p", "li", "td", "th", "blockquote", "q", "figcaption")


def published_date(tree: lxml.html.HtmlElement) -> dt.date | None:
    """The page's publication date from its structured data, or None."""
    for found in (_json_ld(tree), _microdata(tree), _open_graph(tree), _time_element(tree)):
        if found is not None:
            return found
    return _htmldate_head(tree)


def _date(value: object) -> dt.date | None:
    if isinstance(value, list) and value:
        value = value[0]
    try:
        return coerce_date(value)
    except ValueError:
        return None


def _json_ld(tree: lxml.html.HtmlElement) -> dt.date | None:
    typed: list[dt.date] = []
    other: list[dt.date] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for node in _objects(data):
            date = _date(node.get("datePublished"))
            if date is None:
                continue
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            article = any(isinstance(k, str) and k.split("/")[-1].lower() in ARTICLE_TYPES
                          for k in kinds)
            (typed if article else other).append(date)
    return next(iter(typed or other), None)


def _objects(data: object, depth: int = 0) -> Iterator[dict[str, object]]:
    """Every JSON object in ``data``, parents before children (``@graph`` included)."""
    if depth > 20:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value, depth + 1)


def _microdata(tree: lxml.html.HtmlElement) -> dt.date | None:
    inside: list[dt.date] = []
    outside: list[dt.date] = []
    for element in tree.xpath('//*[@itemprop]'):
        if "datepublished" not in (element.get("itemprop") or "").lower().split():
            continue
        value = element.get("content") or element.get("datetime") or element.text_content()
        date = _date(value.strip() if isinstance(value, str) else value)
        if date is None:
            continue
        scope = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
        itemtype = scope.get("itemtype") if scope is not None else None
        kind = (itemtype or "").rstrip("/").split("/")[-1].lower()
        (inside if kind in ARTICLE_TYPES else outside).append(date)
    return next(iter(inside or outside), None)


def _open_graph(tree: lxml.html.HtmlElement) -> dt.date | None:
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in ("article:published_time", "og:article:published_time"):
            date = _date((meta.get("content") or "").strip())
            if date is not None:
                return date
    return None


def _time_element(tree: lxml.html.HtmlElement) -> dt.date | None:
    for time in tree.xpath("//time[@pubdate][@datetime]"):
        date = _date(time.get("datetime", "").strip())
        if date is not None:
            return date
    for article in tree.iter("article"):
        for time in article.iter("time"):
            if time.get("datetime") is None:
                continue
            if any(a.tag in _PROSE for a in time.iterancestors()):
                continue
            date = _date(time.get("datetime", "").strip())
            if date is not None:
                return date
    return None


def _htmldate_head(tree: lxml.html.HtmlElement) -> dt.date | None:
    from htmldate import find_date

    root = lxml.html.Element("html")
    head = tree.find("head")
    if head is None:
        return None
    root.append(lxml.html.fromstring(lxml.html.tostring(head)))
    root.append(lxml.html.Element("body"))
    found = find_date(
        lxml.html.tostring(root, encoding="unicode"),
        extensive_search=False, original_date=True,
    )
    return dt.date.fromisoformat(found) if found else None
