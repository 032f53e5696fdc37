"""Throughput, scaling, cold start and memory of claimcheck against bare spaCy.

Everything is measured in one run on the same texts, so the numbers that
matter are ratios, which survive a busy or slow machine:

- bare ``nlp.pipe`` with the same model (the floor), claimcheck extraction,
  and extraction + checking, over the corpus repeated to ``--articles``;
- ``--jobs 2`` against one job;
- a 100,000-word article against a 10,000-word one;
- cold start of ``claimcheck validate one.txt`` against ``python -c`` that
  ``spacy.load``s the same model, whole processes taking turns (``--cold-only``
  measures just this);
- peak memory of validating ``--memory-articles`` articles in one process.

Usage: python benchmarks/throughput.py [--corpus ../shared/corpus] [--articles 2000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.models import Article  # noqa: E402

GOALS = {
    "end_to_end_vs_bare": (">=", 0.8),
    "jobs2_vs_jobs1": (">=", 1.7),
    "cold_start_vs_model_load": ("<=", 1.2),
    "100k_vs_10k_time": ("<", 10.0),
    "peak_memory_mb": ("<", 600.0),
}


def load_corpus(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"{folder}: no .txt articles")
    return texts


def repeat_to(texts: list[str], n: int) -> list[str]:
    return [texts[i % len(texts)] for i in range(n)]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def synthetic(texts: list[str], n_words: int) -> str:
    """One long article made of the corpus's paragraphs, cut to ``n_words`` words."""
    paragraphs = [p for t in texts for p in t.split("\n") if len(p.split()) > 8]
    out: list[str] = []
    count = 0
    i = 0
    while count < n_words:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        count += len(p.split())
        i += 1
    return "\n\n".join(out)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def consume(iterable) -> int:
    n = 0
    for _ in iterable:
        n += 1
    return n


def articles_of(texts: list[str]) -> list[Article]:
    return [Article(text=t, source=f"a{i}") for i, t in enumerate(texts)]


def run_bare(texts: list[str]) -> float:
    from claimcheck.nlp import load_model

    nlp = load_model()
    return timed(lambda: consume(nlp.pipe(texts, batch_size=32)))


def run_extract(texts: list[str]) -> float:
    from claimcheck.extraction import extract_claims
    from claimcheck.nlp import parse_many

    arts = articles_of(texts)

    def go() -> None:
        for doc, art in zip(parse_many(texts), arts, strict=True):
            extract_claims(doc, art)

    return timed(go)


def run_validate(texts: list[str], jobs: int = 1) -> float:
    """Extract + check through the batch path, without the per-article time budget
    (a 100,000-word article legitimately takes longer than the default 60 s)."""
    from claimcheck.batch import validate_articles

    arts = articles_of(texts)
    return timed(lambda: consume(validate_articles(arts, jobs=jobs, time_limit=None)))


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=False, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def cold_env(pycache: Path | None) -> dict[str, str]:
    """The environment both commands run in: this checkout's code first on the path (the
    installed ``claimcheck`` command then runs it, as ``pip install -e .`` would), and
    compiled bytecode kept between runs in ``pycache`` (None: the environment as it is).

    A user's installed package has its ``.pyc`` files (pip writes them); with
    ``PYTHONDONTWRITEBYTECODE`` set, as in some sandboxes, every run would compile
    claimcheck's modules from source, which no user's run does.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _code_under_test(env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", "import claimcheck; print(claimcheck.__file__)"],
        check=True, capture_output=True, text=True, env=env,
    )
    return out.stdout.strip()


class ColdStart(NamedTuple):
    bare_wall: float
    ours_wall: float
    bare_cpu: float
    ours_cpu: float
    ratio: float  # median of the round-by-round wall-clock ratios
    torn_down_wall: float  # the same run through ``main()``, the interpreter torn down at exit
    torn_down_ratio: float


def cold_start(one_text: str, runs: int, *, bytecode: bool = True) -> ColdStart:
    """Whole processes, interleaved: a bare ``spacy.load`` of the model, then the installed
    ``claimcheck validate one.txt``, ``runs`` times; the medians of each and the median of
    the round-by-round ratios (a busy moment of the machine falls on both of a pair)."""
    from claimcheck.nlp import find_model_package

    exe = Path(sys.executable).parent / "claimcheck"
    bare_cmd = [sys.executable, "-c", f"import spacy; spacy.load({find_model_package()!r})"]
    with tempfile.TemporaryDirectory() as tmp:
        env = cold_env(Path(tmp) / "pycache" if bytecode else None)
        code = _code_under_test(env)
        if not code.startswith(str(ROOT)):
            sys.exit(f"the claimcheck command would run {code}, not this checkout ({ROOT})")
        path = Path(tmp) / "one.txt"
        path.write_text(one_text, encoding="utf-8")
        ours_cmd = [str(exe), "validate", "--isolated", str(path)]
        torn_cmd = [sys.executable, "-c", "from claimcheck.cli import main; main()",
                    "validate", "--isolated", str(path)]
        for _ in range(2):  # warm the file cache (and the bytecode) for all
            _run(bare_cmd, env), _run(ours_cmd, env), _run(torn_cmd, env)
        rounds = [(_run(bare_cmd, env), _run(ours_cmd, env), _run(torn_cmd, env))
                  for _ in range(runs)]
    pairs = [(b, o) for b, o, _ in rounds]
    return ColdStart(
        bare_wall=statistics.median(b[0] for b, _ in pairs),
        ours_wall=statistics.median(o[0] for _, o in pairs),
        bare_cpu=statistics.median(b[1] for b, _ in pairs),
        ours_cpu=statistics.median(o[1] for _, o in pairs),
        ratio=statistics.median(o[0] / b[0] for b, o in pairs),
        torn_down_wall=statistics.median(t[0] for _, _, t in rounds),
        torn_down_ratio=statistics.median(t[0] / b[0] for b, _, t in rounds),
    )


def report_cold_start(one_text: str, runs: int, *, bytecode: bool = True) -> float:
    c = cold_start(one_text, runs, bytecode=bytecode)
    print(f"\ncold start (median of {runs} interleaved rounds"
          f"{'' if bytecode else ', no bytecode kept'}; load average "
          f"{os.getloadavg()[0]:.1f}):\n"
          f"  bare spacy.load              {c.bare_wall:6.2f} s wall  {c.bare_cpu:6.2f} s CPU\n"
          f"  claimcheck validate one.txt  {c.ours_wall:6.2f} s wall  {c.ours_cpu:6.2f} s CPU\n"
          f"  ratio of medians {c.ours_wall / c.bare_wall:.2f} "
          f"(CPU {c.ours_cpu / c.bare_cpu:.2f}); median ratio {c.ratio:.2f}\n"
          f"  the same through main(), torn down at exit (no os._exit): "
          f"{c.torn_down_wall:.2f} s, median ratio {c.torn_down_ratio:.2f}")
    return c.ratio


MEMORY_SCRIPT = """
import resource, sys
from claimcheck.batch import validate_articles
from claimcheck.models import Article
texts = [open(p, encoding='utf-8').read() for p in sys.argv[2:]]
n = int(sys.argv[1])
arts = (Article(text=texts[i % len(texts)], source=f"a{i}") for i in range(n))
count = sum(1 for _ in validate_articles(arts))
print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_memory(paths: list[Path], n: int) -> float:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(n), *map(str, paths)],
        check=True, capture_output=True, text=True,
    )
    count, mb = out.stdout.split()
    assert int(count) == n, out.stdout
    return float(mb)


