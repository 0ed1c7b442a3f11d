"""Scans rewritten for speed (issue 12) give what the plain form they replace gives, on random text
made of the pieces that exercise them, at random offsets."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.extractors.quotes import cues
from diplotext.syntax import tokens as clause_tokens

_CUE_PIECES = [
    "said",
    "says",
    "told",
    "added",
    "adding",
    "called for",
    "according to",
    "According  to",
    "ACCORDING TO",
    "accordingly",
    "resaid",
    "un-said",
    "said-",
    "'said",
    "’said",
    "said'",
    "noted",
    "notes that",
    "Said",
    "x",
    "é",
    "_",
    "9",
    " ",
    "\n",
    "\t",
    ",",
    ".",
    '"',
    "“",
    "—",
    "-",
    "(",
]
cue_texts = st.lists(st.sampled_from(_CUE_PIECES), max_size=25).map("".join)


@settings(max_examples=400)
@given(text=cue_texts, data=st.data())
def test_cue_spans_are_the_cue_pattern_matches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.span() for m in cues._CUE_RE.finditer(text, start, end)]
    assert list(cues._cue_spans(text, start, end)) == expected


def test_cue_spans_read_the_character_before_the_window() -> None:
    text = "they unsaid it, said X"
    assert list(cues._cue_spans(text, 7, len(text))) == [(16, 20)]  # "said" inside "unsaid" is no cue
    assert list(cues._cue_spans(text, 0, len(text))) == [(16, 20)]
    assert list(cues._cue_spans("said X, said Y", 0, 14)) == [(0, 4), (8, 12)]


_CONTEXT_PIECES = [
    "in",
    "In",
    "IN",
    "into",
    "to",
    "visited",
    "the city of",
    "port  of",
    "within",
    "begin",
    "x",
    "ı",
    "é",
    "9",
    " ",
    "  ",
    "\t",
    "\n",
    ",",
    ".",
    "-",
]
context_texts = st.lists(st.sampled_from(_CONTEXT_PIECES), max_size=12).map("".join)


@settings(max_examples=400)
@given(text=context_texts, data=st.data())
def test_world_city_context_skips_only_what_the_pattern_would_not_match(
    text: str, data: st.DataObject
) -> None:
    from diplotext.syntax import entities

    start = data.draw(st.integers(0, len(text)))
    seg_start = data.draw(st.integers(0, start))
    m = entities._WORLD_CONTEXT.search(text, max(seg_start, start - 16), start)
    expected = None if m is None else "place" if m.group("place") is not None else "either"
    assert entities._context(text, start, seg_start) == expected


_TOKEN_PIECES = [
    "don't",
    "don’t",
    "can't",
    "cannot",
    "Gen.",
    " Smith",
    "U.S.",
    "al-Assad",
    "O'Brien",
    "O’Brien",
    "7.5",
    "AT&T",
    "1/2",
    "rebel- held",
    "pro- and",
    "then-Minister",
    "it's",
    "they'd",
    "café",
    "Zoë",
    "naïve",
    "e\u0301",
    "ï",
    "x",
    "9",
    "_",
    " ",
    "\t",
    "\n",
    ",",
    ".",
    "-",
    "--",
    "'",
    "’",
    "&",
    "/",
]
token_texts = st.lists(st.sampled_from(_TOKEN_PIECES), max_size=25).map("".join)
_UNICODE_CLASSES = {
    "upper": r"\p{Lu}",
    "lower": r"\p{Ll}",
    "letter": r"\p{L}",
    "alnum": r"[\p{L}\p{N}]",
    "alnum_mark": r"[\p{L}\p{M}\p{N}]",
    "not_space": r"[^\s]",
}


def _plain_clause_word() -> regex.Pattern[str]:
    """The clause token pattern without the branches and the guard added for speed."""
    c = _UNICODE_CLASSES
    source = clause_tokens._word_source(**c)
    fast = rf"|{c['alnum']}{c['alnum_mark']}*+(?![-.&/'’])"
    first = rf"(?![Cc]annot\b){c['alnum']}{c['alnum_mark']}*+(?![-.&/'’])|"
    guard = rf"(?={c['letter']}++['’]t\b)"
    assert fast in source and guard in source and source.startswith(first)
    return regex.compile(source[len(first) :].replace(fast, "").replace(guard, ""), regex.VERSION1)


_PLAIN_CLAUSE_WORD = _plain_clause_word()


@settings(max_examples=400)
@given(text=token_texts, data=st.data())
def test_clause_tokens_are_those_of_the_plain_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.span() for m in _PLAIN_CLAUSE_WORD.finditer(text, start, end)]
    assert [m.span() for m in clause_tokens._WORD.finditer(text, start, end)] == expected
    # the spaced pattern the tokenizer reads: the same tokens, the spaces before each in front of it
    for spaced in (clause_tokens._SPACED_WORD, clause_tokens._SPACED_WORD_ASCII):
        if spaced is clause_tokens._SPACED_WORD_ASCII and not text.isascii():
            continue
        spans, pos = [], start
        for space, word in spaced.findall(text, start, end):
            spans.append((pos + len(space), pos + len(space) + len(word)))
            pos += len(space) + len(word)
        assert spans == expected


_DATE_PIECES = [
    "on",
    "monday",
    "mondays",
    "march",
    "2024",
    "15",
    "fy",
    "fy2024",
    "q3",
    "h1",
    "last",
    "next",
    "week",
    "about",
    "the",
    "year",
    "x",
    "é",
    "_",
    "'",
    "’",
    " ",
    "\n",
    "-",
    ".",
    ",",
]
date_texts = st.lists(st.sampled_from(_DATE_PIECES), max_size=25).map("".join)


@settings(max_examples=400)
@given(text=date_texts, data=st.data())
def test_date_pre_scan_tokens_are_the_scanner_matches(text: str, data: st.DataObject) -> None:
    from diplotext.extractors.dates import dispatch

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [(m.start(), m.end(), m.lastgroup) for m in dispatch.SCANNER.finditer(text, lo, hi)]
    assert dispatch.scan_tokens(text, lo, hi) == expected


_CREDIT_PIECES = [
    "AP",
    "AFP",
    "Reuters",
    "REUTERS",
    "EPA-EFE",
    "Getty Images",
    "Getty",
    "PA Media",
    "dpa",
    "Pool",
    "Photo",
    "MAP",
    "APx",
    "x",
    "_",
    "9",
    " ",
    "\n",
    ".",
    "...",
    ")",
    "(",
    "/",
    "-",
    "é",
]
credit_texts = st.lists(st.sampled_from(_CREDIT_PIECES), max_size=12).map("".join)


@settings(max_examples=500)
@given(text=credit_texts)
def test_agency_at_the_end_is_what_the_agency_pattern_finds(text: str) -> None:
    from diplotext.extractors.reader import captions

    assert captions._agency_at_end(text) == (captions._AGENCY_WORD.search(text) is not None)


def test_contractions_and_compound_prepositions_are_still_read() -> None:
    text = "He's leaving ahead of the vote, they'd said; it won't, according to aides, and they're here."
    toks = clause_tokens.tokenize(text, 0, len(text), [])
    got = {t.text: (t.tag, t.low) for t in toks}
    assert got["'s"] == ("AUX", "is")
    assert got["ahead"] == ("PREP", "ahead of") and got["of"][0] == "PART"
    assert got["'d"] == ("MODAL", "would")
    assert got["wo"] == ("MODAL", "will")
    assert got["according"] == ("PREP", "according to")
    assert got["'re"] == ("AUX", "are")


_PASSIVE_PIECES = ["was", "IS", "iſ", "İs", "been", "it's", "It’s", "also", "REPORTEDLY", "long", "told"]
_PASSIVE_PIECES += ["said", "the", " ", "  ", "\t", "\n", "\x1c", "\u00a0", "\u2028", ",", "-", "x"]
passive_texts = st.lists(st.sampled_from(_PASSIVE_PIECES), max_size=12).map("".join)


@settings(max_examples=600)
@given(text=passive_texts, data=st.data())
def test_the_passive_gate_answers_as_the_passive_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = cues._PASSIVE_BEFORE.search(text, start, end) is not None
    assert cues._passive_before(text, start, end) == expected
