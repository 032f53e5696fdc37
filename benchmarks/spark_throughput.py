"""Articles per second through Spark (local[N]) next to the plain batch path.

Usage: python benchmarks/spark_throughput.py [--articles 1000] [--cores 2]

Spark start-up is timed apart from the run. Each Python worker loads the
model once (warmed by a first small job), so the timed job measures steady
throughput, which is what an archive run sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.throughput import articles_of, consume, load_corpus, repeat_to  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--cores", type=int, default=2)
    args = ap.parse_args()
    texts = repeat_to(load_corpus(args.corpus), args.articles)

    from claimcheck.batch import validate_articles

    consume(validate_articles(articles_of(texts[:20])))
    plain = {}
    for jobs in (1, args.cores):
        start = time.perf_counter()
        consume(validate_articles(articles_of(texts), jobs=jobs))
        plain[jobs] = time.perf_counter() - start

    import pandas as pd
    from pyspark.sql import SparkSession

    from claimcheck.spark import validate_dataframe

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    start = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{args.cores}]").appName("claimcheck-bench")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - start
    frame = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "text": texts})
    df = spark.createDataFrame(frame).repartition(args.cores * 4).cache()
    df.count()
    validate_dataframe(df.limit(args.cores * 4), id_col="id").count()  # load models
    start = time.perf_counter()
    rows = validate_dataframe(df, id_col="id").count()
    run = time.perf_counter() - start
    spark.stop()

    n = len(texts)
    print(f"{n} articles; Spark start-up {startup:.1f} s (not in the rates below)")
    print(f"{'path':<34}{'seconds':>9}{'articles/s':>12}")
    for jobs, sec in plain.items():
        print(f"{'batch --jobs ' + str(jobs):<34}{sec:>9.2f}{n / sec:>12.1f}")
    print(f"{'spark local[' + str(args.cores) + '] mapInPandas':<34}{run:>9.2f}{n / run:>12.1f}")
    print(f"finding rows from Spark: {rows}")


if __name__ == "__main__":
    main()
