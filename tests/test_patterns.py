"""Patterns compiled on first use (diplotext.patterns.lazy) behave as the compiled pattern."""

from __future__ import annotations

import regex

from diplotext.patterns import lazy


def test_lazy_pattern_is_compiled_on_first_use_and_matches_as_compiled() -> None:
    source = r"(?P<day>\d{1,2})\s+(?P<month>\p{Lu}\p{Ll}+)"
    text = "Talks on 12 March and 3 April, then 30 May."
    pattern = lazy(source, regex.IGNORECASE)
    compiled = regex.compile(source, regex.IGNORECASE)
    assert "match" not in vars(pattern)  # not compiled yet
    assert pattern.pattern == source
    found = [m.span() for m in pattern.finditer(text, 0, len(text), timeout=1.0)]
    assert found == [m.span() for m in compiled.finditer(text)] == [(9, 17), (22, 29), (36, 42)]
    assert "match" in vars(pattern)  # compiled once, its methods kept
    assert pattern.search(text, 18).group("month") == "April"
    assert pattern.match(text) is None and pattern.match(text, 9) is not None
    assert pattern.fullmatch("7 june") is not None
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.sub("<date>", text) == compiled.sub("<date>", text)
    assert pattern.groupindex == compiled.groupindex and pattern.flags == compiled.flags
