"""TempEval-3 value errors of claimcheck's time extractor, sorted into categories and counted.

Runs the extractor over the TimeML files the way ``tempeval.py`` does (same
matching) and puts every relaxed match with a wrong value, every miss and
every spurious expression in one category, so the largest kinds of error can
be attacked first:

- ``duration vs point``: one side is a duration (``P…``), the other a point;
- ``vague vs definite``: one side is ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``;
- ``set``: either side is a SET;
- ``granularity``: one value is a prefix of the other once the unknown
  ``X`` places are dropped (``1988`` / ``1988-Q3``, ``1989-WXX`` / ``1989-W43``);
- ``part of day``: the same day, a different ``TMO``/``TEV``/``TNI``/clock part;
- ``wrong year``: the same value but for the year;
- ``direction / anchor``: a point of the same form, another place in time
  (a weekday a week off, a quarter one back);
- ``duration amount``: two durations of different length or unit;
- ``other``.

Usage: python benchmarks/tempeval_errors.py [PATH...] [--examples N] [--part AQUAINT]
[--category NAME] [--context N]

``--context N`` prints N characters of the article either side of each example
(and the document's creation date); ``--category`` shows only that category.

It is a script, not a test: it prints numbers, it asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tempeval import DEFAULT_DATA, Document, Timex, _files, read_tml, run_system, score  # noqa: E402

_VAGUE = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
_PART = re.compile(r"T(MO|AF|EV|NI|DT|\d\d(:\d\d)?)$")


def _form(value: str) -> str:
    """The shape of a value: digits to 9, so 1989-W43 and 1990-W02 share a form."""
    return re.sub(r"\d", "9", value)


def category(gold: Timex, system: Timex) -> str:
    g, s = gold.value, system.value
    if "SET" in (gold.type, system.type) and gold.type != system.type:
        return "set"
    if g in _VAGUE or s in _VAGUE:
        return "vague vs definite"
    if g.startswith("P") != s.startswith("P"):
        return "duration vs point"
    if g.startswith("P"):
        return "duration amount" if gold.type != "SET" else "set"
    g_bare, s_bare = _PART.sub("", g), _PART.sub("", s)
    if g_bare == s_bare:
        return "part of day"
    g_known, s_known = re.sub(r"-?X+", "", g_bare), re.sub(r"-?X+", "", s_bare)
    if g_known != s_known and (g_known.startswith(s_known) or s_known.startswith(g_known)):
        return "granularity"
    if g_known == s_known:
        return "granularity"
    if _form(g_bare) == _form(s_bare):
        if g_bare[4:] == s_bare[4:] and g_bare[:4] != s_bare[:4]:
            return "wrong year"
        return "direction / anchor"
    return "other"


def _context(doc: Document, timex: Timex, width: int) -> str:
    """The article around an expression, on one line, with the creation date."""
    if width <= 0:
        return ""
    before = doc.text[max(0, timex.start - width) : timex.start]
    after = doc.text[timex.end : timex.end + width]
    line = f"{before}[[{doc.text[timex.start : timex.end]}]]{after}"
    return f"\n              (DCT {doc.dct}) " + " ".join(line.split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_DATA])
    parser.add_argument("--examples", type=int, default=6, help="examples shown per category")
    parser.add_argument("--part", default="", help="only files in this folder (AQUAINT, TimeBank)")
    parser.add_argument("--category", default="",
                        help="only this category (e.g. 'direction / anchor')")
    parser.add_argument("--context", type=int, default=0,
                        help="characters of context shown per example")
    args = parser.parse_args(argv)
    files = [f for f in _files(args.paths) if not args.part or f.parent.name == args.part]
    wrong: dict[str, list[str]] = collections.defaultdict(list)
    misses: dict[str, list[str]] = collections.defaultdict(list)
    spurious: dict[str, list[str]] = collections.defaultdict(list)
    for path in files:
        doc = read_tml(path)
        result = score(doc, run_system(doc))
        for g, t in result.wrong:
            if g.value == t.value:
                continue
            wrong[category(g, t)].append(
                f"{doc.name}: {g.text!r} {g.type} {g.value} -> {t.text!r} {t.type} {t.value}"
                + _context(doc, g, args.context)
            )
        for g in result.misses:
            misses[g.type].append(f"{doc.name}: {g.text!r} {g.value}"
                                  + _context(doc, g, args.context))
        for t in result.spurious:
            spurious[t.type].append(f"{doc.name}: {t.text!r} {t.value}"
                                    + _context(doc, t, args.context))
    for title, table in (
        ("wrong values", wrong),
        ("missed (by gold type)", misses),
        ("spurious (by system type)", spurious),
    ):
        print(f"\n{title}: {sum(map(len, table.values()))}")
        for name, rows in sorted(table.items(), key=lambda kv: -len(kv[1])):
            if args.category and name != args.category:
                continue
            print(f"  {len(rows):4d}  {name}")
            for row in rows[: args.examples]:
                print(f"          {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
