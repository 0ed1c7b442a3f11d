"""Where the warm pipeline's CPU time goes, by sampling: a ``SIGPROF`` timer every ``--interval``
seconds of the process's CPU time records the Python stack, so a C call (a pattern's match) is
charged to the line that made it and nothing runs slower (cProfile made the pipeline ten times
slower and inflated every small Python function). The kernel's tick bounds the rate (one sample in
about 4 ms of CPU time here, whatever ``--interval`` asks): use enough ``--rounds``. Unix only.

    python benchmarks/sample_profile.py [--limit 220] [--warm 20] [--rounds 3] [--top 40]
    python benchmarks/sample_profile.py --under syntax/layer.py:in_sentence   # what it spends on

Prints the functions by their own share of the samples and by their share with what they call
(``--under FILE:FUNCTION``: the callees of the first frame matching it, each with its share).
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import DEFAULT_CORPUS, load_sample  # noqa: E402

Key = tuple[str, str]


def _key(frame: FrameType) -> Key:
    return frame.f_code.co_filename.split("diplotext/")[-1], frame.f_code.co_name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=220, help="stories sampled (seed 0), warm-up included")
    ap.add_argument("--warm", type=int, default=20, help="stories run first, not counted")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the counted stories")
    ap.add_argument("--interval", type=float, default=0.0005, help="seconds of CPU time between samples")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--under", default=None, help="FILE:FUNCTION whose callees to list")
    args = ap.parse_args()

    from diplotext.pipeline import extract_record

    texts = load_sample(Path(args.corpus), args.limit, 0)
    for text in texts[: args.warm]:
        extract_record({"text": text})
    stacks: collections.Counter[tuple[Key, ...]] = collections.Counter()

    def sample(_signum: int, frame: FrameType | None) -> None:
        keys: list[Key] = []
        while frame is not None:
            keys.append(_key(frame))
            frame = frame.f_back
        stacks[tuple(reversed(keys))] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    for _ in range(args.rounds):
        for text in texts[args.warm :]:
            extract_record({"text": text})
    signal.setitimer(signal.ITIMER_PROF, 0, 0)

    n = sum(stacks.values()) or 1
    own: collections.Counter[Key] = collections.Counter()
    cum: collections.Counter[Key] = collections.Counter()
    below: collections.Counter[Key] = collections.Counter()
    for stack, count in stacks.items():
        own[stack[-1]] += count
        for key in set(stack):
            cum[key] += count
        if args.under:
            at = next((i for i, k in enumerate(stack) if args.under in f"{k[0]}:{k[1]}"), None)
            if at is not None:
                below[stack[at + 1] if at + 1 < len(stack) else ("<own>", "")] += count
    print(f"{n} samples every {args.interval * 1000:g} ms of CPU time")
    for title, table in (("own", own), ("with callees", cum), (f"under {args.under}", below)):
        if not table:
            continue
        print(f"\n== {title}")
        for (path, name), count in table.most_common(args.top):
            print(f"{100 * count / n:6.2f} %  {path}:{name}")


if __name__ == "__main__":
    main()
