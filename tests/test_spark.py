"""claimcheck.spark: findings for a DataFrame of articles, with and without Spark."""

from __future__ import annotations

import datetime as dt
import os
import sys

import pytest

pd = pytest.importorskip("pandas", reason="the spark extra is not installed")

from claimcheck.spark import FINDING_COLUMNS, validate_frames  # noqa: E402

GOOD = "The two foreign ministers met in Oslo on Friday, March 12, 2021. The talks were cordial."
BAD = GOOD.replace("March 12", "March 11")


def frame():
    return pd.DataFrame({
        "doc": ["good", "bad", "empty"],
        "body": [GOOD, BAD, "   "],
        "day": [dt.date(2021, 3, 14), "2021-03-14", None],
    })


def test_validate_frames_without_spark():
    [out] = list(validate_frames([frame()], text_col="body", id_col="doc", published_col="day"))
    assert list(out.columns) == [name for name, _ in FINDING_COLUMNS]
    errors = out[out["severity"] == "error"]
    assert set(errors["id"]) == {"bad"}
    bad = errors.iloc[0]
    assert bad["code"].startswith("DT")
    assert bad["line"] == 1 and bad["evidence"] in BAD
    empty = out[out["id"] == "empty"]
    assert list(empty["error"]) == ["no article text"]


@pytest.fixture(scope="module")
def spark():
    pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]").appName("claimcheck-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    assert pyspark.__version__
    yield session
    session.stop()


def test_validate_dataframe_on_local_spark(spark):
    from claimcheck.spark import validate_dataframe

    df = spark.createDataFrame(
        frame().assign(day=["2021-03-14", "2021-03-14", None])
    ).repartition(2)
    rows = validate_dataframe(df, text_col="body", id_col="doc", published_col="day").collect()
    by_id: dict[str, list] = {}
    for row in rows:
        by_id.setdefault(row["id"], []).append(row)
    assert [r["severity"] for r in by_id.get("good", []) if r["severity"] == "error"] == []
    assert any(r["severity"] == "error" and r["code"].startswith("DT") for r in by_id["bad"])
    assert by_id["empty"][0]["error"] == "no article text"


def test_missing_column_is_a_clear_error(spark):
    from claimcheck.errors import ClaimcheckError
    from claimcheck.spark import validate_dataframe

    df = spark.createDataFrame(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(ClaimcheckError, match="no column 'text'"):
        validate_dataframe(df)
