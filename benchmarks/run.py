"""Throughput of diplotext (whole pipeline and each plugin) against ``dateparser.search_dates`` on
the same texts in the same run, plus import time and peak memory.

    python benchmarks/run.py [--corpus ../shared/corpus/news] [--limit 200] [--rounds 5] [--json]

Contenders run in interleaved rounds (each round runs every contender once over the whole sample,
in a rotating order), and the tables give medians over rounds, in wall-clock and in CPU time (the
steadier one on a machine shared with other jobs). A plugin's own time is the CPU time of
``plugins=[name]`` minus that of its prerequisites alone (the reader always runs). The scan floor,
one case-insensitive pass of a 35-keyword ``regex`` alternation, shows how far the pipeline is from
the least any extractor reading every character pays. spaCy's small English model is timed too when
installed, as an optional comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "news"

Runner = Callable[[str], object]
SCAN_FLOOR = "scan floor: one 35-keyword regex pass"


def load_sample(corpus: Path, limit: int, seed: int) -> list[str]:
    files = sorted(p for p in corpus.glob("*.txt") if p.is_file())
    if not files:
        raise SystemExit(f"benchmarks: no .txt files in {corpus}")
    if limit < len(files):
        files = sorted(random.Random(seed).sample(files, limit))
    return [p.read_text(encoding="utf-8") for p in files]


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def versions() -> dict[str, str | None]:
    from importlib import metadata

    out: dict[str, str | None] = {}
    for dist in ("diplotext", "dateparser", "regex", "spacy", "textacy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = None
    return out


# --------------------------------------------------------------------------- contenders


def diplotext_runner(plugins: Sequence[str] | None) -> Runner:
    from diplotext.pipeline import extract_record

    selected = list(plugins) if plugins is not None else None

    def run(text: str) -> object:
        return extract_record({"text": text}, plugins=selected)

    return run


def dateparser_runner() -> Runner:
    from dateparser.search import search_dates

    def run(text: str) -> object:
        return search_dates(text, languages=["en"])

    return run


_SCAN_TEXT = (
    "visit visits visited visiting trip tour talks summit meeting met minister president premier"
    " ambassador envoy embassy treaty agreement extradition extradite extradited sanctions said says"
    " told announced arrived arrives arrival delegation foreign state government official officials"
)
SCAN_WORDS = tuple(_SCAN_TEXT.split())
"""35 diplomacy keywords: the scan floor is one case-insensitive ``regex`` pass looking for them."""


def scan_floor_runner() -> Runner:
    """The floor: one pass of a 35-keyword ``regex`` alternation over the text (what any extractor
    that reads every character at least once has to pay)."""
    import regex

    assert len(SCAN_WORDS) == 35
    pattern = regex.compile(r"\b(?:" + "|".join(SCAN_WORDS) + r")\b", regex.IGNORECASE)

    def run(text: str) -> object:
        return pattern.findall(text)

    return run


def spacy_runner() -> tuple[str, Runner] | None:
    """spaCy's small English model (DATE/TIME entities), when installed; textacy is not needed."""
    try:
        import spacy
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return None

    def run(text: str) -> object:
        return [e for e in nlp(text).ents if e.label_ in ("DATE", "TIME")]

    return f"spaCy {spacy.__version__} en_core_web_sm (DATE/TIME ents)", run


def contenders() -> tuple[dict[str, Runner], dict[str, list[str]]]:
    """The runners by name, and for each plugin the name of its prerequisites-only runner."""
    from diplotext.plugins import get_registry, requirements_of

    reg = get_registry()
    runners: dict[str, Runner] = {
        "diplotext (all plugins)": diplotext_runner(None),
        "reader": diplotext_runner([]),
    }
    prereq: dict[str, list[str]] = {}
    for name in reg.names():
        if name == "reader":
            continue
        runners[name] = diplotext_runner([name])
        needs = sorted(reg.closure(requirements_of(reg.get(name))) - {"reader"})
        key = "reader" if not needs else needs[0] if len(needs) == 1 else "prerequisites: " + "+".join(needs)
        if key not in runners:
            runners[key] = diplotext_runner(needs)
        prereq[name] = [key]
    runners["dateparser.search_dates"] = dateparser_runner()
    runners[SCAN_FLOOR] = scan_floor_runner()
    sp = spacy_runner()
    if sp is not None:
        runners[sp[0]] = sp[1]
    return runners, prereq


