"""Markdown read as Markdown: markup read through, code left out, positions of the file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.ingest import read_markdown
from claimcheck.ingest.markdown import render_markdown

CASES = [
    ("strong", "They met on **Monday**, March 4.", "They met on Monday, March 4."),
    ("emphasis", "They met on _Monday_, *March 4*.", "They met on Monday, March 4."),
    ("link", "The [talks](https://example.org/x \"t\") ended.", "The talks ended."),
    ("autolink", "See <https://example.org> now.", "See https://example.org now."),
    ("strike", "It was ~~Tuesday~~ Monday.", "It was Tuesday Monday."),
    ("entity", "Smith &amp; Jones met on Monday.", "Smith & Jones met on Monday."),
    ("escape", "A \\*starred\\* word.", "A *starred* word."),
    ("inline code", "Run `on Monday, March 4` now.", "Run  now."),
    ("inline html", "They met on <b>Monday</b>.", "They met on Monday."),
    ("image", "A ![photo of Monday](x.png) picture.", "A  picture."),
    ("heading", "# Talks in *Lisbon*\nThey met.", "Talks in Lisbon\n\nThey met."),
    ("setext", "Talks\n=====\n\nThey met.", "Talks\n\nThey met."),
    ("soft break", "They met\non Monday.", "They met\non Monday."),
    ("list", "- one item\n- two items", "one item\n\ntwo items"),
    ("quote", "> They met on Monday.", "They met on Monday."),
    ("fence", "Before.\n\n```\nMonday, March 4\n```\n\nAfter.", "Before.\n\nAfter."),
    ("indented code", "Before.\n\n    Monday, March 4\n\nAfter.", "Before.\n\nAfter."),
    ("table", "| day | date |\n|---|---|\n| Monday | March 4 |",
     "day\n\ndate\n\nMonday\n\nMarch 4"),
]


@pytest.mark.parametrize(("markdown", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_markdown_is_read_as_prose(markdown, text):
    assert read_markdown(markdown, "a.md").text.rstrip("\n") == text


@pytest.mark.parametrize(("markdown", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_character_points_at_itself_in_the_file(markdown, text):
    prose, offsets = render_markdown(markdown)
    assert len(prose) == len(offsets)
    for ch, offset in zip(prose, offsets, strict=True):
        if ch == "\n" or offset < 0:
            continue
        written = markdown[offset]
        assert written == ch or written == "&", (ch, offset)  # an entity sits at its &


MARKUP = st.sampled_from(["{}", "**{}**", "*{}*", "_{}_", "[{}](https://example.org/a)",
                          "<em>{}</em>", "~~{}~~"])
WORDS = st.lists(st.sampled_from(["ministers", "met", "Monday", "Lisbon", "talks", "quotas",
                                  "aide", "said", "council"]), min_size=3, max_size=8)


@settings(max_examples=60, deadline=None)
@given(words=WORDS, markup=st.lists(MARKUP, min_size=8, max_size=8),
       breaks=st.lists(st.booleans(), min_size=8, max_size=8),
       prefix=st.sampled_from(["", "> ", "- ", "## ", "1. "]))
def test_words_are_located_where_the_file_has_them(words, markup, breaks, prefix):
    pieces = [markup[i].format(w) for i, w in enumerate(words)]
    line = ""
    for i, piece in enumerate(pieces):
        line += piece + ("\n" if breaks[i] and i < len(pieces) - 1 else " ")
    source = "---\ntitle: x\n---\n\n" + prefix + line.rstrip() + ".\n"
    article = read_markdown(source, "a.md")
    locator = article.locator()
    lines = source.split("\n")
    cursor = 0
    for word in words:
        at = article.text.index(word, cursor)
        cursor = at + len(word)
        row, column = locator.locate(at)
        assert lines[row - 1][column - 1:column - 1 + len(word)] == word


ARTICLE = """---
title: Talks
published: 2024-03-09
---

# Talks in *Lisbon*

The two ministers met on **Friday**, March 7, in [Lisbon](https://example.org/lisbon),
an aide said.

```
They met on Monday, March 4, 2024.
```

Officials ran `on Monday, March 4, 2024` to test it.
"""


def test_a_finding_in_markdown_is_on_the_line_and_column_of_the_file(tmp_path):
    path = tmp_path / "talks.md"
    path.write_text(ARTICLE, encoding="utf-8")
    report = claimcheck.validate(path)
    findings = [f for f in report.files[0].findings if f.code == "DT01"]
    assert len(findings) == 1  # not the code block, not the inline code
    weekday = next(e for e in findings[0].evidence if e.role == "weekday")
    assert (weekday.line, weekday.column) == (8, ARTICLE.split("\n")[7].index("Friday") + 1)
    assert (weekday.end_line, weekday.end_column) == (8, weekday.column + len("Friday"))
    assert report.files[0].published == dt.date(2024, 3, 9)


def test_an_unknown_directive_is_reported_on_the_file_line():
    from claimcheck.errors import InputError

    source = "---\ntitle: x\n---\n\n# Head\n\nText.\n\n<!-- claimcheck: ignroe DT01 -->\nMore.\n"
    with pytest.raises(InputError, match="^a.md: line 9: unknown claimcheck directive 'ignroe'"):
        read_markdown(source, "a.md")


def test_a_comment_in_a_code_block_is_not_a_directive():
    source = "Text.\n\n```\n<!-- claimcheck: ignroe DT01 -->\n```\n"
    assert read_markdown(source, "a.md").suppressions == []
