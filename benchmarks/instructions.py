"""Instructions the whole pipeline spends, counted by valgrind: a figure other jobs on the machine do
not move (CPU time on a shared machine moves by 10 % between runs; the counts by well under 1 %).

    python benchmarks/instructions.py [--src src] [--limit 300] [--warm 20]   # warm pipeline
    python benchmarks/instructions.py --first [--src src]                    # import, first extract()

The warm figure is the instructions of ``extract_record`` over ``run.py``'s sample (seed 0), after
``--warm`` stories: two runs under ``valgrind --tool=cachegrind --cache-sim=no``, one that stops after
the warm-up and one that goes on through the sample, and the difference. ``--first`` counts
``import diplotext`` and ``import diplotext`` + one ``extract()`` of ``examples/state_visit.txt`` with
a pattern cache of its own, made beforehand, and the bytecode written (what a second run of the
command line finds). ``--src`` is the tree to import (``PYTHONPATH``), so two trees can be compared;
``PYTHONHASHSEED=0`` keeps set and dict orders, and so the counts, the same from run to run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "state_visit.txt"
VALGRIND = ("valgrind", "--tool=cachegrind", "--cache-sim=no")

WARM_CODE = """
import sys
sys.path.insert(0, {here!r})
from pathlib import Path
from run import load_sample
from diplotext.pipeline import extract_record
texts = load_sample(Path({corpus!r}), {limit}, 0)
for text in texts[:{warm}]:
    extract_record({{"text": text}})
if {go}:
    for text in texts:
        extract_record({{"text": text}}{options})
"""
FIRST_CODE = "import diplotext\nfrom diplotext import extract\nextract(open({example!r}).read())\n"


def count(code: str, env: dict[str, str]) -> int:
    """Instructions of ``python -c code`` under cachegrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [*VALGRIND, f"--cachegrind-out-file={tmp}/cg.out", sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise SystemExit(f"instructions: no count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def sample_parser(doc: str | None, *, limit: int) -> argparse.ArgumentParser:
    """The options every instruction count takes: the tree, the corpus, the sample and its warm-up."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", default=str(HERE.parent / "src"), help="the tree to import (PYTHONPATH)")
    parser.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus" / "news"))
    parser.add_argument("--limit", type=int, default=limit, help="stories in the sample")
    parser.add_argument("--warm", type=int, default=20, help="stories read (all plugins) before counting")
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = sample_parser(__doc__, limit=300)
    parser.add_argument("--first", action="store_true", help="count import and the first extract() instead")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("instructions: valgrind is not installed (apt-get install valgrind)")
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(Path(args.src).resolve())}
    if args.first:
        with tempfile.TemporaryDirectory() as tmp:
            env["DIPLOTEXT_PATTERN_CACHE"] = f"{tmp}/patterns.bin"
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            code = FIRST_CODE.format(example=str(EXAMPLE))
            subprocess.run([sys.executable, "-c", code], env=env, check=True)  # the cache, the bytecode
            imported = count("import diplotext", env)
            first = count(code, env)
        print(f"import diplotext: {imported:,} instructions")
        print(f"import diplotext + first extract(): {first:,} instructions")
        return
    fill = {"here": str(HERE), "corpus": args.corpus, "limit": args.limit, "warm": args.warm, "options": ""}
    with tempfile.TemporaryDirectory() as tmp:
        # a pattern cache of this run's own, filled by one run outside valgrind first: the two counted
        # runs then start alike (a pattern the first of them compiled and cached, or one another
        # process's write took out of a shared cache, would count in one of them only)
        env["DIPLOTEXT_PATTERN_CACHE"] = f"{tmp}/patterns.bin"
        subprocess.run([sys.executable, "-c", WARM_CODE.format(go=True, **fill)], env=env, check=True)
        start = count(WARM_CODE.format(go=False, **fill), env)
        total = count(WARM_CODE.format(go=True, **fill), env)
    print(f"{args.limit} stories after {args.warm} warm-up: {total - start:,} instructions")
    print(f"start-up and warm-up: {start:,} instructions; per story {(total - start) / args.limit:,.0f}")


if __name__ == "__main__":
    main()