def time_rounds(
    runners: dict[str, Runner], texts: Sequence[str], rounds: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall-clock and CPU seconds per contender and round (CPU time is the steadier of the two on
    a machine shared with other jobs)."""
    # warm up: load plugins, compile patterns, fill caches
    for run in runners.values():
        run(texts[0])
    wall: dict[str, list[float]] = {name: [] for name in runners}
    cpu: dict[str, list[float]] = {name: [] for name in runners}
    names = list(runners)
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            run = runners[name]
            start, start_cpu = time.perf_counter(), time.process_time()
            for text in texts:
                run(text)
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
        print(f"  round {r + 1}/{rounds} done", file=sys.stderr, flush=True)
    return wall, cpu


# --------------------------------------------------------------------------- import time and memory


def _child(code: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ}
    )
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


IMPORT_CODE = """
import json, time
t, c = time.perf_counter(), time.process_time()
import diplotext
t1, c1 = time.perf_counter() - t, time.process_time() - c
t, c = time.perf_counter(), time.process_time()
diplotext.extract("Talks opened in Geneva on Monday.", published="2024-03-04")
t2, c2 = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"import": t1, "first_extract": t2, "import_cpu": c1, "first_extract_cpu": c2}))
"""


def import_times(repeat: int = 5) -> dict[str, float]:
    runs = [_child(IMPORT_CODE) for _ in range(repeat)]
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def peak_memory(corpus: Path, texts_count: int, seed: int) -> dict[str, Any]:
    code = (
        "import json, random, resource, tracemalloc\n"
        "from pathlib import Path\n"
        f"files = sorted(p for p in Path({str(corpus)!r}).glob('*.txt') if p.is_file())\n"
        f"files = sorted(random.Random({seed}).sample(files, min({texts_count}, len(files))))\n"
        "texts = [p.read_text(encoding='utf-8') for p in files]\n"
        "tracemalloc.start()\n"
        "import diplotext\n"
        "for t in texts:\n"
        "    diplotext.extract(t)\n"
        "peak = tracemalloc.get_traced_memory()[1]\n"
        "tracemalloc.stop()\n"
        "print(json.dumps({'tracemalloc_peak_mb': peak / 2**20,"
        " 'max_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n"
    )
    return _child(code)


# --------------------------------------------------------------------------- report


def summarize(
    wall: dict[str, list[float]],
    cpu: dict[str, list[float]],
    prereq: dict[str, list[str]],
    chars: int,
    docs: int,
) -> list[dict[str, Any]]:
    med = {name: statistics.median(v) for name, v in wall.items()}
    med_cpu = {name: statistics.median(v) for name, v in cpu.items()}
    rows = []
    for name, t in med.items():
        c = med_cpu[name]
        row: dict[str, Any] = {
            "name": name,
            "median_s": t,
            "median_cpu_s": c,
            "min_s": min(wall[name]),
            "docs_per_s": docs / c if c else None,
            "chars_per_s": chars / c if c else None,
        }
        if name in prereq:
            row["own_cpu_s"] = max(0.0, c - sum(med_cpu[p] for p in prereq[name]))
            row["prerequisites"] = prereq[name]
        rows.append(row)
    return rows


def ratios(rows: Sequence[dict[str, Any]]) -> dict[str, float]:
    by = {r["name"]: r for r in rows}
    dp = by["dateparser.search_dates"]
    out: dict[str, float] = {}
    for label, key in (("CPU time", "median_cpu_s"), ("wall time", "median_s")):
        if "dates" in by:
            out[f"dateparser.search_dates / diplotext reader+dates ({label})"] = dp[key] / by["dates"][key]
        out[f"dateparser.search_dates / whole diplotext pipeline ({label})"] = (
            dp[key] / by["diplotext (all plugins)"][key]
        )
    if SCAN_FLOOR in by:
        out["whole diplotext pipeline / the scan floor (CPU time)"] = by["diplotext (all plugins)"][
            "median_cpu_s"
        ] / max(by[SCAN_FLOOR]["median_cpu_s"], 1e-9)
    if "dates" in by:
        out["dateparser.search_dates / diplotext dates plugin's own CPU time"] = dp["median_cpu_s"] / max(
            by["dates"]["own_cpu_s"], 1e-9
        )
    if "actors" in by and "quotes" in by:
        own = by["actors"]["own_cpu_s"] + by["quotes"]["own_cpu_s"]
        out["dateparser.search_dates / diplotext actors+quotes plugins' own CPU time"] = dp[
            "median_cpu_s"
        ] / max(own, 1e-9)
        out["dateparser.search_dates / diplotext reader+actors+quotes (CPU time)"] = dp["median_cpu_s"] / max(
            by["quotes"]["median_cpu_s"], 1e-9
        )
    return out


def render(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        f"machine: {m['cpu']}, {m['nproc']} CPUs, Python {m['python']} ({m['platform']})",
        "versions: " + ", ".join(f"{k} {v}" for k, v in report["versions"].items() if v),
        f"sample: {report['docs']} stories, {report['chars']:,} characters, from {report['corpus']}"
        f" (seed {report['seed']}); {report['rounds']} interleaved rounds, medians;"
        f" load average at the end {report['load_average'][0]:.1f}",
        "",
        f"| {'contender':<42} | {'wall s':>7} | {'CPU s':>7} | {'docs/s':>8} | {'chars/s':>11}"
        f" | {'own CPU s':>9} |",
        f"|{'-' * 44}|{'-' * 9}|{'-' * 9}|{'-' * 10}|{'-' * 13}|{'-' * 11}|",
    ]
    for row in report["throughput"]:
        own = f"{row['own_cpu_s']:.3f}" if "own_cpu_s" in row else ""
        name = row["name"]
        if row.get("prerequisites") and row["prerequisites"] != ["reader"]:
            name += f" (+ {row['prerequisites'][0].removeprefix('prerequisites: ')})"
        lines.append(
            f"| {name:<42} | {row['median_s']:>7.3f} | {row['median_cpu_s']:>7.3f}"
            f" | {row['docs_per_s']:>8.1f} | {row['chars_per_s']:>11,.0f} | {own:>9} |"
        )
    lines.append("(medians over rounds; docs/s and chars/s from CPU time)")
    lines.append("")
    for key, value in report["ratios"].items():
        lines.append(f"{key}: {value:.1f}x")
    imp = report.get("import")
    if imp:
        lines.append(
            f"import diplotext: {imp['import'] * 1000:.0f} ms wall, {imp['import_cpu'] * 1000:.0f} ms CPU;"
            f" first extract() call (loads plugins): {imp['first_extract'] * 1000:.0f} ms wall,"
            f" {imp['first_extract_cpu'] * 1000:.0f} ms CPU (medians of 5 fresh processes)"
        )
    mem = report.get("memory")
    if mem:
        lines.append(
            f"peak memory over the sample (fresh process): tracemalloc {mem['tracemalloc_peak_mb']:.1f} MB,"
            f" max RSS {mem['max_rss_mb']:.1f} MB"
        )
    if report.get("spacy") is None:
        lines.append("spaCy: not installed (optional comparison skipped)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt stories")
    ap.add_argument("--limit", type=int, default=200, help="stories in the sample (default 200)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    ap.add_argument("--seed", type=int, default=0, help="random seed for the sample")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-subprocess", action="store_true", help="skip import-time and memory runs")
    args = ap.parse_args(argv)

    texts = load_sample(args.corpus, args.limit, args.seed)
    chars = sum(len(t) for t in texts)
    print(f"benchmarking {len(texts)} stories ({chars:,} chars), {args.rounds} rounds", file=sys.stderr)
    runners, prereq = contenders()
    wall, cpu = time_rounds(runners, texts, args.rounds)
    rows = summarize(wall, cpu, prereq, chars, len(texts))
    report: dict[str, Any] = {
        "machine": machine(),
        "versions": versions(),
        "corpus": str(args.corpus),
        "docs": len(texts),
        "chars": chars,
        "seed": args.seed,
        "rounds": args.rounds,
        "throughput": rows,
        "ratios": ratios(rows),
        "rounds_wall_s": wall,
        "rounds_cpu_s": cpu,
        "load_average": os.getloadavg(),
        "spacy": next((n for n in runners if n.startswith("spaCy")), None),
    }
    if not args.no_subprocess:
        report["import"] = import_times()
        report["memory"] = peak_memory(args.corpus, args.limit, args.seed)
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
