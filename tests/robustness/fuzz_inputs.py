"""Hypothesis strategies for fuzzing: raw bytes, documents in every format, article-like text.

Shared by tests/robustness/test_fuzz.py and benchmarks/fuzz.py. Pure
random Unicode rarely reaches the interesting code (a dateline, a front
matter block, a quotation), so the document strategies splice in pieces
of the formats and of news prose; the pieces are written here, not taken
from any corpus.
"""

from __future__ import annotations

from hypothesis import strategies as st

BOMS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]
raw_bytes = st.one_of(
    st.binary(max_size=400),
    st.tuples(st.sampled_from(BOMS), st.binary(max_size=200)).map(lambda t: t[0] + t[1]),
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=100).map(lambda s: s.encode("utf-16", "surrogatepass")),
)

FORMAT_PIECES = [
    "---\n", "---\ntitle: x\n", "published: 2024-11-23\n", "date: 2999-13-40\n",
    "claimcheck:\n  ignore: [DT01]\n", "claimcheck-ignore: QT, PE01\n", "...\n",
    "<!-- claimcheck: ignore DT01 -->\n", "<!-- claimcheck: ignore -->", "<!--", "-->",
    "<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "<p>", "</p>", "<div>",
    "<meta name=\"claimcheck-ignore\" content=\"DT01\">", "<script type=\"application/ld+json\">",
    "{\"datePublished\": \"2024-01-02\"}", "</script>", "<![CDATA[", "]]>", "&amp;", "&#0;",
    "&#x110000;", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;",
    "{", "}", "[", "]", "\"text\": ", "\"published\": ", "\"id\": ", "\"article\": ",
    "\"schema_version\": ", ", ", "null", "1e999", "\"\\ud800\"", "\n\n", "\r\n", "\t",
    "WASHINGTON, March 3, 2024 (Reuters) - ", "Published: 3 March 2024\n", "Sunday,",
]
PROSE_PIECES = [
    "The minister said on Friday", " that the meeting ", "took place on Tuesday, ",
    "November 5", ", 2024", " in Lisbon", " two days after", " a week later", " yesterday",
    "“We agreed,” she said.", " \"No,\" he said", " ‘maybe’ ", "'", "\"", "“", "”",
    " President Anna Smith", ", the Dutch prime minister,", " Belgian", " of Acme Corp",
    " 12 people", " met", " confirmed in a statement", " on March 31", " in 1999",
    " last week", " next month", " at 10 a.m.", " Monday-Friday", " 2024-02-30", ". ",
    "\n", "\n\n", " ", "3", "—", "…", "(", ")", ":",
]

_units = st.one_of(
    st.sampled_from(FORMAT_PIECES), st.sampled_from(PROSE_PIECES), st.text(max_size=8)
)
documents = st.one_of(
    st.text(max_size=300),
    st.lists(_units, max_size=25).map("".join),
)
"""Text in any format, often almost valid."""

article_texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(st.sampled_from(PROSE_PIECES), st.text(max_size=4)), max_size=20)
    .map("".join),
)
"""Short article-like text for the language model: mostly news phrases, some noise."""
