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


def _flag_constants() -> dict[str, object]:
    import regex._main
    import regex._regex_core

    return {
        f"{module.__name__}.{name}": value
        for module in (regex, regex._main, regex._regex_core)
        for name, value in vars(module).items()
        if isinstance(value, regex.RegexFlag)
    }


def test_plain_flags_are_plain_integers_inside_and_put_back_after() -> None:
    from diplotext.patterns import plain_flags

    before = _flag_constants()
    assert before and regex.IGNORECASE is regex.RegexFlag.IGNORECASE
    with plain_flags():
        assert type(regex.IGNORECASE) is int and regex.IGNORECASE == 2
        with plain_flags():  # nested: still plain
            assert type(regex.VERSION0) is int
        assert type(regex.VERSION0) is int
    assert _flag_constants() == before and regex.IGNORECASE is regex.RegexFlag.IGNORECASE
    try:
        with plain_flags():
            raise KeyError("inside")
    except KeyError:
        pass
    assert _flag_constants() == before
    assert repr(regex.compile("a", regex.I)) == "regex.Regex('a', flags=regex.I | regex.V0)"


def test_patterns_compiled_with_plain_flags_match_as_the_others() -> None:
    """Every rule of the date grammar and a few patterns with other flags: the same pattern
    compiled inside and outside the block gives the same match, groups included, at every
    offset of a dense text."""
    from diplotext.extractors.dates.dispatch import _EDGE_BEFORE
    from diplotext.extractors.dates.grammar import RULES
    from diplotext.patterns import plain_flags

    text = (
        "On Monday, March 3, 2014, the minister said talks would resume next week; by mid-2015 "
        "they had not. The envoy arrived at 4 p.m. GMT on the 21st and left two days later, "
        "early in the year, three to four weeks ago, in the second quarter of FY2013, since "
        "Jan. 5 or so. THE WEEK OF JUNE 6 and the same month last year, 1990s, 03/04/2015."
    )
    sources = [
        (rf"{_EDGE_BEFORE}(?:(?P<r_{name}>{body}))(?![\w])", regex.IGNORECASE | regex.VERSION0)
        for name, body in RULES
    ]
    sources += [
        (r"\b(?P<w>\p{Lu}\w+)\b(?=\s)", 0),
        (r"(?i)(?<=\bthe\s)\w+ (?:week|month)", regex.VERSION1),
        (r"^\s*(\w+).*$", regex.MULTILINE | regex.DOTALL),
        (r"(?x) \d+ \s* (?: a\.?m | p\.?m )", regex.IGNORECASE | regex.FULLCASE),
    ]
    for source, flags in sources:
        outside = regex.compile(source, flags, cache_pattern=False)
        with plain_flags():
            inside = regex.compile(source, flags, cache_pattern=False)
        assert inside.flags == outside.flags and inside.groupindex == outside.groupindex
        for pos in range(len(text)):
            a, b = outside.match(text, pos), inside.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (source[:60], pos)


def test_plain_flags_in_threads_put_every_constant_back() -> None:
    import threading

    from diplotext.patterns import plain_flags

    before = _flag_constants()
    seen: list[bool] = []

    def compile_some(k: int) -> None:
        for n in range(20):
            with plain_flags():
                seen.append(type(regex.IGNORECASE) is int)
                regex.compile(rf"(?:thread{k}|pattern{n})\s+\w+", regex.IGNORECASE, cache_pattern=False)

    threads = [threading.Thread(target=compile_some, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 80 and all(seen)
    assert _flag_constants() == before


def test_plain_flags_leave_a_default_version_set_by_the_caller() -> None:
    from diplotext.patterns import plain_flags

    with plain_flags():  # the constants are looked up once, with the default version as it was
        pass
    saved = regex.DEFAULT_VERSION
    try:
        regex.DEFAULT_VERSION = regex.VERSION1
        with plain_flags():
            pattern = regex.compile(r"[[a-z]--[aeiou]]+", cache_pattern=False)  # set difference: V1 only
        assert pattern.flags & regex.VERSION1
        assert pattern.fullmatch("bcd") is not None and pattern.fullmatch("bad") is None
        assert regex.DEFAULT_VERSION is regex.VERSION1
    finally:
        regex.DEFAULT_VERSION = saved
    assert regex.DEFAULT_VERSION is regex.RegexFlag.VERSION0
