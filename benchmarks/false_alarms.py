"""False-alarm benchmark: claimcheck over real, edited news, where every error is suspect.

Reads the edited articles of ``../shared/data/realnews/*.jsonl`` (with their
publication dates), the articles of ``../shared/corpus/`` (dates from its
``index.jsonl``) and the TEXT of the TempEval-3 train files (their DCT as the
publication date), parses them with ``nlp.pipe``, extracts and checks them in
process, and prints:

- per source, articles with an error / a warning per 1,000 articles;
- by rule, error and warning findings and the articles they fall in;
- every error finding with the sentences of its evidence, so a reviewer can
  judge each in seconds;
- with ``--sample-warnings N --seed S``, a random sample of N warnings.

``--save-claims DIR`` keeps each article's ClaimSet as JSON, and
``--claims DIR`` checks saved ClaimSets again without parsing (for work on the
reasoner and the rules only).

``--claims DIR --rehand`` also recomputes the fields ``extraction/document.py``
hands over (unmatched marks, word uses, repeat cues) with the current code.
``--warnings-out FILE`` writes every warning as a JSON line.

Usage: python benchmarks/false_alarms.py [--limit N] [--sources realnews,corpus,tempeval]
       [--sample-warnings 50 --seed 1] [--save-claims DIR | --claims DIR [--rehand]]
       [--warnings-out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import signal
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from claimcheck.checker import check_claims  # noqa: E402
from claimcheck.models import Article, ClaimSet, Finding, Severity  # noqa: E402

SHARED = ROOT.parent / "shared"
if not SHARED.exists():  # a worktree beside /work/main
    SHARED = Path("/work/shared")
SOURCES = ("realnews", "corpus", "tempeval")
_BREAK = re.compile(r"[.!?][\"”’)]*\s|\n")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def realnews(root: Path) -> Iterator[tuple[str, str, str, dt.date | None]]:
    for path in sorted((root / "data" / "realnews").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                yield "realnews", rec["id"], rec["text"], _date(rec.get("published"))


def corpus(root: Path) -> Iterator[tuple[str, str, str, dt.date | None]]:
    index = root / "corpus" / "index.jsonl"
    for line in index.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        path = root / "corpus" / f"{rec['id']}.txt"
        if path.exists():
            yield "corpus", rec["id"], path.read_text(encoding="utf-8"), _date(rec.get("published"))


def tempeval(root: Path) -> Iterator[tuple[str, str, str, dt.date | None]]:
    from tempeval import read_tml

    for path in sorted((root / "data" / "tempeval3" / "train").rglob("*.tml")):
        doc = read_tml(path)
        yield "tempeval", path.stem, doc.text, doc.dct


def documents(root: Path, sources: list[str], limit: int | None):
    readers = {"realnews": realnews, "corpus": corpus, "tempeval": tempeval}
    for name in sources:
        for n, item in enumerate(readers[name](root)):
            if limit is not None and n >= limit:
                break
            yield item


def _claims(docs, args) -> Iterator[tuple[str, str, ClaimSet]]:
    """(source, id, claims) for each document: parsed with nlp.pipe, or read back."""
    if args.claims:
        for source, key, _text, _pub in docs:
            path = args.claims / f"{source}-{key.replace('/', '_')}.json"
            if path.exists():
                claims = ClaimSet.model_validate_json(path.read_text(encoding="utf-8"))
                if args.rehand:
                    from claimcheck.extraction.document import hand_over_text

                    claims = hand_over_text(claims.article.text, claims, claims.sentences)
                yield source, key, claims
        return
    from claimcheck.extraction import extract_claims
    from claimcheck.nlp import parse_many

    docs = list(docs)
    saved = {}
    if args.save_claims and args.resume:
        for source, key, _t, _p in docs:
            path = args.save_claims / f"{source}-{key.replace('/', '_')}.json"
            if path.exists():
                saved[(source, key)] = path
    todo = [d for d in docs if (d[0], d[1]) not in saved]
    parsed = parse_many((text for _s, _k, text, _p in todo), batch_size=16)
    for source, key in saved:
        yield source, key, ClaimSet.model_validate_json(
            saved[(source, key)].read_text(encoding="utf-8"))
    for (source, key, text, pub), doc in zip(todo, parsed, strict=True):
        article = Article(text=text, source=f"{source}/{key}", published=pub)
        signal.alarm(args.timeout)
        try:
            claims = extract_claims(doc, article)
        except TimeoutError:
            TIMED_OUT.append(f"{source}/{key}")
            continue
        finally:
            signal.alarm(0)
        if args.save_claims:
            args.save_claims.mkdir(parents=True, exist_ok=True)
            path = args.save_claims / f"{source}-{key.replace('/', '_')}.json"
            path.write_text(claims.model_dump_json(), encoding="utf-8")
        yield source, key, claims


TIMED_OUT: list[str] = []


def _alarm(signum, frame):
    raise TimeoutError


def sentence_of(text: str, start: int, end: int) -> str:
    lo = 0
    for m in _BREAK.finditer(text, 0, start):
        lo = m.end()
    m = _BREAK.search(text, end)
    hi = m.start() + 1 if m else len(text)
    return " ".join(text[lo:hi].split())


def show(f: Finding, text: str, key: str, published: dt.date | None) -> list[str]:
    out = [f"[{f.severity.value}] {f.code} {key} (published {published}): {f.message}"]
    seen = []
    for e in f.evidence:
        s = sentence_of(text, e.span.start, e.span.end)
        if s not in seen:
            seen.append(s)
            out.append(f"    > {s}")
        out.append(f"      {e.role}: {e.span.text!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED)
    ap.add_argument("--sources", default=",".join(SOURCES))
    ap.add_argument("--limit", type=int, default=None, help="at most N articles per source")
    ap.add_argument("--sample-warnings", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save-claims", type=Path, default=None)
    ap.add_argument("--claims", type=Path, default=None)
    ap.add_argument("--rehand", action="store_true",
                    help="with --claims, recompute the wording-derived fields (marks, words, "
                         "repeat cues) with the current extraction/document.py")
    ap.add_argument("--warnings-out", type=Path, default=None,
                    help="write every warning as one JSON line (for review)")
    ap.add_argument("--resume", action="store_true",
                    help="with --save-claims, read the ClaimSets already saved there")
    ap.add_argument("--timeout", type=int, default=60,
                    help="seconds one article's extraction may take before it is skipped")
    ap.add_argument("--no-errors", action="store_true", help="do not list the error findings")
    args = ap.parse_args(argv)
    sources = [s for s in args.sources.split(",") if s]
    signal.signal(signal.SIGALRM, _alarm)
    started = time.perf_counter()
    articles: Counter[str] = Counter()
    with_error: Counter[str] = Counter()
    with_warning: Counter[str] = Counter()
    rule_findings: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    rule_articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    errors: list[str] = []
    warnings: list[tuple[Finding, str, str, dt.date | None]] = []
    for source, key, claims in _claims(documents(args.data, sources, args.limit), args):
        articles[source] += 1
        report = check_claims(claims)
        text, pub = claims.article.text, claims.article.published
        levels = {f.severity for f in report.findings}
        with_error[source] += Severity.ERROR in levels
        with_warning[source] += Severity.WARNING in levels
        for f in report.findings:
            if f.severity < Severity.WARNING:
                continue
            rule_findings[(f.code, f.severity.value)][source] += 1
            rule_articles[(f.code, f.severity.value)].add(f"{source}/{key}")
            if f.severity is Severity.ERROR:
                errors.extend(show(f, text, f"{source}/{key}", pub))
            else:
                warnings.append((f, text, f"{source}/{key}", pub))
    total = sum(articles.values())
    print(f"{total} articles in {time.perf_counter() - started:.0f} s")
    print(f"extraction timed out (>{args.timeout} s, skipped): {len(TIMED_OUT)} "
          f"{' '.join(TIMED_OUT)}\n")
    print(f"{'source':10} {'articles':>8} {'error/1000':>11} {'warning/1000':>13}")
    for source in [*sources, "all"]:
        n = articles[source] if source != "all" else total
        e = with_error[source] if source != "all" else sum(with_error.values())
        w = with_warning[source] if source != "all" else sum(with_warning.values())
        print(f"{source:10} {n:8d} {1000 * e / max(n, 1):11.1f} {1000 * w / max(n, 1):13.1f}")
    print(f"\n{'rule':6} {'level':8} {'findings':>8} {'articles':>8} {'/1000':>7}  by source")
    for (code, level), by_source in sorted(rule_findings.items()):
        n_art = len(rule_articles[(code, level)])
        parts = ", ".join(f"{s} {c}" for s, c in sorted(by_source.items()))
        print(f"{code:6} {level:8} {sum(by_source.values()):8d} {n_art:8d} "
              f"{1000 * n_art / max(total, 1):7.1f}  {parts}")
    if not args.no_errors:
        print(f"\nerror findings ({sum(1 for line in errors if line.startswith('['))}):")
        for line in errors:
            print(line)
    if args.warnings_out:
        with args.warnings_out.open("w", encoding="utf-8") as out:
            for f, text, key, pub in warnings:
                out.write(json.dumps({"key": key, "published": str(pub), "code": f.code,
                                      "message": f.message,
                                      "evidence": [[e.role, e.span.start, e.span.text]
                                                   for e in f.evidence],
                                      "show": show(f, text, key, pub)}) + "\n")
    if args.sample_warnings:
        rng = random.Random(args.seed)
        sample = rng.sample(warnings, min(args.sample_warnings, len(warnings)))
        print(f"\nrandom sample of {len(sample)} of {len(warnings)} warnings (seed {args.seed}):")
        for n, (f, text, key, pub) in enumerate(sample, 1):
            lines = show(f, text, key, pub)
            print(f"{n:2d}. " + lines[0])
            print("\n".join(lines[1:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
