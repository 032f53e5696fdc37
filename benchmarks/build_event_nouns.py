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

    python benchmarks/build_event_nouns.py                 # both parts -> the table
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
              f"{args.min_share:.0%} of their occurrences.\n"
              f"# Built by benchmarks/build_event_nouns.py; do not edit by hand.\n")
    args.output.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} lemmas -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
