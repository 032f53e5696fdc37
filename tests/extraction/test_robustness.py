"""Any text, however odd, gives a valid ClaimSet: no crash, every span in place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.models import Article

PIECES = [
    "Maria Lopez", "met", "Paul Girard", "in Lyon", "on Friday", "“", "”", '"', ",", ".",
    "\n\n", "\n", "he said", "the meeting", "ahead of", "the talks", "two days after",
    "NATO chief", "the former Dutch prime minister", "Exit mobile version", "Share this",
    "according to", "Speaking at a summit in Oslo", "warned", ":", "(", ")", "’s", "she",
    "the vote", "met", "after the vote",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_extract_never_crashes_and_spans_match(nlp, words):
    from claimcheck.extraction import extract_claims

    text = " ".join(words)
    cs = extract_claims(nlp(text), Article(text=text))
    spans = [m for e in cs.entities for m in e.mentions] + [r.span for e in cs.entities
                                                            for r in e.roles]
    spans += [e.trigger for e in cs.events] + [m for e in cs.events for m in e.mentions]
    spans += [q.span for q in cs.quotes] + [q.content for q in cs.quotes]
    for span in spans:
        assert text[span.start:span.end] == span.text
    ids = {e.id for e in cs.events} | {t.id for t in cs.times}
    for ev in cs.events:
        assert set(ev.refers_to) <= ids
        assert {r.target for r in ev.relations} <= ids
    for t in cs.times:
        assert t.anchor.ref is None or t.anchor.ref in ids
    for q in cs.quotes:
        assert q.speaker is None or cs.entity(q.speaker) is not None


STORY = (
    "Maria Lopez met Paul Girard in Lyon on Monday. “We agreed on a plan,” Lopez said. "
    "Ahead of the meeting, Girard held talks with Anna Kowalski in Warsaw. The talks lasted "
    "two hours, Kowalski confirmed in a statement on Tuesday.\n\n"
)


def test_extraction_time_grows_linearly(nlp):
    """Eight times the text may take about eight times as long, never sixty-four."""
    import time

    from claimcheck.extraction import extract_claims

    def seconds(copies: int) -> float:
        text = STORY * copies
        doc = nlp(text)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            extract_claims(doc, Article(text=text))
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(5), seconds(40)
    assert large < 20 * small


def test_many_quotes_in_one_endless_sentence_stay_linear(nlp):
    """A quote's cue is looked for near it, not across the whole sentence."""
    import time

    from claimcheck.extraction import extract_claims

    unit = "Friday,November5,2024“quoted”the-mayor_said;"

    def seconds(copies: int) -> float:
        text = unit * copies
        doc = nlp(text)
        best = float("inf")
        for _ in range(3):  # the best of three: the machine is shared
            start = time.perf_counter()
            extract_claims(doc, Article(text=text))
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(40), seconds(240)
    assert large < 18 * small  # six times the text; quadratic would be thirty-six
