"""The compiled patterns kept on disk (diplotext.regexcache): a pattern served from the file is the
pattern the parser gives, a damaged or foreign file is ignored, the plugins' pattern texts are the
same in every process, and nothing stays patched outside a ``plain_flags`` block."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from diplotext import lexicon, regexcache
from diplotext.patterns import plain_flags

ROOT = Path(__file__).resolve().parent.parent

# patterns of both engines, with groups, flags, lookarounds and Unicode classes
REGEX_SOURCES = [
    (r"(?P<day>\d{1,2})\s+(?P<month>\p{Lu}\p{Ll}+)(?:\s+(?P<year>\d{4}))?", regex.IGNORECASE),
    (r"\b(?:visit(?:ed|s)?|tour)\b(?=\s+\p{Lu})", 0),
    (r"(?r)(?:^|[.!?]\s+)\p{Lu}[\p{L}\-]*\s*$", regex.V1),
    (r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*", 0),
]
RE_SOURCES = [
    (r"\b(?:has|have)\s+(\w+ed)\b", re.IGNORECASE),
    (r"(?P<clock>\d{1,2}):(\d\d)\s*(?:a\.m\.|p\.m\.)?", 0),
    (r"^\s*[A-Z][a-z]+,?\s", re.MULTILINE),
]
TEXT = (
    "On 12 March 2021 the minister visited Oslo. She has signed the accord; they HAVE agreed "
    "at 9:30 a.m. and at 14:05.\nTalks: Jean-Louis met Ahmed al-Sabah's aide. Tour Paris? "
    "3 april, 30 May 1999 — the end.\nBerlin, 4 June"
)


@pytest.fixture
def cache_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache file of the test's own; the process's cache is read again afterwards."""
    path = tmp_path / "sub" / "patterns.bin"
    monkeypatch.setenv("DIPLOTEXT_PATTERN_CACHE", str(path))
    regexcache.reset()
    yield path
    monkeypatch.undo()
    regexcache.reset()


def _compile_all() -> tuple[list[regex.Pattern[str]], list[re.Pattern[str]]]:
    with plain_flags():
        compiled = [regex.compile(p, f) for p, f in REGEX_SOURCES]
        # ``re`` keeps its own cache of compiled patterns: empty it so the compiler is reached
        re.purge()
        plain = [re.compile(p, f) for p, f in RE_SOURCES]
    return compiled, plain


def _behaviour(pattern: regex.Pattern[str] | re.Pattern[str]) -> list[object]:
    """What a pattern finds in TEXT from every offset, with its groups."""
    out: list[object] = [pattern.pattern, int(pattern.flags), pattern.groups, dict(pattern.groupindex)]
    for start in range(len(TEXT) + 1):
        m = pattern.search(TEXT, start)
        out.append(None if m is None else (m.span(), m.groups()))
    return out


def test_patterns_come_back_from_the_file_as_the_parser_makes_them(cache_at: Path) -> None:
    fresh_regex, fresh_re = _compile_all()
    counts = regexcache.stats()
    assert counts["misses"] == len(REGEX_SOURCES) + len(RE_SOURCES) and counts["hits"] == 0
    assert regexcache.save() and cache_at.is_file()
    assert not regexcache.save()  # nothing new since

    regexcache.reset()  # as a new process: read from the file
    cached_regex, cached_re = _compile_all()
    counts = regexcache.stats()
    assert counts["hits"] == len(REGEX_SOURCES) + len(RE_SOURCES) and counts["misses"] == 0
    for fresh, cached in zip(fresh_regex, cached_regex, strict=True):
        assert cached is not fresh
        assert cached._pickled_data == fresh._pickled_data  # type: ignore[attr-defined]
        assert _behaviour(cached) == _behaviour(fresh)
    for fresh_plain, cached_plain in zip(fresh_re, cached_re, strict=True):
        assert _behaviour(cached_plain) == _behaviour(fresh_plain)


