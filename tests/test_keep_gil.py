"""``KEEP_GIL``, the ``concurrent`` argument of ``regex`` calls given by position: the installed
``regex`` must read it there as ``concurrent`` (not as another argument), and the matches must be
the ones of a call without it."""

from __future__ import annotations

import regex

from diplotext.patterns import KEEP_GIL

_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+")
_TEXT = "The envoy met Ada Lind in Oslo, then flew on to Bergen on Friday."


def _slots(method: object) -> list[str]:
    """The argument names of a ``regex`` method, from its docstring's signature."""
    doc = getattr(method, "__doc__", None) or ""
    inside = doc.split("(", 1)[1].split(")", 1)[0]
    return [part.split("=")[0].strip() for part in inside.split(",")]


def test_the_positional_slot_is_concurrent() -> None:
    for name in ("match", "search", "fullmatch"):
        assert _slots(getattr(_WORD, name))[3] == "concurrent", name
    for name in ("finditer", "findall"):
        assert _slots(getattr(_WORD, name))[3:5] == ["overlapped", "concurrent"], name
    assert _slots(_WORD.split)[2] == "concurrent"


def test_the_matches_are_the_same() -> None:
    end = len(_TEXT)
    for pos in range(end):
        plain, kept = _WORD.match(_TEXT, pos), _WORD.match(_TEXT, pos, None, KEEP_GIL)
        assert (plain and plain.span()) == (kept and kept.span())
        plain, kept = _WORD.search(_TEXT, pos, end), _WORD.search(_TEXT, pos, end, KEEP_GIL)
        assert (plain and plain.span()) == (kept and kept.span())
    spans = [m.span() for m in _WORD.finditer(_TEXT, 3, end)]
    assert spans == [m.span() for m in _WORD.finditer(_TEXT, 3, end, False, KEEP_GIL)]
    assert len(spans) == 5
    assert _WORD.findall(_TEXT, 0, end, False, KEEP_GIL) == ["The", "Ada", "Lind", "Oslo", "Bergen", "Friday"]
    assert _WORD.split(_TEXT, 1, KEEP_GIL) == _WORD.split(_TEXT, maxsplit=1)
