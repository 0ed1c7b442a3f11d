"""``diplotext batch``: many articles through worker processes, written in input order to one file.

The parent lists the articles (:mod:`diplotext.batch_inputs`) and hands them to worker processes in
small chunks, a few at a time, so memory stays flat however large the corpus
(:mod:`diplotext.batch_workers`); it writes each document whole, in input order, and flushes it
(:mod:`diplotext.batch_output`). An article that fails becomes a document with an ``errors`` entry;
Ctrl-C stops the workers and leaves the output valid up to its last whole line (exit status 130),
and ``--resume`` goes on from there.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

import attrs

from diplotext.batch_inputs import Task, count_articles, read_index, resolve_inputs, tasks
from diplotext.batch_output import FORMATS, open_output, write_whole
from diplotext.batch_workers import Settings, Stop, in_process, pooled
from diplotext.inputs import InputError

if TYPE_CHECKING:
    from diplotext.model import TimeMode

__all__ = ["add_arguments", "run", "run_batch"]

EXIT_USAGE = 2
EXIT_WORKERS_DIED = 1


@attrs.define
class _Tally:
    written: int = 0
    with_errors: int = 0
    skipped: int = 0
    samples: list[str] = attrs.Factory(list)


def _not_done(done: set[str], todo: Iterator[Task], tally: _Tally) -> Iterator[Task]:
    for task in todo:
        if task.id in done:
            tally.skipped += 1
            continue
        yield task


def _cpu_count() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def run_batch(
    inputs: Sequence[str],
    output: str | None,
    *,
    jobs: int | None = None,
    fmt: str = "jsonl",
    index: Sequence[str] = (),
    resume: bool = False,
    plugins: Sequence[str] | None = None,
    published: str | None = None,
    time_mode: TimeMode | None = None,
    time_budget: float | None = None,
    progress: bool | None = None,
    start_method: str | None = None,
) -> int:
    """Run a batch; returns the exit status (messages go to standard error, one line each).

    ``output``: a file (``None``: standard output). ``jobs``: worker processes (default: the CPUs
    this process may use; 1 runs in this process). ``progress``: a progress bar (default: when
    standard error is a terminal). ``start_method``: the ``multiprocessing`` start method (default:
    the platform's). ``time_budget``: seconds each article may take (see docs/reliability.md).
    """
    from diplotext.model import TIME_MODES
    from diplotext.model_values import _published_from

    def die(message: str) -> int:
        print(f"diplotext batch: {message}", file=sys.stderr)
        return EXIT_USAGE

    jobs = _cpu_count() if jobs is None else jobs
    if jobs < 1:
        return die(f"--jobs must be at least 1, not {jobs}")
    if fmt not in FORMATS:
        return die(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if resume and output is None:
        return die("--resume needs -o FILE")
    if time_budget is not None and not time_budget > 0:
        return die(f"--time-budget must be a positive number of seconds, not {time_budget}")
    if time_mode is not None and time_mode not in TIME_MODES:
        return die(f"--time-mode must be one of {', '.join(TIME_MODES)}, not {time_mode!r}")
    try:
        _published_from(published)
    except (TypeError, ValueError):
        return die(f"--published: not an ISO 8601 date or datetime: {published!r}")
    try:
        sources, root = resolve_inputs(inputs)
        if output is not None and any(
            s.kind == "file" and os.path.realpath(s.arg) == os.path.realpath(output) for s in sources
        ):
            raise InputError(f"{output}: is an INPUT too; write the output elsewhere")
        meta: dict[str, dict[str, str]] = {}
        for path in index:
            got = read_index(path)
            if got and not any(os.path.isfile(p) for p in got):
                raise InputError(f"{path}: none of the files it names exists (relative to its folder)")
            meta.update(got)
        if plugins is not None:
            from diplotext.plugins import PluginError, get_registry

            try:
                get_registry().closure(plugins)
            except PluginError as exc:
                raise InputError(str(exc)) from None
        out, done = open_output(output, fmt, resume=resume)
    except InputError as exc:
        return die(str(exc))

    exclude = frozenset({os.path.abspath(output), os.path.realpath(output)} if output else ())
    settings = Settings(
        fmt, tuple(plugins) if plugins is not None else None, published, time_mode, time_budget
    )
    tally = _Tally()
    todo = _not_done(done, tasks(sources, root, index=meta or None, exclude=exclude), tally)
    bar: Any = None
    if sys.stderr.isatty() if progress is None else progress:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: workers may be forked after the bar starts
        total = count_articles(sources, exclude)
        bar = tqdm(total=total, initial=min(len(done), total), unit=" articles", file=sys.stderr)
    started = time.perf_counter()
    status = 0
    with Stop() as stop:
        results = (
            in_process(todo, settings, stop)
            if jobs == 1
            else pooled(todo, settings, jobs, stop, start_method)
        )
        try:
            for res in results:
                write_whole(out, res.text)
                tally.written += 1
                if res.errors:
                    tally.with_errors += 1
                    if len(tally.samples) < 3 and res.first_error:
                        tally.samples.append(res.first_error)
                if bar is not None:
                    bar.update(1)
                if stop.signum:
                    break
        except BrokenProcessPool as exc:
            status = EXIT_WORKERS_DIED
            tally.samples.append(f"stopped: {exc}")
        except KeyboardInterrupt:  # a second Ctrl-C
            stop.signum = signal.SIGINT
        except BrokenPipeError:  # `diplotext batch ... | head`: the reader has all it wants
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        finally:
            getattr(results, "close", lambda: None)()
            if bar is not None:
                bar.close()
            if out is not sys.stdout:
                out.close()
    _report(tally, seconds=time.perf_counter() - started, jobs=jobs, fmt=fmt, output=output, resume=resume)
    if stop.signum:
        print(
            f"diplotext batch: interrupted; {output or 'the output'} is whole up to its last line; "
            "add --resume to go on",
            file=sys.stderr,
        )
        return 128 + stop.signum
    if status == EXIT_WORKERS_DIED:
        print("diplotext batch: worker processes keep dying; rerun with --resume to go on", file=sys.stderr)
    return status


def _report(tally: _Tally, *, seconds: float, jobs: int, fmt: str, output: str | None, resume: bool) -> None:
    """The errors a CSV output has no room for (the first few), then the one-line summary."""
    for line in tally.samples:
        if fmt != "jsonl" or line.startswith("stopped: "):
            print(f"diplotext batch: {line}", file=sys.stderr)
    rate = tally.written / seconds if seconds > 0 else 0.0
    line = (
        f"diplotext batch: {tally.written} articles in {seconds:.1f} s ({rate:.1f} articles/s, "
        f"{jobs} {'job' if jobs == 1 else 'jobs'}), {tally.with_errors} with errors"
    )
    if resume:
        line += f", {tally.skipped} already done"
    print(f"{line} -> {output or 'stdout'}", file=sys.stderr)


# --------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``batch`` options to its sub-parser."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a folder (searched recursively for *.txt, *.json, *.jsonl, *.html), a quoted glob, or a file",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write here (default: standard output)")
    parser.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="worker processes (default: the CPU count; 1: no workers)"
    )
    parser.add_argument(
        "--index",
        action="append",
        default=[],
        metavar="TSV",
        help="per-file metadata: a TSV with 'file' (relative to its folder), 'published', 'title', 'url' "
        "columns (repeatable)",
    )
    parser.add_argument("--resume", action="store_true", help="skip the articles already in OUT")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl: one document per line (default); events-csv / quotes-csv: one row per event / quote",
    )
    parser.add_argument(
        "--plugins", metavar="NAME,...", help="run only these plugins (their prerequisites run too)"
    )
    parser.add_argument(
        "--published", metavar="DATE", help="publication date or datetime (ISO 8601) for input that has none"
    )
    parser.add_argument(
        "--time-budget",
        type=float,
        metavar="SECONDS",
        help="time each article may take: plugins still to run (or running) past it are named in "
        "its errors and the document keeps what finished",
    )
    from diplotext.cli import add_time_mode

    add_time_mode(parser)


def run(args: argparse.Namespace) -> int:
    """``diplotext batch`` with parsed arguments."""
    plugins = None
    if args.plugins is not None:
        plugins = [p.strip() for p in args.plugins.split(",") if p.strip()]
    return run_batch(
        args.inputs,
        args.output,
        jobs=args.jobs,
        fmt=args.format,
        index=args.index,
        resume=args.resume,
        plugins=plugins,
        published=args.published,
        time_mode=args.time_mode,
        time_budget=args.time_budget,
    )