def verdict(name: str, value: float) -> str:
    op, target = GOALS[name]
    ok = {">=": value >= target, "<=": value <= target, "<": value < target}[op]
    return f"{'met' if ok else 'NOT met'} (goal {op} {target})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=10, help="interleaved blocks")
    ap.add_argument("--jobs-articles", type=int, default=1000)
    ap.add_argument("--memory-articles", type=int, default=10000)
    ap.add_argument("--cold-runs", type=int, default=15, help="interleaved cold-start rounds")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="cold start with the environment's bytecode setting as it is "
                         "(PYTHONDONTWRITEBYTECODE: claimcheck compiled from source each run)")
    ap.add_argument("--cold-only", action="store_true", help="measure the cold start only")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()

    corpus = load_corpus(args.corpus)
    if args.cold_only:
        ratio = report_cold_start(corpus[0], args.cold_runs, bytecode=not args.no_bytecode)
        print(f"cold_start_vs_model_load {ratio:.2f}   "
              f"{verdict('cold_start_vs_model_load', ratio)}")
        return
    texts = repeat_to(corpus, args.articles)
    n_words = words(texts)
    print(f"corpus: {len(corpus)} articles repeated to {len(texts)} ({n_words:,} words)")

    from claimcheck.nlp import load_model

    load_model()
    run_validate(texts[:20])  # warm caches (gazetteer, lexicons) outside the timings

    # The three pipelines take turns on blocks of the same texts, so a slower
    # or busier minute of the machine falls on all three alike.
    bare = ext = full = 0.0
    block = max(1, len(texts) // args.rounds)
    for start in range(0, len(texts), block):
        part = texts[start:start + block]
        bare += run_bare(part)
        ext += run_extract(part)
        full += run_validate(part)
    rows = [("bare nlp.pipe", bare), ("claimcheck extract", ext),
            ("claimcheck extract + check", full)]
    print(f"\n{'pipeline':<28}{'seconds':>9}{'articles/s':>12}{'words/s':>11}{'vs bare':>9}")
    for name, sec in rows:
        print(f"{name:<28}{sec:>9.2f}{len(texts) / sec:>12.1f}{n_words / sec:>11.0f}"
              f"{bare / sec:>9.2f}")
    results = {"end_to_end_vs_bare": bare / full}

    jtexts = texts[: args.jobs_articles]
    j1 = run_validate(jtexts, jobs=1)
    j2 = run_validate(jtexts, jobs=2)
    results["jobs2_vs_jobs1"] = j1 / j2
    print(f"\n--jobs 1: {len(jtexts) / j1:.1f} articles/s; --jobs 2: {len(jtexts) / j2:.1f} "
          f"articles/s; speed-up {j1 / j2:.2f}x")

    long10 = synthetic(corpus, 10_000)
    long100 = synthetic(corpus, 100_000)
    t10 = run_validate([long10])
    t100 = run_validate([long100])
    results["100k_vs_10k_time"] = t100 / t10
    print(f"\n10,000-word article: {t10:.2f} s; 100,000-word article: {t100:.2f} s; "
          f"ratio {t100 / t10:.2f}")

    results["cold_start_vs_model_load"] = report_cold_start(
        corpus[0], args.cold_runs, bytecode=not args.no_bytecode)

    if not args.skip_memory:
        paths = sorted(args.corpus.glob("*.txt"))
        small = peak_memory(paths, max(args.memory_articles // 10, 1))
        big = peak_memory(paths, args.memory_articles)
        results["peak_memory_mb"] = big
        print(f"\npeak memory: {small:.0f} MB for {max(args.memory_articles // 10, 1)} articles, "
              f"{big:.0f} MB for {args.memory_articles}")

    print("\ngoal                          measured   verdict")
    for name, value in results.items():
        print(f"{name:<30}{value:>8.2f}   {verdict(name, value)}")


if __name__ == "__main__":
    main()
