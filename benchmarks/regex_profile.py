"""Where the pattern-matching time of the whole pipeline goes: seconds and calls per compiled
pattern (``regex`` and ``re``) over a sample of stories, largest first.

    python benchmarks/regex_profile.py [--corpus ../shared/corpus/news] [--limit 300] [--top 40]

After a warm-up, every compiled pattern held by a ``diplotext`` module (a module-level name, or a
value of a module-level dict of patterns) is replaced by a proxy that times its ``match``,
``search``, ``fullmatch``, ``findall``, ``finditer`` (each step of its iterator) and ``sub``
calls. The proxies cost about a microsecond a call, so the total is an upper bound; what counts is
the order. Patterns built inside functions or kept in other containers are not seen.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import DEFAULT_CORPUS, load_sample  # noqa: E402

PATTERN_TYPES = (type(regex.compile("a")), type(re.compile("a")))
TIMED = ("match", "search", "fullmatch", "findall", "sub", "finditer")
Stats = dict[tuple[str, str], list[float]]


class TimedPattern:
    """A compiled pattern whose matching calls add their time to ``stats``."""

    def __init__(self, pattern: Any, name: str, stats: Stats) -> None:
        self._pattern, self._name, self._stats = pattern, name, stats

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._pattern, attr)
        if attr not in TIMED:
            return value
        entry = self._stats[(self._name, attr)]

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            result = value(*args, **kwargs)
            entry[0] += 1
            entry[1] += time.perf_counter() - start
            return TimedMatches(result, entry) if attr == "finditer" else result

        return timed

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, TimedPattern) else other)


class TimedMatches:
    """The iterator ``finditer`` returned, each step timed (a caller may read only a few matches)."""

    def __init__(self, matches: Iterator[Any], entry: list[float]) -> None:
        self._matches, self._entry = matches, entry

    def __iter__(self) -> TimedMatches:
        return self

    def __next__(self) -> Any:
        start = time.perf_counter()
        try:
            return next(self._matches)
        finally:
            self._entry[1] += time.perf_counter() - start


def _all_patterns(table: dict[Any, Any]) -> bool:
    return all(isinstance(v, PATTERN_TYPES) for v in table.values())


def instrument(stats: Stats) -> int:
    """Put a :class:`TimedPattern` in place of every module-level pattern of ``diplotext``."""
    count = 0
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("diplotext"):
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, PATTERN_TYPES):
                setattr(module, attr, TimedPattern(value, f"{module_name}.{attr}", stats))
                count += 1
            elif isinstance(value, dict) and value and _all_patterns(value):
                for key, pattern in list(value.items()):
                    value[key] = TimedPattern(pattern, f"{module_name}.{attr}[{key}]", stats)
                    count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt stories")
    ap.add_argument("--limit", type=int, default=300, help="stories in the sample (default 300)")
    ap.add_argument("--seed", type=int, default=0, help="random seed for the sample")
    ap.add_argument("--top", type=int, default=40, help="patterns listed (default 40)")
    args = ap.parse_args(argv)

    from diplotext.pipeline import extract_record

    texts = load_sample(args.corpus, args.limit, args.seed)

    def run(text: str) -> object:
        return extract_record({"text": text})

    for text in texts[:20]:  # load the plugins, compile and fill the lazy caches
        run(text)
    stats: Stats = defaultdict(lambda: [0, 0.0])
    patterns = instrument(stats)
    start = time.process_time()
    for text in texts:
        run(text)
    total = time.process_time() - start
    in_patterns = sum(seconds for _, seconds in stats.values())
    print(
        f"{len(texts)} stories, {patterns} patterns timed: {total:.3f} s CPU in all,"
        f" {in_patterns:.3f} s ({in_patterns / total:.0%}) inside their calls"
    )
    print(f"| {'seconds':>8} | {'calls':>7} | pattern, method |")
    print(f"|{'-' * 10}|{'-' * 9}|{'-' * 17}|")
    ranked = sorted(stats.items(), key=lambda item: -item[1][1])
    for (name, method), (calls, seconds) in ranked[: args.top]:
        print(f"| {seconds:8.4f} | {int(calls):7d} | {name.removeprefix('diplotext.')}.{method} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
