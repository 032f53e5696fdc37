"""The long fuzz run of issue 8: hundreds of thousands of inputs, a count of tries and failures.

The same properties as tests/robustness/test_fuzz.py, with hypothesis
generating far more inputs, split across four targets by cost:

- ``bytes``: arbitrary bytes (with and without byte order marks) through
  ``read_stdin`` as every format; only ``InputError`` may come back;
- ``formats``: text spliced from pieces of front matter, HTML, JSON,
  datelines and prose, read as every format; only ``InputError``;
- ``claims``: generated ClaimSets through ``validate_article`` (the rules,
  guarded) and every output format; nothing may raise;
- ``extraction``: short article-like text through the language model,
  extraction and checking (``validate_article``); nothing may raise.

A failure is an exception that escapes what the contract allows. A rule
that crashes inside the guarded path is not a failure of that contract
(the user gets one per-file error line), but it is a bug: those are
counted apart, by kind, under "guarded internal errors".

Usage: python benchmarks/fuzz.py [--bytes 75000] [--formats 22000] [--claims 3500]
       [--extraction 1500] [--seed 0]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimcheck.errors import InputError  # noqa: E402
from claimcheck.ingest import KINDS, parse_as, read_stdin  # noqa: E402
from claimcheck.models import Article, ClaimSet, FileReport, Report  # noqa: E402
from tests.models.strategies import claim_sets  # noqa: E402
from tests.robustness.fuzz_inputs import article_texts, documents, raw_bytes  # noqa: E402


class Tally:
    """Tries, failures (with the first few tracebacks) and guarded internal errors."""

    def __init__(self) -> None:
        self.tried: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        self.guarded: Counter[str] = Counter()
        self.examples: dict[str, str] = {}

    def fail(self, target: str, given_input: object, exc: BaseException) -> None:
        self.failed[target] += 1
        where = traceback.extract_tb(exc.__traceback__)[-1]
        key = f"{target}: {type(exc).__name__} at {where.filename}:{where.lineno}"
        if key not in self.examples:
            self.examples[key] = f"{exc!s:.300}\n    input: {given_input!r:.300}"

    def guard(self, report: FileReport) -> None:
        if report.error is not None and report.error.startswith("internal error"):
            self.guarded[report.error[:110]] += 1


def run(target: str, strategy: st.SearchStrategy, body: Callable[[object], None],
        count: int, tally: Tally, rng_seed: int) -> float:
    """``count`` inputs from ``strategy`` through ``body``; failures are counted, not raised."""
    if count <= 0:
        return 0.0

    @seed(rng_seed)
    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def fuzz(value: object) -> None:
        tally.tried[target] += 1
        try:
            body(value)
        except Exception as exc:  # noqa: BLE001  (counting is the point)
            tally.fail(target, value, exc)

    started = time.perf_counter()
    fuzz()
    return time.perf_counter() - started


def ingest_bytes(value: object) -> None:
    data, kind = value  # type: ignore[misc]
    for item in read_stdin(io.BytesIO(data), kind=kind, max_bytes=100_000):
        if not isinstance(item, Article | ClaimSet | InputError):
            raise TypeError(f"read_stdin yielded a {type(item).__name__}")


def ingest_formats(value: object) -> None:
    text, kind = value  # type: ignore[misc]
    try:
        parse_as(kind, text, "fuzz")
    except InputError:
        pass


def make_checker(tally: Tally) -> Callable[[object], None]:
    from claimcheck.batch import validate_article
    from claimcheck.report import FORMATS

    def check(claims: object) -> None:
        report = validate_article(claims)  # type: ignore[arg-type]
        tally.guard(report)
        whole = Report.of([report])
        for render in FORMATS.values():
            render(whole)
        json.loads(FORMATS["sarif"](whole))

    return check


def make_extractor(tally: Tally) -> Callable[[object], None]:
    from claimcheck.batch import validate_article

    def extract(value: object) -> None:
        text, published = value  # type: ignore[misc]
        tally.guard(validate_article(Article(text=text, source="fuzz", published=published)))

    return extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=75_000)
    parser.add_argument("--formats", type=int, default=22_000)
    parser.add_argument("--claims", type=int, default=3_500)
    parser.add_argument("--extraction", type=int, default=1_500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    tally = Tally()
    one_kind = [k for k in KINDS if k != "jsonl"]
    targets = [
        ("bytes", st.tuples(raw_bytes, st.sampled_from([None, *KINDS])), ingest_bytes,
         args.bytes),
        ("formats", st.tuples(documents, st.sampled_from(one_kind)), ingest_formats,
         args.formats),
        ("claims", claim_sets, make_checker(tally), args.claims),
        ("extraction", st.tuples(article_texts, st.none() | st.dates()),
         make_extractor(tally), args.extraction),
    ]
    seconds = {}
    for name, strategy, body, count in targets:
        seconds[name] = run(name, strategy, body, count, tally, args.seed)
        print(f"{name:<11} tried {tally.tried[name]:>7,}  failed {tally.failed[name]:>3}  "
              f"{seconds[name]:7.1f} s", flush=True)

    total, failed = sum(tally.tried.values()), sum(tally.failed.values())
    split = ", ".join(f"{n} {tally.tried[n]:,}" for n, *_ in targets)
    print(f"\ninputs tried: {total:,} ({split}); failed: {failed}; "
          f"{sum(seconds.values()):.0f} s")
    if tally.guarded:
        print(f"guarded internal errors (per-file error lines, no traceback): "
              f"{sum(tally.guarded.values()):,}")
        for message, n in tally.guarded.most_common():
            print(f"  {n:>6,}  {message}")
    for key, example in tally.examples.items():
        print(f"FAILURE {key}\n    {example}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
