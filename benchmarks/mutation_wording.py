"""Varied-wording mutation benchmark: do the rules catch a slip however the sentence is worded?

Part 1, templates: every template of ``wording_templates`` (at least ten per
rule family, each built around one construction) is rendered over several
draws of dates, names and places (``wording_context``). The consistent
rendering must give no error finding; the mutated one holds one slip, and it
is caught when the template's rule reports more findings at warning or above
than on the consistent rendering (``as error`` counts those at error level).

Part 2, real articles: the slips of ``mutation_kinds.TEXT_MUTATIONS`` applied
to the articles of ``../shared/corpus/`` and a seeded sample of
``../shared/data/realnews/`` (edited news with publication dates).

Prints recall per family and per template (part 1), per rule (part 2), and
every error finding on an unmutated text.

``--set new`` renders the templates of ``wording_templates_new`` instead (written
later, to see whether fixes carry over); ``--set all`` both, reported apart.

Usage: python benchmarks/mutation_wording.py [--draws 4] [--realnews 40] [--seed 7] [-v]
       [--set old|new|all]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from wording_context import draw  # noqa: E402
from wording_templates import TEMPLATES, Template  # noqa: E402
from wording_templates_new import TEMPLATES_NEW  # noqa: E402

from claimcheck.models import Severity  # noqa: E402

SHARED = ROOT.parent / "shared"


def _findings(text: str, published: dt.date | None):
    from claimcheck.api import extract
    from claimcheck.checker import check_claims

    claims = extract(text, published=published)
    return claims, check_claims(claims).findings


def _counts(findings, code: str) -> tuple[int, int]:
    hits = [f for f in findings if f.code == code and f.severity >= Severity.WARNING]
    return len(hits), sum(f.severity is Severity.ERROR for f in hits)


def render(template: Template, values: dict[str, str], *, mutated: bool) -> str:
    if mutated:
        values = {**values, **{slot: values[bad] for slot, bad in template.mutate.items()}}
    return template.text.format_map(values)


def run_templates(draws: int, seed: int, verbose: bool):
    caught: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    false_errors: list[str] = []
    for n in range(draws):
        d = draw(seed * 1000 + n)
        for t in TEMPLATES:
            clean_text = render(t, d.values, mutated=False)
            bad_text = render(t, d.values, mutated=True)
            _, clean = _findings(clean_text, d.published)
            _, bad = _findings(bad_text, d.published)
            for f in clean:
                if f.severity is Severity.ERROR:
                    false_errors.append(f"{t.code}/{t.id} draw {n}: {f.code} {f.message}")
            (c0, e0), (c1, e1) = _counts(clean, t.code), _counts(bad, t.code)
            hit, as_error = c1 > c0, e1 > e0
            caught[f"{t.code}/{t.id}"].append((hit, as_error))
            if verbose and not hit:
                print(f"missed {t.code}/{t.id} (published {d.published}):\n  "
                      + bad_text.replace("\n\n", "\n  "))
    return caught, false_errors


def real_articles(limit: int, seed: int):
    index = SHARED / "corpus" / "index.jsonl"
    for line in index.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        path = SHARED / "corpus" / f"{rec['id']}.txt"
        if path.exists():
            pub = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
            yield f"corpus/{rec['id']}", path.read_text(encoding="utf-8"), pub
    records = []
    for path in sorted((SHARED / "data" / "realnews").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            records.append((f"{path.stem}/{rec['id']}", rec["text"],
                            dt.date.fromisoformat(rec["published"])))
    for rec in random.Random(seed).sample(records, min(limit, len(records))):
        yield rec


def run_real(limit: int, seed: int, verbose: bool):
    from mutation_kinds import TEXT_MUTATIONS

    applied: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    as_error: Counter[str] = Counter()
    false_errors: list[str] = []
    for name, text, pub in real_articles(limit, seed):
        rng = random.Random(f"{seed}-{name}")
        claims, clean = _findings(text, pub)
        false_errors += [f"{name}: {f.code} {f.message}" for f in clean
                         if f.severity is Severity.ERROR]
        for code, mutate in TEXT_MUTATIONS.items():
            mutated = mutate(text, claims, rng)
            if mutated is None or mutated == text:
                continue
            applied[code] += 1
            _, bad = _findings(mutated, pub)
            (c0, e0), (c1, e1) = _counts(clean, code), _counts(bad, code)
            caught[code] += c1 > c0
            as_error[code] += e1 > e0
            if verbose and c1 <= c0:
                print(f"missed {code} in {name}")
    return applied, caught, as_error, false_errors


def _pct(a: int, b: int) -> str:
    return f"{a / b:6.0%}" if b else "     -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draws", type=int, default=4, help="renderings of each template")
    ap.add_argument("--realnews", type=int, default=40, help="realnews articles to mutate")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default="", help="template code or family prefix, e.g. DT or PL01")
    ap.add_argument("--set", choices=("old", "new", "all"), default="old",
                    help="old: wording_templates; new: wording_templates_new; all: both")
    ap.add_argument("--no-real", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    global TEMPLATES
    chosen = {"old": TEMPLATES, "new": TEMPLATES_NEW, "all": TEMPLATES + TEMPLATES_NEW}
    TEMPLATES = list(chosen[args.set])
    if args.only:
        TEMPLATES[:] = [t for t in TEMPLATES if t.code.startswith(args.only)]

    caught, false_errors = run_templates(args.draws, args.seed, args.verbose)
    families: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    print(f"Part 1: {len(TEMPLATES)} templates x {args.draws} draws\n")
    print(f"{'template':44} {'caught':>7} {'as error':>9}")
    for t in TEMPLATES:
        rows = caught[f"{t.code}/{t.id}"]
        families[t.family] += rows
        hit = sum(h for h, _ in rows)
        err = sum(e for _, e in rows)
        print(f"{t.code + '/' + t.id:44} {hit:3d}/{len(rows):<3d} {err:5d}/{len(rows):<3d}")
    print(f"\n{'family':10} {'templates':>9} {'caught':>9} {'recall':>7} {'as error':>9}")
    if args.set == "all":  # each set's families apart
        for name, group in (("old", chosen["old"]), ("new", TEMPLATES_NEW)):
            for fam in dict.fromkeys(t.family for t in group):
                rows = [r for t in group if t.family == fam for r in caught[f"{t.code}/{t.id}"]]
                hit = sum(h for h, _ in rows)
                print(f"{name + ' ' + fam:14} {sum(t.family == fam for t in group):5d} "
                      f"{hit:4d}/{len(rows):<4d} {_pct(hit, len(rows)):>7}")
        print()
    for fam, rows in families.items():
        n_templates = sum(t.family == fam for t in TEMPLATES)
        hit = sum(h for h, _ in rows)
        err = sum(e for _, e in rows)
        print(f"{fam:10} {n_templates:9d} {hit:4d}/{len(rows):<4d} {_pct(hit, len(rows)):>7} "
              f"{_pct(err, len(rows)):>9}")
    allrows = [r for rows in families.values() for r in rows]
    print(f"{'all':10} {len(TEMPLATES):9d} {sum(h for h, _ in allrows):4d}/{len(allrows):<4d} "
          f"{_pct(sum(h for h, _ in allrows), len(allrows)):>7}")
    print(f"\nerror findings on consistent renderings: {len(false_errors)}")
    for line in false_errors:
        print("  " + line)
    if args.no_real:
        return 0

    applied, real_caught, real_err, real_false = run_real(args.realnews, args.seed,
                                                          args.verbose)
    print(f"\nPart 2: real articles (corpus + {args.realnews} realnews, seed {args.seed})\n")
    print(f"{'rule':6} {'applied':>8} {'caught':>7} {'recall':>7} {'as error':>9}")
    for code in sorted(applied):
        print(f"{code:6} {applied[code]:8d} {real_caught[code]:7d} "
              f"{_pct(real_caught[code], applied[code]):>7} {real_err[code]:9d}")
    total = sum(applied.values())
    print(f"{'all':6} {total:8d} {sum(real_caught.values()):7d} "
          f"{_pct(sum(real_caught.values()), total):>7} {sum(real_err.values()):9d}")
    print(f"\nerror findings on unmutated real articles: {len(real_false)}")
    for line in real_false:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
