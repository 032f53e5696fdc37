"""Peak memory and wall time of one long article, by size, each in a fresh process.

Articles of 10 kB, 100 kB, 1 MB and 5 MB are built by concatenating the
corpus texts (paragraphs kept whole, separated by blank lines) and checked
with ``validate_article`` and no time limit, each in its own subprocess, so
one size's memory never inflates the next. Peak RSS is the child's
``ru_maxrss`` from ``os.wait4`` (the whole process: the model, the parse,
extraction and the rules); time is the check alone, model load excluded.

Goals (issue 12): 1 MB peaks at <= 1 GB, 5 MB at <= 1.5 GB, and the 1 MB
article takes at most 12 x the 100 kB one.

``--trace`` also runs tracemalloc in each child and prints the Python
allocations still alive at the peak, by stage (parse, extract, check).

Usage: python benchmarks/memory.py [--corpus ../shared/corpus] [--sizes 10k,100k,1M,5M]
       [--timeout 900] [--trace]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOALS_MB = {1_000_000: 1000.0, 5_000_000: 1500.0}
TIME_RATIO_GOAL = 12.0

CHILD = r"""
import json, sys, time
started = time.perf_counter()
from claimcheck.nlp import load_model
load_model()
loaded = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
trace = sys.argv[2] == "1"
stages = {}
if trace:
    import tracemalloc
    tracemalloc.start()
from claimcheck.models import Article
article = Article(text=text, source="long.txt")
if trace:
    from claimcheck.checker import check_claims
    from claimcheck.extraction import extract_claims
    from claimcheck.nlp import parse
    t0 = time.perf_counter(); doc = parse(text)
    stages["parse"] = (time.perf_counter() - t0, tracemalloc.get_traced_memory()[1] / 1e6)
    tracemalloc.reset_peak()
    t0 = time.perf_counter(); claims = extract_claims(doc, article)
    stages["extract"] = (time.perf_counter() - t0, tracemalloc.get_traced_memory()[1] / 1e6)
    tracemalloc.reset_peak()
    t0 = time.perf_counter(); report = check_claims(claims)
    stages["check"] = (time.perf_counter() - t0, tracemalloc.get_traced_memory()[1] / 1e6)
    error = None
else:
    from claimcheck.batch import validate_article
    report = validate_article(article, time_limit=None)
    error = report.error
done = time.perf_counter()
print(json.dumps({"load": loaded - started, "check": done - loaded, "error": error,
                  "findings": len(report.findings), "stages": stages}))
"""


def parse_size(text: str) -> int:
    units = {"k": 1_000, "m": 1_000_000}
    text = text.strip().lower().rstrip("b")
    if text[-1:] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def build(corpus: Path, size: int) -> str:
    """The corpus's paragraphs, repeated in order, to ``size`` characters (one cut at a blank
    line)."""
    paragraphs = [p.strip() for f in sorted(corpus.glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    if not paragraphs:
        sys.exit(f"{corpus}: no .txt articles")
    out: list[str] = []
    total, i = 0, 0
    while total < size:
        piece = paragraphs[i % len(paragraphs)] + "\n\n"
        out.append(piece)
        total += len(piece)
        i += 1
    return "".join(out)[:size].rstrip() + "\n"


def run(path: Path, trace: bool, timeout: float) -> dict[str, object]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), "1" if trace else "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=path.parent,  # not the caller's folder: PYTHONPATH alone says which claimcheck runs
    )
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            return {"peak_mb": usage.ru_maxrss / 1024, "wall": time.perf_counter() - started,
                    "outcome": f"killed after {timeout:g} s"}
        time.sleep(0.2)
    wall = time.perf_counter() - started
    out = child.stdout.read() if child.stdout else ""
    err = child.stderr.read() if child.stderr else ""
    result: dict[str, object] = {"peak_mb": usage.ru_maxrss / 1024, "wall": wall}
    if os.waitstatus_to_exitcode(status) != 0:
        result["outcome"] = "failed: " + (err.strip().splitlines() or ["?"])[-1][:80]
        return result
    data = json.loads(out.strip().splitlines()[-1])
    result.update(data)
    result["outcome"] = "ok" if not data["error"] else f"error: {data['error'][:60]}"
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--sizes", default="10k,100k,1M,5M")
    parser.add_argument("--timeout", type=float, default=900.0,
                        help="seconds one size may take before its process is killed")
    parser.add_argument("--trace", action="store_true",
                        help="tracemalloc peaks by stage (slower; Python allocations only)")
    args = parser.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    rows: dict[int, dict[str, object]] = {}
    print(f"{'size':>10} {'peak RSS MB':>12} {'load s':>8} {'check s':>9} {'wall s':>8}"
          f" {'findings':>9}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"long-{size}.txt"
            path.write_text(build(args.corpus, size), encoding="utf-8")
            row = rows[size] = run(path, args.trace, args.timeout)
            load = f"{row['load']:.2f}" if "load" in row else "-"
            check = f"{row['check']:.2f}" if "check" in row else "-"
            findings = row.get("findings", "-")
            print(f"{size:>10,} {row['peak_mb']:>12.0f} {load:>8} {check:>9} "
                  f"{row['wall']:>8.2f} {findings:>9}  {row['outcome']}", flush=True)
            for stage, (seconds, peak) in dict(row.get("stages") or {}).items():
                print(f"{'':>10}   {stage:<8} {seconds:8.2f} s, tracemalloc peak {peak:8.1f} MB")
    print()
    for size, goal in GOALS_MB.items():
        if size in rows:
            peak = float(rows[size]["peak_mb"])  # type: ignore[arg-type]
            state = "met" if peak <= goal and rows[size]["outcome"] == "ok" else "NOT met"
            print(f"peak at {size:,}: {peak:.0f} MB (goal <= {goal:.0f} MB): {state}")
    small, large = rows.get(100_000), rows.get(1_000_000)
    if small and large and "check" in small and "check" in large:
        ratio = float(large["check"]) / float(small["check"])  # type: ignore[arg-type]
        state = "met" if ratio <= TIME_RATIO_GOAL else "NOT met"
        print(f"time 1 MB / 100 kB: {ratio:.1f} (goal <= {TIME_RATIO_GOAL:g}): {state}")


if __name__ == "__main__":
    main()
