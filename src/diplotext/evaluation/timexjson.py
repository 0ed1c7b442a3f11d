"""Scoring temporal expressions against the JSON timex sets (MEANTIME, EventStoryLine, WikiWars,
tweets): a list of ``{"id", "title", "text", "published", "timexes": [{"text", "start", "end",
"type", "value"}], "ignore": [...]}`` records, as ``../shared/bench/timex/README.md`` describes.

The figures are TimeML's (:class:`~diplotext.evaluation.timeml.TimexScorer`): strict and relaxed
extent, value and type. A system expression overlapping an ``ignore`` span (the creation date in
the text, a TIMEX2 nested in another) is neither a hit nor a false positive. A record with no
title is given its id as title, so the reader never takes its first line for a headline.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from diplotext.evaluation.common import GoldError, Options, json_records, published_default, run_pipeline
from diplotext.evaluation.report import Result
from diplotext.evaluation.timeml import Timex, TimexScorer

__all__ = ["is_timex_json", "score_timex_json"]

KIND = "timex JSON (TempEval-3 task A figures)"


def _gold_file(path: Path) -> Path:
    return path / "gold.json" if path.is_dir() else path


def is_timex_json(path: Path) -> bool:
    """Is ``path`` a JSON timex set (or a folder holding its ``gold.json``): records with ``text``
    and ``timexes``?"""
    file = _gold_file(path)
    if not file.is_file() or file.suffix.lower() != ".json":
        return False
    try:
        with file.open(encoding="utf-8") as fh:
            head = fh.read(1 << 16)
    except (OSError, UnicodeDecodeError):
        return False
    return head.lstrip().startswith("[") and '"timexes"' in head


def _records(path: Path) -> list[Mapping[str, Any]]:
    return json_records(_gold_file(path), "timexes", "a timex set")


def _span(item: Any, text: str) -> tuple[int, int] | None:
    if not isinstance(item, dict):
        return None
    start, end = item.get("start"), item.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return None
    return start, end


def _timexes(record: Mapping[str, Any], text: str, doc_id: str) -> Iterator[Timex]:
    for item in record["timexes"]:
        span = _span(item, text)
        if span is None:
            raise GoldError(f"{doc_id}: a timex without a valid start/end ({item!r:.80})")
        yield Timex(
            start=span[0],
            end=span[1],
            text=text[span[0] : span[1]],
            type=str(item.get("type") or ""),
            value=str(item.get("value") or ""),
            tid=item.get("tid"),
            mod=item.get("mod"),
            zone_tolerant=item.get("zone_tolerant") is True,
        )


def score_timex_json(path: Path, options: Options | None = None) -> Result:
    """Run the pipeline on each record (as body text, ``published`` or ``dct`` as publication date)
    and score its dates."""
    options = options or Options()
    started = time.perf_counter()
    result = Result(kind=KIND, path=str(_gold_file(path)))
    scorer = TimexScorer(result)
    records = [r for r in _records(path) if options.wants(str(r.get("id")))]
    for record in records[: options.limit] if options.limit is not None else records:
        doc_id = str(record.get("id"))
        text = record["text"]
        published = record.get("published") or record.get("dct")
        doc = run_pipeline(
            {"id": doc_id, "text": text, "title": record.get("title") or doc_id, "layout": "body"},
            published_default(published if isinstance(published, str) else None),
            options,
            result,
        )
        ignore = [s for s in (_span(i, text) for i in record.get("ignore") or ()) if s is not None]
        scorer.score(doc_id, text, list(_timexes(record, text, doc_id)), list(doc.dates), ignore)
    result.seconds = time.perf_counter() - started
    return result