def test_a_damaged_file_or_one_of_other_versions_is_ignored_and_replaced(cache_at: Path) -> None:
    _compile_all()
    regexcache.save()
    blob = bytearray(cache_at.read_bytes())
    blob[len(blob) // 2] ^= 0xFF  # one byte flipped: the checksum no longer fits
    cache_at.write_bytes(bytes(blob))
    regexcache.reset()
    compiled, _ = _compile_all()
    assert regexcache.stats()["hits"] == 0
    assert compiled[0].search(TEXT).group("month") == "March"  # type: ignore[union-attr]
    assert regexcache.save()  # a good file again
    regexcache.reset()
    _compile_all()
    assert regexcache.stats()["hits"] == len(REGEX_SOURCES) + len(RE_SOURCES)

    cache_at.write_bytes(b"DXRC")  # truncated
    regexcache.reset()
    _compile_all()
    assert regexcache.stats()["hits"] == 0


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for off in ("off", "0", ""):
        monkeypatch.setenv("DIPLOTEXT_PATTERN_CACHE", off)
        regexcache.reset()
        assert regexcache.cache_file() is None
        _compile_all()
        assert regexcache.stats()["hits"] == regexcache.stats()["misses"] == 0
        assert not regexcache.save()
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    regexcache.reset()


def test_the_default_place_is_the_user_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DIPLOTEXT_PATTERN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = regexcache.cache_file()
    assert path is not None and path.parent == tmp_path / "diplotext"
    assert regex.__version__ in path.name and f"py{sys.version_info[0]}.{sys.version_info[1]}" in path.name


def test_nothing_stays_patched_outside_a_block() -> None:
    import re._compiler

    import regex._main

    before = (regex._main._compile, re._compiler.compile, re._compiler._sre)
    with plain_flags():
        assert regex._main._compile is not before[0] and re._compiler.compile is not before[1]
        with plain_flags():
            pass
        assert regex._main._compile is not before[0]
    assert (regex._main._compile, re._compiler.compile, re._compiler._sre) == before


def test_patterns_with_named_lists_or_of_bytes_are_compiled_around_the_cache(cache_at: Path) -> None:
    with plain_flags():
        named = regex.compile(r"\L<words>\s+\d+", words=["visit", "trip"])
        raw = re.compile(rb"ab+c")
        located = regex.compile(r"(?L)\w+")
    assert named.search("a trip 12").group() == "trip 12"
    assert raw.search(b"xabbc") is not None and located.pattern == r"(?L)\w+"
    assert regexcache.stats() == {"hits": 0, "misses": 0, "uncached": 3}


def test_a_worker_saves_what_it_compiled_at_most_once_an_interval(cache_at: Path) -> None:
    with plain_flags():
        regex.compile(r"first\s+pattern")
    assert regexcache.save_if_due(interval=0.0) and cache_at.is_file()
    with plain_flags():
        regex.compile(r"second\s+pattern")
    assert not regexcache.save_if_due(interval=3600.0)  # saved just now
    assert regexcache.save_if_due(interval=0.0)


def test_longest_first_is_by_length_then_alphabetical() -> None:
    words = {"visit", "tour", "trip", "state visit", "stay", "ab"}
    assert lexicon.longest_first(words) == ["state visit", "visit", "stay", "tour", "trip", "ab"]
    assert lexicon.longest_first(list(reversed(lexicon.longest_first(words)))) == lexicon.longest_first(words)


_PROBE = """
import json, sys
from diplotext import regexcache
from diplotext.pipeline import extract_record
extract_record({"text": sys.stdin.read(), "published": "2021-03-14"})
print(json.dumps(regexcache.stats()))
"""


def test_the_plugins_pattern_texts_are_the_same_in_every_process(tmp_path: Path) -> None:
    """Every pattern the plugins compile (loading and on a full article) is found in the file by a
    process with another string-hash seed: no pattern text depends on the order of a set."""
    text = (ROOT / "examples" / "state_visit.txt").read_text(encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DIPLOTEXT_LOAD_PLUGINS"}
    env["DIPLOTEXT_PATTERN_CACHE"] = str(tmp_path / "patterns.bin")
    runs = []
    for seed in ("1", "2", "3"):
        env["PYTHONHASHSEED"] = seed
        done = subprocess.run(
            [sys.executable, "-c", _PROBE], input=text, capture_output=True, text=True, env=env, check=True
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    compiled = runs[0]["misses"] + runs[0]["hits"]  # a text compiled twice is a hit the second time
    assert runs[0]["misses"] > 200
    for later in runs[1:]:
        assert later["misses"] == 0 and later["hits"] == compiled
