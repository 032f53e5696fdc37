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
  (10,000 deep at 10n).

The time budget is switched off here (it would hide super-linear time).

Usage: python benchmarks/pathological.py [--scale 1.0] [--only quotes,dates]
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
from claimcheck.models import Article, ClaimSet, Report  # noqa: E402

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
    "nested-html": (nested_html, 1_000),
}
"""Name -> (builder, n); every input is timed at n and 10n."""


def run_once(kind: str, data: bytes) -> dict[str, float]:
    """Seconds per stage for one input, through the same calls the command line makes."""
    from claimcheck.batch import validate_article
    from claimcheck.ingest import read_stdin
    from claimcheck.report import render_text

    times: dict[str, float] = {}
    started = time.perf_counter()
    items = list(read_stdin(io.BytesIO(data), kind=kind, max_bytes=50_000_000))
    times["ingest"] = time.perf_counter() - started
    (item,) = items
    if isinstance(item, InputError):
        times["error"] = 0.0
        print(f"    input error: {item.cause}")
        return times
    started = time.perf_counter()
    report = validate_article(item, time_limit=None)
    times["check"] = time.perf_counter() - started
    if report.error:
        print(f"    report error: {report.error}")
    started = time.perf_counter()
    text = item.article.text if isinstance(item, ClaimSet) else item.text
    render_text(Report.of([report]), texts={(report.path, report.id): text})
    times["report"] = time.perf_counter() - started
    assert isinstance(item, Article | ClaimSet)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="Multiply every n by this.")
    parser.add_argument("--only", default="", help="Comma-separated input names.")
    args = parser.parse_args(argv)
    from claimcheck.nlp import load_model

    load_model()
    run_once("text", b"Warm-up: the mayor said on Friday that the vote was on Monday.")
    wanted = [name for name in args.only.split(",") if name] or list(INPUTS)
    print(f"{'input':<12} {'n':>9} {'bytes':>10} {'ingest':>8} {'check':>8} "
          f"{'report':>8} {'total':>8}")
    ratios = {}
    for name in wanted:
        build, n = INPUTS[name]
        n = max(1, int(n * args.scale))
        totals = []
        for size in (n, 10 * n):
            kind, data = build(size)
            stages = run_once(kind, data)
            total = sum(stages.values())
            totals.append(total)
            print(f"{name:<12} {size:>9,} {len(data):>10,} {stages.get('ingest', 0):8.2f} "
                  f"{stages.get('check', 0):8.2f} {stages.get('report', 0):8.2f} "
                  f"{total:8.2f}", flush=True)
        ratios[name] = totals[1] / max(totals[0], 1e-6)
    print("\n10n / n time ratio (linear ~10):")
    for name, ratio in ratios.items():
        verdict = "linear" if ratio <= 15 else "SUPER-LINEAR"
        print(f"  {name:<12} {ratio:6.1f}  {verdict}")
    return 0 if all(r <= 15 for r in ratios.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
