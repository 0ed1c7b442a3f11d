"""``diplotext eval``: score the pipeline against gold data and print P/R/F1 tables.

Each GOLD argument is one of: a diplotext gold file (a ``.json`` list of articles), a GGT quote set
(a ``.json`` list of articles with their ``text`` and ``quotes``, or its folder), TimeML (a ``.tml``
file or a folder of them), or brat attributions (a folder with ``text/`` and ``attributions/``, or
``.ann`` files beside their ``.txt``). Exit status 0 when scoring ran
(whatever the scores), 2 for bad usage or gold that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from diplotext.evaluation.common import HALVES, GoldError, Options
from diplotext.evaluation.report import Result, render_text

__all__ = ["add_arguments", "detect_kind", "evaluate", "run"]

EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``eval`` options to its sub-parser."""
    parser.add_argument(
        "gold",
        nargs="+",
        metavar="GOLD",
        help="diplotext gold .json, GGT quotes .json (or its folder), TimeML .tml file or folder, "
        "or brat attribution folder",
    )
    parser.add_argument("--json", action="store_true", help="print all figures as one JSON object")
    parser.add_argument(
        "--show", action="store_true", help="list misses, false positives and wrong attributes per document"
    )
    parser.add_argument(
        "--plugins", metavar="NAME,...", help="run only these plugins (their prerequisites run too)"
    )
    from diplotext.cli import add_time_mode

    add_time_mode(parser)
    parser.add_argument(
        "--limit", type=int, metavar="N", help="score only the first N documents of each GOLD"
    )
    parser.add_argument(
        "--half",
        choices=HALVES,
        help="score only one half of each set, split by a hash of the document's file name: "
        "'a' to read errors on, 'b' held out (see docs/evaluation.md)",
    )
    parser.add_argument(
        "--root",
        metavar="DIR",
        help="folder the 'file' paths of diplotext gold are relative to "
        "(default: the folder above the gold file's, then the gold file's own)",
    )


def detect_kind(path: Path) -> str:
    """``gold``, ``ggt``, ``timexjson``, ``timeml`` or ``brat`` for a GOLD argument (``GoldError``
    when none)."""
    from diplotext.evaluation.brat import is_brat_folder
    from diplotext.evaluation.ggt import is_ggt
    from diplotext.evaluation.timexjson import is_timex_json

    if not path.exists():
        raise GoldError(f"{path}: no such file or directory")
    if is_ggt(path):
        return "ggt"
    if is_timex_json(path):
        return "timexjson"
    if path.is_file():
        suffix = path.suffix.lower()
        if suffix == ".tml":
            return "timeml"
        if suffix == ".json":
            return "gold"
        raise GoldError(f"{path}: not a gold file (expected .json or .tml)")
    if is_brat_folder(path):
        return "brat"
    if any(path.glob("*.tml")):
        return "timeml"
    raise GoldError(f"{path}: a folder with no gold.json, .tml files or brat text/ + attributions/")


def evaluate(path: Path, options: Options | None = None) -> Result:
    """Score the pipeline on one GOLD path of any supported kind."""
    kind = detect_kind(path)
    if kind == "gold":
        from diplotext.evaluation.gold import score_gold

        return score_gold(path, options)
    if kind == "timeml":
        from diplotext.evaluation.timeml import score_timeml

        return score_timeml(path, options)
    if kind == "ggt":
        from diplotext.evaluation.ggt import score_ggt

        return score_ggt(path, options)
    if kind == "timexjson":
        from diplotext.evaluation.timexjson import score_timex_json

        return score_timex_json(path, options)
    from diplotext.evaluation.brat import score_brat

    return score_brat(path, options)


def _die(message: str) -> int:
    print(f"diplotext eval: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    """Run the evaluation; returns the exit status."""
    from diplotext import __version__
    from diplotext.plugins import PluginError, get_registry

    plugins: Sequence[str] | None = None
    if args.plugins is not None:
        plugins = [p.strip() for p in args.plugins.split(",") if p.strip()]
        try:
            get_registry().closure(plugins)
        except PluginError as exc:
            return _die(str(exc))
    if args.limit is not None and args.limit < 1:
        return _die("--limit must be 1 or more")
    root = Path(args.root) if args.root else None
    if root is not None and not root.is_dir():
        return _die(f"--root: {args.root}: not a folder")
    options = Options(plugins=plugins, limit=args.limit, root=root, half=args.half, time_mode=args.time_mode)
    status = 0
    results: list[Result] = []
    for gold in args.gold:
        try:
            result = evaluate(Path(gold), options)
        except GoldError as exc:
            status = _die(str(exc))
            continue
        results.append(result)
        if not args.json:
            print(render_text(result, show=args.show), end="\n\n", flush=True)
    if args.json:
        out = {
            "diplotext": __version__,
            "plugins": list(plugins) if plugins is not None else None,
            "time_mode": options.time_mode,
            "results": [r.to_dict(show=args.show) for r in results],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    return status
