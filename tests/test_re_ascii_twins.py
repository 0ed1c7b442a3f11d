"""The ASCII twins of the two whole-text ``re`` scans (the date pre-scan and the speech-cue scan) and
of two date-context patterns (the tense cues before a date, the word before a weekday): on ASCII
text they find what the Unicode patterns find, and each scan picks its pattern by the text."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import ASCII_SPACES
from diplotext.asciitwin import re_ascii_twin
from diplotext.extractors.dates import dispatch, tense, titles
from diplotext.extractors.quotes import cues

_PIECES = [
    # words of the date pre-scan: triggers, leading words and what may follow them, digits
    "the",
    "last",
    "next",
    "week",
    "weeks",
    "some time",
    "a while",
    "fy",
    "q3",
    "h1",
    "2019",
    "17",
    "early",
    "monday",
    "march",
    "about",
    "one",
    # tense cues and the words before a weekday
    "visited",
    "he'll",
    "will",
    "Times",
    "Post's",
    "co-host",
    "ed",
    # speech cues and the words around them
    "said",
    "Said",
    "told",
    "according to",
    "According  to",
    "added",
    "says",
    "x",
    "_",
    "'",
    "-",
    ".",
    ",",
    *ASCII_SPACES,
]
ascii_texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
)

TWINS = [
    pytest.param(
        dispatch._SCANNER_AFTER_SEPARATOR, dispatch._SCANNER_AFTER_SEPARATOR_ASCII, id="date pre-scan"
    ),
    pytest.param(cues._CUE_AFTER_SEPARATOR, cues._CUE_AFTER_SEPARATOR_ASCII, id="speech cues"),
    pytest.param(tense._CANDIDATE, tense._CANDIDATE_ASCII, id="tense cues"),
    pytest.param(titles._WORD_BEFORE, titles._WORD_BEFORE_ASCII, id="word before a weekday"),
]


def _matches(pattern: Any, text: str, pos: int, end: int) -> list[tuple[int, int, Any, Any]]:
    found = [(m.start(), m.end(), m.groups(), m.lastgroup) for m in pattern.finditer(text, pos, end)]
    last = pattern.search(text, pos, end)  # (the word-before patterns are searched for)
    return [*found, None if last is None else (last.span(), last.groups())]


@settings(max_examples=300)
@pytest.mark.parametrize(("unicode_pattern", "ascii_pattern"), TWINS)
@given(text=ascii_texts, data=st.data())
def test_twin_scans_ascii_text_the_same(
    unicode_pattern: Any, ascii_pattern: Any, text: str, data: st.DataObject
) -> None:
    assert text.isascii()
    low = text.lower() if unicode_pattern in (dispatch._SCANNER_AFTER_SEPARATOR, tense._CANDIDATE) else text
    pos = data.draw(st.integers(0, len(low)))
    end = data.draw(st.integers(pos, len(low)))
    assert _matches(ascii_pattern, low, pos, end) == _matches(unicode_pattern, low, pos, end)


def test_every_ascii_character_separates_alike() -> None:
    """Each ASCII character before and after a date word and a cue: the same matches (the file
    separators ``\\x1c``-``\\x1f`` are spaces to ``re``'s Unicode ``\\s``, not to ``re.ASCII``'s)."""
    for code in range(128):
        ch = chr(code)
        for text in (
            f"x{ch}2019{ch}last{ch}week",
            f"x{ch}said{ch}",
            f"a{ch}according{ch}to{ch}",
            f"the{ch}we'll{ch}",
        ):
            for param in TWINS:
                unicode_pattern, ascii_pattern = param.values
                got = _matches(ascii_pattern, text, 0, len(text))
                assert got == _matches(unicode_pattern, text, 0, len(text)), (param.id, hex(code))


def test_separators_count_as_spaces_in_the_twin() -> None:
    """ "last\\x1cweek": the leading word "last" is kept only where a space follows it, and the twin
    reads the separator as one, as the Unicode pattern does."""
    low = " last\x1cweek"
    assert [m.lastgroup for m in dispatch._SCANNER_AFTER_SEPARATOR_ASCII.finditer(low)] == ["s", "t"]
    assert "\x1c" not in re.compile(r"\s", re.ASCII).pattern  # (re.ASCII alone would drop it)


@pytest.mark.parametrize(
    ("source", "ascii_source"),
    [
        (
            r"\W(?=[a-z\d])\s?[\s-]{1,6}",
            r"\W(?=[a-z\d])[\t\n\x0b\x0c\r\x1c-\x1f ]?[\t\n\x0b\x0c\r\x1c-\x1f -]{1,6}",
        ),
        (r"[^\w'’\-]said\S", r"[^\w'’\-]said[^\t\n\x0b\x0c\r\x1c-\x1f ]"),
    ],
)
def test_re_ascii_twin_translates_the_spaces(source: str, ascii_source: str) -> None:
    twin = re_ascii_twin(re.compile(source))
    assert twin.pattern == ascii_source
    assert twin.flags & re.ASCII


@pytest.mark.parametrize("source", [r"[\S\d]", "(?i:\u212aelvin)", "\u017fay"])
def test_re_ascii_twin_refuses_what_it_cannot_match_alike(source: str) -> None:
    with pytest.raises(ValueError, match="ASCII"):
        re_ascii_twin(re.compile(source))


def test_date_context_reads_ascii_and_other_text_alike() -> None:
    """The word before a weekday and the tense cues before a date read the same with an accented
    letter elsewhere in the text (the Unicode patterns) as without (the twins)."""
    for plain in ("The Times Monday edition", "He said the Sunday Post's editor will visit"):
        start = plain.index("day") - 3
        twin = titles._WORD_BEFORE_ASCII.search(plain, 0, start)
        unicode = titles._WORD_BEFORE.search(plain + " (Zürich)", 0, start)
        assert twin is not None and unicode is not None
        assert (twin.span(), twin.group(1)) == (unicode.span(), unicode.group(1))
    low = "officials said they'll meet after talks that collapsed on monday"
    assert [m.group() for m in tense._CANDIDATE_ASCII.finditer(low)] == [
        m.group() for m in tense._CANDIDATE.finditer(low + " é")
    ]


def test_scans_use_the_twin_only_on_ascii_text(monkeypatch: pytest.MonkeyPatch) -> None:
    class Unusable:
        def __getattr__(self, name: str) -> Any:
            raise AssertionError(f"the Unicode pattern was used ({name})")

    monkeypatch.setattr(dispatch, "_SCANNER_AFTER_SEPARATOR", Unusable())
    monkeypatch.setattr(cues, "_CUE_AFTER_SEPARATOR", Unusable())
    low = "talks began last week, officials said."
    assert [kind for _, _, kind in dispatch.scan_tokens(low, 1, len(low))] == ["s", "t"]
    assert list(cues._cue_spans(low, 1, len(low))) == [(33, 37)]
    with pytest.raises(AssertionError, match="Unicode pattern was used"):
        dispatch.scan_tokens("talks in zürich began last week", 1, 30)
    with pytest.raises(AssertionError, match="Unicode pattern was used"):
        list(cues._cue_spans("officials in zürich said", 1, 24))
