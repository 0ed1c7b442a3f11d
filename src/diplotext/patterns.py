"""Compiled patterns that are compiled the first time they are used.

Compiling a ``regex`` pattern runs its parser in Python (about 4 ms per kilobyte of pattern), and
a process that reads one short article uses only some of the patterns the plugins define: the
others need not be compiled at all. :func:`lazy` gives an object that stands for the compiled
pattern: its first method call compiles it, and from then on its methods are the compiled
pattern's own (no extra call per use).
"""

from __future__ import annotations

from typing import Any, Final, cast

import regex

__all__ = ["lazy"]

_PUBLIC: Final = tuple(name for name in dir(regex.compile("")) if not name.startswith("_"))
"""What a compiled pattern offers (``match``, ``search``, ``finditer``, ``flags``...)."""


class _LazyPattern:
    """A pattern compiled on first use; then its methods are the compiled pattern's."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only called for what is not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self._flags)
        for attribute in _PUBLIC:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done the first time the pattern is used."""
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))
