"""Calling the hooks of one article's run: each plugin on its own, through pluggy.

Every implementation is called through ``pm.hook`` (a :meth:`Registry.callers` caller holding that
plugin's implementation and the selected plugins' wrappers), with keyword arguments, so pluggy's
``wrapper=True`` / ``hookwrapper=True`` implementations and its tracing
(``pm.add_hookcall_monitoring``, ``pm.trace``) see every call. One plugin per call keeps a failure
contained: a plugin that raises, runs out of time, or returns something of the wrong type is
recorded in ``errors`` under its name and the next plugin runs (``strict`` re-raises instead).
Items of the wrong type or with offsets that do not point at their text are dropped, the plugin's
other items kept, and one ``errors`` entry says how many were dropped and why (see
docs/reliability.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar

import pluggy

from diplotext import itemchecks
from diplotext.model import Error
from diplotext.plugins import Registry
from diplotext.runtime import Report, TimeBudgetExceeded

__all__ = ["HookRunner"]

T = TypeVar("T")


class HookRunner:
    """The hook calls of one article: selected plugins, strictness, errors and the report."""

    def __init__(self, registry: Registry, selected: set[str] | None, strict: bool, report: Report) -> None:
        self.registry = registry
        self.selected = selected
        self.strict = strict
        self.report = report
        self.errors: list[Error] = [
            # a plugin that failed to load is named on every article it would have run on, not
            # silently missing from the output
            Error(plugin=name, stage="load", message=f"plugin not loaded: {info.error}"[:500])
            for name, info in sorted(registry.failed.items())
            if selected is None or name in selected
        ]

    def fail(self, plugin: str, stage: str, exc: BaseException) -> None:
        """Record ``exc`` for ``plugin`` (``strict``: raise it)."""
        if self.strict:
            raise exc
        message = f"{type(exc).__name__}: {exc}".strip()
        self.errors.append(Error(plugin=plugin, message=message[:500], stage=stage))

    def note(self, plugin: str, stage: str, message: str) -> None:
        self.errors.append(Error(plugin=plugin, message=message[:500], stage=stage))

    def each(self, hook: str, kwargs: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
        """``(plugin name, what pluggy returns)`` for each selected plugin implementing ``hook`` that
        returns (a list of results, or for a ``firstresult`` hook the result); the failures are
        recorded and skipped."""
        report = self.report
        for name, caller in self.registry.callers(hook, self.selected):
            if report.over_budget():
                self.note(
                    name, hook, f"not run: the time budget of {report.budget:g} s was spent before its turn"
                )
                continue
            report.plugin, report.stage = name, hook
            began = time.monotonic()
            try:
                result = caller(**kwargs, report=report)
            except (TimeBudgetExceeded, TimeoutError) as exc:
                if isinstance(exc, TimeoutError) and not report.over_budget():
                    self.fail(_culprit(exc, caller, name), hook, exc)  # a guarded regex scan timed out
                    continue
                if self.strict:
                    raise
                spent = f"time budget of {report.budget:g} s spent"
                self.note(name, hook, f"stopped: {spent} while it ran; its results are dropped")
                continue
            except Exception as exc:
                self.fail(_culprit(exc, caller, name), hook, exc)
                continue
            finally:
                report.plugin, report.stage = "diplotext", None
            if report.over_budget():
                took = time.monotonic() - began
                self.note(
                    name,
                    hook,
                    f"ran past the time budget of {report.budget:g} s (took {took:.2f} s); "
                    "its results are kept, later plugins do not run",
                )
            yield name, result

    def last_of(self, hook: str, kind: type[T], kwargs: Mapping[str, Any]) -> Iterator[tuple[str, T]]:
        """``(plugin name, result)`` for each non-``None`` result of ``kind`` (for hooks whose results
        replace one another, like ``finalize_document``); other results are recorded as errors."""
        for name, results in self.each(hook, kwargs):
            try:
                for result in _results(hook, results):
                    if result is not None and not isinstance(result, kind):
                        raise TypeError(
                            f"{hook} returned a {type(result).__name__}, expected {kind.__name__}"
                        )
                    if result is not None:
                        yield name, result
            except TypeError as exc:
                self.fail(name, hook, exc)

    def first(
        self, hook: str, kind: type[T], kwargs: Mapping[str, Any], check: Callable[[T], str | None]
    ) -> T | None:
        """The first result of the right type that passes ``check``; one that fails or returns
        another type is recorded and the next plugin is tried."""
        for name, got in self.each(hook, kwargs):
            if got is None:
                continue
            if not isinstance(got, kind):
                self.fail(
                    name, hook, TypeError(f"{hook} returned a {type(got).__name__}, expected {kind.__name__}")
                )
                continue
            reason = check(got)
            if reason is not None:
                self.fail(name, hook, ValueError(f"{hook} returned an unusable {kind.__name__}: {reason}"))
                continue
            return got
        return None

    def collect(self, hook: str, kind: type[T], kwargs: Mapping[str, Any], text: str) -> list[tuple[str, T]]:
        """``(plugin name, item)`` for every good item the plugins return (see the module)."""
        out: list[tuple[str, T]] = []
        for name, results in self.each(hook, kwargs):
            got: list[Any] = []
            try:  # pluggy's list of results (one per implementation called: this plugin's)
                for result in _results(hook, results):
                    if result is None:
                        continue
                    if isinstance(result, str | bytes | Mapping) or not isinstance(result, Iterable):
                        raise TypeError(
                            f"{hook} returned a {type(result).__name__}, expected a list of {kind.__name__}"
                        )
                    got.extend(result)
            except Exception as exc:  # a wrong type, or a generator that raises half-way
                self.fail(name, hook, exc)
                continue
            problems: list[str] = []
            for item in got:
                reason = itemchecks.problem(item, kind, text)
                if reason is None:
                    out.append((name, item))
                else:
                    problems.append(reason)
            if problems:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                self.fail(
                    name,
                    hook,
                    ValueError(
                        f"{hook}: dropped {len(problems)} of {len(got)} results: {problems[0]}{more}; "
                        "the others are kept"
                    ),
                )
        return out


def _results(hook: str, results: object) -> list[Any]:
    if not isinstance(results, list):  # a wrapper replaced pluggy's list of results
        raise TypeError(f"{hook} gave a {type(results).__name__}, expected pluggy's list of results")
    return results


def _culprit(exc: BaseException, caller: pluggy.HookCaller, default: str) -> str:
    """The plugin whose implementation raised ``exc``: the innermost one in the traceback (a wrapper
    around the plugin called, or the plugin itself)."""
    codes = {getattr(i.function, "__code__", None): i.plugin_name for i in caller.get_hookimpls()}
    found = default
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        name = codes.get(tb.tb_frame.f_code)
        if name is not None:
            found = name
        tb = tb.tb_next
    return found
