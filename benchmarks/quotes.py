"""Quote attribution measured on PolNeAR: which quotes claimcheck finds and whom it credits.

    python benchmarks/quotes.py [--limit N] [--examples CAUSE] [--data DIR]

Gold: the PolNeAR train articles (``../shared/data/polnear/``) with the first annotator's
brat file that ``data/metadata.tsv`` lists for each text. A gold direct quote is a
``Content`` span at least half of whose characters lie inside double quotation marks.
A claimcheck quote matches a gold one when their content spans overlap (one to one, in
text order). Reported:

- detection precision, strict and lenient (lenient does not count a second piece of a gold
  quote already matched, nor a quotation inside a paraphrased ``Content``), recall, F1;
- speaker accuracy on matched quotes: right when the speaker span overlaps the gold
  ``Source``, or the speaker entity's names include the Source's head name. The "checked"
  variant also tests a pronoun Source: the entity must carry the head name of the nearest
  named gold Source before it (gold gives no coreference, so this is the news convention);
- end-to-end precision, recall and F1 (lenient), over gold quotes that have a Source;
- the share of matched quotes credited to no one (no speaker entity, and no speaker phrase
  other than an unresolved pronoun: "the newspaper said" credits the newspaper), the share
  without a speaker entity, and the misses counted by cause.

Articles are parsed once with ``nlp.pipe``; nothing is cached on disk.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "polnear" / "data"
PRONOUNS = {"he", "she", "they", "it", "him", "her", "i", "we", "you", "his", "hers"}
_TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator"}


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""
    cue: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


def read_ann(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            frags = [tuple(int(x) for x in f.split()) for f in offsets.split(";")]
            spans[parts[0]] = (kind, [(a, b) for a, b in frags], parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    out = []
    for rel in rels:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        g = Gold(sorted(content[1]))
        if (s := spans.get(rel.get("Source", ""))) is not None:
            g.source, g.source_text = s[1], s[2]
        if (c := spans.get(rel.get("Cue", ""))) is not None:
            g.cue = c[1]
        out.append(g)
    return sorted(out, key=lambda g: g.start)


def quoted_mask(text: str) -> list[bool]:
    """Characters inside double quotation marks, paired within a paragraph."""
    mask = [False] * len(text)
    for m in re.finditer(r"[^\n]+", text):
        inside = False
        for pos in range(m.start(), m.end()):
            ch = text[pos]
            if ch == "“" or (ch == '"' and not inside):
                inside = True
            elif ch in "”\"":
                inside = False
            elif inside:
                mask[pos] = True
    return mask


def is_direct(g: Gold, text: str, mask: list[bool]) -> bool:
    chars = [p for a, b in g.content for p in range(a, min(b, len(text))) if not text[p].isspace()]
    return bool(chars) and sum(mask[p] for p in chars) * 2 >= len(chars)


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x < d and c < y for x, y in a for c, d in b)


def head_name(source: str) -> str | None:
    words = [w.strip(".,’'\"“”()") for w in re.split(r"\s+", source)]
    words = [re.sub(r"(’s|'s)$", "", w) for w in words if w]
    caps = [w for w in words if w[:1].isupper() and w.lower() not in _TITLE_WORDS]
    return caps[-1] if caps else None


def names_of(claims, entity_id: str | None) -> set[str]:
    for e in claims.entities:
        if e.id == entity_id:
            words = set()
            for n in [e.name, *e.aliases]:
                words.update(re.sub(r"(’s|'s)$", "", w.strip(".,")) for w in n.split())
            return words
    return set()


@dataclass
class Tally:
    gold: int = 0
    gold_sourced: int = 0
    pred: int = 0
    matched: int = 0
    matched_sourced: int = 0
    split: int = 0
    paraphrase: int = 0
    credited: int = 0
    nobody: int = 0
    no_entity: int = 0
    correct: int = 0
    correct_checked: int = 0
    causes: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)


def evaluate(text: str, golds: list[Gold], claims, tally: Tally, name: str) -> None:
    mask = quoted_mask(text)
    for g in golds:
        g.direct = is_direct(g, text, mask)
    direct = [g for g in golds if g.direct]
    tally.gold += len(direct)
    tally.gold_sourced += sum(1 for g in direct if g.source)
    named = [(g.source[0][0], h) for g in golds if g.source
             and g.source_text.lower() not in PRONOUNS and (h := head_name(g.source_text))]
    named.sort()
    named_starts = [s for s, _ in named]
    used: set[int] = set()
    quotes = sorted(claims.quotes, key=lambda q: q.content.start)
    tally.pred += len(quotes)
    for q in quotes:
        qs = [(q.content.start, q.content.end)]
        hit = next((i for i, g in enumerate(direct) if i not in used and overlaps(qs, g.content)),
                   None)
        if hit is None:
            if any(overlaps(qs, g.content) for g in direct):
                tally.split += 1
            elif any(overlaps(qs, g.content) for g in golds):
                tally.paraphrase += 1
            else:
                _example(tally, "false positive", name, text, q, None)
            continue
        used.add(hit)
        g = direct[hit]
        tally.matched += 1
        if not g.source:
            continue
        tally.matched_sourced += 1
        said = q.speaker_span.text.lower() if q.speaker_span else ""
        if q.speaker is None:
            tally.no_entity += 1
        if q.speaker is None and (not said or said in PRONOUNS):
            tally.nobody += 1
            cause = _cause_nobody(text, g, q)
            tally.causes[cause] += 1
            _example(tally, cause, name, text, q, g)
            continue
        tally.credited += 1
        sspan = [(q.speaker_span.start, q.speaker_span.end)] if q.speaker_span else []
        names = names_of(claims, q.speaker)
        head = head_name(g.source_text)
        pronoun = g.source_text.lower() in PRONOUNS
        ok = bool(sspan and overlaps(sspan, g.source)) or (head is not None and head in names)
        tally.correct += ok
        if pronoun:
            k = bisect.bisect_left(named_starts, g.source[0][0]) - 1
            antecedent = named[k][1] if k >= 0 else None
            checked = (antecedent in names) if antecedent else ok
        else:
            checked = ok
        tally.correct_checked += checked
        if not checked:
            if said in PRONOUNS:
                cause = "pronoun wrong"
            elif q.cue is None:
                cause = "wrong carry-over"
            else:
                cause = "wrong speaker"
            tally.causes[cause] += 1
            _example(tally, cause, name, text, q, g)
    for i, g in enumerate(direct):
        if i not in used:
            tally.causes["not detected"] += 1
            _example(tally, "not detected", name, text, None, g)


def _cause_nobody(text: str, g: Gold, q) -> str:
    said = q.speaker_span.text.lower() if q.speaker_span else ""
    if said in PRONOUNS:
        return "pronoun unresolved"
    if q.cue is not None:
        return "speaker not an entity" if q.speaker_span else "cue without speaker"
    src = g.source[0][0]
    if "\n" in text[min(src, g.start):max(src, g.start)]:
        return "carry-over missing"
    if src > g.end:
        return "speaker after the quote too far"
    return "no cue found"


def _example(tally: Tally, cause: str, name: str, text: str, q, g: Gold | None) -> None:
    bucket = tally.examples.setdefault(cause, [])
    if len(bucket) >= 12:
        return
    start = min(x for x in ([q.span.start] if q else []) + ([g.start] if g else []))
    end = max(x for x in ([q.span.end] if q else []) + ([g.end] if g else []))
    if g and g.source:
        start, end = min(start, g.source[0][0]), max(end, g.source[-1][1])
    snippet = text[max(0, start - 80):min(len(text), end + 80)].replace("\n", " ¶ ")
    who = f"gold={g.source_text!r}" if g else ""
    got = f"got={q.speaker_span.text if q and q.speaker_span else None!r}" if q else ""
    bucket.append(f"{name}: {who} {got}\n      {snippet}")


def quote_claims(doc, text: str, name: str):
    """The quote half of the pipeline (entities, roles, marks, quotes): events and times
    do not change which quotes are found or whom they credit, and cost most of the time."""
    from claimcheck.extraction.boilerplate import Skipper
    from claimcheck.extraction.entities import find_entities
    from claimcheck.extraction.pronouns import PronounResolver
    from claimcheck.extraction.quote_marks import find_marked
    from claimcheck.extraction.quotes import build_quotes
    from claimcheck.extraction.roles import assign_roles
    from claimcheck.models import Article, ClaimSet

    skipper = Skipper.of(text)
    index = find_entities(doc, skipper)
    assign_roles(index)
    marks = find_marked(text, skipper.covers)
    resolver = PronounResolver(index, [(m.start, m.end) for m in marks])
    quotes = [q for q, _ in build_quotes(doc, marks, index, resolver)]
    return ClaimSet(article=Article(text=text, source=name), entities=index.entities(),
                    quotes=quotes)


def pct(a: float, b: float) -> float:
    return 100.0 * a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--examples", action="append", default=[], help="print examples of a cause")
    args = ap.parse_args(argv)

    from claimcheck.nlp import parse_many

    rows = [r for r in csv.DictReader((args.data / "metadata.tsv").open(encoding="utf-8"),
                                      delimiter="\t") if r["compartment"] == "train"]
    rows.sort(key=lambda r: r["filename"])
    if args.limit:
        rows = rows[:args.limit]
    texts = [(args.data / "train" / "text" / f"{r['filename']}.txt").read_text(encoding="utf-8")
             for r in rows]
    tally = Tally()
    began = time.perf_counter()
    for r, text, doc in zip(rows, texts, parse_many(texts), strict=True):
        annotator = re.split(r"[,|]", r["annotators"])[0].strip()
        golds = read_ann(args.data / "train" / "attributions" / f"{r['filename']}_{annotator}.ann")
        claims = quote_claims(doc, text, r["filename"])
        evaluate(text, golds, claims, tally, r["filename"])
    took = time.perf_counter() - began

    t = tally
    strict_p = pct(t.matched, t.pred)
    lenient_p = pct(t.matched, t.pred - t.split - t.paraphrase)
    recall = pct(t.matched, t.gold)
    e2e_pred = t.pred - t.split - t.paraphrase - (t.matched - t.matched_sourced)
    e2e_p, e2e_r = pct(t.correct, e2e_pred), pct(t.correct, t.gold_sourced)
    e2e_pc, e2e_rc = pct(t.correct_checked, e2e_pred), pct(t.correct_checked, t.gold_sourced)
    print(f"PolNeAR train: {len(rows)} articles, {t.gold} gold direct quotes "
          f"({t.gold_sourced} with a source), {t.pred} claimcheck quotes, {took:.0f} s")
    print(f"  detection  P strict {strict_p:5.1f}  P lenient {lenient_p:5.1f}  R {recall:5.1f}  "
          f"F1 strict {f1(strict_p, recall):5.1f}  F1 lenient {f1(lenient_p, recall):5.1f}")
    print(f"             (not counted in lenient: {t.split} split pieces, "
          f"{t.paraphrase} inside a paraphrase)")
    print(f"  speaker    accuracy {pct(t.correct, t.credited):5.1f}  "
          f"checked {pct(t.correct_checked, t.credited):5.1f}  "
          f"credited to no one {pct(t.nobody, t.matched_sourced):5.1f} % "
          f"({t.nobody}/{t.matched_sourced}; "
          f"no entity id {pct(t.no_entity, t.matched_sourced):.1f} %)")
    print(f"  end to end P {e2e_p:5.1f}  R {e2e_r:5.1f}  F1 (lenient) {f1(e2e_p, e2e_r):5.1f}   "
          f"checked: P {e2e_pc:5.1f}  R {e2e_rc:5.1f}  F1 {f1(e2e_pc, e2e_rc):5.1f}")
    print("  misses by cause:")
    for cause, n in t.causes.most_common():
        print(f"    {n:5d}  {cause}")
    for cause in args.examples:
        print(f"\n== {cause}")
        for line in t.examples.get(cause, []):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
