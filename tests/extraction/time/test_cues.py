"""Meta-test: a rule's cue words are a proof, not a guess.

``patterns.CUES`` lets the finder skip (and never compile) a rule when a text
has none of the words of one of its groups. That is only safe if every match
of the pattern contains one of the words. The proof reads the pattern's
syntax tree: a group is covered when the match must consume a run of literal
characters containing a cue word, through groups, repetitions of at least
one, and every branch of an alternation; lookarounds and optional parts
never count.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

from claimcheck.extraction.time import patterns
from claimcheck.extraction.time.finder import _candidates

REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _literal(items) -> str | None:
    """The text of a sequence made only of literals (``(?-i:J)`` included), else None."""
    out = ""
    for op, av in items:
        if op is sre.LITERAL:
            out += chr(av)
        elif op is sre.SUBPATTERN and (inner := _literal(av[-1])) is not None:
            out += inner
        else:
            return None
    return out


def covered(items, words: tuple[str, ...]) -> bool:
    """Whether every match of the sequence ``items`` consumes one of ``words`` (any case)."""
    run = ""

    def in_run() -> bool:
        return any(w in run.lower() for w in words)

    for op, av in items:
        text = _literal([(op, av)])
        if text is not None:
            run += text
            continue
        if in_run():
            return True
        run = ""
        if op is sre.SUBPATTERN and covered(av[-1], words):
            return True
        if op is sre.BRANCH and all(covered(branch, words) for branch in av[1]):
            return True
        if op in REPEATS and av[0] >= 1 and covered(av[2], words):
            return True
    return in_run()


@pytest.mark.parametrize("name", sorted(patterns.CUES))
def test_every_match_contains_a_word_of_each_cue_group(name):
    tree = sre_parse.parse(patterns._PATTERNS[name], re.IGNORECASE)
    for words in patterns.CUES[name]:
        assert covered(list(tree), words), (name, words)


def test_the_proof_rejects_an_optional_or_partial_cue():
    def proves(pattern: str, words: tuple[str, ...]) -> bool:
        return covered(list(sre_parse.parse(pattern, re.IGNORECASE)), words)

    assert proves(r"(?:the\s+)?week\s+of", ("week",))
    assert proves(r"(?-i:J)anuary|(?-i:F)eb", ("jan", "feb"))
    assert not proves(r"(?:the\s+)?week", ("the",))  # optional
    assert not proves(r"day|night", ("day",))  # one branch only
    assert not proves(r"(?=week)\w+", ("week",))  # a lookahead consumes nothing
    assert not proves(r"we\s*ek", ("week",))  # not one run of literals


def test_a_text_without_the_cues_compiles_and_runs_only_the_rules_without_them():
    names = [name for name, _ in patterns.rules_for("Nothing here at all.")]
    assert names and not set(names) & set(patterns.CUES)


def test_cues_change_no_match(tmp_path):
    """The finder with cues finds what every pattern run on every text finds."""
    texts = ["The talks ended on Tuesday, March 3, 2020, two days after the vote.",
             "Twice a week since the summer of 1999, and in the early 1990s, at 9 a.m.",
             "It rained for days; three years ago, at noon, in the third quarter."]
    for text in texts:
        every = sorted((name, m.span()) for name in patterns.NAMES
                       for m in patterns.compiled(name).finditer(text))
        cued = sorted((c.rule, c.match.span()) for c in _candidates(text))
        assert cued == every
