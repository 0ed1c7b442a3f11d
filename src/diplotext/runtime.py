"""What a running plugin can tell the pipeline, and the limits it runs under.

The pipeline passes every hook a :class:`Report` as the ``report`` argument (and keeps it as the
current report while the plugins of one article run, for code deep inside a plugin:
:func:`current`). A plugin uses it to

- report a cap it hit or results it dropped: ``report.warn("...", count=n)`` (a ``warnings`` entry of
  the document, under the plugin's name; the same message again adds to its count);
- honour the article's time budget in its long loops: ``report.check_time()`` raises
  :class:`TimeBudgetExceeded` once the budget is spent (the pipeline records it in ``errors``).

:func:`finditer` and :func:`search` run a compiled ``regex`` pattern with a timeout (the shorter of
:data:`REGEX_TIMEOUT` and what is left of the budget): the last guard on scans of whole texts. A
timeout raises :class:`TimeoutError`, which the pipeline records in ``errors`` under the plugin's name.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from typing import Any, Final

import attrs
import regex

from diplotext.model import Notice
from diplotext.patterns import KEEP_GIL

__all__ = [
    "REGEX_TIMEOUT",
    "Report",
    "TimeBudgetExceeded",
    "check_time",
    "current",
    "finditer",
    "search",
    "warn",
]

REGEX_TIMEOUT: Final = 10.0
"""Seconds one guarded regex scan may take (every pattern is linear: this is a last guard)."""


class TimeBudgetExceeded(Exception):
    """The article's time budget is spent: raised by :meth:`Report.check_time`."""


@attrs.define(eq=False)
class Report:
    """The pipeline's channel for one article: warnings, and the time budget (see the module)."""

    plugin: str = "diplotext"
    """The plugin now running (the pipeline sets it before each call)."""
    stage: str | None = None
    """The hook now running."""
    budget: float | None = None
    """Seconds the article may take, or ``None`` for no limit."""
    deadline: float | None = None
    """``time.monotonic()`` past which the budget is spent."""
    warnings: list[Notice] = attrs.Factory(list)
    _index: dict[tuple[str, str | None, str], int] = attrs.Factory(dict)

    @classmethod
    def starting_now(cls, budget: float | None) -> Report:
        """A report whose budget (seconds, ``None`` for none) starts now."""
        deadline = None if budget is None else time.monotonic() + budget
        return cls(budget=budget, deadline=deadline)

    def warn(self, message: str, *, count: int = 1) -> None:
        """Record a warning for the running plugin; the same message again adds ``count`` to it."""
        key = (self.plugin, self.stage, message)
        at = self._index.get(key)
        if at is None:
            self._index[key] = len(self.warnings)
            self.warnings.append(Notice(plugin=self.plugin, stage=self.stage, message=message, count=count))
        else:
            old = self.warnings[at]
            self.warnings[at] = attrs.evolve(old, count=old.count + count)

    def remaining(self) -> float | None:
        """Seconds left of the budget (``None``: no budget; never below 0)."""
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def over_budget(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def check_time(self) -> None:
        """Raise :class:`TimeBudgetExceeded` when the budget is spent (cheap: call it in long loops)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetExceeded(f"time budget of {self.budget:g} s spent")

    def regex_timeout(self) -> float:
        """The timeout for one guarded regex scan."""
        left = self.remaining()
        return REGEX_TIMEOUT if left is None else max(0.001, min(REGEX_TIMEOUT, left))


_CURRENT: contextvars.ContextVar[Report | None] = contextvars.ContextVar("diplotext_report", default=None)


def current() -> Report:
    """The report of the article being processed (outside a run, as when a plugin's function is
    called directly: a new report, with no budget, that nobody reads)."""
    got = _CURRENT.get()
    return Report() if got is None else got


def activate(report: Report) -> contextvars.Token[Report | None]:
    """Make ``report`` the current one (the pipeline does this; undo with :func:`deactivate`)."""
    return _CURRENT.set(report)


def deactivate(token: contextvars.Token[Report | None]) -> None:
    _CURRENT.reset(token)


def warn(message: str, *, count: int = 1) -> None:
    """:meth:`Report.warn` on the current report."""
    current().warn(message, count=count)


def check_time() -> None:
    """:meth:`Report.check_time` on the current report."""
    got = _CURRENT.get()
    if got is not None:
        got.check_time()


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[Any]:
    """``pattern.finditer`` with the guard's timeout (:class:`TimeoutError` when it runs out)."""
    report = _CURRENT.get()
    timeout = REGEX_TIMEOUT if report is None or report.deadline is None else report.regex_timeout()
    end = len(text) if endpos is None else endpos
    return pattern.finditer(text, pos, end, False, KEEP_GIL, timeout=timeout)


def search(pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Any:
    """``pattern.search`` with the guard's timeout (:class:`TimeoutError` when it runs out)."""
    report = _CURRENT.get()
    timeout = REGEX_TIMEOUT if report is None or report.deadline is None else report.regex_timeout()
    return pattern.search(text, pos, len(text) if endpos is None else endpos, KEEP_GIL, timeout=timeout)
