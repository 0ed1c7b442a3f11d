"""The worker side of ``diplotext batch`` and the pool that feeds it, in input order.

Each worker process loads the plugins once (:func:`init_worker`, the pool initializer) and turns
chunks of tasks into output text (:func:`work`); nothing is kept from one article to the next but
the loaded plugins and their bounded caches. The parent hands out at most ``IN_FLIGHT`` chunks per
worker and takes the results back in input order (:func:`pooled`).

A worker that dies (killed by the system, say) loses the chunks it and the others held: they are
run again one article at a time in a one-worker pool, so the article that kills its worker is
found and becomes a document with an ``errors`` entry, and the run goes on.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from diplotext.batch_inputs import BadTask, FileTask, Task
from diplotext.batch_output import format_document
from diplotext.inputs import InputError
from diplotext.records import error_document

if TYPE_CHECKING:
    from diplotext.model import TimeMode

__all__ = ["CHUNK", "IN_FLIGHT", "Result", "Settings", "Stop", "in_process", "init_worker", "pooled", "work"]

CHUNK = 4
"""Articles sent to a worker at a time."""
IN_FLIGHT = 3
"""Chunks handed out per worker before the parent waits for the oldest."""
DEATHS_IN_A_ROW = 3
"""Articles in a row whose worker dies before the run gives up (the cause is not the articles)."""


@attrs.frozen
class Settings:
    """What every worker needs to know (picklable)."""

    fmt: str = "jsonl"
    plugins: tuple[str, ...] | None = None
    published: str | None = None
    time_mode: TimeMode | None = None
    time_budget: float | None = None


class Result(NamedTuple):
    """One article done: its id, its output text, how many ``errors`` entries, the first one."""

    id: str
    text: str
    errors: int
    first_error: str | None


# --------------------------------------------------------------------------- in a worker

_settings: Settings | None = None


def init_worker(settings: Settings) -> None:
    """Pool initializer: leave Ctrl-C to the parent (it stops the pool), die on SIGTERM (a forked
    worker would otherwise inherit the parent's handler), end with the parent, load the plugins."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    load(settings)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (and so cannot stop it) ends itself."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def load(settings: Settings) -> None:
    """Keep the settings and load the plugins (once per process)."""
    global _settings
    from diplotext.plugins import get_registry

    _settings = settings
    get_registry()


def work(chunk: Sequence[Task]) -> list[Result]:
    """Process a chunk of tasks in a worker (after :func:`init_worker`)."""
    settings = _settings if _settings is not None else Settings()
    from diplotext import regexcache  # loaded with the plugins already (the parent needs none of it)

    results = [process(task, settings) for task in chunk]
    settle_heap()
    regexcache.save_if_due()  # a worker ends without ``atexit``: keep what it compiled now
    return results


_heap_settled = False


def settle_heap() -> None:
    """Once per process, after its first articles: move every object alive then (the plugins'
    modules, word lists, gazetteer and compiled patterns, loaded on first use) out of the cyclic
    garbage collector's reach (:func:`gc.freeze`). They live as long as the process, and the
    collector's full passes would otherwise walk them again and again (about 2 % of a worker's
    time). Reference counting still frees everything an article makes."""
    global _heap_settled
    if not _heap_settled:
        _heap_settled = True
        gc.freeze()


def _record_of(task: FileTask) -> dict[str, Any] | str:
    """The record of a one-article file (index metadata winning), or why it cannot be read."""
    from diplotext.inputs import BadRecord, read_records

    try:
        with open(task.path, "rb") as fh:
            got = next(iter(read_records(task.id, stream=fh)), None)
    except InputError as exc:
        return str(exc)
    except OSError as exc:
        return f"{task.id}: {exc.strerror or exc}"
    if got is None or isinstance(got, BadRecord):
        return got.message if isinstance(got, BadRecord) else f"{task.id}: no article in it"
    return {**got, **task.meta, "id": task.id}


def _extract(task: Task, settings: Settings) -> Any:
    from diplotext.records import checked_document

    if isinstance(task, BadTask):
        return error_document(task.id, "input", task.message)
    if isinstance(task, FileTask):
        got = _record_of(task)
        if isinstance(got, str):
            return error_document(task.id, "input", got)
        record = got
    else:
        record = dict(task.record)
    return checked_document(
        record,
        default_published=settings.published,
        default_time_mode=settings.time_mode,
        plugins=settings.plugins,
        time_budget=settings.time_budget,
    )


def _result(task: Task, data: dict[str, Any], fmt: str) -> Result:
    errors = data.get("errors") or []
    first = f"{task.id}: {errors[0]['message']}" if errors else None
    return Result(task.id, format_document(data, fmt), len(errors), first)


def process(task: Task, settings: Settings) -> Result:
    """One task to its output text; any failure becomes the document's ``errors`` entry."""
    try:
        data = _extract(task, settings).to_dict()
    except Exception as exc:
        data = error_document(task.id, "pipeline", f"{type(exc).__name__}: {exc}"[:500]).to_dict()
    return _result(task, data, settings.fmt)


# --------------------------------------------------------------------------- in the parent


class Stop:
    """Turns the first SIGINT / SIGTERM into a flag the loops look at (so no write is cut in the
    middle); a second one acts at once."""

    def __init__(self) -> None:
        self.signum = 0
        self._saved: dict[int, Any] = {}

    def __enter__(self) -> Stop:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._saved[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        self.signum = signum
        signal.signal(signum, self._saved[signum])

    def __exit__(self, *_: object) -> None:
        for sig, handler in self._saved.items():
            signal.signal(sig, handler)


def in_process(todo: Iterator[Task], settings: Settings, stop: Stop) -> Iterator[Result]:
    """Results one after the other in this process (``--jobs 1``)."""
    load(settings)
    for task in todo:
        if stop.signum:
            return
        yield process(task, settings)
        settle_heap()


Pending = deque[tuple["Future[list[Result]]", list[Task]]]


def _terminate(executor: ProcessPoolExecutor, pending: Pending) -> None:
    for fut, _ in pending:
        fut.cancel()
    pending.clear()
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
    else:
        for proc in list((getattr(executor, "_processes", None) or {}).values()):
            proc.terminate()
    executor.shutdown(wait=True, cancel_futures=True)


def _wait(fut: Future[list[Result]], stop: Stop) -> list[Result] | None:
    """The future's results, or ``None`` once a stop is asked for."""
    while not stop.signum:
        try:
            return fut.result(timeout=0.2)
        except FuturesTimeout:
            continue
    return None


def _died(task: Task, fmt: str) -> Result:
    message = f"{task.id}: the worker process died on this article (killed by the system: out of memory?)"
    return _result(task, error_document(task.id, "worker", message).to_dict(), fmt)


def _one_by_one(
    lost: list[Task], new_pool: Callable[[int], ProcessPoolExecutor], settings: Settings, stop: Stop
) -> Iterator[Result]:
    """Run again the tasks a dead worker took with it, one at a time in a one-worker pool, so the
    one that kills its worker is known."""
    executor: ProcessPoolExecutor | None = None
    died: list[Result] = []  # written once a later article shows the workers can live
    try:
        for task in lost:
            if stop.signum:
                return
            executor = executor or new_pool(1)
            try:
                results = _wait(executor.submit(work, [task]), stop)
            except BrokenProcessPool:
                executor.shutdown(wait=True)
                executor = None
                died.append(_died(task, settings.fmt))
                if len(died) >= DEATHS_IN_A_ROW:
                    raise BrokenProcessPool(
                        f"worker processes died on {len(died)} articles in a row"
                    ) from None
                continue
            if results is None:
                return
            yield from died
            died.clear()
            yield from results
        yield from died
    finally:
        if executor is not None:
            _terminate(executor, deque())


def pooled(
    todo: Iterator[Task], settings: Settings, jobs: int, stop: Stop, start_method: str | None = None
) -> Iterator[Result]:
    """Results in input order from ``jobs`` worker processes, at most ``jobs * IN_FLIGHT`` chunks
    handed out at a time. Raises ``BrokenProcessPool`` only when workers keep dying."""
    context = multiprocessing.get_context(start_method)

    def new_pool(n: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=n, mp_context=context, initializer=init_worker, initargs=(settings,)
        )

    executor = new_pool(jobs)
    pending: Pending = deque()
    chunks = iter(lambda: list(itertools.islice(todo, CHUNK)), [])
    unsent: list[Task] | None = None
    more, finished = True, False
    try:
        while not stop.signum:
            try:
                while more and len(pending) < jobs * IN_FLIGHT:
                    unsent = unsent or next(chunks, None)
                    if unsent is None:
                        more = False
                        break
                    pending.append((executor.submit(work, unsent), unsent))
                    unsent = None
                if not pending:
                    finished = True
                    return
                results = _wait(pending[0][0], stop)
            except BrokenProcessPool:
                lost = [task for _, tasks in pending for task in tasks] + (unsent or [])
                unsent = None
                _terminate(executor, pending)
                yield from _one_by_one(lost, new_pool, settings, stop)
                executor = new_pool(jobs)
                continue
            if results is None:
                return
            pending.popleft()
            yield from results
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:
            _terminate(executor, pending)
