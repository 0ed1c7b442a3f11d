"""``diplotext link OUT.jsonl [-o cases.json] [--format json|text] [--min-articles N] [--chart FILE]``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

__all__ = ["add_arguments", "run"]

EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``link`` options to its sub-parser."""
    parser.add_argument(
        "input", metavar="OUT.jsonl", help="output of 'diplotext batch' ('-': standard input)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: one document with a schema version and the cases (default); text: a timeline per case",
    )
    parser.add_argument(
        "--min-articles",
        type=int,
        default=1,
        metavar="N",
        help="write only the cases told by at least N distinct articles (default 1: all)",
    )
    parser.add_argument(
        "--chart",
        metavar="FILE",
        help="also draw the cases shown as a timeline chart (.svg or .png; needs diplotext[chart])",
    )


def _die(message: str) -> int:
    print(f"diplotext link: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    """``diplotext link`` with parsed arguments."""
    from diplotext.linking.render import plural, result_to_dict, text_lines
    from diplotext.linking.result import LinkResult, link_file, link_lines

    if args.min_articles < 1:
        return _die(f"--min-articles must be 1 or more, not {args.min_articles}")
    if args.chart:
        from diplotext.linking.chart import ChartUnavailable, check_chart

        try:
            check_chart(args.chart)
        except ChartUnavailable as exc:
            return _die(str(exc))
    result: LinkResult
    try:
        result = link_lines(sys.stdin) if args.input == "-" else link_file(args.input)
    except OSError as exc:
        return _die(f"{args.input}: {exc.strerror or exc}")
    out: IO[str]
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        return _die(f"{args.output}: {exc.strerror or exc}")
    try:
        if args.format == "json":
            doc = result_to_dict(result, input_name=args.input, min_articles=args.min_articles)
            out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        else:
            for line in text_lines(result, min_articles=args.min_articles):
                out.write(line + "\n")
    except BrokenPipeError:  # pragma: no cover - `diplotext link ... | head`
        return 0
    finally:
        if out is not sys.stdout:
            out.close()
    if args.chart:
        from diplotext.linking.chart import draw_chart

        shown = [c for c in result.cases if len(c.articles) >= args.min_articles]
        try:
            draw_chart(shown, args.chart)
        except OSError as exc:
            return _die(f"{args.chart}: {exc.strerror or exc}")
    multi = sum(1 for c in result.cases if len(c.articles) >= 2)
    where = f" -> {args.output}" if args.output else ""
    print(
        f"diplotext link: {plural(result.documents, 'document')}, {plural(result.linked_events, 'event')}"
        f" -> {plural(len(result.cases), 'case')} ({multi} with 2 or more articles),"
        f" {plural(len(result.errors), 'bad line')}{where}",
        file=sys.stderr,
    )
    return 0
