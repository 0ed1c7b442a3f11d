"""``diplotext batch`` on a laptop: speed-up of two workers over one, throughput, and peak memory.

    python benchmarks/batch_scale.py speedup [--corpus ../shared/corpus/news] [--limit 600] [--rounds 2]
    python benchmarks/batch_scale.py memory [--corpus ../shared/corpus] [--sizes 1000,5000] [--jobs 2]

``speedup`` times the whole command (start-up included), ``--jobs 1`` and ``--jobs 2`` in alternating
rounds, on a seeded sample of the corpus, and checks both give the same bytes. ``memory`` runs the
command on the first N article files of a seeded shuffle of the corpus (all its folders) and reports
the peak resident memory of the parent and of the largest worker (``ru_maxrss``). Each run uses a
fresh folder of symbolic links to the sampled files, so ids stay the corpus's own paths.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "corpus"
SUFFIXES = (".txt", ".json", ".jsonl", ".html")

DRIVER = """
import json, resource, sys
from diplotext.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code,
                  "parent_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "worker_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


# Byte-code caches on, as a pip install has them (the first run writes them; see warm_up()).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def warm_up() -> None:
    """Import everything and read one article once, so the timed runs find byte-code caches and
    the compiled patterns on disk (``diplotext.regexcache``), as a second run of an installed
    package does (``DIPLOTEXT_PATTERN_CACHE=off`` in the environment times a cold start instead)."""
    example = (HERE.parent / "examples" / "state_visit.txt").read_text(encoding="utf-8")
    code = "import sys; import diplotext.cli; from diplotext import extract; extract(sys.stdin.read())"
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV, input=example, text=True)


def sample(corpus: Path, limit: int, seed: int, into: Path) -> int:
    """Link ``limit`` article files of ``corpus`` (a seeded sample, in sorted order) into ``into``."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES))
    if not files:
        raise SystemExit(f"batch_scale: no article files in {corpus}")
    if limit < len(files):
        files = sorted(random.Random(seed).sample(files, limit))
    for path in files:
        link = into / path.relative_to(corpus)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(path)
    return len(files)


def busy_seconds() -> float | None:
    """CPU seconds spent by the whole machine so far (Linux), to see what other jobs took."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run_batch(folder: Path, out: Path, jobs: int, retries: int = 0) -> dict[str, Any]:
    """One ``diplotext batch`` in a fresh interpreter: wall and CPU seconds, peak memory, and the
    CPU seconds other processes took meanwhile (a run they disturbed is done again, ``retries``
    times at most)."""
    for _ in range(retries + 1):
        got = _run_once(folder, out, jobs)
        if got["others_cpu_s"] is None or got["others_cpu_s"] <= 0.05 * got["wall_s"] + 0.1:
            break
        print(f"  (disturbed: other processes took {got['others_cpu_s']} s of CPU; again)", file=sys.stderr)
    return got


def _run_once(folder: Path, out: Path, jobs: int) -> dict[str, Any]:
    busy = busy_seconds()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER, "batch", str(folder), "-o", str(out), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_after = busy_seconds()
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    got: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    got.update(
        wall_s=round(wall, 2),
        cpu_s=round(cpu, 2),
        others_cpu_s=None
        if busy is None or busy_after is None
        else round(max(0.0, busy_after - busy - cpu), 2),
        summary=proc.stderr.strip().splitlines()[-1],
        load=os.getloadavg()[0],
    )
    return got


def speedup(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        n = sample(Path(args.corpus), args.limit, args.seed, folder)
        runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
        outputs: dict[int, bytes] = {}
        for r in range(args.rounds):
            for jobs in (1, 2) if r % 2 == 0 else (2, 1):
                out = Path(tmp) / f"out{jobs}.jsonl"
                got = run_batch(folder, out, jobs, args.retries)
                runs[jobs].append(got)
                outputs[jobs] = out.read_bytes()
                print(
                    f"round {r + 1}, --jobs {jobs}: {got['wall_s']} s wall, {got['cpu_s']} s CPU, "
                    f"load {got['load']:.2f}",
                    file=sys.stderr,
                )
        same = outputs[1] == outputs[2]
    pairs = [round(a["wall_s"] / b["wall_s"], 2) for a, b in zip(runs[1], runs[2], strict=True)]
    return {
        "articles": n,
        "runs": runs,
        "speedup_per_round": pairs,
        "speedup_median": round(statistics.median(pairs), 2),
        "speedup_spread": [min(pairs), max(pairs)],
        "identical_output": same,
    }


def memory(args: argparse.Namespace) -> dict[str, Any]:
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            n = sample(Path(args.corpus), size, args.seed, folder)
            got = run_batch(folder, Path(tmp) / "out.jsonl", args.jobs, args.retries)
            got["articles"] = n
            got["articles_per_s"] = round(n / got["wall_s"], 1)
            print(
                f"{n} articles: parent {got['parent_kb'] / 1024:.0f} MB, largest worker "
                f"{got['worker_kb'] / 1024:.0f} MB, {got['wall_s']} s",
                file=sys.stderr,
            )
            results.append(got)
    return {"jobs": args.jobs, "runs": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sp = sub.add_parser("speedup")
    sp.add_argument("--corpus", default=str(SHARED / "news"))
    sp.add_argument("--limit", type=int, default=600)
    sp.add_argument("--rounds", type=int, default=2)
    sp.add_argument("--seed", type=int, default=0)
    sp.add_argument("--retries", type=int, default=5, help="runs again a run other processes disturbed")
    mem = sub.add_parser("memory")
    mem.add_argument("--corpus", default=str(SHARED))
    mem.add_argument("--sizes", default="1000,5000")
    mem.add_argument("--jobs", type=int, default=2)
    mem.add_argument("--seed", type=int, default=0)
    mem.add_argument("--retries", type=int, default=2, help="runs again a run other processes disturbed")
    args = parser.parse_args()
    warm_up()
    got = speedup(args) if args.what == "speedup" else memory(args)
    print(json.dumps(got, indent=2))


if __name__ == "__main__":
    main()
