"""The ``diplotext`` command: ``extract``, ``show``, ``batch``, ``link``, ``plugins`` and ``eval``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diplotext.inputs import Input
    from diplotext.model import Document

EXIT_USAGE = 2


def _die(message: str) -> int:
    print(f"diplotext: {message}", file=sys.stderr)
    return EXIT_USAGE


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser; with ``command``, only that sub-command's options are filled in (the
    others keep their name and help), so ``extract`` does not import the modules of ``batch``,
    ``link`` and ``eval`` just to describe their options."""
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
    add_published(ex)
    shape = ex.add_mutually_exclusive_group()
    shape.add_argument(
        "--format",
        choices=("json", "jsonl", "events-csv", "quotes-csv"),
        help="json: one pretty document for one article, a JSON array of them for several inputs, "
        "JSONL or a JSON array; jsonl: one document per line (the default for several inputs); "
        "events-csv, quotes-csv: one CSV row per event / quote (columns: docs/output.md)",
    )
    shape.add_argument(
        "--summary",
        action="store_true",
        help="print a short human-readable summary with a legend of its codes instead "
        "(not with --format: use one or the other)",
    )
    ex.add_argument(
        "--plugins", metavar="NAME,...", help="run only these plugins (their prerequisites run too)"
    )
    add_time_mode(ex)
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ex.add_argument("--strict", action="store_true", help="stop at the first plugin error")

    sh = sub.add_parser(
        "show",
        help="write an HTML page with what was found highlighted in the article",
        description="Write one self-contained HTML page (no scripts, no external resources) showing "
        "each article with its dates, actor mentions, quotes (with their speakers) and event evidence "
        "highlighted, and the events and a legend below it.",
    )
    sh.add_argument("paths", nargs="*", metavar="PATH", help="input files; '-' or none reads stdin")
    add_published(sh)
    sh.add_argument(
        "--plugins", metavar="NAME,...", help="run only these plugins (their prerequisites run too)"
    )
    add_time_mode(sh)
    sh.add_argument("-o", "--output", metavar="FILE", help="write the page here instead of stdout")
    sh.add_argument("--strict", action="store_true", help="stop at the first plugin error")

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
    if command in (None, "link"):
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
    from diplotext.cli_examples import add_examples

    add_examples(parser)
    return parser


def add_published(parser: argparse.ArgumentParser) -> None:
    """``--published`` and ``--published-policy`` (of ``extract`` and ``show``): the same meaning as
    ``extract(text, published=..., published_policy=...)``."""
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date or datetime (ISO 8601) for input that has none (a date line in the text "
        "or a record's published field wins; see --published-policy)",
    )
    parser.add_argument(
        "--published-policy",
        choices=("fill", "override"),
        default="fill",
        help="fill: --published only fills a missing date (the default); override: it wins over the "
        "text's date line and a record's published field",
    )


def add_time_mode(parser: argparse.ArgumentParser) -> None:
    """The ``--time-mode`` option (of ``extract`` and ``eval``)."""
    parser.add_argument(
        "--time-mode",
        choices=("news", "narrative", "auto"),
        help="resolve relative dates against publication (news, the default), the story's own time "
        "(narrative), or as a detector decides per document (auto); a record's time_mode wins",
    )


def _records(paths: Sequence[str], first: Input | None) -> Iterator[tuple[str, Any]]:
    """``(path, record)`` for each record of each input; an input that cannot be read gives
    ``(path, InputError)`` and the next input is read."""
    from diplotext.inputs import InputError, open_input

    for n, path in enumerate(paths):
        try:
            opened = first if (n == 0 and first is not None) else open_input(path)
            for rec in opened.records:
                yield path, rec
        except InputError as exc:
            yield path, exc


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


def _documents(args: argparse.Namespace, first: Input | None) -> Iterator[Document | str]:
    """The documents of ``args.paths`` (``show`` and ``extract``); an input that cannot be read gives
    its one-line message instead. Raises :class:`_Stop` for a failure with ``--strict``."""
    from diplotext.inputs import BadRecord, InputError
    from diplotext.model import Article, Document, Error
    from diplotext.pipeline import extract_record

    for path, rec in _records(args.paths or ["-"], first):
        if isinstance(rec, InputError):
            yield str(rec)
        elif isinstance(rec, BadRecord):
            yield Document(
                id=rec.id,
                article=Article(text=""),
                errors=[Error(plugin="diplotext", stage="input", message=rec.message)],
            )
        else:
            try:
                yield extract_record(
                    rec,
                    default_published=args.published,
                    published_policy=args.published_policy,
                    default_time_mode=args.time_mode,
                    plugins=args.plugin_list,
                    strict=args.strict,
                )
            except Exception as exc:
                if args.strict:
                    raise _Stop(f"{rec.get('id') or path}: {type(exc).__name__}: {exc}") from exc
                raise


class _Stop(Exception):
    """A ``--strict`` run stops: the message for standard error."""


def _prepare(args: argparse.Namespace) -> Input | None:
    """Check ``--published`` and ``--plugins`` (into ``args.plugin_list``) and open a lone input
    (to know whether it is one article or several); raises ``ValueError`` with the message."""
    from diplotext.inputs import InputError, open_input
    from diplotext.plugins import PluginError, get_registry

    try:
        args.published = _check_published(args.published)
        if args.published_policy == "override" and args.published is None:
            raise ValueError("--published-policy override needs --published DATE")
        args.plugin_list = None
        if args.plugins is not None:
            args.plugin_list = [p for p in args.plugins.split(",") if p.strip()]
            get_registry().closure(args.plugin_list)
        paths = args.paths or ["-"]
        return open_input(paths[0]) if len(paths) == 1 else None
    except (InputError, PluginError) as exc:
        raise ValueError(str(exc)) from None


def _open_output(path: str | None) -> IO[str]:
    try:
        return open(path, "w", encoding="utf-8") if path else sys.stdout
    except OSError as exc:
        raise ValueError(f"{path}: {exc.strerror or exc}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    from diplotext.extract_output import DocumentWriter

    try:
        first = _prepare(args)
        several = first is None or first.several
        fmt = "summary" if args.summary else args.format or ("jsonl" if several else "json")
        out = _open_output(args.output)
    except ValueError as exc:
        return _die(str(exc))
    status = 0
    writer = DocumentWriter(out, fmt, several=several)
    try:
        for doc in _documents(args, first):
            if isinstance(doc, str):
                status = _die(doc)
            else:
                writer.write(doc)
        writer.close()
    except _Stop as exc:
        writer.close()
        return _die(str(exc))
    except BrokenPipeError:  # pragma: no cover - `diplotext extract ... | head`
        return 0
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def cmd_show(args: argparse.Namespace) -> int:
    from diplotext.show import render_page

    try:
        first = _prepare(args)
        docs = []
        status = 0
        for doc in _documents(args, first):
            if isinstance(doc, str):
                status = _die(doc)
            else:
                docs.append(doc)
        out = _open_output(args.output)
    except (ValueError, _Stop) as exc:
        return _die(str(exc))
    try:
        out.write(render_page(docs))
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
    if args.command == "show":
        return cmd_show(args)
    if args.command == "plugins":
        return cmd_plugins(args)
    if args.command == "eval":
        from diplotext.evaluation.cli import run

        return run(args)
    parser.print_help()
    return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
