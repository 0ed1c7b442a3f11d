"""How extraction time grows with the size of pathological and news-like input (docs/reliability.md).

    python benchmarks/input_scaling.py [--sizes 100000,400000,1600000] [--largest 4900000]

Each text of tests/hostile_texts.py is timed (CPU seconds of this process, steadier than wall time
on a shared machine) at each size, with the growth factor from one size to the next (linear
input: about the size factor); then one article of ``--largest`` characters mixing all of them.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import diplotext
from hostile_texts import MAKERS, news


def cpu_seconds(text: str) -> float:
    start = time.process_time()
    diplotext.extract(text, published="2020-01-01")
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,400000,1600000")
    parser.add_argument("--largest", type=int, default=4_900_000)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    diplotext.extract("Warm up: Ms. Duarte said on Monday.")
    print("| input | " + " | ".join(f"{n / 1e6:g} MB" for n in sizes) + " | growth per step |")
    print("|---|" + "---:|" * len(sizes) + "---|")
    for name in sorted(MAKERS):
        times = [cpu_seconds(MAKERS[name](n)) for n in sizes]
        growth = ", ".join(f"{b / a:.1f}x" if a > 0.01 else "-" for a, b in itertools.pairwise(times))
        print(f"| {name} | " + " | ".join(f"{t:.2f} s" for t in times) + f" | {growth} |", flush=True)
    part = args.largest // (len(MAKERS) + 2)
    text = news(3 * part) + "".join(MAKERS[name](part) for name in sorted(MAKERS) if name != "news")
    print(f"\nlargest: {len(text):,} characters mixing all of them: {cpu_seconds(text):.1f} s CPU")


if __name__ == "__main__":
    main()
