"""ASCII twins of ``regex`` patterns: the same pattern for the standard library's ``re``, to scan text
that is all ASCII.

On ASCII text the Unicode classes of a ``regex`` pattern are ASCII ranges: ``\\p{L}`` is
``[A-Za-z]``, ``\\p{Lu}`` ``[A-Z]``, ``\\p{N}`` ``[0-9]``, and ``\\s`` the six characters
``\\t\\n\\x0b\\x0c\\r`` and space of Unicode's White_Space (``re``'s own ``\\s`` adds the separators
``\\x1c``-``\\x1f``); ``\\w``, ``\\d`` and ``\\b`` mean the same in ``re`` with ``re.ASCII``. ``re`` runs
such a pattern in about half the time of ``regex`` (and does not let go of the GIL at each match),
and ``str.isascii()`` costs nothing (CPython keeps the answer with the string), so a scanner picks
its pattern by the text: ``(TWIN if text.isascii() else PATTERN).finditer(text)``. Wire copy is
mostly ASCII; any other text goes through the ``regex`` pattern as before.

:func:`ascii_twin` translates only those classes; a pattern with anything else of ``regex``'s own
(another property, a version-1 set, a lookbehind of varying width, a flag ``re`` lacks) raises
``ValueError``, and so does one holding a character that case-folds to an ASCII letter (the Kelvin
sign, the long s), whose matches ``re.ASCII`` would not fold. ``tests/test_ascii_scans.py`` holds
each twin in use to its pattern's matches on random ASCII text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import regex

from diplotext.patterns import plain_flags

__all__ = ["ascii_twin", "compile_ascii", "re_ascii_twin", "twin_of"]

_SPACE: Final = r"\t\n\x0b\x0c\r "
_CLASSES: Final[dict[str, tuple[str | None, str]]] = {
    # escape: (inside a character class, outside one)
    r"\p{L}": ("A-Za-z", "[A-Za-z]"),
    r"\p{Lu}": ("A-Z", "[A-Z]"),
    r"\p{Ll}": ("a-z", "[a-z]"),
    r"\p{N}": ("0-9", "[0-9]"),
    r"\s": (_SPACE, f"[{_SPACE}]"),
    r"\S": (None, f"[^{_SPACE}]"),
}
_RE_SPACE: Final = r"\t\n\x0b\x0c\r\x1c-\x1f "
_RE_CLASSES: Final[dict[str, tuple[str | None, str]]] = {
    r"\s": (_RE_SPACE, f"[{_RE_SPACE}]"),
    r"\S": (None, f"[^{_RE_SPACE}]"),
}
"""``re``'s own ``\\s`` on ASCII text: the six spaces of ``regex`` and the separators ``\\x1c``-``\\x1f``
(``str.isspace`` holds for them), which ``re.ASCII`` would drop."""
_FLAGS: Final = {
    int(regex.IGNORECASE): re.IGNORECASE,
    int(regex.MULTILINE): re.MULTILINE,
    int(regex.DOTALL): re.DOTALL,
    int(regex.VERBOSE): re.VERBOSE,
}
_ALLOWED: Final = int(regex.UNICODE) | int(regex.VERSION0) | sum(_FLAGS)
_FOLDS_TO_ASCII: Final = frozenset("\u212a\u017f\u0130\u0131")
"""The Kelvin sign, the long s, dotted capital I and dotless i: they match ASCII letters when case
is ignored."""


_ESCAPE_LENGTHS: Final = {"x": 4, "u": 6, "U": 10}


def _escaped_char(escape: str) -> str | None:
    """The character a ``\\x``, ``\\u``, ``\\U`` or ``\\N{...}`` escape stands for."""
    kind = escape[1:2]
    try:
        if kind == "N":
            return unicodedata.lookup(escape[3:-1])
        if kind in _ESCAPE_LENGTHS:
            return chr(int(escape[2:], 16))
    except (KeyError, ValueError):
        return None
    return None


def ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """The ``re`` pattern that matches ASCII text as ``pattern`` does (see the module docstring)."""
    flags = int(pattern.flags)
    if flags & ~_ALLOWED:
        raise ValueError(f"flags {flags:#x} of {pattern.pattern!r} have no ASCII twin")
    if _FOLDS_TO_ASCII & set(pattern.pattern):
        raise ValueError(f"{pattern.pattern!r} holds a character that folds to an ASCII letter")
    source = _translate(pattern.pattern, verbose=bool(flags & regex.VERBOSE))
    re_flags = re.ASCII
    for flag, re_flag in _FLAGS.items():
        if flags & flag:
            re_flags |= re_flag
    try:
        return compile_ascii(source, re_flags)
    except re.error as exc:
        raise ValueError(f"{pattern.pattern!r} has no ASCII twin: {exc}") from exc


_MADE: dict[int, tuple[regex.Pattern[str], re.Pattern[str]]] = {}


def twin_of(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """``ascii_twin(pattern)``, made the first time it is asked for and kept: the twin of a pattern
    compiled on first use (:func:`diplotext.patterns.lazy`), so that neither is compiled at import."""
    made = _MADE.get(id(pattern))
    if made is None or made[0] is not pattern:
        made = _MADE[id(pattern)] = (pattern, ascii_twin(pattern))
    return made[1]


def re_ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The ``re.ASCII`` pattern that matches ASCII text as the Unicode ``re`` pattern does: ``\\w``,
    ``\\W``, ``\\b``, ``\\d`` and their kin test a character by a table instead of the Unicode
    database (a scan over every character of a text runs in about nine tenths of the time), and
    ``\\s`` keeps the file separators ``re``'s Unicode ``\\s`` counts as spaces."""
    if _FOLDS_TO_ASCII & set(pattern.pattern):  # (a scoped "(?i:...)" folds them too)
        raise ValueError(f"{pattern.pattern!r} holds a character that folds to an ASCII letter")
    source = _translate(pattern.pattern, verbose=bool(pattern.flags & re.VERBOSE), classes=_RE_CLASSES)
    try:
        return compile_ascii(source, pattern.flags & ~re.UNICODE)
    except re.error as exc:
        raise ValueError(f"{pattern.pattern!r} has no ASCII twin: {exc}") from exc


