"""Time on pathological input, at two sizes: does it grow linearly with the text?

Each input of issue 8 is built at size n and 10n and run the whole way, as
``claimcheck validate`` would: read from bytes (ingest, with its format),
the language check, the language model, extraction, the rules, and the
text report. Linear growth means a ratio near 10; a ratio far above it
(say over 15) points to quadratic work somewhere, and the stage times say
where.

- ``quotes``: quotation marks, straight and curly, mostly unbalanced
  (100,000 marks at 10n);
- ``dates``: sentences each with a full date and a weekday (10,000 at 10n);
- ``no-spaces``: one line without a space, words, digits, dates and quote
  marks run together (1 MB at 10n);
- ``nested-html``: ``<div>`` nested inside ``<div>``, text at every level
  (2,000 deep at 10n: libxml2 reads at most 2048 levels, and deeper pages
  are refused as an input error, which costs nothing).

Each run has a budget (``--budget``, default 120 s) so a quadratic stage
cannot hold the benchmark for hours; a run that hits it is marked
"stopped", and its ratio is then a lower bound.

Usage: python benchmarks/pathological.py [--scale 1.0] [--only quotes,dates] [--budget 120]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.errors import InputError  # noqa: E402
from claimcheck.models import Article, Report  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def quotes(n: int) -> tuple[str, bytes]:
    """``n`` quotation marks: pairs, strays and nested marks, few words between them."""
    units = ['"No', '," he said', ' \u201cyes', '\u201d and ', "\u2018so", " '", '" ', "\u201c"]
    parts, marks, i = [], 0, 0
    while marks < n:
        unit = units[i % len(units)]
        parts.append(unit)
        marks += sum(unit.count(q) for q in "\"'\u201c\u201d\u2018\u2019")
        i += 1
        if i % 40 == 0:
            parts.append(".\n\n")
    return "text", "".join(parts).encode()


def dates(n: int) -> tuple[str, bytes]:
    """``n`` sentences, each a weekday and a full date (half of them wrong)."""
    lines = []
    for i in range(n):
        month, day, year = MONTHS[i % 12], 1 + i % 28, 1990 + i % 40
        lines.append(f"The council met on {WEEKDAYS[i % 7]}, {month} {day}, {year}, "
                     f"the mayor said.")
        if i % 10 == 9:
            lines.append("\n\n")
    return "text", " ".join(lines).encode()


def no_spaces(n: int) -> tuple[str, bytes]:
    """One line of ``n`` bytes without a space."""
    unit = "Friday,November5,2024\u201cquoted\u201dthe-mayor_said;2024-11-05T10:00/"
    data = (unit * (n // len(unit.encode()) + 1)).encode()[:n]
    return "text", data.decode("utf-8", "ignore").encode()


def nested_html(n: int) -> tuple[str, bytes]:
    """``n`` nested ``<div>``s with a sentence at every level."""
    opening = "".join(f"<div><p>Level {i}: the mayor said the vote was on Friday.</p>"
                      for i in range(n))
    page = f"<html><head><title>Deep</title></head><body>{opening}{'</div>' * n}</body></html>"
    return "html", page.encode()


INPUTS: dict[str, tuple[Callable[[int], tuple[str, bytes]], int]] = {
    "quotes": (quotes, 10_000),
    "dates": (dates, 1_000),
    "no-spaces": (no_spaces, 100_000),
    "nested-html": (nested_html, 200),
}
"""Name -> (builder, n); every input is timed at n and 10n."""


STAGES = ("ingest", "parse", "extract", "rules", "report")


def run_once(kind: str, data: bytes, budget: float | None) -> tuple[dict[str, float], str]:
    """Seconds per stage for one input, and how it ended ("ok", "stopped", an error).

    The stages are the ones ``validate_article`` runs, taken apart so the
    table says where time goes; one ``budget`` covers them all.
    """
    from claimcheck.budget import TimeLimitExceeded, time_limit
    from claimcheck.checker import check_claims
    from claimcheck.extraction import extract_claims
    from claimcheck.ingest import read_stdin
    from claimcheck.ingest.language import looks_english
    from claimcheck.nlp import parse
    from claimcheck.report import render_text

    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[stage] = now - clock
        clock = now

    try:
        with time_limit(budget):
            (item,) = list(read_stdin(io.BytesIO(data), kind=kind, max_bytes=50_000_000))
            if isinstance(item, InputError):
                return times, f"input error: {item.cause}"
            assert isinstance(item, Article)
            english = looks_english(item.text)
            lap("ingest")
            if not english:
                return times, "not English (CC02)"
            doc = parse(item.text)
            lap("parse")
            claims = extract_claims(doc, item)
            lap("extract")
            report = check_claims(claims, path="input")
            lap("rules")
            render_text(Report.of([report]), texts={(report.path, None): item.text})
            lap("report")
    except TimeLimitExceeded:
        stage = next(s for s in STAGES if s not in times)
        lap(stage)
        return times, f"stopped by the {budget:g} s budget in {stage}"
    return times, "ok"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="Multiply every n by this.")
    parser.add_argument("--only", default="", help="Comma-separated input names.")
    parser.add_argument("--budget", type=float, default=120.0,
                        help="Seconds one run may take before it is stopped (0: none).")
    args = parser.parse_args(argv)
    from claimcheck.nlp import load_model

    load_model()
    run_once("text", b"Warm-up: the mayor said on Friday that the vote was on Monday.", None)
    wanted = [name for name in args.only.split(",") if name] or list(INPUTS)
    print(f"{'input':<12} {'n':>9} {'bytes':>10} "
          + " ".join(f"{s:>8}" for s in STAGES) + f" {'total':>8}  outcome")
    ratios: dict[str, tuple[float, bool]] = {}
    for name in wanted:
        build, n = INPUTS[name]
        n = max(1, int(n * args.scale))
        totals, stopped = [], False
        for size in (n, 10 * n):
            kind, data = build(size)
            stages, outcome = run_once(kind, data, args.budget or None)
            totals.append(sum(stages.values()))
            stopped = stopped or outcome.startswith("stopped")
            print(f"{name:<12} {size:>9,} {len(data):>10,} "
                  + " ".join(f"{stages[s]:8.2f}" if s in stages else f"{'-':>8}"
                             for s in STAGES)
                  + f" {totals[-1]:8.2f}  {outcome}", flush=True)
        ratios[name] = (totals[1] / max(totals[0], 1e-6), stopped)
    print("\n10n / n time ratio (linear ~10):")
    for name, (ratio, stopped) in ratios.items():
        if ratio > 15:
            verdict = "SUPER-LINEAR"
        elif stopped:
            verdict = "unknown: 10n stopped by the budget (ratio is a lower bound)"
        else:
            verdict = "linear"
        bound = ">=" if stopped else "  "
        print(f"  {name:<12} {bound}{ratio:6.1f}  {verdict}")
    return 0 if all(r <= 15 and not s for r, s in ratios.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
