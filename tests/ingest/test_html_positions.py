"""HTML findings on the page's own line: extracted paragraphs found back in the source."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.ingest import read_html
from claimcheck.ingest.html_positions import ParagraphLocator, text_stream
from claimcheck.models import Evidence, FileReport, Finding, Report, Severity, Span
from claimcheck.report import render_text

PAGE = """<!DOCTYPE html>
<html><head><title>Talks in Lisbon</title>
<script>var s = "The two ministers met";</script></head>
<body><nav>Home | World | Sport</nav>
<article>
  <h1>Talks in Lisbon</h1>
  <p>The two ministers met on
     <b>Friday</b>, March&nbsp;7, 2024, in Lisbon &amp; Porto, an aide said.</p>
  <!-- a comment with Monday in it -->
  <p>They met again on <a href="/x">Monday</a>,
  March&#160;10, 2024,&#32;officials&nbsp;said.</p>
  <p>Caf&eacute; owners in the old town said trade had been slow all winter long.</p>
</article>
<footer>Copyright 2019 Example News</footer>
</body></html>
"""


def position(article, words):
    return article.locator().locate(article.text.index(words))


def where_in(source, words, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = source.index(words, at + 1)
    line = source.count("\n", 0, at) + 1
    return line, at - (source.rfind("\n", 0, at) + 1) + 1


@pytest.mark.parametrize(("words", "written"), [
    ("Talks in Lisbon", ("Talks in Lisbon", 1)),   # the <h1>, not the <title>
    ("The two ministers", ("The two ministers", 1)),  # not the script
    ("Friday", ("Friday", 0)),
    ("March 7", ("March&nbsp;7", 0)),
    ("& Porto", ("&amp; Porto", 0)),
    ("Monday", ("Monday", 1)),  # not the comment
    ("officials said", ("officials&nbsp;said", 0)),
    ("Café owners", ("Caf&eacute; owners", 0)),
    ("trade had been", ("trade had been", 0)),
])
def test_extracted_text_is_located_in_the_page(words, written):
    article = read_html(PAGE, "page.html")
    assert position(article, words) == where_in(PAGE, *written)
    assert article.source_map is not None and article.source_map.approximate == []


def test_the_text_stream_skips_head_scripts_comments_and_decodes_entities():
    stream = text_stream(PAGE)
    assert "varsTheTwo" not in stream.chars and "commentwith" not in stream.chars
    at = stream.chars.index("March7")
    assert PAGE[stream.offsets[at + 5]] == "7"
    assert PAGE[stream.offsets[stream.chars.index("&Porto")]:].startswith("&amp;")


def test_a_paragraph_not_in_the_page_is_approximate_and_found_ones_stay_exact():
    locator = ParagraphLocator(PAGE)
    assert all(o >= 0 for o in locator.locate("The two ministers met on Friday, March 7, 2024,"))
    assert all(o < 0 for o in locator.locate("A sentence the page never had in it at all."))
    partial = locator.locate("They met again on Monday, March 10, 2024, and words not in the page.")
    assert any(o >= 0 for o in partial) and any(o < 0 for o in partial)
    assert (locator.found, locator.partial, locator.missed) == (1, 1, 1)


def test_an_approximate_position_is_said_so_in_the_text_report():
    text = "They met on Friday.\n"
    evidence = Evidence(span=Span.of(text, 12, 18), line=7, column=1, end_line=7,
                        end_column=1, role="weekday", approximate=True)
    finding = Finding(code="DT01", name="dates.weekday_mismatch", severity=Severity.ERROR,
                      message="Friday is wrong", evidence=[evidence])
    out = render_text(Report.of([FileReport(path="p.html", findings=[finding])]),
                      texts={("p.html", None): ("<html>\n" * 8, 1)})
    assert "  evidence: “Friday”" in out and "approximate" in out
    assert "^" not in out


def test_a_finding_in_html_is_on_the_page_line(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    report = claimcheck.validate(path, published="2024-03-12")
    weekdays = {(e.line, e.column) for f in report.files[0].findings if f.code == "DT01"
                for e in f.evidence if e.role == "weekday"}
    # March 7, 2024 is a Thursday and March 10 a Sunday: both on their own page lines
    assert weekdays == {where_in(PAGE, "Friday"), where_in(PAGE, "Monday", 1)}
