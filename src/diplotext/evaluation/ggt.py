"""Scoring against the Gender Gap Tracker quote set (GGT): a JSON list of articles, each with its
``text`` and ``quotes`` (``text``, ``kind`` direct|indirect|mixed, ``speaker``, ``start``, ``end``,
``cue``, ...; see ``../shared/bench/quotes/ggt/README.md``).

A gold quote is found when a system quote covers at least 30 % of its characters (GGT's own loosest
rule), each system quote matching one gold quote at most; the same figures at 80 % are given as well.
GGT annotates a reported clause with quoted words in it once (a "mixed" quote) and no partial quote
inside the reporter's own sentence, so a system ``partial`` quote that lies inside another system quote
(the same words reported twice) is left out of the count. On the quotes found: the speaker by full name
(the same name, case, dots and spacing aside) and by surname (the same last word). GGT's own extractor,
tuned on this set, reports quote F1 0.837 at 0.3 overlap and 0.761 at 0.8, and speaker accuracy 0.865.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from diplotext.evaluation.common import (
    Options,
    json_records,
    published_default,
    run_pipeline,
)
from diplotext.evaluation.matching import PRF, norm_name, overlap
from diplotext.evaluation.report import Result, context
from diplotext.model import Quote, Span

__all__ = ["is_ggt", "score_ggt"]

KIND: Final = "GGT quotes"
_LOOSE: Final = 0.3
_STRICT: Final = 0.8
_KINDS: Final = ("direct", "indirect", "mixed")


def _gold_file(path: Path) -> Path:
    return path / "gold.json" if path.is_dir() else path


def is_ggt(path: Path) -> bool:
    """Is ``path`` a GGT gold file (or a folder holding one): articles with ``text`` and ``quotes``
    and no ``file`` of their own?"""
    file = _gold_file(path)
    if not file.is_file() or file.suffix.lower() != ".json":
        return False
    try:
        with file.open(encoding="utf-8") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return head.lstrip().startswith("[") and '"quotes"' in head and '"file"' not in head


def _articles(path: Path) -> list[Mapping[str, Any]]:
    return json_records(_gold_file(path), "quotes", "a GGT file")


def _gold_spans(article: Mapping[str, Any]) -> Iterator[tuple[Span, Mapping[str, Any]]]:
    size = len(article["text"])
    for q in article["quotes"]:
        start, end = q.get("start"), q.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
            yield (start, end), q


def _match(gold: Sequence[Span], system: Sequence[Span], share: float) -> dict[int, int]:
    """Gold index -> system index: each gold quote takes the free system quote covering most of
    it, when that covers at least ``share`` of its characters."""
    pairs = sorted(
        (
            (overlap(g, s) / (g[1] - g[0]), gi, si)
            for gi, g in enumerate(gold)
            for si, s in enumerate(system)
            if overlap(g, s) >= share * (g[1] - g[0])
        ),
        reverse=True,
    )
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, si in pairs:
        if gi not in out and si not in taken:
            out[gi] = si
            taken.add(si)
    return out


def _unnested(quotes: list[Quote]) -> list[Quote]:
    """The quotes without the partial ones inside another quote (GGT counts a mixed quote once)."""
    outer = [(q.start, q.end) for q in quotes if q.kind != "partial"]
    return [
        q for q in quotes if q.kind != "partial" or not any(s <= q.start and q.end <= e for s, e in outer)
    ]


def _surname(name: str | None) -> str:
    words = norm_name(name).split()
    return words[-1] if words else ""


def score_ggt(path: Path, options: Options | None = None) -> Result:
    """Run the pipeline on each GGT article (as body text) and score its quotes and speakers."""
    options = options or Options()
    started = time.perf_counter()
    articles = _articles(path)
    if options.limit is not None:
        articles = articles[: options.limit]
    result = Result(kind=KIND, path=str(_gold_file(path)))
    sec = result.section("quotes")
    rows = {share: sec.row(f"all, {int(share * 100)} % overlap") for share in (_LOOSE, _STRICT)}
    kinds = {k: sec.row(k, recall_only=True) for k in _KINDS}
    for i, article in enumerate(articles):
        doc_id = str(article.get("id", i))
        if not options.wants(doc_id):
            continue
        run = run_pipeline(
            {"id": doc_id, "text": article["text"], "layout": "body"},
            published_default(article.get("published")),
            options,
            result,
        )
        quotes: list[Quote] = _unnested(list(run.quotes))
        spans = [(q.start, q.end) for q in quotes]
        gold = list(_gold_spans(article))
        gold_spans = [g for g, _ in gold]
        for share, row in rows.items():
            found = _match(gold_spans, spans, share)
            row.gold += len(gold)
            assert row.system is not None
            row.system += len(quotes)
            row.matched_gold += len(found)
            row.matched_system += len(found)
            if share != _LOOSE:
                continue
            for gi, (g, q) in enumerate(gold):
                kind = q.get("kind")
                if kind in kinds:
                    _count(kinds[kind], gi in found)
                if gi not in found:
                    result.issue(
                        doc_id, "quotes", "miss", f"{kind} {q.get('speaker')!r}", context(article["text"], g)
                    )
                    continue
                got = quotes[found[gi]]
                full = bool(norm_name(got.speaker)) and norm_name(q.get("speaker")) == norm_name(got.speaker)
                sec.acc("speaker (full name)").score(full)
                sec.acc("speaker (surname)").score(_surname(q.get("speaker")) == _surname(got.speaker))
                if not full:
                    result.issue(
                        doc_id,
                        "quotes",
                        "wrong speaker",
                        f"gold {q.get('speaker')!r}, system {got.speaker!r}",
                        context(article["text"], g),
                    )
    result.notes.append(
        "GGT's own extractor, tuned on this set: quote F1 0.837 at 30 % overlap, 0.761 at 80 %; "
        "speaker accuracy 0.865"
    )
    result.seconds = time.perf_counter() - started
    return result


def _count(row: PRF, found: bool) -> None:
    row.gold += 1
    row.matched_gold += found
