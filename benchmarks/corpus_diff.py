"""Corpus diff: what a rule change did to the events (and quotes) over the whole shared corpus.

    python benchmarks/corpus_diff.py snapshot OUT.jsonl [--corpus DIR ...] [--jobs N] [--quote-text]
    python benchmarks/corpus_diff.py diff BEFORE.jsonl AFTER.jsonl [--sample N] [--seed S] [--type visit]

``snapshot`` runs the whole pipeline over every article of ``../shared/corpus`` (news wire, Wikinews,
BBC; publication dates from each folder's ``index.tsv``) and writes one line per article with its
events and quote speakers. ``diff`` lines up two snapshots by article and event key (type and the
roles that identify a case) and lists the events that appeared, vanished or changed, with counts and
a seeded random sample of each kind, evidence sentence included, for reading by hand.
``make corpus-diff`` snapshots the working tree and diffs it against the snapshot of ``HEAD``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
FOLDERS = ("news", "wikinews", "bbc")
KEYS = {"visit": ("visitor", "host_state"), "extradition_dispute": ("suspect", "requested_state")}


def articles(corpus: Path) -> Iterator[tuple[str, str | None]]:
    """``(path relative to shared/, published)`` for every article of the corpus folders."""
    for name in FOLDERS:
        folder = corpus / name
        if not folder.is_dir():
            continue
        published: dict[str, str] = {}
        index = folder / "index.tsv"
        if index.is_file():
            with index.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    published[row["file"]] = row.get("published") or ""
        for path in sorted(folder.rglob("*.txt")):
            if path.name.upper() == "README.TXT":
                continue
            rel = path.relative_to(folder).as_posix()
            yield f"corpus/{name}/{rel}", published.get(rel) or None


def _one(job: tuple[str, str, str | None, bool]) -> dict[str, Any]:
    import diplotext

    root, rel, published, quote_text = job
    text = (Path(root) / rel).read_text(encoding="utf-8", errors="replace")
    doc = diplotext.extract(text, default_published=published, id=rel)
    events = []
    for e in doc.events:
        s, t = e.evidence[0] if e.evidence else (0, 0)
        events.append(
            {
                "type": e.type,
                "code": e.code,
                "date": e.date,
                "place": e.place,
                "roles": dict(e.roles),
                "attributes": {k: v for k, v in e.attributes.items() if k not in ("plover", "plover_mode")},
                "confidence": e.confidence,
                "evidence": " ".join(text[s:t].split()),
            }
        )
    quotes = [
        [q.kind, q.speaker, q.cue, *([text[q.start : q.end]] if quote_text else [])] for q in doc.quotes
    ]
    row = {"file": rel, "events": events, "quotes": quotes, "errors": [e.message for e in doc.errors]}
    warnings = getattr(doc, "warnings", ())  # a tree from before Document.warnings has none
    if warnings:
        row["warnings"] = [[w.plugin, w.message, w.count] for w in warnings]
    return row


def snapshot(out: Path, corpus: Path, jobs: int, quote_text: bool = False) -> None:
    work = [(str(corpus.parent), rel, pub, quote_text) for rel, pub in articles(corpus)]
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh, ProcessPoolExecutor(max_workers=jobs) as pool:
        for row in pool.map(_one, work, chunksize=16):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    took = time.perf_counter() - started
    print(f"{len(work)} articles -> {out} in {took:.0f} s", file=sys.stderr)


def _key(e: dict[str, Any]) -> tuple[str, ...]:
    return (e["type"], *(str(e["roles"].get(k)) for k in KEYS.get(e["type"], ())))


def _keyed(events: Iterator[dict[str, Any]]) -> dict[tuple[str, ...], dict[str, Any]]:
    """Events by key; a second event with the same key (a background visit) gets a number."""
    out: dict[tuple[str, ...], dict[str, Any]] = {}
    for e in events:
        key = _key(e)
        n = 1
        while key in out:
            n += 1
            key = (*_key(e), str(n))
        out[key] = e
    return out


def _load(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return {row["file"]: row for row in map(json.loads, fh)}


def _fields(e: dict[str, Any]) -> dict[str, Any]:
    return {"date": e["date"], "place": e["place"], **e["roles"], **e["attributes"], "code": e["code"]}


def diff(before: Path, after: Path, sample: int, seed: int, only: str | None) -> None:
    a, b = _load(before), _load(after)
    appeared: list[tuple[str, dict[str, Any]]] = []
    vanished: list[tuple[str, dict[str, Any]]] = []
    changed: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    fields: Counter[str] = Counter()
    for name in sorted(set(a) | set(b)):
        old = _keyed(e for e in a.get(name, {}).get("events", []) if only in (None, e["type"]))
        new = _keyed(e for e in b.get(name, {}).get("events", []) if only in (None, e["type"]))
        for k in new.keys() - old.keys():
            appeared.append((name, new[k]))
        for k in old.keys() - new.keys():
            vanished.append((name, old[k]))
        for k in old.keys() & new.keys():
            fo, fn = _fields(old[k]), _fields(new[k])
            moved = [f for f in sorted(set(fo) | set(fn)) if fo.get(f) != fn.get(f)]
            if moved:
                fields.update(moved)
                changed.append((name, old[k], new[k]))
    count = Counter(e["type"] for _, row in b.items() for e in row["events"])
    count_old = Counter(e["type"] for _, row in a.items() for e in row["events"])
    errors = sum(len(r["errors"]) for r in b.values())
    print(f"articles: {len(a)} before, {len(b)} after; pipeline errors after: {errors}")
    for t in sorted(set(count) | set(count_old)):
        print(f"  {t}: {count_old[t]} -> {count[t]}")
    print(f"appeared {len(appeared)}, vanished {len(vanished)}, changed {len(changed)} ({dict(fields)})")
    rng = random.Random(seed)

    def show(title: str, rows: list[Any]) -> None:
        if not rows:
            return
        print(f"\n== {title} (sample of {min(sample, len(rows))} of {len(rows)})")
        for row in sorted(rng.sample(rows, min(sample, len(rows))), key=lambda r: r[0]):
            name, e = row[0], row[-1]
            print(f"- {name}: {e['type']} {json.dumps(_fields(e), ensure_ascii=False)}")
            if len(row) == 3:
                fo = _fields(row[1])
                moved = {f: fo.get(f) for f in fo if fo.get(f) != _fields(e).get(f)}
                print(f"    was: {json.dumps(moved, ensure_ascii=False)}")
            print(f"    {e['evidence'][:300]}")

    show("appeared", appeared)
    show("vanished", vanished)
    show("changed", changed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("snapshot")
    p.add_argument("out", type=Path)
    p.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--quote-text", action="store_true", help="keep each quote's text (spans diff too)")
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--sample", type=int, default=15)
    d.add_argument("--seed", type=int, default=7)
    d.add_argument("--type", dest="only")
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        if not args.corpus.is_dir():
            print(f"corpus_diff: {args.corpus}: no such folder", file=sys.stderr)
            return 2
        snapshot(args.out, args.corpus, args.jobs, args.quote_text)
    else:
        diff(args.before, args.after, args.sample, args.seed, args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
