"""The Spark functions: on pandas frames (what each executor runs) and in Spark local mode.

The pandas tests need the ``spark`` extra's pandas; the Spark tests need pyspark and a Java runtime,
and skip with a message naming what is missing (``.ci/run`` installs the extra; the CI machine has
Java).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import diplotext
from diplotext.plugins import PluginError
from diplotext.tables import EVENT_COLUMNS, QUOTE_COLUMNS

pd = pytest.importorskip("pandas", reason="pandas not installed: pip install 'diplotext[spark]'")

from diplotext import spark  # noqa: E402  (after the skip: the module itself needs no pandas)

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "state_visit.txt"

EXTRADITION = """Court refuses to hand over fugitive banker

SANTIAGO, 3 June 2024

A court in Chile on Monday refused a request from Argentina to extradite Pieter Vandenhoek, a \
banker accused of fraud, saying he could face an unfair trial. "We will appeal this decision," \
Argentine Justice Minister Anna Kovalenko told reporters on Tuesday. Argentina first asked Chile \
to extradite Vandenhoek in March.
"""


def _articles() -> list[dict[str, Any]]:
    return [
        {"id": "visit", "text": EXAMPLE.read_text(encoding="utf-8"), "published": "2023-03-14", "extra": 1},
        {"id": "extradition", "text": EXTRADITION, "published": "2024-06-04", "extra": 2},
        {
            "id": "bad-date",
            "text": "Ministers met in Geneva on Friday.",
            "published": "yesterday",
            "extra": 3,
        },
        {"id": "no-text", "text": None, "published": None, "extra": 4},
    ]


def _expected(record: dict[str, Any]) -> dict[str, Any]:
    from diplotext.records import checked_document

    fields = {k: v for k, v in record.items() if k != "extra"}
    return checked_document(fields).to_dict()


# --------------------------------------------------------------------------- pandas


def test_frame_documents_are_the_pipeline_s_documents() -> None:
    frame = pd.DataFrame(_articles())
    out = spark.extract_frame(frame)
    assert list(out.columns) == ["id", "document", "errors"]
    assert list(out["id"]) == ["visit", "extradition", "bad-date", "no-text"]
    docs = [json.loads(text) for text in out["document"]]
    assert docs[0] == diplotext.extract_record(_articles()[0]).to_dict()
    assert docs[0]["events"], "the example is a visit"
    assert docs[1] == _expected(_articles()[1])
    # a bad publication date is left out with an error; a missing text is an error, not a crash
    assert docs[2]["article"]["published"] is None
    assert "not an ISO 8601" in docs[2]["errors"][0]["message"]
    assert docs[3]["errors"][0]["stage"] == "input"
    assert list(out["errors"]) == [len(d["errors"]) for d in docs]


def test_frame_events_and_quotes_are_typed_rows() -> None:
    frame = pd.DataFrame(_articles()[:2])
    events = spark.extract_frame(frame, "events")
    quotes = spark.extract_frame(frame, "quotes")
    assert tuple(events.columns) == EVENT_COLUMNS
    assert tuple(quotes.columns) == QUOTE_COLUMNS
    assert set(events["type"]) >= {"visit"}
    assert "extradition_dispute" in set(events["type"])
    first = events.iloc[0]
    assert isinstance(first["confidence"], float)
    assert int(first["start"]) < int(first["end"])
    assert isinstance(json.loads(first["roles"]), dict)
    doc = diplotext.extract_record(_articles()[1]).to_dict()
    assert len(quotes[quotes["doc_id"] == "extradition"]) == len(doc["quotes"])
    assert "Anna Kovalenko" in set(quotes["speaker"])


def test_frame_reads_dates_and_timestamps_and_skips_missing_values() -> None:
    frame = pd.DataFrame(
        [
            {"id": 7, "text": EXTRADITION, "published": dt.date(2024, 6, 4), "title": float("nan")},
            {"id": 8, "text": EXTRADITION, "published": pd.Timestamp("2024-06-04 10:30"), "title": None},
            {"id": 9, "text": EXTRADITION, "published": pd.NaT, "title": "Given title"},
        ]
    )
    docs = [json.loads(text) for text in spark.extract_frame(frame)["document"]]
    assert [d["id"] for d in docs] == ["7", "8", "9"]
    assert docs[0]["article"]["published"] == "2024-06-04"
    assert docs[1]["article"]["published"].startswith("2024-06-04T10:30")
    assert docs[0]["article"]["title"] == "Court refuses to hand over fugitive banker"
    assert docs[2]["article"]["title"] == "Given title"
    assert not any(d["errors"] for d in docs)


def test_frame_plugins_and_bad_arguments() -> None:
    frame = pd.DataFrame(_articles()[1:2])
    only_dates = json.loads(spark.extract_frame(frame, plugins=["dates"])["document"][0])
    assert only_dates["dates"] and not only_dates["events"] and not only_dates["quotes"]
    with pytest.raises(PluginError, match="unknown plugin 'nope'"):
        spark.extract_frame(frame, plugins=["nope"])
    with pytest.raises(ValueError, match="no text column"):
        spark.extract_frame(pd.DataFrame([{"id": "x", "body": "..."}]))
    with pytest.raises(ValueError, match="output must be one of"):
        spark.extract_frame(frame, "actors")


def test_the_executor_function_pickles() -> None:
    import pickle

    job = spark._settings("events", {"plugins": ["visits"], "published": "2024-01-01", "time_mode": "news"})
    again = pickle.loads(pickle.dumps(job))
    assert again == job
    assert tuple(next(iter(again([pd.DataFrame(_articles()[:1])]))).columns) == EVENT_COLUMNS


def test_schemas_name_every_column_with_a_type() -> None:
    assert spark.EVENT_SCHEMA.count("`") == 2 * len(EVENT_COLUMNS)
    assert "`confidence` double" in spark.EVENT_SCHEMA and "`start` int" in spark.EVENT_SCHEMA
    assert "`cue_end` int" in spark.QUOTE_SCHEMA and "`text` string" in spark.QUOTE_SCHEMA


# --------------------------------------------------------------------------- Spark local mode


def _spark_missing() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark not installed: pip install 'diplotext[spark]'"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "no Java runtime (java not on PATH and JAVA_HOME unset): Spark cannot start"
    return None


@pytest.fixture(scope="module")
def session() -> Iterator[Any]:
    missing = _spark_missing()
    if missing:
        pytest.skip(missing)
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # executors run this interpreter, with diplotext
    builder = SparkSession.builder.master("local[2]").appName("diplotext-test")
    for key, value in {
        "spark.ui.enabled": "false",
        "spark.sql.shuffle.partitions": "2",
        "spark.sql.execution.arrow.maxRecordsPerBatch": "2",
        "spark.driver.bindAddress": "127.0.0.1",
    }.items():
        builder = builder.config(key, value)
    spark_session = builder.getOrCreate()
    yield spark_session
    spark_session.stop()


def _frame(session: Any) -> Any:
    from pyspark.sql.types import DateType, StringType, StructField, StructType

    schema = StructType(
        [
            StructField("id", StringType()),
            StructField("text", StringType()),
            StructField("published", DateType()),
            StructField("source", StringType()),
        ]
    )
    rows = [
        ("visit", EXAMPLE.read_text(encoding="utf-8"), dt.date(2023, 3, 14), "wire"),
        ("extradition", EXTRADITION, dt.date(2024, 6, 4), "paper"),
        ("no-text", None, None, None),
    ]
    return session.createDataFrame(rows, schema).repartition(2)


def test_spark_documents_events_and_quotes(session: Any) -> None:
    articles = _frame(session)
    docs = spark.extract_documents(articles).cache()
    got = {row["id"]: row for row in docs.collect()}
    assert set(got) == {"visit", "extradition", "no-text"}
    visit = json.loads(got["visit"]["document"])
    assert (
        visit
        == diplotext.extract_record(
            {
                "id": "visit",
                "text": EXAMPLE.read_text(encoding="utf-8"),
                "published": "2023-03-14",
                "source": "wire",
            }
        ).to_dict()
    )
    assert got["no-text"]["errors"] == 1

    exploded = spark.explode_events(docs)
    direct = spark.extract_events(articles)
    assert tuple(exploded.columns) == EVENT_COLUMNS
    assert dict(exploded.dtypes)["confidence"] == "double" and dict(exploded.dtypes)["start"] == "int"
    key = ("doc_id", "event_id")
    assert sorted(exploded.collect(), key=lambda r: tuple(r[k] for k in key)) == sorted(
        direct.collect(), key=lambda r: tuple(r[k] for k in key)
    )
    types = {(row["doc_id"], row["type"]) for row in direct.collect()}
    assert ("visit", "visit") in types and ("extradition", "extradition_dispute") in types

    quotes = spark.explode_quotes(docs).collect()
    assert "Anna Kovalenko" in {row["speaker"] for row in quotes if row["doc_id"] == "extradition"}


def test_spark_refuses_a_frame_without_text(session: Any) -> None:
    frame = session.createDataFrame([("a", "b")], "id string, body string")
    with pytest.raises(ValueError, match="no text column"):
        spark.extract_documents(frame)
