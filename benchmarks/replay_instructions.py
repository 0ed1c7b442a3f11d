"""Instructions one function of the pipeline spends: its calls over a sample, replayed under valgrind.

    python benchmarks/replay_instructions.py MODULE FUNCTION [--src src] [--limit 60]
    python benchmarks/replay_instructions.py diplotext.syntax.layer parse_sentence

The pipeline runs over the first ``--limit`` stories of ``run.py``'s sample (seed 0) with
``MODULE.FUNCTION`` wrapped to record its arguments (patch the name where the caller looks it up:
``diplotext.extractors.actors.finder tokenize`` for the actors' tokenizer); the calls are replayed
once to warm them, then once more with callgrind counting (``--instr-atstart=no`` and
``callgrind_control -i on``/``off`` around the replay), so the count is that function's alone, start-up
and the rest of the pipeline left out. Calls that read caches the first run filled (the clause
layer's parsed sentences, an event context's frames) count less than they cost in the pipeline;
pure functions (tokenizers, scans, ``find_dates``, ``find_actors``) count what they cost.
``PYTHONHASHSEED=0`` keeps the count the same from run to run (within a few thousand).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _replay(module: str, function: str, corpus: str, limit: int) -> None:
    """Inside valgrind: record the calls, warm them, count one replay."""
    sys.path.insert(0, str(HERE))
    from run import load_sample

    from diplotext.pipeline import extract_record

    mod = importlib.import_module(module)
    original = getattr(mod, function)
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    setattr(mod, function, recording)
    for text in load_sample(Path(corpus), 300, 0)[:limit]:
        extract_record({"text": text})
    setattr(mod, function, original)
    for args, kwargs in calls:
        original(*args, **kwargs)
    control = shutil.which("callgrind_control") or "callgrind_control"
    subprocess.run([control, "-i", "on", str(os.getpid())], capture_output=True, check=False)
    for args, kwargs in calls:
        original(*args, **kwargs)
    subprocess.run([control, "-i", "off", str(os.getpid())], capture_output=True, check=False)
    print(f"calls: {len(calls)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("module")
    parser.add_argument("function")
    parser.add_argument("--src", default=str(HERE.parent / "src"), help="the tree to import (PYTHONPATH)")
    parser.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus" / "news"))
    parser.add_argument("--limit", type=int, default=60, help="stories whose calls are recorded")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inside:
        _replay(args.module, args.function, args.corpus, args.limit)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("replay_instructions: valgrind is not installed (apt-get install valgrind)")
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(Path(args.src).resolve())}
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        str(Path(__file__).resolve()),
        args.module,
        args.function,
        "--corpus",
        args.corpus,
        "--limit",
        str(args.limit),
        "--inside",
    ]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    calls = re.search(r"calls: (\d+)", out.stderr)
    if found is None or calls is None:
        raise SystemExit(f"replay_instructions: no count in valgrind's output:\n{out.stderr[-2000:]}")
    count = int(found.group(1).replace(",", ""))
    print(
        f"{args.module}.{args.function}: {int(calls.group(1)):,} calls over {args.limit} stories, "
        f"{count:,} instructions ({count / args.limit:,.0f} a story)"
    )


if __name__ == "__main__":
    main()
