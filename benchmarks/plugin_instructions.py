"""Instructions each plugin of the warm pipeline spends, counted by valgrind (as ``instructions.py``).

    python benchmarks/plugin_instructions.py [--src src] [--limit 100] [--warm 20]

The warm-up runs every plugin (so the tables and patterns any of them loads are loaded before the
count); then the sample runs with the plugins up to one in the pipeline's order (reader; + actors;
+ dates; + clauses; + quotes; + extradition; + visits), one valgrind run each, and a plugin's
share is the difference it makes. A sentence's clause parse counts for the first plugin that asks
for it (the parses are kept for the article), and the document's assembly for the plugins whose
items it holds. Eight valgrind runs: about ten minutes on an idle machine.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from instructions import WARM_CODE, count, sample_parser

HERE = Path(__file__).resolve().parent
ORDER = ("reader", "actors", "dates", "clauses", "quotes", "extradition", "visits")


def main(argv: list[str] | None = None) -> None:
    args = sample_parser(__doc__, limit=100).parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("plugin_instructions: valgrind is not installed (apt-get install valgrind)")
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(Path(args.src).resolve())}

    def code(plugins: list[str], go: bool) -> str:
        return WARM_CODE.format(
            here=str(HERE),
            corpus=args.corpus,
            limit=args.limit,
            warm=args.warm,
            go=go,
            options=f", plugins={plugins!r}",
        )

    base = count(code(list(ORDER), go=False), env)
    before = 0.0
    rows: list[tuple[str, float]] = []
    for k in range(1, len(ORDER) + 1):
        total = (count(code(list(ORDER[:k]), go=True), env) - base) / args.limit
        rows.append((ORDER[k - 1], total - before))
        print(f"{ORDER[k - 1]:12} {total - before:14,.0f} a story  (up to here {total:14,.0f})", flush=True)
        before = total
    for name, per in rows:
        print(f"{name:12} {100 * per / before:5.1f} %")


if __name__ == "__main__":
    main()
