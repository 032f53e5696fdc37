"""Mutation benchmark: break one thing in a consistent article's text and see if it is caught.

Articles come from two sources: random consistent articles rendered by
``mutation_articles.generate`` and the real articles of ``../shared/corpus/``
(publication dates from its ``index.jsonl``). Each mutation edits the TEXT
the way a writer or editor might slip (a wrong weekday, a date pushed past
publication, a name mistyped, a quote pasted under another name ...), using
the claims extracted from the unmodified text only to find where to edit.
The full pipeline then reads the mutated text; a mutation is caught when the
expected rule reports more findings (warning or error) than on the original.

Kinds the extractor cannot produce from text yet are mutated at the claims
level instead, and are marked so in the table.

Usage: python benchmarks/mutation.py [--corpus ../shared/corpus] [--generated 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutation_articles import generate  # noqa: E402
from mutation_kinds import CLAIM_MUTATIONS, TEXT_MUTATIONS  # noqa: E402

from claimcheck.api import extract  # noqa: E402
from claimcheck.checker import check_claims  # noqa: E402
from claimcheck.models import (  # noqa: E402
    ClaimSet,
    Severity,
)


def _count(claims: ClaimSet, code: str, level: Severity = Severity.WARNING) -> int:
    return sum(f.code == code and f.severity >= level
               for f in check_claims(claims).findings)


def _counts(claims: ClaimSet, code: str) -> tuple[int, int]:
    """Findings of ``code`` at warning or above, and at error."""
    found = [f for f in check_claims(claims).findings if f.code == code]
    return (sum(f.severity >= Severity.WARNING for f in found),
            sum(f.severity is Severity.ERROR for f in found))


def articles(corpus: Path, generated: int, seed: int):
    for n in range(generated):
        g = generate(seed * 1000 + n)
        yield f"gen-{g.seed}", g.text, g.published
    index = corpus / "index.jsonl"
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            path = corpus / f"{rec['id']}.txt"
            if path.exists():
                pub = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
                yield f"corpus-{rec['id']}", path.read_text(encoding="utf-8"), pub


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--generated", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    applied: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    as_error: Counter[str] = Counter()
    corpus_applied: Counter[str] = Counter()
    corpus_caught: Counter[str] = Counter()
    errors_unmodified: list[str] = []
    n_articles = 0
    for name, text, pub in articles(args.corpus, args.generated, args.seed):
        n_articles += 1
        rng = random.Random(f"{args.seed}-{name}")
        original = extract(text, published=pub)
        for f in check_claims(original).findings:
            if f.severity is Severity.ERROR:
                errors_unmodified.append(f"{name}: {f.code} {f.message}")
        for code, mutate in TEXT_MUTATIONS.items():
            mutated = mutate(text, original, rng)
            if mutated is None or mutated == text:
                continue
            applied[code] += 1
            after, before = _counts(extract(mutated, published=pub), code), _counts(original, code)
            hit = after[0] > before[0]
            caught[code] += hit
            as_error[code] += after[1] > before[1]
            if name.startswith("corpus-"):
                corpus_applied[code] += 1
                corpus_caught[code] += hit
            if args.verbose and not hit:
                print(f"missed {code} in {name}")
        for code, mutate in CLAIM_MUTATIONS.items():
            mutated_claims = mutate(original, rng)
            if mutated_claims is None:
                continue
            applied[code] += 1
            after, before = _counts(mutated_claims, code), _counts(original, code)
            hit = after[0] > before[0]
            caught[code] += hit
            as_error[code] += after[1] > before[1]
            if name.startswith("corpus-"):
                corpus_applied[code] += 1
                corpus_caught[code] += hit
    print(f"{n_articles} articles ({args.generated} generated, the rest from {args.corpus})\n")
    print(f"{'rule':6} {'level':7} {'applied':>8} {'caught':>7} {'recall':>7}   "
          f"{'corpus only':>12} {'as error':>9}")
    for code in sorted(applied):
        level = "claims" if code in CLAIM_MUTATIONS else "text"
        recall = caught[code] / applied[code]
        corpus = (f"{corpus_caught[code]}/{corpus_applied[code]}" if corpus_applied[code]
                  else "-")
        print(f"{code:6} {level:7} {applied[code]:8d} {caught[code]:7d} {recall:7.0%}   "
              f"{corpus:>12} {as_error[code]:9d}")
    total = sum(applied.values())
    print(f"{'all':6} {'':7} {total:8d} {sum(caught.values()):7d} "
          f"{sum(caught.values()) / max(total, 1):7.0%}   {'':>12} {sum(as_error.values()):9d}")
    print(f"\nerror findings on unmodified articles: {len(errors_unmodified)}")
    for line in errors_unmodified:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
