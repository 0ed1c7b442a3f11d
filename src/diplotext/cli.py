"""The ``diplotext`` command: ``extract``, ``batch``, ``link``, ``plugins`` and ``eval``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

EXIT_USAGE = 2


def _die(message: str) -> int:
    print(f"diplotext: {message}", file=sys.stderr)
    return EXIT_USAGE


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser; with ``command``, only that sub-command's options are filled in (the
    others keep their name and help), so ``extract`` does not import the modules of ``batch`` and
    ``eval`` just to describe their options."""
    from diplotext import __version__

    parser = argparse.ArgumentParser(
        prog="diplotext",
        description="Structured, evidence-linked data from English news about international diplomacy.",
    )
    parser.add_argument("--version", action="version", version=f"diplotext {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract dates, actors, quotes and events from articles",
        description="Extract from .txt, .json, .jsonl or .html articles ('-' or none: stdin).",
    )
    ex.add_argument("paths", nargs="*", metavar="PATH", help="input files; '-' or none reads stdin")
    ex.add_argument(
        "--published",
        metavar="DATE",
        help="publication date or datetime (ISO 8601) for input that has none (a date line in the text "
        "or a record's published field wins; see --published-policy)",
    )
    ex.add_argument(
        "--published-policy",
        choices=("fill", "override"),
        default="fill",
        help="fill: --published only fills a missing date (the default); override: it wins over the "
        "text's date line and a record's published field",
    )
    ex.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help="json: one pretty document; jsonl: one per line (default for several inputs)",
    )
    ex.add_argument(
        "--plugins", metavar="NAME,...", help="run only these plugins (their prerequisites run too)"
    )
    add_time_mode(ex)
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ex.add_argument("--strict", action="store_true", help="stop at the first plugin error")
    ex.add_argument("--summary", action="store_true", help="print a short human-readable summary instead")

    ba = sub.add_parser(
        "batch",
        help="extract from many articles with worker processes, into one file",
        description="Extract from folders, globs or files of articles with worker processes; the "
        "documents are written in input order, one per line (or one CSV row per event / quote).",
    )
    if command in (None, "batch"):
        from diplotext.batch import add_arguments as add_batch_arguments

        add_batch_arguments(ba)

    li = sub.add_parser(
        "link",
        help="link the events of a batch output into cross-article cases",
        description="Link the visits and extradition disputes of 'diplotext batch' output (JSONL) "
        "into one case per real-world event, with its status history and distinct articles and sources.",
    )
    from diplotext.linking.cli import add_arguments as add_link_arguments

    add_link_arguments(li)

    sub.add_parser("plugins", help="list installed plugins as JSON")

    ev = sub.add_parser(
        "eval",
        help="score the pipeline against gold data",
        description="Score against diplotext gold JSON, TimeML (.tml) or brat attribution folders.",
    )
    if command in (None, "eval"):
        from diplotext.evaluation.cli import add_arguments

        add_arguments(ev)
    return parser


def add_time_mode(parser: argparse.ArgumentParser) -> None:
    """The ``--time-mode`` option (of ``extract`` and ``eval``)."""
    parser.add_argument(
        "--time-mode",
        choices=("news", "narrative", "auto"),
        help="resolve relative dates against publication (news, the default), the story's own time "
        "(narrative), or as a detector decides per document (auto); a record's time_mode wins",
    )


def _records(paths: Sequence[str]) -> Iterator[tuple[str, Any]]:
    from diplotext.inputs import read_records

    for path in paths or ["-"]:
        for rec in read_records(path):
            yield path, rec


def _check_published(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    try:
        if "T" in value or " " in value:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"--published: not an ISO 8601 date or datetime: {value!r}") from None
    return value


def cmd_extract(args: argparse.Namespace) -> int:
    from diplotext.inputs import BadRecord, InputError
    from diplotext.model import Article, Document, Error
    from diplotext.pipeline import extract_record
    from diplotext.plugins import PluginError, get_registry

    try:
        published = _check_published(args.published)
        if args.published_policy == "override" and published is None:
            raise ValueError("--published-policy override needs --published DATE")
        plugins = None
        if args.plugins is not None:
            plugins = [p for p in args.plugins.split(",") if p.strip()]
            get_registry().closure(plugins)
    except (ValueError, PluginError) as exc:
        return _die(str(exc))

    several = len(args.paths) > 1 or any(p.lower().endswith((".jsonl", ".ndjson")) for p in args.paths)
    fmt = args.format or ("jsonl" if several else "json")
    out: IO[str]
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        return _die(f"{args.output}: {exc.strerror or exc}")
    status = 0
    try:
        records = _records(args.paths)
        while True:
            try:
                path, rec = next(records)
            except StopIteration:
                break
            except InputError as exc:
                status = _die(str(exc))
                continue
            if isinstance(rec, BadRecord):
                doc = Document(
                    id=rec.id,
                    article=Article(text=""),
                    errors=[Error(plugin="diplotext", stage="input", message=rec.message)],
                )
            else:
                try:
                    doc = extract_record(
                        rec,
                        default_published=published,
                        published_policy=args.published_policy,
                        default_time_mode=args.time_mode,
                        plugins=plugins,
                        strict=args.strict,
                    )
                except Exception as exc:
                    if args.strict:
                        return _die(f"{rec.get('id') or path}: {type(exc).__name__}: {exc}")
                    raise
            if args.summary:
                from diplotext.summary import summarize

                out.write(summarize(doc) + "\n")
            elif fmt == "json":
                out.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n")
            else:
                out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    except BrokenPipeError:  # pragma: no cover - `diplotext extract ... | head`
        return 0
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def cmd_plugins(_: argparse.Namespace) -> int:
    from diplotext.plugins import get_registry

    print(json.dumps([p.to_dict() for p in get_registry().info()], indent=2))
    return 0


def _command_of(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv``: its first word that is not an option (the top level has
    only ``--help`` and ``--version``, which take no value)."""
    return next((a for a in argv if not a.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(_command_of(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if args.command == "extract":
        return cmd_extract(args)
    if args.command == "batch":
        from diplotext.batch import run as run_batch

        return run_batch(args)
    if args.command == "link":
        from diplotext.linking.cli import run as run_link

        return run_link(args)
    if args.command == "plugins":
        return cmd_plugins(args)
    if args.command == "eval":
        from diplotext.evaluation.cli import run

        return run(args)
    parser.print_help()
    return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