def compile_ascii(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags | re.ASCII)``, through the pattern cache on disk
    (:mod:`diplotext.regexcache`): a twin written by hand."""
    with plain_flags():
        return re.compile(source, flags | re.ASCII)


def _translate(source: str, *, verbose: bool, classes: dict[str, tuple[str | None, str]] = _CLASSES) -> str:
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    while i < n:
        ch = source[i]
        if ch == "\\":
            if source.startswith(("\\p{", "\\P{", "\\N{"), i):
                close = source.index("}", i)
                escape = source[i : close + 1]
            else:
                escape = source[i : i + _ESCAPE_LENGTHS.get(source[i + 1 : i + 2], 2)]
            if _escaped_char(escape) in _FOLDS_TO_ASCII:
                raise ValueError(f"{escape} of {source!r} folds to an ASCII letter")
            if escape in classes:
                inside, outside = classes[escape]
                if in_class and inside is None:
                    raise ValueError(f"{escape} inside a class of {source!r} has no ASCII twin")
                out.append(inside if in_class and inside is not None else outside)
            elif escape[1] in "pP":
                raise ValueError(f"{escape} of {source!r} has no ASCII twin")
            else:
                out.append(escape)
            i += len(escape)
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if source.startswith("^", i):
                out.append("^")
                i += 1
            if source.startswith("]", i):  # a "]" right after the opening is a member
                out.append("]")
                i += 1
            continue
        elif verbose and ch == "#":  # a comment, to the end of the line
            end = source.find("\n", i)
            end = n if end < 0 else end
            out.append(source[i:end])
            i = end
            continue
        out.append(ch)
        i += 1
    return "".join(out)
