"""diplotext on Spark: articles (JSON lines or Parquet) to documents, events and quotes (Parquet).

    spark-submit examples/spark_job.py ARTICLES OUT_DIR [--partitions N]

ARTICLES is read with ``spark.read.json`` (a ``.json``/``.jsonl`` file or folder of them: one
article per line, with ``id`` and ``text``, and ``published``, ``title``... if known) or
``spark.read.parquet`` (anything else). OUT_DIR receives ``documents/``, ``events/`` and ``quotes/``
as Parquet. docs/scale.md shows how to run it on a cluster.
"""

from __future__ import annotations

import argparse

from pyspark.sql import SparkSession

from diplotext.spark import explode_events, explode_quotes, extract_documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("out")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the articles first")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("diplotext").getOrCreate()
    if args.articles.endswith((".json", ".jsonl", ".ndjson")):
        articles = spark.read.json(args.articles)
    else:
        articles = spark.read.parquet(args.articles)
    if args.partitions:
        articles = articles.repartition(args.partitions)

    docs = extract_documents(articles).cache()  # extracted once, exploded twice
    docs.write.mode("overwrite").parquet(f"{args.out}/documents")
    explode_events(docs).write.mode("overwrite").parquet(f"{args.out}/events")
    explode_quotes(docs).write.mode("overwrite").parquet(f"{args.out}/quotes")
    spark.stop()


if __name__ == "__main__":
    main()
